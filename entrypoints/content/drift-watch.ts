/**
 * Keeps the margin marks on their words when the page moves under them: an
 * image that loads late, a web font, a font-size change or anything else
 * that changes the size of the article or the page (one ResizeObserver on
 * the article's root and the body), and an article inside a scrolling
 * container of its own (a scroll listener on each scrolling ancestor). The
 * marks are measured again in the next frame, never per attribution. (Zoom
 * and window resizes come as resize events, the window's scrolling as its
 * own.)
 */
export class DriftWatch {
  private observer: ResizeObserver | null = null;
  private scrollers: Element[] = [];
  private readonly onScroll = () => this.onMove();

  constructor(private readonly onMove: () => void) {}

  watch(elements: Array<Element | null>): void {
    this.stop();
    this.scrollers = scrollingAncestors(elements[0] ?? null);
    for (const el of this.scrollers) el.addEventListener("scroll", this.onScroll, { passive: true });
    if (typeof ResizeObserver === "undefined") return;
    // Observing reports every element's size once at the start; only later changes move the marks.
    let settled = false;
    this.observer = new ResizeObserver(() => (settled ? this.onMove() : (settled = true)));
    for (const el of new Set(elements)) if (el) this.observer.observe(el);
  }

  /** The part of the view the scrolling containers around the article show (view coordinates), or null for all. */
  visibleArea(): DOMRect | null {
    if (!this.scrollers.length) return null;
    let top = -Infinity,
      left = -Infinity,
      bottom = Infinity,
      right = Infinity;
    for (const el of this.scrollers) {
      const r = el.getBoundingClientRect();
      top = Math.max(top, r.top);
      left = Math.max(left, r.left);
      bottom = Math.min(bottom, r.bottom);
      right = Math.min(right, r.right);
    }
    return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    for (const el of this.scrollers) el.removeEventListener("scroll", this.onScroll);
    this.scrollers = [];
  }
}

/** The elements between `el` and the page that scroll their content (the page's own scrolling excluded). */
function scrollingAncestors(el: Element | null): Element[] {
  const found: Element[] = [];
  const view = el?.ownerDocument.defaultView;
  for (
    let e = el;
    e && view && e !== e.ownerDocument.body && e !== e.ownerDocument.documentElement;
    e = e.parentElement
  ) {
    const { overflowY, overflowX } = view.getComputedStyle(e);
    if (/(auto|scroll|overlay)/.test(overflowY + overflowX)) found.push(e);
  }
  return found;
}
