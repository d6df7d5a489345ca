/**
 * The teaching view on one page: its per-site choices (lib/teaching.ts, remembered in storage), the legend's
 * place beside the article column, a tab stop per attribution, and the quiz's revealed tiers. The controller asks
 * it what to draw and tells it what the reader did.
 */
import type { LegendView, OverlayActions, Stop } from "../../components/page/Overlay";
import { t } from "../../components/shared/i18n";
import { tierName } from "../../components/shared/tier-words";
import type { Attribution } from "../../lib/attribution/types";
import { loadTeaching, saveTeaching } from "../../lib/browser/teaching-store";
import { DEFAULT_TEACHING, legendSide, type TeachingPrefs } from "../../lib/teaching";

/** The legend's width in the teaching view (its large type), for finding it room beside the column. */
const LEGEND_WIDTH = 320;
/** The folded key's width when the margins are narrow ("Key + ×"). */
const CHIP_WIDTH = 110;
/** At most this many tab stops: beyond, the keyboard's next/previous commands still reach every attribution. */
const MAX_STOPS = 2000;

export class TeachingView {
  private prefs: TeachingPrefs = { ...DEFAULT_TEACHING };
  private readonly revealed = new Set<number>();
  /** The reader unfolded the key in a window with no room beside the column: it opens in the corner all the same. */
  private unfoldedHere = false;

  constructor(
    private readonly host: string,
    /** Called when what the page shows changes; `repaint` when the highlights' colours do (a quiz). */
    private readonly changed: (repaint: boolean) => void,
  ) {}

  /** The site's remembered choices: a class finds the view as it was left. */
  async load(): Promise<void> {
    try {
      this.prefs = await loadTeaching(this.host);
    } catch {
      // Storage unavailable: the defaults.
    }
  }

  get on(): boolean {
    return this.prefs.on;
  }

  get quiz(): boolean {
    return this.prefs.on && this.prefs.quiz;
  }

  /** Switched from the popup; switching it on brings back a key that was closed. */
  turn(on: boolean): void {
    const legend = on && this.prefs.legend === "closed" ? "open" : this.prefs.legend;
    this.set({ on, legend }, this.prefs.quiz);
  }

  /** What the legend's buttons do. */
  legend(action: Parameters<OverlayActions["legend"]>[0]): void {
    const p = this.prefs;
    if (action === "move") this.set({ side: p.side === "left" ? "right" : "left" }, false);
    else if (action === "collapse") {
      this.unfoldedHere = false;
      this.set({ legend: "collapsed" }, false);
    } else if (action === "expand") {
      this.unfoldedHere = true;
      this.set({ legend: "open" }, false);
    } else if (action === "close") this.set({ legend: "closed" }, false);
    else {
      this.revealed.clear();
      this.set({ quiz: !p.quiz }, true);
    }
  }

  /** The legend as drawn: beside the article column where there is room, else folded in the corner. */
  legendView(column: { left: number; right: number } | null, viewWidth: number): LegendView | null {
    const p = this.prefs;
    if (!p.on || p.legend === "closed") return null;
    const side = column ? legendSide(column, viewWidth, LEGEND_WIDTH, p.side) : p.side;
    if (side) return { state: p.legend, side, quiz: p.quiz };
    if (this.unfoldedHere && p.legend === "open") return { state: "open", side: null, quiz: p.quiz };
    // No room for the key: folded to a small button in a margin that fits one, else in the corner.
    const chip = column ? legendSide(column, viewWidth, CHIP_WIDTH, p.side) : null;
    return { state: "collapsed", side: null, chip, quiz: p.quiz };
  }

  /** In a quiz, whether attribution `i`'s tier is still hidden. */
  hidden(i: number): boolean {
    return this.quiz && !this.revealed.has(i);
  }

  /** The revealed attributions in a quiz, null outside one. */
  get revealedSet(): ReadonlySet<number> | null {
    return this.quiz ? this.revealed : null;
  }

  /** Reveals attribution `i`'s tier; true when it was hidden. */
  reveal(i: number): boolean {
    if (!this.hidden(i)) return false;
    this.revealed.add(i);
    this.changed(true);
    return true;
  }

  /** A new reading numbers its attributions afresh: what was revealed no longer points at the same ones. */
  forgetReveals(): void {
    this.revealed.clear();
  }

  /** One tab stop per attribution in reading order, with words for a screen reader. */
  stops(attributions: Attribution[]): Stop[] {
    if (!this.prefs.on) return [];
    const n = attributions.length;
    return attributions.slice(0, MAX_STOPS).map((a, i) => {
      const tier = tierName(a.tier);
      const label = this.hidden(i)
        ? t("page_stopQuizLabel", a.text, i + 1, n)
        : t("page_stopLabel", tier, a.text, i + 1, n);
      return { index: i, label };
    });
  }

  private set(patch: Partial<TeachingPrefs>, repaint: boolean): void {
    this.prefs = { ...this.prefs, ...patch };
    saveTeaching(this.host, patch).catch(() => {
      // Storage unavailable: the choice holds for this page.
    });
    this.changed(repaint);
  }
}
