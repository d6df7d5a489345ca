// @vitest-environment node
import { describe, expect, it } from "vitest";
import { analyzeText, analyzeTextInSlices, sliceText, type SliceCache } from "../../../lib/attribution";

/** A long article of distinct paragraphs, with attributions of every tier. */
function article(paragraphs: number, from = 0): string[] {
  const lines: string[] = [];
  for (let i = from; i < from + paragraphs; i++) {
    lines.push(
      `Councillor Maria Lopez${i} said the budget for road ${i} would rise, and officials allegedly delayed the vote on item ${i}. ` +
        `A senior official told reporters that the plan for district ${i} was sound, according to the city's finance department.`,
    );
  }
  return lines;
}
const text = (lines: string[]) => lines.map((l) => `${l}\n`).join("");
const noPause = async () => {};

describe("sliceText", () => {
  const t = text(article(400));

  it("covers the text in order, cut at line breaks, each slice between half and twice the size asked for", () => {
    const slices = sliceText(t, 5000);
    expect(slices[0][0]).toBe(0);
    expect(slices.at(-1)![1]).toBe(t.length);
    slices.forEach(([s, e], n) => {
      if (n > 0) expect(s).toBe(slices[n - 1][1]);
      expect(t[e - 1]).toBe("\n");
      expect(e - s).toBeLessThanOrEqual(2 * 5000);
      if (n < slices.length - 1) expect(e - s).toBeGreaterThanOrEqual(2500);
    });
    expect(slices.length).toBeGreaterThan(t.length / 10_000);
  });

  it("keeps its cuts when the text grows at the top or the bottom", () => {
    const pieces = (s: string) => new Set(sliceText(s, 5000).map(([a, b]) => s.slice(a, b)));
    const before = pieces(t);
    for (const grown of [text([...article(3, 1000), ...article(400)]), text([...article(400), ...article(3, 2000)])]) {
      const after = pieces(grown);
      const kept = [...before].filter((p) => after.has(p)).length;
      expect(kept).toBeGreaterThanOrEqual(before.size - 2);
    }
  });

  it("gives a short text without line breaks as one slice", () => {
    expect(sliceText("word ".repeat(1_500), 5000)).toEqual([[0, 7_500]]);
  });

  it("cuts one long paragraph at sentence ends, so a 2 MB paragraph is read slice by slice", () => {
    const sentence = "The minister said the plan, according to officials, allegedly failed. ";
    const t = sentence.repeat(30_000); // 2.1 MB, no line break
    const slices = sliceText(t, 5000);
    expect(slices.length).toBeGreaterThan(200);
    expect(slices[0][0]).toBe(0);
    expect(slices.at(-1)![1]).toBe(t.length);
    for (const [k, [a, b]] of slices.entries()) {
      expect(b - a).toBeLessThanOrEqual(10_000);
      if (k) expect(a).toBe(slices[k - 1][1]);
      // Every cut is at a sentence's end: each slice starts a sentence.
      expect(t.slice(a, a + 12)).toBe("The minister");
    }
  });

  it("cuts a long line with no sentence ends at spaces", () => {
    const slices = sliceText("word ".repeat(10_000), 5000);
    expect(slices.length).toBeGreaterThan(4);
    for (const [a] of slices) expect(a === 0 || "word ".repeat(10_000)[a - 1] === " ").toBe(true);
  });
});

describe("analyzeTextInSlices", () => {
  const t = text(article(300));

  it("finds what reading each slice on its own finds, at the text's offsets", async () => {
    const { attributions } = await analyzeTextInSlices(t, 5000, noPause);
    const expected = sliceText(t, 5000).flatMap(([s, e]) =>
      analyzeText(t.slice(s, e)).attributions.map((a) => ({ text: a.text, start: a.start + s, tier: a.tier })),
    );
    expect(attributions.map((a) => ({ text: a.text, start: a.start, tier: a.tier }))).toEqual(expected);
    for (const a of attributions) expect(t.slice(a.start, a.end)).toBe(a.text);
  });

  it("reads again only the slices a grown page changed, with the same result as reading it afresh", async () => {
    const cache: SliceCache = new Map();
    let pauses = 0;
    const first = await analyzeTextInSlices(t, 5000, async () => void pauses++, cache);
    const slicesBefore = cache.size;
    expect(pauses).toBe(slicesBefore - 1);
    const kept = new Map(cache);

    const grown = text([...article(2, 5000), ...article(300)]);
    pauses = 0;
    const again = await analyzeTextInSlices(grown, 5000, async () => void pauses++, cache);
    const fresh = await analyzeTextInSlices(grown, 5000, noPause);
    expect(again).toEqual(fresh);
    // Slices the page kept were not read again: the cache still holds the very same arrays for them.
    const reused = [...cache].filter(([slice, found]) => kept.get(slice) === found).length;
    expect(reused).toBeGreaterThanOrEqual(slicesBefore - 2);
    expect(pauses).toBeLessThanOrEqual(2);
    // And the cache holds this text's slices only.
    expect(cache.size).toBe(sliceText(grown, 5000).length);
    expect(first.attributions.length).toBeGreaterThan(0);
  });

  it("settles a surname against the whole article, and leaves cached attributions untouched", async () => {
    const lines = [
      "Ehsanullah Ehsan said the talks were over.",
      ...article(60),
      "Ehsan told reporters the group would fight on.",
    ];
    const cache: SliceCache = new Map();
    const { attributions } = await analyzeTextInSlices(text(lines), 3000, noPause, cache);
    expect(attributions.at(-1)!).toMatchObject({ speaker: "Ehsanullah Ehsan", tier: "on-record" });
    // The cache keeps its own copy, at offsets within its slice.
    const last = [...cache.values()].at(-1)!.at(-1)!;
    expect(last).not.toBe(attributions.at(-1));
    expect(last.cue.start).toBeLessThan(attributions.at(-1)!.cue.start);
  });
});
