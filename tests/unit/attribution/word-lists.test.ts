// @vitest-environment node
/** The word lists agree with each other: no form in two lists that the finder reads as contradictions. */
import { describe, expect, it } from "vitest";
import { INVERTING_VERBS, STRONG_VERBS, WEAK_VERBS } from "../../../lib/attribution/words";

describe("the verb lists", () => {
  it("never list a form as both strong and weak (the finder reads it as strong)", () => {
    expect([...STRONG_VERBS].filter((w) => WEAK_VERBS.has(w))).toEqual([]);
  });

  it("list as inverting only strong verbs (only a strong verb is looked at for a speaker after it)", () => {
    expect([...INVERTING_VERBS].filter((w) => !STRONG_VERBS.has(w))).toEqual([]);
  });
});
