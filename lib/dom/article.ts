/**
 * Finding and reading the article with Readability at hand, as Node (the analyze CLI, the tests) has it. The
 * content script uses article-root.ts directly and loads Readability only for a page that needs it.
 */
import { Readability } from "@mozilla/readability";
import { findArticleRootWith, readArticle, type ArticleText } from "./article-root";
import type { ReadOptions } from "./text-runs";

export { looksLikeArticle, markable, readArticle, type ArticleText } from "./article-root";

/** Finds the article root, or null when the page holds no article. */
export function findArticleRoot(doc: Document): Element | null {
  return findArticleRootWith(doc, Readability);
}

/**
 * The article's root and flat text; the whole body when no article is found
 * or when `wholePage` is asked for.
 */
export function extractArticle(doc: Document, opts: ReadOptions & { wholePage?: boolean } = {}): ArticleText {
  return readArticle(doc, opts.wholePage ? null : findArticleRoot(doc), opts);
}
