/**
 * Follows a living page (live blogs, infinite scroll, single-page apps): one
 * MutationObserver on the body, changes batched until the page has been
 * quiet for a moment. Sourcelight's own writes never count — they are made
 * with the observer paused, and nodes it owns are ignored besides.
 */
const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export class PageWatcher {
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    /** True for nodes Sourcelight added (its overlay host, fallback marks). */
    private readonly isOwn: (node: Node) => boolean,
    /** Called once the page has changed and then been quiet for `quietMs`. */
    private readonly onChange: () => void,
    private readonly quietMs: number,
  ) {}

  start(): void {
    if (this.observer || !this.doc.body) return;
    this.observer = new MutationObserver((records) => {
      const foreign = records.some(
        (r) => !this.isOwn(r.target) && !Array.from(r.addedNodes).every((n) => this.isOwn(n) || n.nodeType === 8),
      );
      if (!foreign) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(this.onChange, this.quietMs);
    });
    this.observer.observe(this.doc.body, OPTIONS);
  }

  stop(): void {
    this.observer?.disconnect(); // also drops records not yet delivered
    this.observer = null;
    clearTimeout(this.timer);
  }

  /** Runs `fn` with the observer paused, so Sourcelight's own DOM writes are not taken for page changes. */
  paused(fn: () => void): void {
    this.observer?.disconnect();
    try {
      fn();
    } finally {
      if (this.observer && this.doc.body) this.observer.observe(this.doc.body, OPTIONS);
    }
  }
}
