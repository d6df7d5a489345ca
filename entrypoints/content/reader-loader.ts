/**
 * Loads Readability into the content script when a page needs it (article-root.ts's readMarkup): the extension's
 * own file, imported from its web-accessible URL (random per session in Chromium: use_dynamic_url), once per page.
 * A page whose loading fails is read without it (paragraph density stands in).
 */
import { browser } from "wxt/browser";
import type { Reader } from "../../lib/dom/article-root";
import { READER_FILE, READER_GLOBAL } from "../../lib/browser/reader-file";

let loading: Promise<Reader | null> | null = null;

export function loadReader(): Promise<Reader | null> {
  const held = () => ((globalThis as Record<string, unknown>)[READER_GLOBAL] as Reader | undefined) ?? null;
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL(READER_FILE)).then(held, held);
  return loading;
}
