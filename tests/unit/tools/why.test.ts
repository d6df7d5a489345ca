// @vitest-environment node
/** `analyze --why`: each attribution names its rule; candidates turned down name the rule that did it. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../../lib/attribution";
import { formatWhy, readWithVetoes } from "../../../tools/why";

const TEXT =
  "The regulator, Ofwat, said prices would rise.\nA group called Water Watch, as noted above, believed otherwise. Having said that, critics allegedly knew.\n";

describe("analyze --why", () => {
  it("reads the same attributions as the engine does without listening for vetoes", () => {
    expect(readWithVetoes(TEXT).attributions).toEqual(analyzeText(TEXT).attributions);
  });

  it("gives every attribution the rule that made it", () => {
    const rules = readWithVetoes(TEXT).attributions.map((a) => [a.cue.text, a.rule]);
    expect(rules).toEqual([
      ["said", "verb/appositive"],
      ["allegedly knew", "hedge/adverb"],
    ]);
  });

  it("names the rule that turned each candidate down, at the candidate's words", () => {
    const vetoes = readWithVetoes(TEXT).vetoes.map((v) => [v.word, v.rule, TEXT.slice(v.start, v.end)]);
    expect(vetoes).toEqual([
      ["called", "verb/called-naming", "called"],
      ["noted", "verb/writer-pointing", "noted"],
      ["believed", "verb/needs-a-source", "believed"],
      ["said", "verb/turn-of-phrase", "said"],
    ]);
  });

  it("prints them sentence by sentence, and leaves out sentences with neither", () => {
    const reading = readWithVetoes(`Nothing here.\n${TEXT}`);
    const [ofwat, hedge] = reading.attributions.map((a) => a.confidence);
    const out = formatWhy(`Nothing here.\n${TEXT}`, reading);
    expect(out).not.toContain("Nothing here");
    expect(out.split("\n")).toEqual([
      "¶ The regulator, Ofwat, said prices would rise.",
      `  + “The regulator, Ofwat, said”  verb/appositive  → institutional, Ofwat, ${ofwat}`,
      "¶ A group called Water Watch, as noted above, believed otherwise.",
      "  − “called”  verb/called-naming",
      "  − “noted”  verb/writer-pointing",
      "  − “believed”  verb/needs-a-source",
      "¶ Having said that, critics allegedly knew.",
      `  + “allegedly knew”  hedge/adverb  → unattributed, no source, ${hedge}`,
      "  − “said”  verb/turn-of-phrase",
    ]);
  });
});

describe("rule ids", () => {
  it("are a family and, for most, how the source was found: stable, short, lower-case", () => {
    const text = readFileSync(join(import.meta.dirname, "../../fixtures/seed-article.txt"), "utf8");
    const rules = new Set(analyzeText(text).attributions.map((a) => a.rule));
    expect(rules.size).toBeGreaterThan(3);
    for (const r of rules) expect(r).toMatch(/^[a-z-]+(\/[a-z-]+)?$/);
  });
});
