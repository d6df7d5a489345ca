/** Where the content script finds Readability when it loads it (entrypoints/readability.ts, reader-loader.ts). */
export const READER_FILE = "/readability.js";
/** The content script's global the file leaves the class in: its isolated world's, never the page's. */
export const READER_GLOBAL = "__sourcelightReadability";
