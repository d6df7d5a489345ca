import { describe, expect, it } from "vitest";
import { confidenceWords } from "../../../lib/confidence-words";

describe("confidence in words", () => {
  it.each([
    [0.95, "likely"],
    [0.8, "likely"],
    [0.79, "probable"],
    [0.6, "probable"],
    [0.59, "uncertain"],
    [0.1, "uncertain"],
  ])("%s reads as %s", (p, words) => expect(confidenceWords(p)).toBe(words));
});
