/**
 * How a page hides a link from its reader, read from computed styles
 * (infections hide through stylesheet rules and script-added classes, not
 * only inline styles). Works without getComputedStyle or layout (happy-dom,
 * linkedom): then only what the markup says is found.
 */
import type { HidingTechnique } from "../spam/types";
import { collapseSpace as clean } from "./whitespace";
import { DARK_CANVAS, WHITE, indistinguishable, paintedBackground, parseColour, type Rgba } from "./colour";

export type StyleOf = (el: Element) => CSSStyleDeclaration | null;

export interface Hiding {
  hiding: HidingTechnique[];
  detail: string[];
  /** Hidden inside something the reader opens (menu, dropdown, dialog, tab panel, details). */
  interactive: boolean;
  /** Screen-reader-only text or a skip link: hidden on purpose, for accessibility. */
  accessible: boolean;
}

/** Things the reader opens: what they hide is not hidden from the reader. */
const INTERACTIVE =
  "nav, [role=navigation], [role=menu], [role=menubar], [role=dialog], dialog, [role=tabpanel], " +
  "details, [popover], [aria-modal], [class*=menu], [class*=dropdown], [class*=modal], [class*=tab-pane], " +
  "[class*=tabpanel], [class*=offcanvas], [class*=drawer], [class*=popup], [class*=accordion], [class*=collapse]";
const SR_ONLY = new RegExp(
  "(?:^|\\s)(?:sr-only|screen-reader-text|screen-reader-only|visually-hidden|visuallyhidden|" +
    "element-invisible|skip-link|skip-to-content|a11y-hidden|assistive-text|hidden-visually)(?:\\s|$)",
  "i",
);
const SKIP_TEXT = /^(?:skip|jump|lewati|langsung ke|aller au|saltar|zum inhalt|bỏ qua|ข้าม|跳)/i;
/** Off-screen from this far out (px). */
const FAR = 500;

/** Computed styles, read once per element per scan. */
export function styleReader(doc: Document): StyleOf {
  const view = doc.defaultView;
  const cache = new Map<Element, CSSStyleDeclaration | null>();
  return (el) => {
    let cs = cache.get(el);
    if (cs !== undefined) return cs;
    try {
      cs = view && typeof view.getComputedStyle === "function" ? view.getComputedStyle(el) : null;
    } catch {
      cs = null;
    }
    cache.set(el, cs);
    return cs;
  };
}

const px = (v: string | undefined) => {
  const n = parseFloat(v ?? "");
  return Number.isFinite(n) ? n : null;
};

/** A background layer: its colour, or null when an image covers it (what is painted is then unknown). */
const layerOf = (cs: CSSStyleDeclaration | null): Rgba | null =>
  cs && cs.backgroundImage && cs.backgroundImage !== "none" ? null : parseColour(cs?.backgroundColor || "transparent");

/** text-indent far enough to push a line out of its box: -9999px, -100%, or 100% with the overflow clipped. */
function indentHides(cs: CSSStyleDeclaration): boolean {
  const v = cs.textIndent ?? "";
  const n = px(v);
  if (n === null) return false;
  if (v.trim().endsWith("%")) return n <= -50 || (n >= 100 && /hidden|clip/.test(cs.overflow ?? ""));
  return n <= -FAR || (n >= FAR && /hidden|clip/.test(cs.overflow ?? ""));
}

/** Walks the link and its ancestors and names every way they hide it. */
export function findHiding(a: Element, style: StyleOf, layout: () => boolean): Hiding {
  const found = new Map<HidingTechnique, string>();
  const note = (t: HidingTechnique, d = "") => {
    if (!found.has(t)) found.set(t, d);
  };
  let interactive = false;
  let accessible = SKIP_TEXT.test(clean(a.textContent)) && (a.getAttribute("href") ?? "").startsWith("#");
  /** Backgrounds from the link outwards, up to the first opaque one. */
  const layers: Array<Rgba | null> = [];
  let layersDone = false;
  const self = style(a);

  for (let el: Element | null = a, depth = 0; el && el.nodeType === 1; el = el.parentElement, depth++) {
    const tag = el.localName;
    const cs = style(el);
    if (!layersDone) {
      const layer = layerOf(cs);
      layers.push(layer);
      layersDone = !layer || layer[3] >= 1;
    }
    if (tag === "noscript") note("noscript");
    if (tag === "marquee") note("marquee");
    if (tag === "body" || tag === "html") continue;
    if (!interactive && el.matches(INTERACTIVE)) interactive = true;
    if (!accessible && SR_ONLY.test(el.getAttribute("class") ?? "")) accessible = true;
    if (el.hasAttribute("hidden")) note("display-none", "hidden attribute");
    if (!cs) continue;
    if (cs.display === "none") note("display-none");
    if (px(cs.opacity) === 0) note("opacity-0");
    const positioned = cs.position === "absolute" || cs.position === "fixed";
    if (positioned) {
      for (const side of ["left", "top", "right"] as const) {
        const v = px(cs[side]);
        if (v !== null && (v <= -FAR || (side === "right" && v >= 3000))) {
          note("off-screen", `${side}: ${cs[side]}`);
          break;
        }
      }
      const clip = `${cs.clip ?? ""} ${cs.clipPath ?? ""}`;
      if (/rect\(\s*(?:0|1)px,?\s*(?:0|1)px|inset\(\s*(?:50|100)%/.test(clip)) note("clip");
    }
    const ml = px(cs.marginLeft);
    if (ml !== null && ml <= -1000) note("off-screen", `margin-left: ${cs.marginLeft}`);
    if (cs.position !== "static" && cs.position && (px(cs.zIndex) ?? 0) < 0)
      note("behind-content", `z-index: ${cs.zIndex}`);
    if (/hidden|clip/.test(`${cs.overflow} ${cs.overflowX} ${cs.overflowY}`) && depth > 0) {
      const h = px(cs.height),
        w = px(cs.width);
      if (h !== null && h <= 1) note("zero-size", `height: ${cs.height}`);
      else if (w !== null && w <= 1) note("zero-size", `width: ${cs.width}`);
    }
    // Inherited properties: the link's own value and its parents' (happy-dom does not inherit every one).
    if (depth <= 2) {
      if (cs.visibility === "hidden" || cs.visibility === "collapse") note("visibility-hidden");
      const fs = px(cs.fontSize);
      if (fs !== null && fs <= 1) note("font-size-0", `font-size: ${cs.fontSize}`);
      if (indentHides(cs)) note("text-indent", `text-indent: ${cs.textIndent}`);
    }
  }

  const fg = parseColour(self?.color);
  const root = a.ownerDocument.documentElement;
  const canvas = root && /^\s*dark\s*$/.test(style(root)?.colorScheme ?? "") ? DARK_CANVAS : WHITE;
  const bg = paintedBackground(layers, canvas);
  if (fg && bg && indistinguishable(fg, bg)) note("same-colour", `${self?.color} on the same background`);

  if (found.size === 0 && layout()) {
    try {
      const r = a.getBoundingClientRect();
      const view = a.ownerDocument.defaultView;
      const x = r.left + (view?.scrollX ?? 0),
        y = r.top + (view?.scrollY ?? 0);
      const width = a.ownerDocument.documentElement.scrollWidth;
      if (x + r.width < -100 || y + r.height < -100 || x > width + 1000)
        note("off-screen", `at ${Math.round(x)}, ${Math.round(y)}`);
      else if (r.width < 1 && r.height < 1 && clean(a.textContent)) note("zero-size", "no size on screen");
    } catch {
      /* no layout: rely on styles */
    }
  }
  return { hiding: [...found.keys()], detail: [...found.values()], interactive, accessible };
}
