// @vitest-environment node
/**
 * The engine as the background worker runs it for pages (document-reader.ts) and its reply's way back to the page
 * (wire.ts): the page gets what analyzeText gives, each attribution's sentence, and a long live page is read again
 * only where it changed.
 */
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../../lib/attribution";
import { DocumentReader } from "../../../lib/attribution/document-reader";
import { packAnalysis, unpackAnalysis } from "../../../lib/attribution/wire";
import { sentenceText } from "../../../lib/attribution/text/sentence-text";
import { sentencesAround } from "../../../lib/attribution/text/sentences";
import { isBackgroundMessage, SLICE_CHARS, type BackgroundMessage } from "../../../lib/messages";
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
    const reply = await new DocumentReader().read("1:0", seed);
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
    const first = await reader.read("7:0", text);
    expect(pauses).toBeGreaterThan(1);
    expect(first.analysis.attributions.length).toBeGreaterThanOrEqual(1200);
    // A post added at the top: only the first slice, where it went, is read again (one pause after it).
    const readFirst = pauses;
    pauses = 0;
    const grown = "Breaking: the mayor said the vote was delayed.\n\n" + text;
    const again = await reader.read("7:0", grown);
    expect(pauses).toBe(1);
    expect(readFirst).toBeGreaterThanOrEqual(2);
    expect(again.analysis.attributions.length).toBe(first.analysis.attributions.length + 1);
    // Another document's reading starts afresh.
    pauses = 0;
    await reader.read("8:0", grown);
    expect(pauses).toBe(readFirst);
  });

  it("keeps the slices of a few documents only, and forgets a tab's when asked", async () => {
    const reader = new DocumentReader(async () => {}, 2);
    for (const doc of ["1:0", "1:3", "2:0"]) await reader.read(doc, longText(500, doc));
    expect(reader.documents).toBe(2);
    reader.forget("1:");
    expect(reader.documents).toBe(1);
    reader.forget("2:");
    expect(reader.documents).toBe(0);
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

  it("takes only an analyze message that carries text", () => {
    const good: BackgroundMessage = { type: "sourcelight:analyze", text: "" };
    expect(isBackgroundMessage(good)).toBe(true);
    for (const m of [{ type: "sourcelight:analyze" }, { type: "sourcelight:analyze", text: ["a"] }]) {
      expect(isBackgroundMessage(m)).toBe(false);
    }
  });
});
