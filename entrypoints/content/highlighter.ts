/**
 * Paints attributions with the CSS Custom Highlight API: one named highlight
 * per tier plus one for the attribution in focus. Nothing in the page's DOM
 * changes; the styles go in through an adopted stylesheet.
 */
import type { Tier } from "../../lib/attribution/types";
import { TIERS } from "../../lib/attribution/types";
import { tierLook } from "../../lib/palette";
import { styleShadowRoot, supportsHighlights } from "../../lib/platform";
import type { Palette } from "../../lib/settings";

export const HIGHLIGHT_NAMES: Record<Tier, string> = {
  "on-record": "sourcelight-on-record",
  institutional: "sourcelight-institutional",
  anonymous: "sourcelight-anonymous",
  unattributed: "sourcelight-unattributed",
};
const CURRENT = "sourcelight-current";

function css(palette: Palette, dark: boolean): string {
  const rules = TIERS.map((t) => {
    const look = tierLook(t, palette);
    // On dark pages the palette's darker colours would sink into the background: lighten the underline.
    const line = dark ? `color-mix(in srgb, ${look.colour} 55%, white)` : look.colour;
    return `::highlight(${HIGHLIGHT_NAMES[t]}){background-color:${look.tint};text-decoration:underline ${look.underline} ${line} 2px;text-underline-offset:3px}`;
  });
  const focus = dark ? "rgba(255,255,255,.28)" : "rgba(255,214,0,.55)";
  rules.push(`::highlight(${CURRENT}){background-color:${focus};text-decoration:underline solid currentColor 3px}`);
  return rules.join("\n");
}

export class Highlighter {
  private unstyle: (() => void) | null = null;
  readonly available = supportsHighlights();

  constructor(private readonly doc: Document) {}

  /** Paints every range in its tier's style, replacing what was painted before. */
  paint(items: Array<{ range: Range; tier: Tier }>, palette: Palette, dark: boolean): void {
    if (!this.available) return;
    this.unstyle?.();
    this.unstyle = styleShadowRoot(this.doc, css(palette, dark));
    for (const t of TIERS) {
      CSS.highlights.set(HIGHLIGHT_NAMES[t], new Highlight(...items.filter((i) => i.tier === t).map((i) => i.range)));
    }
  }

  /** Marks the attribution in focus (keyboard or popup), or none. */
  setCurrent(range: Range | null): void {
    if (!this.available) return;
    if (range) CSS.highlights.set(CURRENT, new Highlight(range));
    else CSS.highlights.delete(CURRENT);
  }

  clear(): void {
    if (this.available) for (const name of [...Object.values(HIGHLIGHT_NAMES), CURRENT]) CSS.highlights.delete(name);
    this.unstyle?.();
    this.unstyle = null;
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
