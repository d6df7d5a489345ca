/**
 * The content script's state for one page: read the article, strip spam
 * links, paint highlights, draw labels and the tooltip, follow a living page,
 * answer the popup. The reading is lib/'s (through page-reading.ts); the spam
 * links' state, navigation and the teaching view have modules of their own;
 * this file wires them to the page and to each other.
 */
import { browser } from "wxt/browser";
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import type { ArticleLanguage } from "../../lib/language";
import type { Analysis } from "../../lib/attribution/types";
import { looksLikeArticle, type ArticleText } from "../../lib/dom/article-root";
import { boundsFor, rangeFor } from "../../lib/dom/text-runs";
import { itemsInBand } from "../../lib/band";
import {
  isContentRequest,
  SLICE_CHARS,
  type BackgroundMessage,
  type ContentRequest,
  type PageReport,
} from "../../lib/messages";
import { sentenceText } from "../../lib/attribution/text/sentence-text";
import { DEFAULT_SETTINGS, settingsForHost, type SiteSettings } from "../../lib/settings";
import { loadSettings, watchSettings } from "../../lib/browser/settings-store";
import { Highlighter, isDarkPage } from "./highlighter";
import { OverlayHost } from "./overlay";
import { PageWatcher, type PageChange } from "./page-watcher";
import { SiteNames } from "./site-names";
import { RemoteJudge } from "./link-judge";
import { extensionAlive, quietly, tell, yieldToPage } from "./page-tasks";
import type { LabelBox, OverlayActions } from "../../components/page/Overlay";
import { LineBoxes, marksBeside, stripTicks, type Painted } from "./marks";
import { DriftWatch } from "./drift-watch";
import { SpamState } from "./spam-state";
import { loadKept, saveKept } from "../../lib/browser/kept-store";
import { Navigation } from "./navigation";
import { TeachingView } from "./teaching";
import { readPage } from "./page-reading";
import { askEngine } from "./ask-engine";

/** Labels are drawn for the highlights within this many screen heights above and below the view. */
const LABEL_BAND_SCREENS = 2;
/** Quiet time before a changed page is read again (live blogs, infinite scroll). */
const RESCAN_DELAY_MS = 500;

/** The site a kept link is remembered for. */
const SITE = location.hostname.replace(/^www\./, "");

const staticRange = (bounds: StaticRangeInit | null) => (bounds ? new StaticRange(bounds) : null);

export class PageController {
  private readonly highlighter = new Highlighter(document);
  private readonly overlay = new OverlayHost(document);
  private readonly sites = new SiteNames();
  private readonly drift = new DriftWatch(() => this.guard(() => this.drawOverlaySoon()));
  private settings: SiteSettings = settingsForHost(DEFAULT_SETTINGS, location.hostname);
  private article: ArticleText | null = null;
  private analysis: Analysis | null = null;
  /** Where each attribution's sentence starts and ends in the article's text (the export shows them). */
  private sentences: Array<[number, number]> = [];
  private language: ArticleLanguage = { code: "", readable: true };
  private painted: Painted[] = [];
  /** What a long page's first look painted, until the whole reading replaces it (paintPreview). */
  private firstLook: { article: ArticleText; analysis: Analysis } | null = null;
  private readonly spam = new SpamState(document, (fn) => this.watcher.paused(fn), this.sites, new RemoteJudge());
  private highlightsOn = false;
  private readonly teaching = new TeachingView(location.hostname, (repaint) =>
    this.guard(() => (repaint ? this.paint() : this.drawOverlay())),
  );
  private wholePage = false;
  /**
   * The reader asked for this page to be read (the popup's scan buttons): a page that does not look like an article
   * (a shop, a forum, a sign-in page) is otherwise left unmarked. Its spam links are still stripped.
   */
  private asked = false;
  /** The last scan left the page unmarked: not an article, and nobody asked. */
  private unmarked = false;
  /** The last scan had text to read but the background worker did not read it. */
  private engineFailed = false;
  private readonly nav = new Navigation({
    painted: () => this.painted,
    active: () => this.highlightsOn,
    owns: (node) => this.overlay.owns(node),
    setCurrent: (range) => this.highlighter.setCurrent(range),
    redraw: () => this.drawOverlay(),
  });
  private readonly watcher = new PageWatcher(
    document,
    (n) => this.overlay.owns(n) || this.highlighter.owns(n),
    (change) => this.guard(() => this.onPageChanged(change)),
    RESCAN_DELAY_MS,
    () => (this.article?.scope === "article" ? this.article.root : null),
  );
  private href = location.href;
  private dark = false;

  constructor(private readonly ctx: ContentScriptContext) {}

  private started: Promise<void> | null = null;

  /** Loads the settings, starts listening to the page and scans: once, whoever asks first (idle time or the popup). */
  start(): Promise<void> {
    return (this.started ??= this.startNow());
  }

  /** Answers the popup from the moment the script is in the page, before the first scan has run. */
  listenForRequests(): void {
    const onMessage = (msg: unknown) => {
      if (!isContentRequest(msg) || this.ctx.isInvalid) return undefined;
      return msg.type === "sourcelight:get-site"
        ? Promise.resolve(location.hostname)
        : Promise.resolve(this.handle(msg));
    };
    browser.runtime.onMessage.addListener(onMessage);
    this.ctx.onInvalidated(() => quietly(() => browser.runtime.onMessage.removeListener(onMessage)));
  }

  private async startNow(): Promise<void> {
    // The background's answer about the page's link hosts travels while the settings load.
    void this.spam.learn();
    const teaching = this.teaching.load();
    const kept = loadKept(SITE).then(
      (k) => (this.spam.kept = k),
      () => {}, // storage unavailable: nothing kept
    );
    try {
      this.settings = settingsForHost(await loadSettings(), location.hostname);
    } catch {
      // Storage unavailable (e.g. the extension just reloaded): run on defaults.
    }
    await Promise.all([teaching, kept]);
    this.wholePage = this.settings.wholePage;
    const stopWatching = watchSettings((s) =>
      this.guard(() => this.applySettings(settingsForHost(s, location.hostname))),
    );
    this.ctx.onInvalidated(() => {
      quietly(stopWatching); // removing a listener throws once the extension is gone
      this.teardown();
    });
    this.listen();
    if (this.settings.run) this.scan();
  }

  /** Runs `fn` unless the extension is gone; never lets an error reach the page. */
  private guard(fn: () => void): void {
    if (this.ctx.isInvalid) return;
    if (!extensionAlive()) {
      this.ctx.notifyInvalidated();
      return;
    }
    try {
      fn();
    } catch (err) {
      console.debug("Sourcelight:", err);
    }
  }

  private listen(): void {
    this.ctx.addEventListener(window, "mousemove", (e) => this.guard(() => this.nav.hover(e as MouseEvent)), {
      passive: true,
    });
    this.ctx.addEventListener(window, "keydown", (e) => this.guard(() => this.nav.key(e as KeyboardEvent)), {
      capture: true,
    });
    this.ctx.addEventListener(window, "resize", () => this.guard(() => this.drawOverlay()), { passive: true });
    this.ctx.addEventListener(window, "scroll", () => this.guard(() => this.onScroll()), { passive: true });
    // The wrapping fallback's marks are tab stops: focusing one shows its tooltip.
    this.ctx.addEventListener(document, "focusin", (e) =>
      this.guard(() => {
        const i = this.highlighter.indexOf(e.target as Node);
        if (i >= 0 && this.highlightsOn) this.nav.select(i);
      }),
    );
    // Checks now and then whether the extension is still there: after an update or reload, Chromium
    // can leave runtime.id in place while every extension call throws "Extension context invalidated".
    this.ctx.setInterval(() => {
      if (!extensionAlive()) this.ctx.notifyInvalidated();
    }, 2000);
  }

  async handle(req: ContentRequest): Promise<PageReport | null> {
    await this.start();
    this.dispatch(req);
    await this.scanning;
    return this.report();
  }

  private dispatch(req: ContentRequest): void {
    switch (req.type) {
      case "sourcelight:set-highlights":
        if (req.on) this.scan();
        else {
          this.cancelScan();
          this.clearHighlights();
        }
        break;
      case "sourcelight:set-teaching":
        this.teaching.turn(req.on);
        break;
      case "sourcelight:rescan":
        this.wholePage = req.wholePage;
        this.asked = true;
        this.scan();
        break;
      case "sourcelight:focus":
        if (!this.highlightsOn) this.scan();
        void this.scanning.then(() => this.guard(() => this.nav.focus(req.index)));
        break;
      case "sourcelight:step":
        if (this.highlightsOn) this.nav.step(req.by);
        break;
      case "sourcelight:keep-link":
        // In line with the scans, so that the popup's answer shows the page after the change.
        this.scanning = this.scanning.then(() => this.keepLink(req.href, req.keep));
        break;
      case "sourcelight:spam":
        this.spam.keptBack = req.action === "restore";
        if (req.action === "restore") this.spam.restore();
        // In line with the scans, so that the popup's answer shows the page after the change.
        else this.scanning = this.scanning.then(() => this.stripSpam(true));
        void this.scanning.then(() => this.sendBadge());
        break;
    }
  }

  private applySettings(next: SiteSettings): void {
    const prev = this.settings;
    this.settings = next;
    if (!next.run) {
      this.teardownPage();
      return;
    }
    if (!prev.run || prev.wholePage !== next.wholePage) {
      this.wholePage = next.wholePage;
      this.scan();
      return;
    }
    if (prev.stripSpam !== next.stripSpam) {
      this.spam.keptBack = false;
      if (next.stripSpam) this.scanning = this.scanning.then(() => this.stripSpam(true));
      else this.spam.restore();
    }
    if (this.highlightsOn) this.paint();
  }

  /** The scan under way, if any; messages wait for it before they answer. */
  private scanning: Promise<void> = Promise.resolve();
  private scanId = 0;

  /** Stops a scan in flight (it waits for the background) from painting once it resumes. */
  private cancelScan(): void {
    this.scanId++;
  }

  /** Reads the page: spam first (so stripped links never reach the text), then the article. */
  scan(): void {
    const id = ++this.scanId;
    this.scanning = this.scanning
      .then(() => (id === this.scanId ? this.scanNow(id) : undefined))
      .catch((err) => console.debug("Sourcelight:", err));
  }

  private async scanNow(id: number): Promise<void> {
    // The spam judge needs the sites of the links' hosts, and which links could be spam: the background is asked
    // about new ones first.
    const w0 = performance.now();
    await this.spam.learn();
    if (id !== this.scanId || this.ctx.isInvalid) return;
    performance.measure?.("sourcelight:sites", { start: w0 });
    this.clearHighlights({ keepStyle: true });
    const started = performance.now();
    const reading = await readPage(document, {
      wholePage: this.wholePage,
      asked: this.asked,
      isOwn: (el) => this.overlay.owns(el),
      // The article's own links before its text is read; the rest of the page's (menus, footers, rails: most of
      // a news page's links) once the highlights are painted.
      judgeLinks: (root) =>
        this.spam.judge(this.settings.stripSpam && !this.spam.keptBack, root, root ? "inside" : "all", {
          fresh: true,
          learned: true,
        }),
      // (Not sent once the scan is overtaken or the page turned off: its text is then not to reach the worker.)
      analyse: (text, preview) => askEngine(text, () => id !== this.scanId || this.ctx.isInvalid, preview),
      // A long page's stretch in view, painted first (not in the teaching view, which numbers what it hides).
      preview: this.teaching.on
        ? undefined
        : (article, analysis) => this.guard(() => this.paintPreview(id, started, article, analysis)),
    });
    const { root, timings: t } = reading;
    let paused = t.paused;
    if (reading.article.text.length > SLICE_CHARS) {
      // Painting a long page's highlights is a task of its own, not the tail of the last slice's.
      const p = performance.now();
      await yieldToPage();
      paused += performance.now() - p;
    }
    if (id !== this.scanId || this.ctx.isInvalid) return; // a newer scan took over, or the extension went away
    ({
      article: this.article,
      language: this.language,
      unmarked: this.unmarked,
      analysis: this.analysis,
      sentences: this.sentences,
    } = reading);
    this.engineFailed = reading.engineFailed;
    this.teaching.forgetReveals();
    // Phase timings for `npm run bench` (User Timing is visible to the page's own tools too, and costs nothing).
    // (Never a negative duration, which Firefox's measure throws on: a phase timing is worth no unmarked page.)
    const span = (ms: number) => Math.max(0, ms);
    performance.measure?.("sourcelight:find-article", {
      start: t.start,
      duration: span(t.found - t.start - t.loading),
    });
    performance.measure?.("sourcelight:spam", { start: t.judging, duration: span(t.judged - t.judging - t.waited) });
    performance.measure?.("sourcelight:read-text", {
      start: t.judged,
      duration: span(t.read - t.judged - t.readPaused),
    });
    // Waiting for the background worker's analysis: the page's main thread is free meanwhile.
    performance.measure?.("sourcelight:analyze-wait", { start: t.asked, duration: span(t.analysing) });
    this.dark = isDarkPage(document);
    this.highlightsOn = true;
    // The reader may have moved through the first look: the same attribution stays current in the whole.
    const current = this.painted[this.nav.current]?.attribution.start;
    const tooltip = !!this.nav.tooltip;
    this.firstLook = null;
    this.paint();
    if (current !== undefined && this.nav.current >= 0) {
      const same = this.painted.findIndex((p) => p.attribution.start === current);
      if (same < 0) this.nav.reset();
      else if (tooltip) this.nav.open(same);
      else this.nav.current = same;
    }
    this.watcher.start();
    this.drift.watch([root, document.body]);
    this.href = location.href;
    // Script time, without the pauses given back to the page (waiting for the background, yielding); and the
    // reader's wait, from the scan's start to the highlights painted.
    performance.measure?.("sourcelight:scan", { start: t.start, duration: performance.now() - t.start - paused });
    performance.measure?.("sourcelight:ready", { start: t.start });
    if (root) {
      await yieldToPage();
      if (id !== this.scanId || this.ctx.isInvalid) return;
      const r0 = performance.now();
      const waited = await this.spam.judge(this.settings.stripSpam && !this.spam.keptBack, root, "outside");
      performance.measure?.("sourcelight:spam-rest", { start: r0, duration: performance.now() - r0 - waited });
    }
    // In a task of its own: the first message a page sends sets up the extension's messaging (1–2 ms), which
    // need not lengthen the task that paints.
    setTimeout(() => this.sendBadge(), 0);
  }

  /**
   * A long page's first look (page-reading.ts): the stretch in view, painted while the whole is read. Only painted:
   * the page's reading (what the popup reports and exports) stays the last whole one until the whole comes.
   */
  private paintPreview(id: number, started: number, article: ArticleText, analysis: Analysis): void {
    // (Not once the teaching view is on: it numbers what it hides by the whole reading.)
    if (id !== this.scanId || this.ctx.isInvalid || this.teaching.on) return;
    this.dark = isDarkPage(document);
    this.highlightsOn = true;
    this.firstLook = { article, analysis };
    this.paint();
    performance.measure?.("sourcelight:first-look", { start: started });
  }

  /**
   * Paints the analysis afresh; ranges are rebuilt from the article's offsets, since the fallback's marks split text.
   */
  private paint(): void {
    const { article, analysis } = this.firstLook ?? { article: this.article, analysis: this.analysis };
    if (!article || !analysis) return;
    const t0 = performance.now();
    this.watcher.paused(() => {
      // the fallback unwraps here, so the article's text nodes are whole again
      this.highlighter.clear({ keepStyle: true });
      const found: Painted[] = [];
      // The fallback wraps live Ranges: they follow the text nodes it splits as it goes.
      const live = this.highlighter.mode === "marks";
      for (const a of analysis.attributions) {
        const range = live
          ? rangeFor(document, article, a.start, a.end)
          : staticRange(boundsFor(article, a.start, a.end));
        if (range) found.push({ attribution: a, range });
      }
      const ranges = this.highlighter.paint(
        found.map((p, i) => ({ range: p.range, tier: p.attribution.tier, hidden: this.teaching.hidden(i) })),
        this.settings.palette,
        this.dark,
      );
      this.painted = found.map((p, i) => ({ attribution: p.attribution, range: ranges[i] }));
    });
    performance.measure?.("sourcelight:paint", { start: t0 });
    this.drawOverlaySoon();
  }

  private overlayTicket = 0;
  /** The ticket of the draw last scheduled: while it equals overlayTicket, a draw is on its way. */
  private scheduledTicket = -1;
  /**
   * The stretch of the page (page coordinates) whose labels are drawn and, on a long page, whose highlights are
   * registered (Highlighter.windowed); null when neither needs one.
   */
  private band: { top: number; bottom: number } | null = null;

  /** Redraws labels and registered highlights once the view comes within a screen of the stretch's edge. */
  private onScroll(): void {
    const band = this.band;
    if (!band || !this.highlightsOn || this.scheduledTicket === this.overlayTicket) return;
    if ((band.top > 0 && scrollY - innerHeight < band.top) || scrollY + 2 * innerHeight > band.bottom)
      this.drawOverlaySoon();
  }

  /**
   * Labels need the layout: they are drawn once the browser has rendered its
   * next frame, when the layout is clean, so the scan never forces a layout
   * of the page. A hidden tab gets them from the timer instead.
   */
  private drawOverlaySoon(): void {
    const ticket = ++this.overlayTicket;
    this.scheduledTicket = ticket;
    const draw = () => {
      if (ticket !== this.overlayTicket) return;
      this.overlayTicket++;
      this.guard(() => {
        const t = performance.now();
        this.drawOverlay();
        performance.measure?.("sourcelight:labels", { start: t });
      });
    };
    requestAnimationFrame(() => setTimeout(draw, 0));
    setTimeout(draw, 250);
  }

  /** Redraws labels, tooltip and legend from the current state. */
  private drawOverlay(): void {
    if (!this.highlightsOn) return;
    const teaching = this.teaching.on;
    const wantsLabels = this.settings.labelStyle === "label" || teaching;
    const labels: LabelBox[] = [];
    this.band = null;
    if (wantsLabels || this.highlighter.windowed) {
      // Only near the view: a long page's thousands of labels would each cost a layout read, its thousands of
      // registered highlights a long rendering. Scrolling redraws them.
      const top = scrollY - LABEL_BAND_SCREENS * innerHeight;
      const bottom = scrollY + (LABEL_BAND_SCREENS + 1) * innerHeight;
      const lines = new LineBoxes(this.painted);
      const near = itemsInBand(this.painted.length, (i) => lines.pageTop(i), top, bottom);
      if (this.highlighter.windowed) this.highlighter.register(near);
      const root = this.article?.scope === "article" ? this.article.root : null;
      if (wantsLabels) labels.push(...marksBeside(lines, near, root, teaching, this.drift.visibleArea()));
      this.band = { top, bottom };
    }
    const strip = wantsLabels ? stripTicks(this.painted) : [];
    if (!labels.length && !strip.length && !this.nav.tooltip && !teaching) {
      this.overlay.remove();
      return;
    }
    this.overlay.show({
      labels,
      strip,
      tooltip: this.nav.tooltip,
      legend: this.teaching.legendView(this.columnEdges(), document.documentElement.clientWidth),
      palette: this.settings.palette,
      large: teaching,
      stops: this.teaching.stops(this.painted.map((p) => p.attribution)),
      revealed: this.teaching.revealedSet,
      actions: this.actions,
    });
  }

  /** The article column's left and right edges in the view, for keeping the legend beside it. */
  private columnEdges(): { left: number; right: number } | null {
    const root = this.article?.scope === "article" ? this.article.root : null;
    const box = root?.getBoundingClientRect();
    return box && box.width > 0 ? { left: box.left, right: box.right } : null;
  }

  /** What the overlay's tab stops, tooltip button and legend buttons do. */
  private readonly actions: OverlayActions = {
    focusStop: (i) => this.guard(() => i !== this.nav.tooltip?.index && this.nav.focus(i)),
    activate: (i) =>
      this.guard(() => {
        this.teaching.reveal(i);
        this.nav.select(i);
      }),
    legend: (action) => this.guard(() => this.teaching.legend(action)),
  };

  private onPageChanged(change: PageChange): void {
    if (!this.highlightsOn || !this.settings.run) return;
    const moved = location.href !== this.href;
    if (moved) this.spam.forget();
    // Only outside the article (a rail, a comment thread, an ad slot): the reading stands; the new links there are
    // judged, and nothing is found, read or painted again.
    if (!moved && !change.inside && !change.huge) {
      const root = this.article?.scope === "article" ? this.article.root : null;
      void this.spam.judge(this.settings.stripSpam && !this.spam.keptBack, root, "outside").then(() =>
        this.guard(() => {
          performance.mark?.("sourcelight:outside-change");
          this.sendBadge();
        }),
      );
      return;
    }
    const keep = this.nav.current;
    const open = !!this.nav.tooltip && keep >= 0;
    this.scan();
    // The scan clears the tooltip when it runs: open it again once the new reading is painted.
    if (open)
      void this.scanning.then(() =>
        this.guard(() => {
          if (this.highlightsOn && this.painted.length && !this.nav.tooltip)
            this.nav.open(Math.min(keep, this.painted.length - 1));
        }),
      );
  }

  /** Keeps one link on this site from now on, or lets the judge take it out again; the page follows at once. */
  private async keepLink(href: string, keep: boolean): Promise<void> {
    try {
      this.spam.kept = await saveKept(SITE, href, keep);
    } catch {
      const next = new Set(this.spam.kept);
      if (keep) next.add(href);
      else next.delete(href);
      this.spam.kept = next; // storage unavailable: kept for this page only
    }
    if (this.ctx.isInvalid || this.spam.keptBack) return;
    this.spam.restore();
    await this.stripSpam(this.settings.stripSpam);
    this.guard(() => this.sendBadge());
  }

  /** Strips (or lists) the spam among all the page's links, the article's root told apart. */
  private async stripSpam(strip: boolean): Promise<void> {
    await this.spam.judge(strip, this.article?.scope === "article" ? this.article.root : null);
  }

  /** Takes the highlights, labels and tooltip off the page; `keepStyle` when a scan is about to paint again. */
  private clearHighlights({ keepStyle = false } = {}): void {
    this.overlayTicket++;
    this.firstLook = null;
    this.watcher.paused(() => this.highlighter.clear({ keepStyle }));
    this.overlay.remove();
    this.nav.reset();
    this.highlightsOn = false;
    this.watcher.stop();
    this.drift.stop();
  }

  /** Leaves the page exactly as the site made it. */
  private teardownPage(): void {
    this.cancelScan();
    this.clearHighlights();
    this.spam.reset();
    this.analysis = null;
    this.sentences = [];
    this.painted = [];
    // (The worker lets go of what it kept of this page's text.)
    tell({ type: "sourcelight:forget" });
    this.sendBadge();
  }

  teardown(): void {
    try {
      this.cancelScan();
      this.clearHighlights();
      this.spam.reset();
    } catch {
      // The page may already be gone.
    }
  }

  report(): PageReport | null {
    if (!this.analysis || !this.article) return null;
    return {
      url: location.href,
      title: this.article.title,
      site: location.hostname,
      scope: this.article.scope,
      isArticle: looksLikeArticle(this.article),
      unmarked: this.unmarked,
      engineFailed: this.engineFailed,
      language: this.language,
      analysis: this.analysis,
      sentences: this.sentences.map((span) => sentenceText(this.article!.text, span)),
      highlightsOn: this.highlightsOn,
      teaching: this.teaching.on,
      spam: this.spam.report(),
    };
  }

  private sendBadge(): void {
    const s = this.analysis?.summary;
    const msg: BackgroundMessage = {
      type: "sourcelight:badge",
      attributions: s?.total ?? 0,
      anonymous: (s?.byTier.anonymous ?? 0) + (s?.byTier.unattributed ?? 0),
      spam: this.spam.strippedCount,
      isArticle: !!this.article && looksLikeArticle(this.article),
    };
    tell(msg);
  }
}

/** Starts Sourcelight on this page, once even if injected twice (manifest + on demand). */
export function startSourcelight(ctx: ContentScriptContext): void {
  const flag = "__sourcelight";
  const w = window as unknown as Record<string, unknown>;
  if (w[flag]) return;
  w[flag] = true;
  ctx.onInvalidated(() => {
    w[flag] = false;
  });
  const controller = new PageController(ctx);
  controller.listenForRequests();
  const run = () => controller.start().catch((err) => console.debug("Sourcelight:", err));
  // Reading the page is never on the critical path of its load.
  if ("requestIdleCallback" in window) requestIdleCallback(run, { timeout: 1500 });
  else setTimeout(run, 0);
}
