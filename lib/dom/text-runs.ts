/**
 * Reads the text of a DOM subtree once into one flat string, with a map from
 * string offsets back to (text node, offset), so that the engine can work on
 * plain text and the highlighter can turn its spans back into Ranges.
 *
 * Works on any DOM (a live page, happy-dom, linkedom): it takes the root as a
 * parameter and uses no browser API beyond the DOM itself (and the clock, to
 * read a long page in short tasks).
 */

/** One text node's place in the flat text. */
export interface TextRun {
  node: Text;
  /** Offset of the node's first character in the flat text. */
  start: number;
}

export interface TextRuns {
  text: string;
  /** Sorted by start; gaps between runs hold block separators. */
  runs: TextRun[];
}

export interface ReadOptions {
  /** Skip elements the reader cannot see (needs computed style; default true). */
  skipHidden?: boolean;
  /** Our own elements (tooltip host, wrappers) to leave out. */
  isOwn?: (el: Element) => boolean;
  /** Other elements to leave out with everything in them (the article's furniture: headings, captions, rails). */
  skip?: (el: Element) => boolean;
}

/** Elements whose text is never article prose, or belongs to a form or editor. */
const SKIP_TAGS = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "TEXTAREA",
  "INPUT",
  "SELECT",
  "OPTION",
  "BUTTON",
  "IFRAME",
  "OBJECT",
  "EMBED",
  "CANVAS",
  "VIDEO",
  "AUDIO",
  "MATH",
  "svg",
  "SVG",
]);

/** Elements that end a sentence: their text never runs on into the next block's. */
const BLOCK_TAGS = new Set([
  "P",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "ASIDE",
  "HEADER",
  "FOOTER",
  "NAV",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "UL",
  "OL",
  "DL",
  "DT",
  "DD",
  "BLOCKQUOTE",
  "PRE",
  "FIGURE",
  "FIGCAPTION",
  "TABLE",
  "TR",
  "TD",
  "TH",
  "CAPTION",
  "BR",
  "HR",
  "ADDRESS",
  "DETAILS",
  "SUMMARY",
  "FORM",
  "FIELDSET",
  "LEGEND",
]);

/** True for an element whose contents belong to the user, not to the page's prose. */
export function isEditable(el: Element): boolean {
  const ce = el.getAttribute("contenteditable");
  return ce !== null && ce !== "false";
}

function isHidden(el: Element): boolean {
  if ((el as HTMLElement).hidden) return true;
  const view = el.ownerDocument?.defaultView;
  if (!view || typeof view.getComputedStyle !== "function") return false;
  try {
    const cs = view.getComputedStyle(el);
    return cs.display === "none" || cs.visibility === "hidden";
  } catch {
    return false;
  }
}

/** True when `s` ends in a line break followed by nothing but white space (as /\n\s*$/, without its backtracking). */
function endsInLineBreak(s: string): boolean {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 10) return true;
    if (!(c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(s[i])))) return false;
  }
  return false;
}

/**
 * Walks `root` in document order and returns its visible prose text. Block
 * elements are separated by "\n" so sentences never span two paragraphs.
 */
export function readTextRuns(root: Element, options: ReadOptions = {}): TextRuns {
  const walk = textWalk(root, options);
  walk.step(Infinity);
  return walk.result();
}

/**
 * The same walk, `budgetMs` of it at a time with `pause` between: a long page's text is read in several short tasks,
 * the page running in between. When the page takes away or moves the node the walk was to go on from, the walk
 * starts again (a few times; then the rest is read in one go): text it had read may be gone, and the way on from a
 * moved node leads out of the root. Spans that no longer map after a later change are dropped by boundsFor.
 */
export async function readTextRunsPaced(
  root: Element,
  options: ReadOptions,
  pause: () => Promise<void>,
  budgetMs: number,
): Promise<TextRuns> {
  let walk = textWalk(root, options);
  let restarts = 0;
  while (!walk.step(restarts < RESTARTS ? performance.now() + budgetMs : Infinity)) {
    await pause();
    if (walk.lost()) {
      walk = textWalk(root, options);
      restarts++;
    }
  }
  return walk.result();
}

/** Times a paced walk starts again on a changing page before it reads the rest in one go. */
const RESTARTS = 3;

/** Nodes walked between looks at the clock. */
const NODES_PER_LOOK = 256;

/** The walk of readTextRuns, resumable: `step` walks until `deadline` (performance.now()) and says if it is done. */
function textWalk(root: Element, options: ReadOptions) {
  const skipHidden = options.skipHidden ?? true;
  const parts: string[] = [];
  const runs: TextRun[] = [];
  let length = 0;
  let endsWithBreak = true;

  const breakLine = () => {
    if (!endsWithBreak) {
      parts.push("\n");
      length += 1;
      endsWithBreak = true;
    }
  };

  // Whether the walk goes into an element: not a skipped tag, editor, element of ours, or hidden one.
  const enters = (el: Element) =>
    !SKIP_TAGS.has(el.tagName) &&
    !SKIP_TAGS.has(el.tagName.toUpperCase()) &&
    !(el !== root && (isEditable(el) || options.isOwn?.(el) || options.skip?.(el))) &&
    el.getAttribute("aria-hidden") !== "true" &&
    !(skipHidden && isHidden(el));
  const isBlock = (node: Node) => node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName.toUpperCase());

  // Walks by first child, next sibling and parent: no recursion (pages nest deep enough to blow the call stack)
  // and nothing allocated per node (a long page has tens of thousands).
  let node: Node | null = root;
  const step = (deadline: number): boolean => {
    let walked = 0;
    while (node) {
      if (++walked % NODES_PER_LOOK === 0 && performance.now() > deadline) return false;
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        if (data.length > 0) {
          runs.push({ node: node as Text, start: length });
          parts.push(data);
          length += data.length;
          endsWithBreak = endsInLineBreak(data);
        }
      } else if (node.nodeType === 1 && enters(node as Element)) {
        if (isBlock(node)) breakLine();
        if (node.firstChild) {
          node = node.firstChild;
          continue;
        }
        if (isBlock(node)) breakLine();
      }
      // On to the next node in document order, closing the elements left on the way up.
      while (node && node !== root && !node.nextSibling) {
        node = node.parentNode;
        if (node && isBlock(node)) breakLine();
      }
      node = node && node !== root ? node.nextSibling : null;
    }
    return true;
  };
  // Whether the node to go on from has left the root (taken away, or moved elsewhere) since the walk stopped there.
  const lost = () => !!node && node !== root && !root.contains(node);
  return { step, lost, result: (): TextRuns => ({ text: parts.join(""), runs }) };
}

/** Finds the run holding flat offset `at` (binary search); `preferEnd` picks the earlier run at a boundary. */
function runAt(runs: TextRun[], at: number, preferEnd: boolean): TextRun | null {
  let lo = 0;
  let hi = runs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid];
    if (r.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  const run = runs[found];
  if (preferEnd && at === run.start && found > 0) {
    const prev = runs[found - 1];
    if (prev.start + prev.node.data.length === at) return prev;
  }
  // `at` may fall in a separator gap after the run: clamp to the run's end.
  return run;
}

/** The boundary points of a flat-text span in the DOM, or null when it no longer maps (nodes changed) or is empty. */
export function boundsFor({ runs }: TextRuns, start: number, end: number): StaticRangeInit | null {
  if (end <= start || runs.length === 0) return null;
  const a = runAt(runs, start, false);
  const b = runAt(runs, end, true);
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
  const bounds = {
    startContainer: a.node,
    startOffset: Math.min(start - a.start, a.node.data.length),
    endContainer: b.node,
    endOffset: Math.min(end - b.start, b.node.data.length),
  };
  return bounds.startContainer === bounds.endContainer && bounds.startOffset >= bounds.endOffset ? null : bounds;
}

/**
 * Maps a flat-text span back to a live DOM Range, or null when it no longer maps. Live ranges follow the page's
 * changes, and so cost the page on every change it makes: the Highlight API is given StaticRanges instead.
 */
export function rangeFor(doc: Document, runs: TextRuns, start: number, end: number): Range | null {
  const bounds = boundsFor(runs, start, end);
  if (!bounds) return null;
  try {
    const range = doc.createRange();
    range.setStart(bounds.startContainer, bounds.startOffset);
    range.setEnd(bounds.endContainer, bounds.endOffset);
    return range.collapsed ? null : range;
  } catch {
    return null;
  }
}
