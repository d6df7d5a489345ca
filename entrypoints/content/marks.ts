/**
 * Where the page's marks go, measured from the layout once it is clean: the
 * margin marks beside the highlights near the view (lib/margin-marks.ts) and
 * the ticks of the strip at the window's edge.
 */
import type { LabelBox, StripTick } from "../../components/page/Overlay";
import type { Attribution } from "../../lib/attribution/types";
import { marginMarks } from "../../lib/margin-marks";
import { measurable } from "./measure";

/** An attribution painted on the page. */
export interface Painted {
  attribution: Attribution;
  /** A StaticRange with the Highlight API (measure it through measurable()), a live Range over the fallback's marks. */
  range: AbstractRange;
}

/** The most attributions the strip at the window's edge shows (each one is a layout read). */
const STRIP_TICKS = 200;

/** The first line box of each painted attribution, measured when first asked for and kept for one drawing. */
export class LineBoxes {
  private rects = new Map<number, DOMRect | null>();

  constructor(readonly painted: Painted[]) {}

  rect(i: number): DOMRect | null {
    if (!this.rects.has(i)) this.rects.set(i, measurable(document, this.painted[i].range)?.getClientRects()[0] ?? null);
    return this.rects.get(i)!;
  }

  pageTop(i: number): number | null {
    const r = this.rect(i);
    return r ? r.top + scrollY : null;
  }
}

/** The article's text column, left and right edges in page coordinates: its root's box, else the highlights'. */
function columnEdges(root: Element | null, rects: Array<DOMRect | null>): { left: number; right: number } {
  const box = root?.getBoundingClientRect();
  if (box && box.width > 0) return { left: box.left + scrollX, right: box.right + scrollX };
  const seen = rects.filter((r): r is DOMRect => !!r);
  const left = Math.min(...seen.map((r) => r.left), innerWidth);
  const right = Math.max(...seen.map((r) => r.right), 0);
  return { left: left + scrollX, right: right + scrollX };
}

/** Margin marks for the attributions `near` the view; the teaching view spells tiers out where there is room. */
export function marksBeside(
  lines: LineBoxes,
  near: number[],
  root: Element | null,
  words: boolean,
  /** What the scrolling containers around the article show (view coordinates): lines scrolled out get no mark. */
  visible: DOMRect | null = null,
): LabelBox[] {
  const boxes = near.flatMap((i) => {
    const r = lines.rect(i);
    if (!r || (visible && (r.bottom <= visible.top || r.top >= visible.bottom))) return [];
    return [{ index: i, tier: lines.painted[i].attribution.tier, top: r.top + scrollY, height: r.height }];
  });
  const viewRight = document.documentElement.clientWidth + scrollX;
  return marginMarks(
    boxes,
    columnEdges(
      root,
      near.map((i) => lines.rect(i)),
    ),
    viewRight,
    words,
  );
}

/**
 * Ticks for the strip at the window's edge: where attributions are on a page taller than the view, as shares of
 * its height. At most STRIP_TICKS are measured, spread over the article.
 */
export function stripTicks(painted: Painted[]): StripTick[] {
  const height = document.documentElement.scrollHeight;
  if (height < 1.5 * innerHeight || !painted.length) return [];
  const every = Math.ceil(painted.length / STRIP_TICKS);
  const ticks: StripTick[] = [];
  for (let i = 0; i < painted.length; i += every) {
    const rect = measurable(document, painted[i].range)?.getClientRects()[0];
    if (rect) ticks.push({ index: i, tier: painted[i].attribution.tier, at: (rect.top + scrollY) / height });
  }
  return ticks;
}
