/** Where the content script finds the attribution engine when it loads it (entrypoints/engine.ts, engine-loader.ts). */
export const ENGINE_FILE = "/engine.js";
/** The content script's global the file leaves the engine in: its isolated world's, never the page's. */
export const ENGINE_GLOBAL = "__sourcelightEngine";
