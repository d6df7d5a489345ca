/**
 * Follows a living page (live blogs, infinite scroll, single-page apps): one
 * MutationObserver on the body, changes batched until the page has been
 * quiet for a moment, then summed up (what changed, as Dark Reader's tree
 * observer does): inside the article or only outside it, and whether the
 * change was huge. Sourcelight's own writes never count — they are made with
 * the observer paused, and nodes it owns are ignored besides.
 */
const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** More nodes than this added or removed in one quiet spell is a new page, whatever the URL says. */
const HUGE_CHANGE_NODES = 500;

/** What changed on the page since the last quiet moment. */
export interface PageChange {
  /** Something inside the article's root changed (or the root left the page). */
  inside: boolean;
  /** Something outside it changed: new links there may be spam. */
  outside: boolean;
  /** Hundreds of nodes came or went: the page is read again from the start. */
  huge: boolean;
}

export class PageWatcher {
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private change: PageChange = { inside: false, outside: false, huge: false };
  private nodes = 0;

  constructor(
    private readonly doc: Document,
    /** True for nodes Sourcelight added (its overlay host, fallback marks). */
    private readonly isOwn: (node: Node) => boolean,
    /** Called once the page has changed and then been quiet for `quietMs`, with what changed. */
    private readonly onChange: (change: PageChange) => void,
    private readonly quietMs: number,
    /** The article's root, if one was found: changes inside and outside it are told apart. */
    private readonly articleRoot: () => Element | null = () => null,
  ) {}

  start(): void {
    if (this.observer || !this.doc.body) return;
    this.observer = new MutationObserver((records) => {
      const root = this.articleRoot();
      let foreign = false;
      for (const r of records) {
        if (this.isOwn(r.target) || (r.addedNodes.length && Array.from(r.addedNodes).every((n) => this.own(n))))
          continue;
        foreign = true;
        this.nodes += r.addedNodes.length + r.removedNodes.length;
        if (!root || !root.isConnected || root.contains(r.target) || r.target.contains(root)) this.change.inside = true;
        else this.change.outside = true;
      }
      if (!foreign) return;
      if (this.nodes > HUGE_CHANGE_NODES) this.change.huge = true;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.deliver(), this.quietMs);
    });
    this.observer.observe(this.doc.body, OPTIONS);
  }

  stop(): void {
    this.observer?.disconnect(); // also drops records not yet delivered
    this.observer = null;
    clearTimeout(this.timer);
    this.reset();
  }

  private own(n: Node): boolean {
    return this.isOwn(n) || n.nodeType === 8;
  }

  private deliver(): void {
    const change = this.change;
    this.reset();
    this.onChange(change);
  }

  private reset(): void {
    this.change = { inside: false, outside: false, huge: false };
    this.nodes = 0;
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
