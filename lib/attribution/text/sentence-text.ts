/**
 * A sentence's text as the export shows it, from where the engine found it (sentences.ts sentenceSpansAround): a
 * module of its own so that the content script, which gets the spans from the background worker, need not load the
 * sentence splitter's word lists to show them.
 */
export const sentenceText = (text: string, [start, end]: readonly [number, number]): string =>
  text.slice(start, end).replace(/\s+/g, " ").trim();
