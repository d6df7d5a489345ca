// @vitest-environment node
/**
 * The engine as the background worker runs it for pages (document-reader.ts) and its reply's way back to the page
 * (wire.ts): the page gets what analyzeText gives, each attribution's sentence, and a long live page is read again
 * only where it changed.
 */
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../../lib/attribution";
import { analyzeTextInSlices } from "../../../lib/attribution";
import { DocumentReader, documentKey, tabKey } from "../../../lib/attribution/document-reader";
import { packAnalysis, unpackAnalysis } from "../../../lib/attribution/wire";
import { sentenceText } from "../../../lib/attribution/text/sentence-text";
import { sentencesAround } from "../../../lib/attribution/text/sentences";
import {
  isBackgroundMessage,
  MAX_TEXT_CHARS,
  PREVIEW_CHARS,
  SLICE_CHARS,
  type BackgroundMessage,
} from "../../../lib/messages";
import { previewSpan } from "../../../lib/preview";
import { readFixture } from "../../harness/dom-fixtures";

const seed = readFixture("seed-article.txt");

/** A long text of distinct paragraphs, each with an attribution. */
function longText(paragraphs: number, tag = ""): string {
  const out: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    out.push(`Councillor Amara Okafor${tag} said the bridge number ${i} would close in ${2000 + i}, officials said.`);
  }
  return out.join("\n\n");
}

describe("DocumentReader", () => {
  it("gives a page what analyzeText gives, and each attribution's sentence", async () => {
    const reply = await new DocumentReader().read(documentKey(1, 0), seed);
    const expected = analyzeText(seed);
    expect(unpackAnalysis(reply.analysis, seed)).toEqual(expected);
    expect(reply.sentences.map((s) => sentenceText(seed, s))).toEqual(sentencesAround(seed, expected.attributions));
    expect(reply.sentences.length).toBeGreaterThan(5);
  });

  it("reads a long text in slices, pausing between them, and a grown one again only where it changed", async () => {
    let pauses = 0;
    const reader = new DocumentReader(async () => void pauses++);
    const text = longText(1200);
    expect(text.length).toBeGreaterThan(3 * SLICE_CHARS);
    const first = await reader.read(documentKey(7, 0), text);
    const readFirst = pauses;
    expect(readFirst).toBeGreaterThanOrEqual(2);
    // As the slices are read anywhere else, with each attribution's sentence.
    const sliced = await analyzeTextInSlices(text, SLICE_CHARS, async () => {});
    expect(unpackAnalysis(first.analysis, text)).toEqual(sliced);
    expect(first.sentences.map((s) => sentenceText(text, s))).toEqual(sentencesAround(text, sliced.attributions));
    // A post added at the top: only the first slice, where it went, is read again (one pause after it).
    pauses = 0;
    const grown = "Breaking: the mayor said the vote was delayed.\n\n" + text;
    const again = await reader.read(documentKey(7, 0), grown);
    expect(pauses).toBe(1);
    expect(again.analysis.attributions.length).toBe(first.analysis.attributions.length + 1);
    // Another document's reading starts afresh, as does the same frame's once forgotten.
    pauses = 0;
    await reader.read(documentKey(8, 0), grown);
    expect(pauses).toBe(readFirst);
    reader.forget(documentKey(7, 0));
    pauses = 0;
    await reader.read(documentKey(7, 0), grown);
    expect(pauses).toBe(readFirst);
  });

  it("keeps the slices of so much text only, and forgets a tab's or a frame's when asked", async () => {
    const text = (tag: string) => longText(500, tag);
    const reader = new DocumentReader(async () => {}, 2.5 * text("x").length);
    for (const doc of [documentKey(1, 0), documentKey(1, 3), documentKey(2, 0)]) await reader.read(doc, text(doc));
    expect(reader.documents).toEqual([documentKey(1, 3), documentKey(2, 0)]);
    await reader.read(documentKey(1, 30), text("y"));
    reader.forget(documentKey(1, 3));
    expect(reader.documents).toEqual([documentKey(2, 0), documentKey(1, 30)]);
    reader.forget(tabKey(1));
    expect(reader.documents).toEqual([documentKey(2, 0)]);
    reader.forget(tabKey(2));
    expect(reader.documents).toEqual([]);
  });

  it("keeps nothing of a page forgotten while it was read", async () => {
    let reader: DocumentReader | null = null;
    reader = new DocumentReader(async () => reader?.forget(tabKey(5)));
    await reader.read(documentKey(5, 0), longText(1200));
    expect(reader.documents).toEqual([]);
  });

  it("lets a frame's long page go when the frame reads a short one", async () => {
    const reader = new DocumentReader(async () => {});
    await reader.read(documentKey(3, 0), longText(1200));
    expect(reader.documents).toEqual([documentKey(3, 0)]);
    await reader.read(documentKey(3, 0), seed);
    expect(reader.documents).toEqual([]);
  });

  it("keeps nothing of a reading during which more was forgotten than it remembers", async () => {
    let reader: DocumentReader | null = null;
    // Other tabs load and close while a long page is read: the log of what was forgotten overflows.
    reader = new DocumentReader(async () => {
      for (let tab = 100; tab < 200; tab++) reader?.forget(tabKey(tab));
    });
    await reader.read(documentKey(5, 0), longText(1200));
    expect(reader.documents).toEqual([]);
  });

  it("refuses a text over the most a page may send", async () => {
    await expect(new DocumentReader().read(documentKey(1, 0), "a".repeat(MAX_TEXT_CHARS + 1))).rejects.toThrow(
      RangeError,
    );
  });
});

describe("a long page's first look (lib/preview.ts)", () => {
  it("reads the stretch in view at once, keeps none of it, and leaves the page's slices as they were", async () => {
    let pauses = 0;
    const reader = new DocumentReader(async () => void pauses++);
    const doc = documentKey(7, 0);
    const text = longText(900);
    await reader.read(doc, text);
    expect(reader.documents).toEqual([doc]);
    const firstReading = pauses;
    expect(firstReading).toBeGreaterThan(0);
    const span = previewSpan(text, 40_000, PREVIEW_CHARS)!;
    const stretch = text.slice(span[0], span[1]);
    const first = await reader.read(doc, stretch, true);
    expect(first.sentences).toEqual([]);
    expect(unpackAnalysis(first.analysis, stretch)).toEqual(analyzeText(stretch));
    // The page's slices are still there: reading it again reads nothing anew (no pause between slices read).
    expect(reader.documents).toEqual([doc]);
    await reader.read(doc, text);
    expect(pauses).toBe(firstReading);
    await expect(reader.read(doc, "x".repeat(PREVIEW_CHARS + 1), true)).rejects.toThrow(RangeError);
  });

  it("puts the stretch's attributions back where they stand in the whole text", () => {
    const text = longText(900);
    const span = previewSpan(text, 40_000, PREVIEW_CHARS)!;
    const stretch = text.slice(span[0], span[1]);
    const back = unpackAnalysis(packAnalysis(analyzeText(stretch)), text, span[0]);
    expect(back.attributions.length).toBeGreaterThan(50);
    for (const a of back.attributions) {
      expect(a.text).toBe(text.slice(a.start, a.end));
      expect(a.cue.text).toBe(text.slice(a.cue.start, a.cue.end));
      expect(a.cue.text).toMatch(/^(said|Councillor Amara Okafor said|officials said)$/);
    }
    // The whole text's own reading holds the same attributions at the same places.
    const whole = new Set(analyzeText(text).attributions.map((a) => `${a.start}:${a.end}:${a.tier}`));
    expect(back.attributions.every((a) => whole.has(`${a.start}:${a.end}:${a.tier}`))).toBe(true);
  });

  it("takes a preview message only as long as a stretch may be, with a yes or no", () => {
    expect(isBackgroundMessage({ type: "sourcelight:analyze", text: "a".repeat(PREVIEW_CHARS), preview: true })).toBe(
      true,
    );
    expect(
      isBackgroundMessage({ type: "sourcelight:analyze", text: "a".repeat(PREVIEW_CHARS + 1), preview: true }),
    ).toBe(false);
    expect(isBackgroundMessage({ type: "sourcelight:analyze", text: "a", preview: "yes" })).toBe(false);
  });
});

describe("previewSpan", () => {
  const para = (i: number) => `Paragraph ${i} ${"word ".repeat(40)}ends.`;
  const text = Array.from({ length: 2000 }, (_, i) => para(i)).join("\n");

  it("is null for a text read whole anyway", () => expect(previewSpan("short\ntext", 3, 100)).toBeNull());

  it("starts at a line's start a little above the view and ends at a line's end, within its length", () => {
    for (const at of [0, 1, 50_000, 123_456, text.length - 10]) {
      const [start, end] = previewSpan(text, at, 30_000)!;
      expect(end - start).toBeLessThanOrEqual(30_000);
      expect(end - start).toBeGreaterThan(25_000);
      expect(start === 0 || text[start - 1] === "\n").toBe(true);
      expect(end === text.length || text[end - 1] === "\n").toBe(true);
      // The view is inside, with some of what comes before it.
      expect(start).toBeLessThanOrEqual(at);
      expect(end).toBeGreaterThan(Math.min(at, text.length - 1));
      if (at > 10_000) expect(at - start).toBeGreaterThan(3_000);
    }
  });

  it("never leaves a stretch of a few words when the last line break is far back", () => {
    const text = "Title\n" + "word ".repeat(60);
    const [start, end] = previewSpan(text, 0, 100)!;
    expect(end - start).toBeGreaterThan(80);
    expect(text[end - 1]).toBe(" ");
  });

  it("cuts a paragraph longer than the stretch at spaces", () => {
    const one = "word ".repeat(20_000);
    const [start, end] = previewSpan(one, 50_000, 30_000)!;
    expect(one[start - 1]).toBe(" ");
    expect(one[end - 1]).toBe(" ");
    expect(end - start).toBeLessThanOrEqual(30_000);
  });
});

describe("the reply's way to the page", () => {
  it("leaves out the spans' texts and puts them back from the text that was read", () => {
    const analysis = analyzeText(seed);
    const wire = packAnalysis(analysis);
    const sent = JSON.stringify(wire);
    expect(sent.length).toBeLessThan(JSON.stringify(analysis).length * 0.8);
    expect(JSON.stringify(wire.attributions)).not.toContain('"text"');
    expect(unpackAnalysis(JSON.parse(sent), seed)).toEqual(analysis);
  });

  it("takes only an analyze message that carries text, no longer than a page may send", () => {
    const good: BackgroundMessage[] = [{ type: "sourcelight:analyze", text: "" }, { type: "sourcelight:forget" }];
    for (const m of good) expect(isBackgroundMessage(m)).toBe(true);
    for (const m of [
      { type: "sourcelight:analyze" },
      { type: "sourcelight:analyze", text: ["a"] },
      { type: "sourcelight:analyze", text: "a".repeat(MAX_TEXT_CHARS + 1) },
    ]) {
      expect(isBackgroundMessage(m)).toBe(false);
    }
  });
});
