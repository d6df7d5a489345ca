/**
 * Highlighting for browsers without the CSS Custom Highlight API: wraps the
 * text of each range in an element of our own, and puts the page back
 * exactly when asked. "Exactly" means the serialised DOM is byte-identical
 * and the page keeps its own Text node objects: every `splitText` is logged
 * and undone in reverse order by appending the right piece's text back onto
 * the original (left) node, so a framework holding a reference to a text
 * node still holds the live one.
 *
 * Takes the document as a parameter and uses the DOM only (runs in happy-dom).
 */

/** One range to wrap, with the attributes its marks carry (e.g. `data-tier`). */
export interface WrapItem {
  range: Range;
  attrs: Record<string, string>;
}

export interface Wrapped {
  /** Per item, in the order given: its marks in document order (empty when the range held no text). */
  marks: Element[][];
  /** Takes every mark out and merges split text back; safe to call twice. */
  unwrap(): void;
}

interface Split {
  left: Text;
  right: Text;
}

/** The Text nodes a range touches, in document order, with the part of each it covers. */
function textSegments(range: Range): Array<{ node: Text; start: number; end: number }> {
  const out: Array<{ node: Text; start: number; end: number }> = [];
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const push = (node: Text) => {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end > start) out.push({ node, start, end });
  };
  if (root.nodeType === 3) {
    push(root as Text);
    return out;
  }
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n)) push(n as Text);
    else if (out.length) break; // past the end: text nodes come in document order
  }
  return out;
}

/**
 * Wraps each item's text in `<tag>` elements. Items must not overlap; they
 * are processed last-first so that splitting a node never moves text an
 * earlier item still points at (the left piece keeps the original node).
 */
export function wrapRanges(doc: Document, items: WrapItem[], tag: string): Wrapped {
  const splits: Split[] = [];
  const all: Element[] = [];
  const marks: Element[][] = items.map(() => []);
  const split = (node: Text, at: number): Text => {
    const right = node.splitText(at);
    splits.push({ left: node, right });
    return right;
  };
  const order = items
    .map((_, i) => i)
    .sort((a, b) => items[b].range.compareBoundaryPoints(0 /* START_TO_START */, items[a].range));
  for (const i of order) {
    const { range, attrs } = items[i];
    const segments = textSegments(range);
    for (let k = segments.length - 1; k >= 0; k--) {
      const { node, start, end } = segments[k];
      const parent = node.parentNode;
      if (!parent) continue;
      if (end < node.data.length) split(node, end);
      const piece = start > 0 ? split(node, start) : node;
      const mark = doc.createElement(tag);
      for (const [name, value] of Object.entries(attrs)) mark.setAttribute(name, value);
      parent.insertBefore(mark, piece);
      mark.appendChild(piece);
      marks[i].unshift(mark);
      all.push(mark);
    }
  }
  let done = false;
  return {
    marks,
    unwrap() {
      if (done) return;
      done = true;
      for (const mark of all) {
        const parent = mark.parentNode;
        if (parent) {
          while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
          parent.removeChild(mark);
        }
      }
      for (let k = splits.length - 1; k >= 0; k--) {
        const { left, right } = splits[k];
        // The page may have moved or removed a piece meanwhile: merge only what is still side by side.
        if (right.parentNode && right.previousSibling === left) {
          left.appendData(right.data);
          right.parentNode.removeChild(right);
        }
      }
    },
  };
}
