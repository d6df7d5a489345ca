import { describe, expect, it } from "vitest";
import { rangeFor, readTextRuns } from "../../../lib/dom/text-runs";
import { wrapRanges } from "../../../lib/dom/wrap-fallback";

/** Wraps the given phrases of `html` (by their first occurrence in the flat text), returns marks and the handle. */
function wrapPhrases(html: string, phrases: string[]) {
  document.body.innerHTML = html;
  const runs = readTextRuns(document.body, { skipHidden: false });
  const items = phrases.map((p, i) => {
    const start = runs.text.indexOf(p);
    if (start < 0) throw new Error(`no "${p}" in ${JSON.stringify(runs.text)}`);
    return { range: rangeFor(document, runs, start, start + p.length)!, attrs: { "data-i": String(i) } };
  });
  return wrapRanges(document, items, "sourcelight-mark");
}

describe("wrapRanges", () => {
  it.each([
    ["inside one text node", "<p>Yesterday the minister said it was over.</p>", ["the minister said"]],
    ["a whole text node", "<p><b>officials said</b> more</p>", ["officials said"]],
    [
      "across inline elements",
      "<p>as <em>Jane Doe</em> told <a href='#'>Reuters</a> today</p>",
      ["Jane Doe told Reuters"],
    ],
    ["two in one node", "<p>He said this and she reportedly said that.</p>", ["He said", "reportedly"]],
    ["adjacent phrases", "<p>allegedlyreportedly</p>", ["allegedly", "reportedly"]],
    [
      "in a table and a list",
      "<table><tr><td>police said</td></tr></table><ul><li>it is believed to</li></ul>",
      ["police said", "believed to"],
    ],
    ["in SVG-free odd markup", "<div>a<span></span>b sources <!-- c --> said</div>", ["sources  said"]],
  ])("wraps %s and unwraps to the identical DOM and Text nodes", (_name, html, phrases) => {
    document.body.innerHTML = html;
    const before = document.body.innerHTML;
    const w = wrapPhrases(before, phrases);
    expect(document.body.innerHTML).not.toBe(before);
    w.marks.forEach((marks, i) => {
      expect(marks.length).toBeGreaterThan(0);
      expect(
        marks
          .map((m) => m.textContent)
          .join("")
          .replace(/\s+/g, " "),
      ).toBe(phrases[i].replace(/\s+/g, " "));
      for (const m of marks) expect(m.getAttribute("data-i")).toBe(String(i));
    });
    w.unwrap();
    expect(document.body.innerHTML).toBe(before);
    w.unwrap(); // twice is harmless
    expect(document.body.innerHTML).toBe(before);
  });

  it("keeps the page's own Text node objects", () => {
    document.body.innerHTML = "<p>Yesterday the minister said it was over.</p>";
    const original = document.querySelector("p")!.firstChild as Text;
    const runs = readTextRuns(document.body, { skipHidden: false });
    const start = runs.text.indexOf("minister said");
    const w = wrapRanges(
      document,
      [{ range: rangeFor(document, runs, start, start + 13)!, attrs: {} }],
      "sourcelight-mark",
    );
    expect(document.querySelector("p")!.childNodes.length).toBe(3);
    w.unwrap();
    const p = document.querySelector("p")!;
    expect(p.childNodes.length).toBe(1);
    expect(p.firstChild).toBe(original);
    expect(original.data).toBe("Yesterday the minister said it was over.");
  });

  it("survives the page removing a wrapped piece before unwrapping", () => {
    document.body.innerHTML = "<p>one said two</p><p>three</p>";
    const runs = readTextRuns(document.body, { skipHidden: false });
    const w = wrapRanges(document, [{ range: rangeFor(document, runs, 4, 8)!, attrs: {} }], "sourcelight-mark");
    document.querySelector("p")!.remove();
    expect(() => w.unwrap()).not.toThrow();
    expect(document.body.innerHTML).toBe("<p>three</p>");
  });
});
