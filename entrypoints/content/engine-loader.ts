/**
 * Loads the attribution engine into the content script when a page has text to read (page-reading.ts): the
 * extension's own file, imported from its web-accessible URL (random per session in Chromium: use_dynamic_url), once
 * per page. A page whose loading fails is left unmarked, the popup says why, and the next scan (or its "Try again")
 * tries again.
 */
import { browser } from "wxt/browser";
import type { Engine } from "../engine";
import { ENGINE_FILE, ENGINE_GLOBAL } from "../../lib/browser/engine-file";

let loading: Promise<Engine | null> | null = null;

/** The engine, once loaded; null before, or when it could not be. */
export const loadedEngine = (): Engine | null =>
  ((globalThis as Record<string, unknown>)[ENGINE_GLOBAL] as Engine | undefined) ?? null;

export function loadEngine(): Promise<Engine | null> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL(ENGINE_FILE)).then(loadedEngine, (err) => {
    // (Tried again at the next scan: a load that failed once, an extension being updated, may not fail twice.)
    console.debug("Sourcelight: the engine did not load", err);
    loading = null;
    return null;
  });
  return loading;
}
