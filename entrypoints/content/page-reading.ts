/**
 * One reading of the page: find the article, have the spam among its links judged (before its text is read, so
 * a stripped link's words never reach the engine), read its text, tell its language, decide whether it is marked
 * at all, and have it analysed by the background worker, the page's main thread free meanwhile. Returns the reading
 * and its phase timings; painting and the page's other links are the controller's.
 */
import { emptyAnalysis, type Analysis } from "../../lib/attribution/types";
import {
  findArticleRootWith,
  markable,
  readArticlePaced,
  readMarkup,
  type ArticleText,
} from "../../lib/dom/article-root";
import { MAX_TEXT_CHARS, PREVIEW_CHARS, type EngineReply } from "../../lib/messages";
import { unpackAnalysis } from "../../lib/attribution/wire";
import { loadReader } from "./reader-loader";
import { yieldToPage } from "./page-tasks";
import { articleLanguage, type ArticleLanguage } from "../../lib/language";
import { previewSpan } from "../../lib/preview";

export interface PageReading {
  /** The article's root, null when the whole page is read. */
  root: Element | null;
  article: ArticleText;
  language: ArticleLanguage;
  /** Not an article and nobody asked: nothing was analysed (a shop's "Reviewers say" is no source). */
  unmarked: boolean;
  /** There was text to read but the background worker did not read it: nothing was marked, and the popup says why. */
  engineFailed: boolean;
  analysis: Analysis;
  /** Where each attribution's sentence starts and ends in the article's text. */
  sentences: Array<[number, number]>;
  /** When each phase ran (performance.now()), and the time the page's main thread was given back. */
  timings: {
    start: number;
    found: number;
    /** When the links' judgement started (after a turn given to the page, on a long one). */
    judging: number;
    judged: number;
    read: number;
    /** Of the reading's time, the turns given to the page. */
    readPaused: number;
    /** When the text was sent to the background to analyse. */
    asked: number;
    analysed: number;
    /**
     * Time the page's main thread was free: waiting for Readability, the links' judgements and the analysis, and
     * the turns given to the page on a long one.
     */
    paused: number;
    /** Of which waiting for the background to judge links. */
    waited: number;
    /** Of which waiting for Readability to load (a page the structural signals could not read). */
    loading: number;
    /** Of which waiting for the background to analyse the text. */
    analysing: number;
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
  /** Has the text analysed (ask-engine.ts), or with `preview` the stretch of a long page in view; null: no answer. */
  analyse: (text: string, preview?: boolean) => Promise<EngineReply | null>;
  /**
   * Paints a first look at a long page: its article and the attributions of the stretch in view (lib/preview.ts),
   * before the whole is read. Not given: no first look.
   */
  preview?: (article: ArticleText, analysis: Analysis) => void;
}

/**
 * The most of the scan's own work in one task: a long page's search for its article and the reading of its text
 * give the page a turn after about this long, so no task of ours runs near the 50 ms a reader feels.
 */
const TASK_MS = 15;

export async function readPage(doc: Document, opts: ReadOptions): Promise<PageReading> {
  const start = performance.now();
  let yielded = 0;
  const pause = async () => {
    const p = performance.now();
    await yieldToPage();
    yielded += performance.now() - p;
  };
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
  // A long search for the article is a task of its own: judging links and reading the text need not lengthen it.
  // (Not in a tab behind others: nobody waits on it, and a background tab's timers wait a second or more.)
  const budget = doc.hidden ? Infinity : TASK_MS;
  if (found - start - loading > budget) await pause();
  const judging = performance.now();
  // Waiting for the background's judgements leaves the page's main thread free: counted with the pauses.
  const waited = await opts.judgeLinks(root);
  const judged = performance.now();
  const before = yielded;
  const article = await readArticlePaced(doc, root, { isOwn: opts.isOwn }, pause, budget);
  const read = performance.now();
  const readPaused = yielded - before;
  // The engine reads English: an article in another language gets no attributions, and the popup says why.
  const declared = root?.closest("[lang]")?.getAttribute("lang") ?? doc.documentElement.lang;
  const language = articleLanguage(declared, article.text);
  const unmarked = !opts.asked && !opts.wholePage && !markable(doc, article);
  const text = language.readable && !unmarked ? article.text : "";
  // Waiting for the analysis leaves the main thread free too (but for the browser taking the answer in, a task of
  // its own); putting the spans' texts back is script time.
  // A long page's stretch in view is asked for first, and painted when it comes, unless the whole came first.
  // (Chosen within what the worker reads: a page longer than MAX_TEXT_CHARS is read to there.)
  const paint = opts.preview;
  const sent = text.slice(0, MAX_TEXT_CHARS);
  const span = paint && sent.length > PREVIEW_CHARS ? previewSpan(sent, viewTop(article), PREVIEW_CHARS) : null;
  const asked = performance.now();
  let whole = false;
  let previewing = 0;
  if (span && paint) {
    opts
      .analyse(sent.slice(span[0], span[1]), true)
      .then((first) => {
        if (!first || whole) return;
        const p = performance.now();
        paint(article, unpackAnalysis(first.analysis, text, span[0]));
        previewing += performance.now() - p;
      })
      .catch((err) => console.debug("Sourcelight: the first look was not painted", err));
  }
  const reply = text ? await opts.analyse(text) : null;
  whole = true;
  // (Painting the first look, while the whole was read, is script time.)
  const analysing = performance.now() - asked - previewing;
  const analysis = reply ? unpackAnalysis(reply.analysis, text) : emptyAnalysis();
  const analysed = performance.now();
  return {
    root,
    article,
    language,
    unmarked,
    engineFailed: !!text && !reply,
    analysis,
    sentences: reply?.sentences ?? [],
    timings: {
      start,
      found,
      judging,
      judged,
      read,
      readPaused,
      asked,
      analysed,
      paused: loading + waited + analysing + yielded,
      waited,
      loading,
      analysing,
    },
  };
}

/**
 * Where the view starts in the article's text: the first of its text nodes not wholly above the top of the window
 * (a binary search, the nodes in document order, one read of layout each). At the top of the page, the article's
 * start, read without asking for layout: a page just loaded or grown may not be laid out yet, and laying it out
 * here would be a long task of ours.
 */
function viewTop(article: ArticleText): number {
  if (window.scrollY < window.innerHeight / 2) return 0;
  const { runs } = article;
  const range = document.createRange();
  // A run's bottom on the screen, from it or the next few: white space between blocks has no box (all zeros), and
  // would read as in view. Null when none of them has a box.
  const bottom = (k: number): number | null => {
    for (let j = k; j < runs.length && j < k + PROBED; j++) {
      if (!/\S/.test(runs[j].node.data)) continue;
      range.selectNodeContents(runs[j].node);
      const r = range.getBoundingClientRect();
      if (r.width || r.height) return r.bottom;
    }
    return null;
  };
  let lo = 0;
  let hi = runs.length - 1;
  let found = runs.length ? runs.length - 1 : -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = bottom(mid);
    // (No box nearby, a hidden stretch: read as above the view, so the search goes on down.)
    if (b === null || b < 0) lo = mid + 1;
    else {
      found = mid;
      hi = mid - 1;
    }
  }
  return found < 0 ? 0 : runs[found].start;
}

/** Runs looked at for a box when one has none (white space between blocks, an empty inline). */
const PROBED = 8;
