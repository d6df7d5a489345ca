/**
 * Finds the article on a page: the element whose text is worth scanning for
 * attributions (not the menu, comments or footer). Cheap structural signals
 * come first; Mozilla Readability (the reader-mode reference) decides when
 * they are missing or ambiguous; when its result cannot be found on the live
 * page, the page's own JSON-LD article body and paragraph density do
 * (article-live.ts). The publisher's JSON-LD body, where there is one, is
 * what any choice is checked against. Works on any DOM, live or parsed in Node.
 *
 * Readability is passed in, not imported: it is a tenth of the content script, and most news pages are found by
 * the structural signals alone, so the content script loads it only for a page that needs it (readMarkup;
 * entrypoints/content/reader-loader.ts). Node has it at hand (article.ts).
 */
import type { Readability } from "@mozilla/readability";
import isProbablyReaderable from "@mozilla/readability/Readability-readerable.js";
import { byDensity, byJsonLd, commonAncestor, jsonLdBodies } from "./article-live";
import { collapseSpace as normalise } from "./whitespace";
import { furnitureOf } from "./furniture";
import { readTextRuns, readTextRunsPaced, type ReadOptions, type TextRuns } from "./text-runs";

export interface ArticleText extends TextRuns {
  root: Element;
  title: string;
  /** "article" when an article was found, "page" when falling back to the whole body. */
  scope: "article" | "page";
}

/** Article-body containers used by common CMSs and by schema.org markup, most specific first. */
const BODY_SELECTORS = [
  '[itemprop="articleBody"]',
  "article .entry-content",
  "article .post-content",
  "article .article-body",
  "article .article-content",
  "article .story-body",
  ".entry-content",
  ".post-content",
  ".article-body",
  ".article__body",
  ".story-body",
];

/** Enough prose to count as an article body rather than a teaser. */
const MIN_ARTICLE_CHARS = 400;

/** Length of an element's text (white space included: only compared with a rough minimum). */
function textLength(el: Element): number {
  return el.textContent?.length ?? 0;
}

/** The one element matching a selector with enough prose, or null when none or several compete. */
function bySelectors(doc: Document): Element | null {
  for (const sel of BODY_SELECTORS) {
    const found = Array.from(doc.querySelectorAll(sel)).filter((el) => textLength(el) >= MIN_ARTICLE_CHARS);
    if (found.length === 1) return found[0];
  }
  const articles = Array.from(doc.querySelectorAll("article")).filter((el) => textLength(el) >= MIN_ARTICLE_CHARS);
  if (articles.length === 1) return articles[0];
  return null;
}

/** Blocks Readability keeps, looked for on the live page. */
const KEPT_BLOCKS = "p, li, blockquote, h2, h3, pre, td";

/**
 * The live elements Readability's kept blocks came from: by the clone they were made from, or — when
 * Readability retried on a document it rebuilt from markup, whose nodes map to nothing — by their text.
 */
function liveBlocks(doc: Document, kept: Element[], toLive: Map<Node, Node>): Element[] {
  const mapped = kept
    .map((el) => toLive.get(el) as Element | undefined)
    .filter((el): el is Element => !!el && el.isConnected);
  if (mapped.length >= kept.length / 2) return mapped;
  const byText = new Map<string, Element>();
  for (const el of Array.from(doc.querySelectorAll(KEPT_BLOCKS))) {
    const text = normalise(el.textContent ?? "");
    if (text.length >= 40 && !byText.has(text)) byText.set(text, el);
  }
  return kept.map((el) => byText.get(normalise(el.textContent ?? ""))).filter((el): el is Element => !!el);
}

/** Mozilla Readability's class. */
export type Reader = typeof Readability;

/**
 * Runs Readability on a clone (it rewrites the document it is given) and maps
 * the paragraphs it kept back to the live elements they came from.
 */
function byReadability(doc: Document, Reader: Reader): Element | null {
  if (!doc.body) return null;
  const clone = doc.cloneNode(true) as Document;
  const toLive = new Map<Node, Node>();
  const a = doc.createTreeWalker(doc.documentElement, 1);
  const b = clone.createTreeWalker(clone.documentElement, 1);
  toLive.set(b.currentNode, a.currentNode);
  for (let x = a.nextNode(), y = b.nextNode(); x && y; x = a.nextNode(), y = b.nextNode()) toLive.set(y, x);

  let content: Element | null = null;
  try {
    content = new Reader<Element>(clone, { serializer: (n) => n as Element }).parse()?.content ?? null;
  } catch {
    return null;
  }
  if (!content) return null;
  const root = commonAncestor(liveBlocks(doc, Array.from(content.querySelectorAll(KEPT_BLOCKS)), toLive));
  return root && root !== doc.documentElement && textLength(root) >= MIN_ARTICLE_CHARS ? root : null;
}

/** True when `root` shows the start of one of the publisher's JSON-LD article bodies (or there are none). */
function agreesWithJsonLd(root: Element, bodies: string[]): boolean {
  if (bodies.length === 0) return true;
  const text = normalise(root.textContent ?? "");
  return bodies.some((b) => text.includes(b.slice(0, 40)));
}

/**
 * What the page's markup says before Readability is asked: the article it marks, if any, and else whether the page
 * looks readable enough to ask Readability (`needsReader`). Read once, by the content script before it loads
 * Readability and by findArticleRootWith after.
 */
export interface MarkupReading {
  marked: Element | null;
  needsReader: boolean;
}

export function readMarkup(doc: Document): MarkupReading {
  const marked = bySelectors(doc);
  return { marked, needsReader: !marked && !!doc.body && isProbablyReaderable(doc) };
}

/**
 * Finds the article root, or null when the page holds no article. With no `reader` (it could not be loaded),
 * paragraph density stands in for Readability.
 */
export function findArticleRootWith(
  doc: Document,
  reader: Reader | null,
  markup: MarkupReading = readMarkup(doc),
): Element | null {
  const bodies = jsonLdBodies(doc);
  const found =
    markup.marked ?? (markup.needsReader ? ((reader && byReadability(doc, reader)) ?? byDensity(doc)) : null);
  if (found && agreesWithJsonLd(found, bodies)) return found;
  return byJsonLd(doc, bodies) ?? found;
}

function titleOf(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute("content");
  const h1 = doc.querySelector("h1")?.textContent;
  return normalise(og || h1 || doc.title);
}

/** Prose a page needs before the popup treats it as an article (a teaser or a login form is not). */
const MIN_ARTICLE_PROSE = 600;

/** True when the reading came from an article root with enough prose to be one. */
export function looksLikeArticle(article: ArticleText): boolean {
  return article.scope === "article" && article.text.trim().length >= MIN_ARTICLE_PROSE;
}

/** What a page says it is, in og:type or JSON-LD, when that is not an article: a shop's product, a profile, results. */
const NOT_ARTICLE_TYPES =
  /^(?:product(?:\.item|\.group)?|profile|ProductGroup|ProfilePage|SearchResultsPage|ItemList|CollectionPage|CheckoutPage)$/i;

/** The page declares a type that is not an article (og:type, or a top-level JSON-LD @type). */
function declaredNotArticle(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute("content")?.trim() ?? "";
  if (NOT_ARTICLE_TYPES.test(og)) return true;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data = JSON.parse(script.textContent ?? "") as unknown;
      const items = Array.isArray(data) ? data : [data];
      const types = items.flatMap((x) => [(x as { "@type"?: unknown })?.["@type"]].flat());
      if (types.some((t) => typeof t === "string" && (t === "Product" || NOT_ARTICLE_TYPES.test(t)))) return true;
    } catch {
      // A broken JSON-LD block says nothing.
    }
  }
  return false;
}

/**
 * Whether a page is marked without being asked: an article root was found (an <article>, a CMS's article body,
 * Readability's pick, or the JSON-LD article body) and the page does not declare itself a product, a profile or
 * a list of results, and the root holds no password field. Anything else, a shop, a forum, a sign-in page, a
 * results page, is marked only when the reader asks from the popup; its spam links are stripped either way.
 */
export function markable(doc: Document, article: ArticleText): boolean {
  if (article.scope !== "article") return false;
  if (article.root.querySelector('input[type="password"]')) return false;
  return !declaredNotArticle(doc);
}

/**
 * Reads the text of an article root found earlier, leaving its furniture out (headings, captions, bylines,
 * rails of other stories: furniture.ts), or of the whole body when there is none.
 */
export function readArticle(doc: Document, found: Element | null, opts: ReadOptions = {}): ArticleText {
  const { root, read, article } = articleWalk(doc, found, opts);
  return article(readTextRuns(root, read));
}

/** readArticle, its walk `budgetMs` at a time with `pause` between (readTextRunsPaced): a long page in short tasks. */
export async function readArticlePaced(
  doc: Document,
  found: Element | null,
  opts: ReadOptions,
  pause: () => Promise<void>,
  budgetMs: number,
): Promise<ArticleText> {
  const { root, read, article } = articleWalk(doc, found, opts);
  return article(await readTextRunsPaced(root, read, pause, budgetMs));
}

/** Where an article's text is read from, what is left out (its furniture; nothing on a whole page), and the result. */
function articleWalk(doc: Document, found: Element | null, opts: ReadOptions) {
  const root = found ?? doc.body ?? doc.documentElement;
  return {
    root,
    read: found ? { ...opts, skip: furnitureOf(found) } : opts,
    article: (runs: TextRuns): ArticleText => ({
      ...runs,
      root,
      title: titleOf(doc),
      scope: found ? "article" : "page",
    }),
  };
}
