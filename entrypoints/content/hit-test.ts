/**
 * Which highlight is under the pointer: the caret position at (x, y), found
 * by binary search among ranges in document order, and kept only if the
 * pointer is really over the range's text (a caret just after a line's last
 * character would otherwise count).
 */
import { measurable } from "./measure";

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
};

export function rangeIndexAt(
  doc: Document,
  ranges: ReadonlyArray<{ range: AbstractRange }>,
  x: number,
  y: number,
): number {
  let node: Node | null = null;
  let offset = 0;
  const pos = (doc as CaretDocument).caretPositionFromPoint?.(x, y);
  if (pos) ({ offsetNode: node, offset } = pos);
  else {
    const r = doc.caretRangeFromPoint?.(x, y);
    if (r) ({ startContainer: node, startOffset: offset } = r);
  }
  if (!node || node.nodeType !== 3) return -1;
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = measurable(doc, ranges[mid].range);
    if (!range) return -1;
    let c: number;
    try {
      c = range.comparePoint(node, offset);
    } catch {
      return -1; // the page moved the node elsewhere meanwhile
    }
    if (c === 0) {
      // Indexed, not iterated: Firefox's content-script view of a DOMRectList is not iterable.
      const rects = range.getClientRects();
      for (let k = 0; k < rects.length; k++) {
        const r = rects[k];
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return mid;
      }
      return -1;
    }
    if (c < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return -1;
}
