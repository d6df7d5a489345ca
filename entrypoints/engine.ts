/**
 * The attribution engine, loaded by the content script only for a page with text to read
 * (entrypoints/content/engine-loader.ts): most of what a page would otherwise download and parse, and pages with no
 * article (a shop, a search, a login form) never need it. It runs in the content script's isolated world and leaves
 * the engine where the loader looks for it, never in the page's.
 */
import { defineUnlistedScript } from "wxt/utils/define-unlisted-script";
import { analyzeText, analyzeTextInSlices } from "../lib/attribution";
import { sentencesAround } from "../lib/attribution/text/sentences";
import { ENGINE_GLOBAL } from "../lib/browser/engine-file";

/** What the content script uses of the engine. */
export interface Engine {
  analyzeText: typeof analyzeText;
  analyzeTextInSlices: typeof analyzeTextInSlices;
  sentencesAround: typeof sentencesAround;
}

export default defineUnlistedScript(() => {
  const engine: Engine = { analyzeText, analyzeTextInSlices, sentencesAround };
  (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = engine;
});
