/**
 * The attribution engine: a string in, typed attributions and an article
 * summary out. Pure (no DOM, no browser API), so the extension's background
 * worker, the CLI, the evaluation and the tests all run the same code.
 *
 * The pipeline, one folder per stage: text/ (tokens, sentences, quotations),
 * phrases/ (noun phrases, subjects, appositives), cues/ (one finder per cue
 * family, each result tagged with the rule that made it), resolve/ (source
 * kind, speakers, tier, confidence, merging), with the word lists and tables
 * as data in rules/.
 */
import { rawBySentence, type FindOptions } from "./find";
import { expandAcronyms } from "./resolve/acronyms";
import { calibrate, insideClaims } from "./resolve/confidence";
import { withoutDateline, withoutHeadingLabels } from "./resolve/datelines";
import { ReadingOrder, attributionOf } from "./resolve/merge";
import { settleBodiesCalledIt } from "./resolve/bodies-called-it";
import { settleOneWordSpeakers } from "./resolve/one-word-names";
import { settleKindsNamedLater } from "./resolve/kinds-named-later";
import { quotedClaims } from "./resolve/quoted-claims";
import { settleShortBodyNames } from "./resolve/short-body-names";
import { ledeRoleNamedLater } from "./resolve/named-later";
import { SpeakerMemory } from "./resolve/speakers";
import { summarize } from "./summary";
import { quoteRegions } from "./text/quotes";
import type { Analysis, Attribution } from "./types";

export { summarize } from "./summary";
export { analyzeTextInSlices, sliceText, type SliceCache } from "./resolve/slices";
export type { FindOptions } from "./find";
export type * from "./types";

/** Finds every attribution in `text`, in reading order, with non-overlapping highlight spans. */
export function findAttributions(text: string, options?: FindOptions): Attribution[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const memory = new SpeakerMemory(text);
  const order = new ReadingOrder();
  const quotes = quoteRegions(text);
  for (const sentence of rawBySentence(text, options, quotes))
    for (const raw of sentence) {
      const a = attributionOf(raw, text, memory);
      // (A claim inside another's is no one a later "it" or "he" stands for.)
      if (!order.add(a, raw)) memory.forgetLast(a.start);
    }
  // Surname-only mentions before the full name was seen ("Ehsan" … "Ehsanullah Ehsan").
  for (const a of order.out) if (a.tier === "on-record" && a.speaker) a.speaker = memory.names.canonical(a.speaker);
  settleOneWordSpeakers(order.out, text, options?.article ?? text);
  settleShortBodyNames(order.out, options?.article ?? text);
  settleBodiesCalledIt(order.out, text, options?.article ?? text);
  settleKindsNamedLater(order.out, options?.article ?? text);
  expandAcronyms(order.out, options?.article ?? text);
  if (options?.opening ?? true) ledeRoleNamedLater(order.out, text);
  quotedClaims(order.out, text, quotes);
  // Until now `confidence` held each finding's strength, which settled overlaps; readers get the model's.
  const outer = outermost(withoutHeadingLabels(withoutDateline(withClaims(order.out, text), text), text));
  calibrate(outer);
  return outer;
}

/** Reads a whole article: its attributions and their summary. */
export function analyzeText(text: string, options?: FindOptions): Analysis {
  const attributions = findAttributions(text, options);
  return { attributions, summary: summarize(attributions) };
}

/**
 * Drops a finding of a weak shape that found no claim at all ("the largest protest the city has seen.", "until the
 * person had been identified", "Not everyone agrees."): a view or a passive with nothing said is no attribution. A
 * view needs nothing after its verb to be dropped ("The report found at least 40 cases" has its finding there), and
 * one closing its sentence after a comma has its claim before it (", an internal scoring sheet shows.").
 */
function withClaims(all: Attribution[], text: string): Attribution[] {
  return all.filter((a) => {
    if (a.content || !NEEDS_A_CLAIM.test(a.rule)) return true;
    if (/^weak-verb\/(?:subject|appositive)$/.test(a.rule) && /^\s*[\p{L}\d]/u.test(text.slice(a.cue.end))) return true;
    if (!a.source) return false;
    const opening = text.slice(Math.max(0, a.cue.start - CLOSING_READ), a.cue.start);
    const after = Math.max(opening.lastIndexOf(","), opening.lastIndexOf("”"), opening.lastIndexOf('"'));
    const stop = Math.max(opening.lastIndexOf(". "), opening.lastIndexOf("\n"));
    return after > stop && after >= 0 && opening.slice(after).split(/\s+/).length <= CLOSING_WORDS;
  });
}
/** How far back (characters) and how many words a closing source may run after its comma. */
const CLOSING_READ = 120;
const CLOSING_WORDS = 16;
/** Rules whose finding is no attribution without a claim. */
const NEEDS_A_CLAIM = /^(?:weak-verb\/(?:subject|passive|appositive)|evidence\/speaks|verb\/(?:infinitive|gerund))$/;

/**
 * Drops a hedge, a view or a claim with no one behind it inside another's claim ("Officials said the mayor had
 * allegedly hidden …", "… said he no longer believed …", "… told the paper that voters stayed home after rumours
 * that …"): DESIGN.md marks a claim once, and PolNeAR never marks the inner one. A report of speech inside a claim
 * often is one of its own ("— he told the AP"), so it stays.
 */
function outermost(all: Attribution[]): Attribution[] {
  const nested = insideClaims(all);
  return all.filter((a, k) => !nested[k] || !(/^(hedge|weak-verb)\//.test(a.rule) || a.tier === "unattributed"));
}
