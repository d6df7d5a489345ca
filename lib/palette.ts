/**
 * How each sourcing tier looks, shared by the page highlights, the tooltip,
 * the legend and the popup. Tiers differ by more than colour: each has its own
 * underline style and a short text label. Label colours keep WCAG AA contrast
 * (≥ 4.5:1) between their text and background; the default palette uses the
 * Okabe–Ito colours, distinguishable with the common colour-vision deficiencies.
 */
import type { Tier } from "./attribution/types";
import type { Palette } from "./settings";

/** How a tier looks; its words (label, name, meaning) are in the i18n messages. */
export interface TierLook {
  underline: "solid" | "double" | "dashed" | "dotted";
  /** Underline and label background. */
  colour: string;
  /** Label text colour, chosen for ≥ 4.5:1 against `colour`. */
  ink: string;
  /** Translucent background behind highlighted words (alpha low enough for any text colour to stay readable). */
  tint: string;
}

const UNDERLINES: Record<Tier, TierLook["underline"]> = {
  "on-record": "solid",
  institutional: "double",
  anonymous: "dashed",
  unattributed: "dotted",
};

const COLOURS: Record<Palette, Record<Tier, Pick<TierLook, "colour" | "ink" | "tint">>> = {
  "colour-blind-safe": {
    "on-record": { colour: "#0072B2", ink: "#FFFFFF", tint: "rgba(0, 114, 178, 0.16)" },
    institutional: { colour: "#006B4F", ink: "#FFFFFF", tint: "rgba(0, 158, 115, 0.16)" },
    anonymous: { colour: "#E69F00", ink: "#000000", tint: "rgba(230, 159, 0, 0.22)" },
    unattributed: { colour: "#CC79A7", ink: "#000000", tint: "rgba(204, 121, 167, 0.24)" },
  },
  classic: {
    "on-record": { colour: "#1A7F37", ink: "#FFFFFF", tint: "rgba(26, 127, 55, 0.16)" },
    institutional: { colour: "#0550AE", ink: "#FFFFFF", tint: "rgba(5, 80, 174, 0.16)" },
    anonymous: { colour: "#BF8700", ink: "#000000", tint: "rgba(191, 135, 0, 0.22)" },
    unattributed: { colour: "#C4232D", ink: "#FFFFFF", tint: "rgba(196, 35, 45, 0.16)" },
  },
};

export function tierLook(tier: Tier, palette: Palette = "colour-blind-safe"): TierLook {
  return { underline: UNDERLINES[tier], ...(COLOURS[palette] ?? COLOURS["colour-blind-safe"])[tier] };
}

/** WCAG relative luminance of a #RRGGBB colour. */
export function luminance(hex: string): number {
  const c = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

/** WCAG contrast ratio between two #RRGGBB colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}
