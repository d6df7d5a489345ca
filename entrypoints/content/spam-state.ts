/**
 * The page's injected spam links: what was judged and stripped (lib/dom/strip-links.ts), whether it is out of
 * the page now, and whether the reader put it back (then later scans list spam but leave it in place until the
 * reader asks again). Every change to the page goes through `paused`, so the page watcher does not take our own
 * edits for the site's.
 */
import { collectLinkFeatures, linkLooks, pageHostOf, type LinkPart } from "../../lib/dom/link-features";
import {
  restoreStrippedLinks,
  stripSpamLinks,
  suspectsOf,
  withJudgements,
  type StripHandle,
} from "../../lib/dom/strip-links";
import type { PageReport } from "../../lib/messages";
import type { RemoteJudge } from "./link-judge";
import type { SiteNames } from "./site-names";

export class SpamState {
  private handles: StripHandle[] = [];
  /** Stripping (rather than only listing) is what the last judgement did. */
  private on = false;
  /** The reader put the stripped links back. */
  keptBack = false;
  /** Links the reader keeps on this site (lib/kept-links.ts): never stripped, listed as kept. */
  kept: ReadonlySet<string> = new Set();

  /** Bumped whenever links are put back or forgotten: a judgement asked for before then no longer applies. */
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly paused: (fn: () => void) => void,
    private readonly sites: SiteNames,
    private readonly judgeOf: RemoteJudge,
  ) {}

  /**
   * Asks the background about the page's links not asked about yet: their sites (and the page's own), and which
   * could be spam. One read of the links serves both.
   */
  async learn(): Promise<void> {
    const looks = linkLooks(this.doc);
    const hosts = [pageHostOf(this.doc), ...looks.map(([host]) => host)].filter(Boolean);
    await Promise.all([this.sites.learn(hosts), this.judgeOf.learn(looks)]);
  }

  /**
   * Judges the page's links (`part` of them: inside the article's root, outside it, or all) and strips the spam,
   * or only lists it. A `fresh` judgement supersedes the listings of earlier listing-only ones. Links the page
   * added since the last look (an injected footer, a lazy rail) are asked about first, unless the caller just did
   * (`learned`). Resolves, never rejecting, once the background's judgements are in and applied, with the time spent
   * waiting for its answers (the page's main thread is free meanwhile).
   */
  async judge(
    strip: boolean,
    root: Element | null,
    part: LinkPart = "all",
    { fresh = part === "all", learned = false } = {},
  ): Promise<number> {
    const generation = this.generation;
    let waited = 0;
    const wait = async <T>(answer: Promise<T>): Promise<T> => {
      const t = performance.now();
      const value = await answer;
      waited += performance.now() - t;
      return value;
    };
    if (!learned) await wait(this.learn());
    if (generation !== this.generation) return waited;
    const collected = collectLinkFeatures(this.doc, root, this.sites.siteOf, this.judgeOf.mayBeSpam, part);
    const judgements = await wait(this.judgeOf.judge(suspectsOf(collected)));
    // Put back, switched off or gone to another page meanwhile: the links stay as they are.
    if (!judgements || generation !== this.generation) return waited;
    this.paused(() => {
      const handle = stripSpamLinks(this.doc, withJudgements(collected, judgements), { strip, kept: this.kept });
      if (fresh) this.handles = this.handles.filter((h) => h.strippedCount > 0);
      if (handle.reports.length || handle.strippedCount) this.handles.push(handle);
      this.on = strip;
    });
    return waited;
  }

  /** Puts the stripped links back where they were; the listing stays, so the popup still shows what was there. */
  restore(): void {
    this.generation++;
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
    this.generation++;
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
