/**
 * Where the page's tier marks go: in the margin beside the line a highlight
 * starts on, never over text. Marks sit left of the article's column, the
 * first nearest the text and any more on the same line further out; with more
 * room on the right (a column at the window's edge) they sit on the right;
 * with room on neither side, there are none.
 * Pure: it takes the line boxes the content script measured.
 */
import type { Tier } from "./attribution/types";

export interface LineBox {
  index: number;
  tier: Tier;
  /** Page coordinates of the highlight's first line box. */
  top: number;
  height: number;
}

export interface MarginMark {
  index: number;
  tier: Tier;
  /** Page coordinates of the mark's anchor: its right edge (side "left") or left edge ("right"), mid-height. */
  x: number;
  y: number;
  side: "left" | "right";
  /** The tier spelt out (the teaching view, where the margin has room), not its shape. */
  words: boolean;
}

/** Horizontal room a mark takes, gap included (CSS pixels). */
export const MARK_STEP = 16;
/** Room a spelt-out tier takes ("INSTITUTIONAL"). */
const WORDS_WIDTH = 100;
/** Gap between the text and the nearest mark. */
const GAP = 6;
/** More marks than this on one line are left out; the highlights still show every one. */
export const MARKS_PER_LINE = 3;

/**
 * Marks for the line boxes, given the article column's left and right edges and the page's right edge in view
 * (page coordinates). A line holds as many marks as its margin has room for, up to MARKS_PER_LINE; a column that
 * leaves room for none (a phone-wide window) gets none: the underlines' patterns still tell the tiers apart.
 */
export function marginMarks(
  boxes: LineBox[],
  column: { left: number; right: number },
  viewRight = Infinity,
  wantWords = false,
): MarginMark[] {
  const roomLeft = column.left;
  const roomRight = viewRight - column.right;
  // Words need a margin of their own, one a line; with no such room the teaching view shows shapes too.
  const words = wantWords && Math.max(roomLeft, roomRight) >= GAP + WORDS_WIDTH;
  const [step, most] = words ? [WORDS_WIDTH, 1] : [MARK_STEP, MARKS_PER_LINE];
  const fits = (room: number) => Math.min(most, Math.floor((room - GAP) / step));
  const side: "left" | "right" = fits(roomLeft) >= fits(roomRight) ? "left" : "right";
  const perLineMost = fits(side === "left" ? roomLeft : roomRight);
  if (perLineMost < 1) return [];
  const perLine = new Map<number, number>();
  const out: MarginMark[] = [];
  for (const b of boxes) {
    // Boxes on one line share their middle, give or take a pixel of rounding.
    const y = b.top + b.height / 2;
    const line = Math.round(y / 4);
    const k = perLine.get(line) ?? 0;
    perLine.set(line, k + 1);
    if (k >= perLineMost) continue;
    const x = side === "left" ? column.left - GAP - k * step : column.right + GAP + k * step;
    out.push({ index: b.index, tier: b.tier, x, y, side, words });
  }
  return out;
}
