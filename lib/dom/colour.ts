/**
 * Colours as the browser paints them: a transparent or semi-transparent
 * background shows what is behind it, down to the canvas (white unless the
 * page asks for a dark scheme). Reading "rgba(0, 0, 0, 0)" as black made
 * every black link on an ordinary white page "the colour of its background".
 */

/** [r, g, b, a] with r, g, b in 0–255 and a in 0–1. */
export type Rgba = [number, number, number, number];

export const WHITE: Rgba = [255, 255, 255, 1];
/** What Chromium and Firefox paint behind a page whose only colour scheme is dark. */
export const DARK_CANVAS: Rgba = [18, 18, 18, 1];

/**
 * "rgb(1, 2, 3)", "rgba(1 2 3 / 0.5)", "#abc", "#aabbcc", "#aabbccdd", "white", "black", "transparent" → Rgba; null
 * otherwise.
 */
export function parseColour(value: string | null | undefined): Rgba | null {
  const s = (value ?? "").trim().toLowerCase();
  const fn = /^rgba?\(([^)]+)\)$/.exec(s);
  if (fn) {
    const p = fn[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map((x) => (x.endsWith("%") ? parseFloat(x) / 100 : parseFloat(x)));
    return p.length >= 3 && p.every(Number.isFinite) ? [p[0], p[1], p[2], Math.min(1, Math.max(0, p[3] ?? 1))] : null;
  }
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(s);
  if (hex) {
    const h = hex[1].length <= 4 ? hex[1].replace(/./g, "$&$&") : hex[1];
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
    return [r, g, b, h.length === 8 ? parseInt(h.slice(6), 16) / 255 : 1];
  }
  if (s === "white") return [...WHITE];
  if (s === "black") return [0, 0, 0, 1];
  if (s === "transparent") return [0, 0, 0, 0];
  return null;
}

/** `top` painted over an opaque `bottom` (source-over). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

/**
 * What is painted behind an element, from the backgrounds of the element and
 * its ancestors, innermost first, over the canvas. Stops at the first opaque
 * one; null when a layer is unknown (an image, a colour it cannot read).
 */
export function paintedBackground(layers: ReadonlyArray<Rgba | null>, canvas: Rgba = WHITE): Rgba | null {
  const seen: Rgba[] = [];
  for (const layer of layers) {
    if (!layer) return null;
    if (layer[3] === 0) continue;
    seen.push(layer);
    if (layer[3] >= 1) break;
  }
  let painted = canvas;
  for (let i = seen.length - 1; i >= 0; i--) painted = over(seen[i], painted);
  return painted;
}

/** True when text of colour `fg` cannot be told from `bg` (both as painted, so `fg` is composed over `bg`). */
export function indistinguishable(fg: Rgba, bg: Rgba): boolean {
  if (fg[3] === 0) return true;
  const text = over(fg, bg);
  return Math.abs(text[0] - bg[0]) + Math.abs(text[1] - bg[1]) + Math.abs(text[2] - bg[2]) < 24;
}
