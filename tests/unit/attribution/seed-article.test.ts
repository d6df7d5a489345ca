/** The seed article read as its reference reading says (tests/fixtures/seed-article.expected.json). */
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../../lib/attribution";
import { extractArticle } from "../../../lib/dom/article";
import { loadFixture, readFixture } from "../../harness/dom-fixtures";

interface Expected {
  attributions: Array<{ text: string; tier: string; speaker?: string; relayedBy?: string; contentStartsWith?: string }>;
  speakers: Array<{ name: string; count: number }>;
  organisations: string[];
  notAttributions: string[];
}
const expected = JSON.parse(readFixture("seed-article.expected.json")) as Expected;

describe.each([
  ["plain text", () => readFixture("seed-article.txt")],
  ["the page's extracted article", () => extractArticle(loadFixture("seed-article.html")).text],
])("seed article from %s", (_label, read) => {
  const text = read();
  const { attributions, summary } = analyzeText(text);

  it("finds exactly the 14 reference attributions, in reading order", () => {
    expect(attributions.map((a) => a.text)).toEqual(expected.attributions.map((e) => e.text));
  });

  it.each(expected.attributions.map((e, i) => [i + 1, e] as const))("row %i has the right tier and speaker", (i, e) => {
    const a = attributions[i - 1];
    expect(a.tier).toBe(e.tier);
    if (e.speaker) expect(a.speaker).toBe(e.speaker);
    if (e.relayedBy) expect(a.relayedBy).toBe(e.relayedBy);
    if (e.contentStartsWith) expect(a.content?.text.startsWith(e.contentStartsWith)).toBe(true);
    expect(text.slice(a.start, a.end)).toBe(a.text);
    expect(a.confidence).toBeGreaterThan(0);
    expect(a.confidence).toBeLessThanOrEqual(1);
    expect(a.explanation).toMatch(/^[A-Z“].+[.:]/);
  });

  it("counts Ehsanullah Ehsan once, with three attributions", () => {
    expect(summary.speakers.map((s) => ({ name: s.name, count: s.attributions.length }))).toEqual(expected.speakers);
  });

  it("names the organisations, the relaying outlet included", () => {
    expect(summary.organisations.map((o) => o.name).sort()).toEqual([...expected.organisations].sort());
  });

  it("marks nothing it should not", () => {
    for (const phrase of expected.notAttributions) {
      for (const a of attributions) if (a.tier === "on-record") expect(a.text).not.toContain(phrase);
    }
    expect(attributions.some((a) => a.text.includes("attributed to"))).toBe(false);
  });

  it("sums up the tiers and the share of weak sourcing", () => {
    expect(summary.byTier).toEqual({ "on-record": 3, institutional: 2, anonymous: 4, unattributed: 5 });
    expect(summary.weak).toBe(9);
    expect(summary.hedges.map((h) => [h.text, h.attributions.length])).toEqual([
      ["allegedly", 2],
      ["reportedly", 1],
      ["is believed to", 1],
      ["alleged", 1],
    ]);
  });
});
