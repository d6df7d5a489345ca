import { describe, expect, it } from "vitest";
import { BADGE_COLOURS, badgeFor } from "../../../lib/badge";

describe("the toolbar badge", () => {
  it("shows the weak share as a percentage, on a colour that says how much", () => {
    expect(badgeFor({ attributions: 14, weak: 9, isArticle: true })).toEqual({
      text: "64%",
      colour: BADGE_COLOURS.high,
    });
    expect(badgeFor({ attributions: 20, weak: 7, isArticle: true })).toEqual({
      text: "35%",
      colour: BADGE_COLOURS.mid,
    });
    expect(badgeFor({ attributions: 20, weak: 0, isArticle: true })).toEqual({ text: "0%", colour: BADGE_COLOURS.low });
  });

  it("reads the same for a short and a long article with the same share", () => {
    expect(badgeFor({ attributions: 10, weak: 5, isArticle: true }).text).toBe(
      badgeFor({ attributions: 200, weak: 100, isArticle: true }).text,
    );
  });

  it("shows nothing on a page that is not an article, or has no attributions", () => {
    expect(badgeFor({ attributions: 12, weak: 6, isArticle: false }).text).toBe("");
    expect(badgeFor({ attributions: 0, weak: 0, isArticle: true }).text).toBe("");
  });
});
