/**
 * The teaching view's choices for one site, remembered so that a class finds a page the way it was left: the view
 * on or off, where the legend sits and whether it is open, and the quiz (tiers hidden until a student reveals
 * them). Pure; the storage wiring lives in lib/browser/teaching-store.ts.
 */

export type LegendState = "open" | "collapsed" | "closed";
export type Side = "left" | "right";

export interface TeachingPrefs {
  on: boolean;
  legend: LegendState;
  /** The side of the article column the legend prefers. */
  side: Side;
  /** Tiers hidden on the page until each is revealed. */
  quiz: boolean;
}

export const DEFAULT_TEACHING: TeachingPrefs = { on: false, legend: "open", side: "right", quiz: false };

/** Every site's choices, with when they were last changed. */
export type TeachingBook = Record<string, TeachingPrefs & { at: number }>;

/** How many sites are remembered: the least recently changed are forgotten first. */
export const SITES_REMEMBERED = 100;

const LEGENDS: LegendState[] = ["open", "collapsed", "closed"];

/** The choices for `host`, defaults filled in (stored values of the wrong type are ignored). */
export function teachingFor(book: TeachingBook | null | undefined, host: string): TeachingPrefs {
  const s = book?.[host];
  if (!s || typeof s !== "object") return { ...DEFAULT_TEACHING };
  return {
    on: typeof s.on === "boolean" ? s.on : DEFAULT_TEACHING.on,
    legend: LEGENDS.includes(s.legend) ? s.legend : DEFAULT_TEACHING.legend,
    side: s.side === "left" || s.side === "right" ? s.side : DEFAULT_TEACHING.side,
    quiz: typeof s.quiz === "boolean" ? s.quiz : DEFAULT_TEACHING.quiz,
  };
}

/** The book with `host`'s choices changed by `patch`, keeping the SITES_REMEMBERED most recently changed sites. */
export function remember(
  book: TeachingBook | null | undefined,
  host: string,
  patch: Partial<TeachingPrefs>,
  now: number,
): TeachingBook {
  const next: TeachingBook = { ...(book ?? {}), [host]: { ...teachingFor(book, host), ...patch, at: now } };
  const hosts = Object.keys(next).sort((a, b) => (next[b].at ?? 0) - (next[a].at ?? 0));
  for (const h of hosts.slice(SITES_REMEMBERED)) delete next[h];
  return next;
}

/**
 * Where the legend goes so that it never covers the article column: the preferred side when the margin there is
 * wide enough, else the other side, else null (then it shrinks to a small button in the corner).
 */
export function legendSide(
  column: { left: number; right: number },
  viewWidth: number,
  legendWidth: number,
  preferred: Side,
): Side | null {
  const room: Record<Side, number> = { left: column.left, right: viewWidth - column.right };
  const needed = legendWidth + 24;
  const other: Side = preferred === "left" ? "right" : "left";
  if (room[preferred] >= needed) return preferred;
  if (room[other] >= needed) return other;
  return null;
}
