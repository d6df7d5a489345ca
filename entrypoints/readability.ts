/**
 * Mozilla Readability, loaded by the content script only for a page its structural signals could not read
 * (entrypoints/content/reader-loader.ts): a tenth of the content script that most news pages never need. It runs in
 * the content script's isolated world and leaves the class where the loader looks for it, never in the page's.
 */
import { Readability } from "@mozilla/readability";
import { defineUnlistedScript } from "wxt/utils/define-unlisted-script";
import { READER_GLOBAL } from "../lib/browser/reader-file";

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[READER_GLOBAL] = Readability;
});
