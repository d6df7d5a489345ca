/**
 * One reading of the page: find the article, have the spam among its links judged (before its text is read, so
 * a stripped link's words never reach the engine), read its text, tell its language, decide whether it is marked
 * at all, and analyse it — a long text in slices that give the page back its main thread in between. Returns the
 * reading and its phase timings; painting and the page's other links are the controller's.
 */
import type { SliceCache } from "../../lib/attribution";
import { emptyAnalysis, type Analysis } from "../../lib/attribution/types";
import { findArticleRootWith, markable, readArticle, readMarkup, type ArticleText } from "../../lib/dom/article-root";
import { loadReader } from "./reader-loader";
import { loadEngine, loadedEngine } from "./engine-loader";
import { articleLanguage, type ArticleLanguage } from "../../lib/language";
import { yieldToPage } from "./page-tasks";

/** Texts longer than this are read in slices of this size, yielding to the page in between. */
export const SLICE_CHARS = 30_000;

/** A page that declares English, or no language at all (the text's own language is told after it is read). */
const ENGLISH_OR_UNDECLARED = new Set(["en", ""]);

export interface PageReading {
  /** The article's root, null when the whole page is read. */
  root: Element | null;
  article: ArticleText;
  language: ArticleLanguage;
  /** Not an article and nobody asked: nothing was analysed (a shop's "Reviewers say" is no source). */
  unmarked: boolean;
  /** There was text to read but the engine could not be loaded: nothing was read, and the popup says why. */
  engineFailed: boolean;
  analysis: Analysis;
  /** When each phase ran (performance.now()), and the time given back to the page between slices. */
  timings: {
    start: number;
    found: number;
    judged: number;
    read: number;
    analysed: number;
    /** Time given back to the page: between slices, and waiting for the background to judge links. */
    paused: number;
    /** Of which waiting for the background. */
    waited: number;
    /** Of which waiting for Readability to load (a page the structural signals could not read). */
    loading: number;
    /** Loading the engine (a page with text to read): not in `paused`, its compiling runs on the main thread. */
    engineLoading: number;
  };
}

export interface ReadOptions {
  /** The whole page rather than the article (the reader's choice, per site or from the popup). */
  wholePage: boolean;
  /** The reader asked for this page to be read: mark it even when it does not look like an article. */
  asked: boolean;
  /** Sourcelight's own elements, left out of the text. */
  isOwn: (el: Element) => boolean;
  /**
   * Judges the spam among the article's links (all the page's when there is no article) before it is read; gives
   * the time spent waiting for the background worker's answers.
   */
  judgeLinks: (root: Element | null) => Promise<number>;
  /** The slices of the last reading, so that a long page that grew is read again only where it changed. */
  slices: SliceCache;
}

export async function readPage(doc: Document, opts: ReadOptions): Promise<PageReading> {
  const start = performance.now();
  // Readability is loaded only for a page the structural signals cannot read; waiting for it leaves the main
  // thread free, so it counts with the pauses.
  let loading = 0;
  let root: Element | null = null;
  if (!opts.wholePage) {
    const markup = readMarkup(doc);
    let reader = null;
    if (markup.needsReader) {
      const asked = performance.now();
      reader = await loadReader();
      loading = performance.now() - asked;
    }
    root = findArticleRootWith(doc, reader, markup);
  }
  const found = performance.now();
  // An article in English (or in no declared language) will want the engine: its file is fetched and compiled
  // while the background judges the links, rather than after.
  const declared = root?.closest("[lang]")?.getAttribute("lang") ?? doc.documentElement.lang;
  const wanted =
    (root || opts.asked || opts.wholePage) && ENGLISH_OR_UNDECLARED.has(declared.split(/[-_]/)[0].toLowerCase());
  const fresh = !loadedEngine();
  if (wanted && fresh) void loadEngine();
  // Waiting for the background's judgements leaves the page's main thread free: counted with the pauses.
  const waited = await opts.judgeLinks(root);
  let paused = loading + waited;
  const judged = performance.now();
  const article = readArticle(doc, root, { isOwn: opts.isOwn });
  const read = performance.now();
  // The engine reads English: an article in another language gets no attributions, and the popup says why.
  const language = articleLanguage(declared, article.text);
  const unmarked = !opts.asked && !opts.wholePage && !markable(doc, article);
  const text = language.readable && !unmarked ? article.text : "";
  const breathe = async () => {
    const p = performance.now();
    await yieldToPage();
    paused += performance.now() - p;
  };
  // The engine is loaded only for a page with text to read: a timing of its own, counted with the scan's script time
  // (compiling it runs on the main thread).
  const asked = performance.now();
  const engine = text ? await loadEngine() : null;
  const engineLoading = performance.now() - asked;
  // Running the engine's file for the first time is a task of its own, and finding, stripping and reading a long
  // page already took a while: either way the page breathes before the analysis.
  if (engine && (fresh || text.length > SLICE_CHARS)) await breathe();
  const analysis = !engine
    ? emptyAnalysis()
    : text.length <= SLICE_CHARS
      ? engine.analyzeText(text)
      : await engine.analyzeTextInSlices(text, SLICE_CHARS, breathe, opts.slices);
  const analysed = performance.now();
  return {
    root,
    article,
    language,
    unmarked,
    engineFailed: !!text && !engine,
    analysis,
    timings: { start, found, judged, read, analysed, paused, waited, loading, engineLoading },
  };
}
