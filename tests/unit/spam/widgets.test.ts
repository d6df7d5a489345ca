import { describe, expect, it } from "vitest";
import { AD_CLICK_RULE, AD_LABEL_RULE, WIDGET_LABEL_RULE, WIDGET_MARKUP_RULE } from "../../../lib/spam/widgets";

describe.each([
  ["widget markup", WIDGET_MARKUP_RULE],
  ["ad labels", AD_LABEL_RULE],
  ["widget labels", WIDGET_LABEL_RULE],
  ["ad click hosts", AD_CLICK_RULE],
])("%s", (_name, rule) => {
  it("has examples of both kinds", () => {
    expect(rule.examples.length).toBeGreaterThan(2);
    expect(rule.counterexamples.length).toBeGreaterThan(2);
  });
  it.each(rule.examples)("matches %s", (s) => expect(rule.pattern.test(s)).toBe(true));
  it.each(rule.counterexamples)("does not match %s", (s) => expect(rule.pattern.test(s)).toBe(false));
});
