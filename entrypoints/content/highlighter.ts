/**
 * Paints attributions. With the CSS Custom Highlight API (Chromium ≥ 105,
 * Firefox ≥ 140, Safari ≥ 17.2): one named highlight per tier plus one for
 * the attribution in focus, and nothing in the page's DOM changes. Without
 * it: the words are wrapped in <sourcelight-mark> elements of our own
 * (lib/dom/wrap-fallback.ts), focusable from the keyboard, and unwrapped
 * exactly on clear. Styles go in through an adopted stylesheet either way.
 */
import type { Tier } from "../../lib/attribution/types";
import { TIERS } from "../../lib/attribution/types";
import { wrapRanges, type Wrapped } from "../../lib/dom/wrap-fallback";
import { MAX_REGISTERED } from "../../lib/band";
import { tierLook } from "../../lib/palette";
import { styleShadowRoot, supportsHighlights } from "../../lib/browser/platform";
import type { Palette } from "../../lib/settings";

export const HIGHLIGHT_NAMES: Record<Tier, string> = {
  "on-record": "sourcelight-on-record",
  institutional: "sourcelight-institutional",
  anonymous: "sourcelight-anonymous",
  unattributed: "sourcelight-unattributed",
};
const CURRENT = "sourcelight-current";
/** A quiz's attributions whose tier is not revealed yet: all in one neutral style. */
const HIDDEN = "sourcelight-hidden";
/** The fallback's wrapping element; a custom tag no page styles by accident. */
export const MARK_TAG = "sourcelight-mark";

export interface PaintItem {
  /** A StaticRange for the Highlight API; the fallback needs live Ranges, which follow the text nodes it splits. */
  range: AbstractRange;
  tier: Tier;
  /** A quiz hides the tier until it is revealed. */
  hidden?: boolean;
}

function css(palette: Palette, dark: boolean, marks: boolean): string {
  const rules = TIERS.map((t) => {
    const look = tierLook(t, palette);
    // On dark pages the palette's darker colours would sink into the background: lighten the underline.
    const line = dark ? `color-mix(in srgb, ${look.colour} 55%, white)` : look.colour;
    const selector = marks ? `${MARK_TAG}[data-tier="${t}"]` : `::highlight(${HIGHLIGHT_NAMES[t]})`;
    return `${selector}{background-color:${look.tint};text-decoration:underline ${look.underline} ${line} 2px;text-underline-offset:3px}`;
  });
  const hidden = marks ? `${MARK_TAG}[data-tier="hidden"]` : `::highlight(${HIDDEN})`;
  rules.push(
    `${hidden}{background-color:rgba(128,128,128,.16);text-decoration:underline dotted #808080 2px;text-underline-offset:3px}`,
  );
  const focus = dark ? "rgba(255,255,255,.28)" : "rgba(255,214,0,.55)";
  const current = marks ? `${MARK_TAG}[data-current]` : `::highlight(${CURRENT})`;
  rules.push(`${current}{background-color:${focus};text-decoration:underline solid currentColor 3px}`);
  if (marks)
    rules.push(
      `${MARK_TAG}{display:inline;color:inherit;font:inherit}`,
      `${MARK_TAG}:focus-visible{outline:2px solid ${dark ? "#fff" : "#000"};outline-offset:1px}`,
    );
  return rules.join("\n");
}

export class Highlighter {
  readonly mode: "highlights" | "marks";
  /** The stylesheet in the page and its text: kept from one paint to the next while the text stays the same. */
  private style: { css: string; remove: () => void } | null = null;
  private wrapped: Wrapped | null = null;
  private currentMarks: Element[] = [];
  /** What paint() was last given (Highlight API mode). */
  private items: PaintItem[] = [];

  constructor(
    private readonly doc: Document,
    highlights = supportsHighlights(),
  ) {
    this.mode = highlights ? "highlights" : "marks";
  }

  /**
   * Paints every item in its tier's style, replacing what was painted before.
   * Returns the range that now covers each item: the same ranges with the
   * Highlight API, ranges over the marks when wrapping (the originals were
   * split). Marks carry `data-index` (the item's index) for focus handling.
   */
  paint(items: PaintItem[], palette: Palette, dark: boolean): AbstractRange[] {
    this.clear({ keepStyle: true });
    this.restyle(css(palette, dark, this.mode === "marks"));
    if (this.mode === "highlights") {
      this.items = items;
      // Until the controller knows where the view is (after the next frame), the top of the page.
      this.register(items.length > MAX_REGISTERED ? Array.from({ length: MAX_REGISTERED }, (_, n) => n) : null);
      return items.map((i) => i.range);
    }
    this.wrapped = wrapRanges(
      this.doc,
      items.map((i, n) => ({
        range: i.range as Range,
        attrs: { "data-tier": i.hidden ? "hidden" : i.tier, "data-index": String(n) },
      })),
      MARK_TAG,
    );
    return this.wrapped.marks.map((marks, n) => {
      if (!marks.length) return items[n].range;
      // One tab stop per attribution, on its first mark.
      marks[0].setAttribute("tabindex", "0");
      const r = this.doc.createRange();
      r.setStart(marks[0], 0);
      const last = marks[marks.length - 1];
      r.setEnd(last, last.childNodes.length);
      return r;
    });
  }

  /** Whether only some of the painted attributions are registered at a time (lib/band.ts: MAX_REGISTERED). */
  get windowed(): boolean {
    return this.mode === "highlights" && this.items.length > MAX_REGISTERED;
  }

  /** Registers the painted attributions at these indices (all of them for null), each in its tier's highlight. */
  register(indices: number[] | null): void {
    if (this.mode !== "highlights") return;
    const chosen = indices ? indices.map((n) => this.items[n]).filter(Boolean) : this.items;
    for (const t of TIERS)
      CSS.highlights.set(
        HIGHLIGHT_NAMES[t],
        new Highlight(...chosen.filter((i) => i.tier === t && !i.hidden).map((i) => i.range)),
      );
    CSS.highlights.set(HIDDEN, new Highlight(...chosen.filter((i) => i.hidden).map((i) => i.range)));
  }

  /** Marks the attribution in focus (keyboard or popup), or none. */
  setCurrent(range: AbstractRange | null): void {
    if (this.mode === "highlights") {
      if (range) CSS.highlights.set(CURRENT, new Highlight(range));
      else CSS.highlights.delete(CURRENT);
      return;
    }
    for (const m of this.currentMarks) m.removeAttribute("data-current");
    this.currentMarks = [];
    if (!range) return;
    const first = range.startContainer as Element;
    const index = first.nodeType === 1 ? first.getAttribute("data-index") : null;
    if (index === null) return;
    this.currentMarks = this.wrapped?.marks[Number(index)] ?? [];
    for (const m of this.currentMarks) m.setAttribute("data-current", "");
  }

  /** The attribution index of a fallback mark (or of the mark a node sits in), else -1. */
  indexOf(node: Node | null): number {
    if (this.mode !== "marks" || !node) return -1;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const mark = el?.closest?.(MARK_TAG);
    return mark ? Number(mark.getAttribute("data-index") ?? -1) : -1;
  }

  /** True for an element of ours inside the page (a fallback mark). */
  owns(node: Node): boolean {
    return this.mode === "marks" && node.nodeType === 1 && (node as Element).localName === MARK_TAG;
  }

  /**
   * Adds the stylesheet, or swaps it when its text changed. A rescan paints with the sheet already there: taking it
   * out and putting it back would make the browser restyle the whole page twice (3–4 ms on a long page).
   */
  private restyle(cssText: string): void {
    if (this.style?.css === cssText) return;
    this.style?.remove();
    this.style = { css: cssText, remove: styleShadowRoot(this.doc, cssText) };
  }

  /**
   * Removes every highlight; in the fallback, puts the page's text nodes back exactly. The stylesheet goes too
   * unless `keepStyle` (a rescan about to paint again): with nothing painted it styles nothing.
   */
  clear({ keepStyle = false } = {}): void {
    if (this.mode === "highlights")
      for (const name of [...Object.values(HIGHLIGHT_NAMES), CURRENT, HIDDEN]) CSS.highlights.delete(name);
    this.items = [];
    this.wrapped?.unwrap();
    this.wrapped = null;
    this.currentMarks = [];
    if (keepStyle) return;
    this.style?.remove();
    this.style = null;
  }
}

/** True when the page reads light-on-dark, judged from the computed background of the body or root. */
export function isDarkPage(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const m = view.getComputedStyle(el).backgroundColor.match(/\d+(\.\d+)?/g);
    if (!m || (m.length === 4 && Number(m[3]) === 0)) continue;
    const [r, g, b] = m.map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
  }
  return false;
}
