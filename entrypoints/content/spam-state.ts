/**
 * The page's injected spam links: what was judged and stripped (lib/dom/strip-links.ts), whether it is out of
 * the page now, and whether the reader put it back (then later scans list spam but leave it in place until the
 * reader asks again). Every change to the page goes through `paused`, so the page watcher does not take our own
 * edits for the site's.
 */
import type { LinkPart } from "../../lib/dom/link-features";
import { restoreStrippedLinks, scanSpamLinks, stripSpamLinks, type StripHandle } from "../../lib/dom/strip-links";
import type { PageReport } from "../../lib/messages";
import type { SiteOf } from "../../lib/spam/site";

export class SpamState {
  private handles: StripHandle[] = [];
  /** Stripping (rather than only listing) is what the last judgement did. */
  private on = false;
  /** The reader put the stripped links back. */
  keptBack = false;
  /** Links the reader keeps on this site (lib/kept-links.ts): never stripped, listed as kept. */
  kept: ReadonlySet<string> = new Set();

  constructor(
    private readonly doc: Document,
    private readonly paused: (fn: () => void) => void,
    private readonly siteOf: SiteOf,
  ) {}

  /**
   * Judges the page's links (`part` of them: inside the article's root, outside it, or all) and strips the spam,
   * or only lists it. A `fresh` judgement supersedes the listings of earlier listing-only ones.
   */
  judge(strip: boolean, root: Element | null, part: LinkPart = "all", { fresh = part === "all" } = {}): void {
    this.paused(() => {
      const judged = scanSpamLinks(this.doc, root, this.siteOf, part);
      const handle = stripSpamLinks(this.doc, judged, { strip, kept: this.kept });
      if (fresh) this.handles = this.handles.filter((h) => h.strippedCount > 0);
      if (handle.reports.length || handle.strippedCount) this.handles.push(handle);
      this.on = strip;
    });
  }

  /** Puts the stripped links back where they were; the listing stays, so the popup still shows what was there. */
  restore(): void {
    this.paused(() => {
      for (const h of [...this.handles].reverse()) restoreStrippedLinks(h);
      this.handles = this.handles.map((h) => ({ ...h, strippedCount: 0 }));
      this.on = false;
    });
  }

  /** Puts the links back and forgets them: the page as the site made it. */
  reset(): void {
    this.restore();
    this.handles = [];
  }

  /** A single-page app moved on: the stripped links belong to a page that is gone. */
  forget(): void {
    this.handles = [];
    this.keptBack = false;
  }

  get strippedCount(): number {
    return this.handles.reduce((n, h) => n + h.strippedCount, 0);
  }

  /** The popup's listing: each link once, and whether the spam is out of the page now. */
  report(): PageReport["spam"] {
    const seen = new Set<string>();
    const links = this.handles
      .flatMap((h) => h.reports)
      .filter((r) => {
        const key = `${r.href}\u0000${r.text}\u0000${r.where}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    return { links, stripped: this.on && this.handles.some((h) => h.strippedCount > 0) };
  }
}
