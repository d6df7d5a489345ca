/**
 * Layout reads on painted ranges. The Highlight API is given StaticRanges: a
 * live Range is updated on every change the page makes to its DOM, and with
 * the thousands of a long page each change cost the page about 0.1 ms (2,000
 * insertions took 208 ms instead of 7). Measuring needs a live Range, so one
 * scratch Range per document is pointed at each in turn: use it at once.
 */
const scratch = new WeakMap<Document, Range>();

/**
 * `r` itself when it is live (the fallback's ranges over its marks), else the scratch Range set to it; null when it no
 * longer fits the page.
 */
export function measurable(doc: Document, r: AbstractRange): Range | null {
  if ("getClientRects" in r) return r as Range;
  let live = scratch.get(doc);
  if (!live) scratch.set(doc, (live = doc.createRange()));
  try {
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    return live;
  } catch {
    return null; // the page shortened or moved the text since it was read
  }
}
