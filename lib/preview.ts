/**
 * The stretch of a long page read first, so that its view is marked before the whole is read (the background worker
 * reads a long page slice by slice, and its reply comes back whole). Pure: the content script finds where the view
 * starts in the article's text, and this chooses the stretch around it.
 */

/**
 * The stretch of `text` around `at` (the top of the view) to read first, at most `chars` long: from the start of a
 * line a little above the view to the end of a line, so that no paragraph is cut (a paragraph longer than the
 * stretch is cut at a space). Null when the text is no longer than `chars`: it is read whole anyway.
 */
export function previewSpan(text: string, at: number, chars: number): [number, number] | null {
  if (text.length <= chars) return null;
  // A sixth of the stretch above the view: the paragraph the view opens in, and a little context before it; near
  // the end, the last stretch, from a line's start.
  const tail = text.length - chars;
  const from = Math.max(0, Math.min(at - Math.floor(chars / 6), tail));
  let start: number;
  if (from === tail) {
    const line = text.indexOf("\n", from);
    start = line < 0 ? spaceAfter(text, from) : line + 1;
  } else {
    start = from === 0 ? 0 : text.lastIndexOf("\n", from) + 1;
    if (from - start > chars / 2) start = spaceAfter(text, from);
  }
  const limit = Math.min(text.length, start + chars);
  if (limit === text.length) return [start, limit];
  // (A last line break far back would leave a stretch of a few words: then a space near the limit.)
  const line = text.lastIndexOf("\n", limit - 1);
  const end = line > start && limit - line <= chars / 2 ? line + 1 : spaceBefore(text, limit, start);
  return [start, end];
}

const spaceAfter = (text: string, k: number) => {
  const s = text.indexOf(" ", k);
  return s < 0 ? k : s + 1;
};

const spaceBefore = (text: string, k: number, floor: number) => {
  const s = text.lastIndexOf(" ", k - 1);
  return s > floor ? s + 1 : k;
};
