/**
 * The engine as the background worker runs it for the pages' content scripts: one engine, loaded and compiled once
 * for every tab, reading off the pages' main threads. A long text is read in slices, the worker answering other
 * pages in between; each document keeps the slices of its last reading, so that a live page that grew is read
 * again only where it changed.
 */
import { SLICE_CHARS, type EngineReply } from "../messages";
import { analyzeText } from "./index";
import { analyzeTextInSlices, type SliceCache } from "./resolve/slices";
import { sentenceSpansAround } from "./text/sentences";
import { packAnalysis } from "./wire";

/** Documents whose slices are kept (the most recently read): a few open tabs with live pages. */
const KEPT_DOCUMENTS = 16;

/** A turn of the worker's event loop, for the messages waiting behind a long reading. */
const nextTurn = () => new Promise<void>((done) => setTimeout(done, 0));

export class DocumentReader {
  /** Each document's slices, least recently read first. */
  private readonly slices = new Map<string, SliceCache>();

  constructor(
    private readonly pause: () => Promise<void> = nextTurn,
    private readonly kept = KEPT_DOCUMENTS,
  ) {}

  /** Reads `text`, one document's article (`doc` names it: a tab and frame), as analyzeText would. */
  async read(doc: string, text: string): Promise<EngineReply> {
    const analysis = text.length <= SLICE_CHARS ? analyzeText(text) : await this.inSlices(doc, text);
    return { analysis: packAnalysis(analysis), sentences: sentenceSpansAround(text, analysis.attributions) };
  }

  /** Forgets the documents whose names start with `prefix` (a closed tab, a page that left it). */
  forget(prefix: string): void {
    for (const doc of [...this.slices.keys()]) if (doc.startsWith(prefix)) this.slices.delete(doc);
  }

  /** How many documents' slices are kept (for tests). */
  get documents(): number {
    return this.slices.size;
  }

  private inSlices(doc: string, text: string) {
    const cache = this.slices.get(doc) ?? new Map();
    this.slices.delete(doc);
    this.slices.set(doc, cache);
    for (const old of this.slices.keys()) {
      if (this.slices.size <= this.kept) break;
      this.slices.delete(old);
    }
    return analyzeTextInSlices(text, SLICE_CHARS, this.pause, cache);
  }
}
