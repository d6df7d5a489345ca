/**
 * The engine as the background worker runs it for the pages' content scripts: one engine, loaded and compiled once
 * for every tab, reading off the pages' main threads. A long text is read in slices, the worker answering other
 * pages in between; each document keeps the slices of its last reading, so that a live page that grew is read
 * again only where it changed. Nothing of a page is kept past its tab, its next page, or the reader turning
 * Sourcelight off for it; and no text past its reading but those slices.
 */
import { MAX_TEXT_CHARS, SLICE_CHARS, textLimit, type EngineReply } from "../messages";
import { analyzeText } from "./index";
import { analyzeTextInSlices, type SliceCache } from "./resolve/slices";
import { sentenceSpansAround } from "./text/sentences";
import { forgetLastText } from "./text/lower-words";
import { forgetLastLines } from "./text/headline";
import { packAnalysis } from "./wire";
import type { Analysis } from "./types";

/** The text whose slices are kept, in all (the most recently read documents first): a few long live pages. */
const KEPT_CHARS = 2 * MAX_TEXT_CHARS;

/** A turn of the worker's event loop, for the messages waiting behind a long reading. */
const nextTurn = () => new Promise<void>((done) => setTimeout(done, 0));

/** A document's name: its tab and frame ("12:0/"); a tab's names all start with `tabKey(tab)`. */
export const documentKey = (tab: number, frame: number) => `${tabKey(tab)}${frame}/`;
export const tabKey = (tab: number) => `${tab}:`;

export class DocumentReader {
  /** Each document's slices and their length, least recently read first. */
  private readonly slices = new Map<string, { cache: SliceCache; chars: number }>();
  /** What was forgotten lately, numbered: a reading that was under way then does not keep its slices. */
  private forgotten: Array<[number, string]> = [];
  private forgets = 0;

  constructor(
    private readonly pause: () => Promise<void> = nextTurn,
    private readonly keptChars = KEPT_CHARS,
  ) {}

  /**
   * Reads `text`, one document's article (`doc`, documentKey), as analyzeText would; a text longer than
   * MAX_TEXT_CHARS is an error (the content script sends no more). A `preview`, the stretch of a long page in view,
   * is read at once and keeps nothing, the document's slices left as they were; it gets no sentences.
   */
  async read(doc: string, text: string, preview = false): Promise<EngineReply> {
    if (text.length > textLimit(preview)) throw new RangeError(`Text over ${textLimit(preview)} characters`);
    try {
      // (A stretch from inside the page: its first source is no story's opening.)
      if (preview) return { analysis: packAnalysis(analyzeText(text, { opening: false })), sentences: [] };
      let analysis: Analysis;
      if (text.length <= SLICE_CHARS) {
        // (A short text keeps no slices, and the frame's older, longer page's are let go.)
        this.slices.delete(doc);
        analysis = analyzeText(text);
      } else analysis = await this.inSlices(doc, text);
      return { analysis: packAnalysis(analysis), sentences: sentenceSpansAround(text, analysis.attributions) };
    } finally {
      forgetLastText();
      forgetLastLines();
    }
  }

  /** Forgets the documents whose names start with `prefix` (a closed tab, a page that left it, a frame turned off). */
  forget(prefix: string): void {
    for (const doc of [...this.slices.keys()]) if (doc.startsWith(prefix)) this.slices.delete(doc);
    this.forgotten = [...this.forgotten.slice(-63), [++this.forgets, prefix]];
  }

  /** The documents whose slices are kept (for tests). */
  get documents(): string[] {
    return [...this.slices.keys()];
  }

  private async inSlices(doc: string, text: string) {
    const cache = this.slices.get(doc)?.cache ?? new Map();
    this.slices.delete(doc);
    const started = this.forgets;
    const analysis = await analyzeTextInSlices(text, SLICE_CHARS, this.pause, cache);
    // (A tab closed, or turned off, while its page was read: nothing of it is kept; nor when more was forgotten
    // meanwhile than the log holds.)
    const overflowed = this.forgets - started > this.forgotten.length;
    if (overflowed || this.forgotten.some(([n, prefix]) => n > started && doc.startsWith(prefix))) return analysis;
    // Kept as the most recent; the oldest let go while the whole is over its size.
    this.slices.set(doc, { cache, chars: text.length });
    let kept = 0;
    for (const { chars } of this.slices.values()) kept += chars;
    for (const [old, { chars }] of this.slices) {
      if (kept <= this.keptChars) break;
      this.slices.delete(old);
      kept -= chars;
    }
    return analysis;
  }
}
