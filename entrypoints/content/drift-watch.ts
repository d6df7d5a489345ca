/**
 * Keeps the margin marks on their words when the page moves under them: an
 * image that loads late, a web font, a font-size change or anything else
 * that changes the size of the article or the page. One ResizeObserver on
 * the article's root and the body; the marks are measured again in the next
 * frame, never per attribution. (Zoom and window resizes come as resize
 * events.)
 */
export class DriftWatch {
  private observer: ResizeObserver | null = null;

  constructor(private readonly onMove: () => void) {}

  watch(elements: Array<Element | null>): void {
    this.stop();
    if (typeof ResizeObserver === "undefined") return;
    // Observing reports every element's size once at the start; only later changes move the marks.
    let settled = false;
    this.observer = new ResizeObserver(() => (settled ? this.onMove() : (settled = true)));
    for (const el of new Set(elements)) if (el) this.observer.observe(el);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}
