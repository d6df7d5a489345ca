// @vitest-environment node
/**
 * The engine's rules keep their examples beside them (lib/attribution/rules/*.examples.json). Each example marks
 * the words a list or row is about with [brackets]; what the brackets must show depends on the list's `expect`:
 *   "cue"     an attribution's cue overlaps the bracketed words (the default);
 *   "source"  an attribution's source covers them;
 *   "tier:T"  an attribution whose source covers them has tier T;
 *   "claim"   an attribution's claim is exactly the bracketed words.
 * A counterexample must show the opposite. One table-driven test checks every list, row and group. "{paragraphs}"
 * in an example stands for some paragraphs of plain news that name no one (for rules about how far back a story
 * refers).
 */
import { describe, expect, it } from "vitest";
import { findAttributions, type Attribution } from "../../../lib/attribution";
import verbs from "../../../lib/attribution/rules/verbs.json";
import verbExamples from "../../../lib/attribution/rules/verbs.examples.json";
import nouns from "../../../lib/attribution/rules/nouns.json";
import nounExamples from "../../../lib/attribution/rules/nouns.examples.json";
import hedges from "../../../lib/attribution/rules/hedges.json";
import hedgeExamples from "../../../lib/attribution/rules/hedges.examples.json";
import grammar from "../../../lib/attribution/rules/grammar.json";
import grammarExamples from "../../../lib/attribution/rules/grammar.examples.json";
import pageText from "../../../lib/attribution/rules/page-text.json";
import pageTextExamples from "../../../lib/attribution/rules/page-text.examples.json";
import phrasal from "../../../lib/attribution/rules/phrasal.json";
import phrasalExamples from "../../../lib/attribution/rules/phrasal.examples.json";
import notCues from "../../../lib/attribution/rules/not-cues.json";
import notCueExamples from "../../../lib/attribution/rules/not-cues.examples.json";
import confidence from "../../../lib/attribution/rules/confidence.json";
import confidenceExamples from "../../../lib/attribution/rules/confidence.examples.json";

interface Examples {
  note: string;
  expect?: string;
  examples?: string[];
  counterexamples?: string[];
}

/** About 4,000 characters that name no one and report nothing. */
const PARAGRAPHS = "\n\nThe meeting ran late into the evening, and the hall emptied slowly.".repeat(60) + "\n\n";

/** The example without brackets, and the bracketed span in it. */
function marked(written: string): { text: string; from: number; to: number } {
  const example = written.replace("{paragraphs}", PARAGRAPHS);
  const from = example.indexOf("[");
  const to = example.indexOf("]") - 1;
  if (from < 0 || to < from) throw new Error(`no [bracketed] words in: ${example}`);
  return { text: example.replace("[", "").replace("]", ""), from, to };
}

/** Whether the engine's reading of the example shows what `expect` asks of the bracketed words. */
function shows(example: string, expectation = "cue"): boolean {
  const { text, from, to } = marked(example);
  const found: Attribution[] = findAttributions(text);
  const overlaps = (s: { start: number; end: number } | null) => !!s && s.start < to && from < s.end;
  const covers = (s: { start: number; end: number } | null) => !!s && s.start <= from && to <= s.end;
  if (expectation === "cue") return found.some((a) => overlaps(a.cue));
  if (expectation === "source") return found.some((a) => covers(a.source));
  if (expectation === "speaker") return found.some((a) => a.speaker === text.slice(from, to));
  if (expectation === "claim") return found.some((a) => a.content?.start === from && a.content.end === to);
  if (expectation === "last-speaker") return found.at(-1)?.speaker === text.slice(from, to);
  const tier = expectation.match(/^tier:(.+)$/)?.[1];
  if (!tier) throw new Error(`unknown expectation ${expectation}`);
  return found.some((a) => covers(a.source) && a.tier === tier);
}

function checkList(name: string, about: Examples, required: boolean): void {
  describe(name, () => {
    it("says what it is for, with examples where it makes findings", () => {
      expect(about.note.length, `${name} has a note`).toBeGreaterThan(10);
      if (required) expect(about.examples?.length ?? 0, `${name} has examples`).toBeGreaterThan(0);
    });
    for (const e of about.examples ?? [])
      it(`shows ${about.expect ?? "cue"} in: ${e}`, () => expect(shows(e, about.expect)).toBe(true));
    for (const e of about.counterexamples ?? [])
      it(`does not show ${about.expect ?? "cue"} in: ${e}`, () => expect(shows(e, about.expect)).toBe(false));
  });
}

/** Lists whose words make or shape findings: each needs examples. Grammar and punctuation lists need only a note. */
const FILES: Array<[string, Record<string, unknown>, Record<string, Examples>, boolean]> = [
  ["verbs", verbs, verbExamples, true],
  ["nouns", nouns, nounExamples, true],
  ["hedges", hedges, hedgeExamples, true],
  ["page-text", pageText, pageTextExamples, false],
  ["grammar", grammar, grammarExamples, false],
];

type Row = Examples & { forms: string; before: string | null; after: string | null };
const rows = notCueExamples.rows as Row[];
const groups = phrasalExamples.groups as Array<Examples & { verbs: string[] }>;

describe("the rules' examples", () => {
  for (const [file, lists, about, required] of FILES) {
    describe(`${file}.json`, () => {
      it("describes every list it holds, and no other", () =>
        expect(Object.keys(about).sort()).toEqual(Object.keys(lists).sort()));
      for (const name of Object.keys(lists)) checkList(name, about[name], required);
    });
  }

  describe("phrasal.json", () => {
    it("describes every group, in order", () =>
      expect(groups.map((g) => g.verbs)).toEqual(phrasal.map((g) => g.verbs)));
    groups.forEach((g, k) => checkList(`${g.verbs.join(" ")} + ${phrasal[k].endings.join(" | ")}`, g, true));
  });

  describe("not-cues.json", () => {
    it("describes every row, in order", () => {
      expect(rows.map((r) => [r.forms, r.before, r.after])).toEqual(notCues.map((r) => [r.forms, r.before, r.after]));
    });
    // A row's examples show the word is no cue there; its counterexamples, that the same word is one elsewhere.
    rows.forEach((r) =>
      checkList(
        `${r.forms} (before: ${r.before ?? "any"}; after: ${r.after ?? "any"})`,
        { ...r, examples: r.counterexamples, counterexamples: r.examples },
        false,
      ),
    );
    it("has an example for every row", () => {
      for (const r of rows) expect(r.examples?.length ?? 0, r.forms).toBeGreaterThan(0);
    });
  });

  describe("confidence.json", () => {
    it("describes every factor", () => {
      const { strength } = confidenceExamples;
      expect(Object.keys(strength.times).sort()).toEqual(Object.keys(confidence.strength.times).sort());
      expect(Object.keys(confidence.strength.byCue).length).toBeGreaterThan(0);
    });
    it("keeps every figure a share", () => {
      const { byCue, noSource, times } = confidence.strength;
      for (const x of [...Object.values(byCue), noSource, ...Object.values(times)]) {
        expect(x).toBeGreaterThan(0);
        expect(x).toBeLessThanOrEqual(1);
      }
    });
  });
});
