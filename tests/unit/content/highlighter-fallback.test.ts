/** happy-dom has no CSS Custom Highlight API: the natural place to test the wrapping fallback end to end. */
import { describe, expect, it } from "vitest";
import { Highlighter, MARK_TAG } from "../../../entrypoints/content/highlighter";
import { analyzeText } from "../../../lib/attribution";
import { extractArticle } from "../../../lib/dom/article";
import { rangeFor } from "../../../lib/dom/text-runs";
import { loadFixture } from "../../harness/dom-fixtures";

const PAGES = ["seed-article.html", "pages/wire-story.html", "pages/dark-article.html", "pages/editor-page.html"];

describe("highlighting without the Highlight API", () => {
  it("uses the wrapping fallback here", () => {
    expect(new Highlighter(document).mode).toBe("marks");
  });

  it.each(PAGES)("%s: wraps every attribution, then restores the page exactly", (page) => {
    const doc = loadFixture(page);
    const before = doc.documentElement.outerHTML;
    const article = extractArticle(doc, { skipHidden: false });
    const { attributions } = analyzeText(article.text);
    expect(attributions.length).toBeGreaterThan(0);
    const items = attributions.map((a) => ({ range: rangeFor(doc, article, a.start, a.end)!, tier: a.tier }));
    const h = new Highlighter(doc);
    for (const round of [1, 2]) {
      const ranges = h.paint(items.map((i, n) => ({ ...i, range: round === 1 ? i.range : rangeFor(doc, article, attributions[n].start, attributions[n].end)! })), "colour-blind-safe", false);
      const marks = [...doc.querySelectorAll(MARK_TAG)];
      expect(marks.length).toBeGreaterThanOrEqual(attributions.length);
      // Each attribution reads as one phrase over its marks, in its tier, with one tab stop.
      ranges.forEach((r, n) => {
        expect(r.toString()).toBe(attributions[n].text);
        const own = marks.filter((m) => m.getAttribute("data-index") === String(n));
        expect(own.every((m) => m.getAttribute("data-tier") === attributions[n].tier)).toBe(true);
        expect(own.filter((m) => m.getAttribute("tabindex") === "0")).toHaveLength(1);
      });
      h.setCurrent(ranges[0]);
      expect(doc.querySelectorAll(`${MARK_TAG}[data-current]`).length).toBeGreaterThan(0);
      h.clear();
      expect(doc.querySelectorAll(MARK_TAG)).toHaveLength(0);
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });

  it("never wraps inside an editor or a form field", () => {
    const doc = loadFixture("pages/editor-page.html");
    const article = extractArticle(doc, { skipHidden: false });
    const { attributions } = analyzeText(article.text);
    const h = new Highlighter(doc);
    h.paint(attributions.map((a) => ({ range: rangeFor(doc, article, a.start, a.end)!, tier: a.tier })), "classic", true);
    expect(doc.querySelectorAll(`[contenteditable] ${MARK_TAG}, textarea ${MARK_TAG}`)).toHaveLength(0);
    h.clear();
  });
});
