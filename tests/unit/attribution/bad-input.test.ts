// @vitest-environment node
/** Odd input never throws and gives an empty or partial result. */
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../../lib/attribution";
import { emptyAnalysis } from "../../../lib/attribution/types";

describe("bad input", () => {
  // (The content script gives this for a page with nothing to read, without loading the engine.)
  it("the empty reading is what the engine gives for no text", () => expect(emptyAnalysis()).toEqual(analyzeText("")));

  it.each([
    ["empty text", ""],
    ["white space", " \n\t  \n"],
    ["no attributions", "The river rose. The bridge held. Nobody was hurt."],
    ["unmatched quotation marks", "“He said it was over. ” ” “ The minister said “no"],
    ["non-English text", "Der Minister sagte, der Plan sei gescheitert. 政府发言人表示，预算将获得通过。 وقال المتحدث"],
    ["text full of names", "Ann Lee Bo Kim Said Told Ann Lee Bo Kim ".repeat(500)],
    ["zero-width and control characters", "He\u200b said\u0000 that\u202e it\ufeff was fine."],
    ["punctuation only", "... ,,, ;;; “” ‘’ — –"],
  ])("%s", (_label, text) => {
    const { attributions, summary } = analyzeText(text);
    expect(summary.total).toBe(attributions.length);
    for (const a of attributions) expect(text.slice(a.start, a.end)).toBe(a.text);
  });

  it("reads 5 MB on one unbroken line", () => {
    const text = "The minister said the plan, according to officials, allegedly failed ".repeat(75_000);
    const { summary } = analyzeText(text);
    // "said" and "according to" each time; the hedge inside the minister's claim is not marked again.
    expect(summary.total).toBeGreaterThan(140_000);
    // (It reads in 3–6 s on a busy 2-core machine; the linear-time tests, not this one, catch a slowdown.)
  }, 30_000);

  it("tolerates values that are not strings", () => {
    expect(analyzeText(undefined as unknown as string).attributions).toEqual([]);
  });
});
