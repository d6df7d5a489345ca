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
      const ranges = h.paint(
        items.map((i, n) => ({
          ...i,
          range: round === 1 ? i.range : rangeFor(doc, article, attributions[n].start, attributions[n].end)!,
        })),
        "colour-blind-safe",
        false,
      );
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

  it("keeps one stylesheet from paint to paint, swaps it when the palette changes, and takes it away on clear", () => {
    const doc = loadFixture("pages/wire-story.html");
    const article = extractArticle(doc, { skipHidden: false });
    const { attributions } = analyzeText(article.text);
    const items = () => attributions.map((a) => ({ range: rangeFor(doc, article, a.start, a.end)!, tier: a.tier }));
    // Constructed sheets where the DOM has them, else a <style> element: count both.
    const sheets = () => [...(doc.adoptedStyleSheets ?? []), ...doc.querySelectorAll("style")];
    const before = sheets();
    const ours = () => sheets().filter((s) => !before.includes(s));
    const h = new Highlighter(doc);
    h.paint(items(), "classic", false);
    const [first, ...more] = ours();
    expect(first).toBeDefined();
    expect(more).toEqual([]);
    // A rescan clears, keeping the sheet, and paints again: the page is not restyled for nothing.
    h.clear({ keepStyle: true });
    expect(ours()).toEqual([first]);
    h.paint(items(), "classic", false);
    expect(ours()).toEqual([first]);
    // the marks split text nodes: unwrap before mapping spans again, as the controller does
    h.clear({ keepStyle: true });
    h.paint(items(), "colour-blind-safe", false);
    const swapped = ours();
    expect(swapped).toHaveLength(1);
    expect(swapped[0]).not.toBe(first);
    h.clear();
    expect(ours()).toEqual([]);
    expect(sheets()).toHaveLength(before.length);
  });

  it("never wraps inside an editor or a form field", () => {
    const doc = loadFixture("pages/editor-page.html");
    const article = extractArticle(doc, { skipHidden: false });
    const { attributions } = analyzeText(article.text);
    const h = new Highlighter(doc);
    h.paint(
      attributions.map((a) => ({ range: rangeFor(doc, article, a.start, a.end)!, tier: a.tier })),
      "classic",
      true,
    );
    expect(doc.querySelectorAll(`[contenteditable] ${MARK_TAG}, textarea ${MARK_TAG}`)).toHaveLength(0);
    h.clear();
  });
});
