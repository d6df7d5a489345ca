/** Paints attributions with the CSS Custom Highlight API, one named highlight per tier. */
import type { Attribution, Tier } from "../../lib/attribution/types";
import { TIERS } from "../../lib/attribution/types";
import { rangeFor, type TextRuns } from "../../lib/dom/text-runs";

const NAMES: Record<Tier, string> = {
  "on-record": "sourcelight-on-record",
  institutional: "sourcelight-institutional",
  anonymous: "sourcelight-anonymous",
  unattributed: "sourcelight-unattributed",
};

let styleEl: HTMLStyleElement | null = null;

function ensureStyle(): void {
  if (styleEl?.isConnected) return;
  styleEl = document.createElement("style");
  styleEl.textContent = `
::highlight(sourcelight-on-record){background-color:rgba(0,114,178,.18);text-decoration:underline solid #0072b2 2px}
::highlight(sourcelight-institutional){background-color:rgba(0,158,115,.18);text-decoration:underline double #009e73}
::highlight(sourcelight-anonymous){background-color:rgba(230,159,0,.25);text-decoration:underline dashed #b35c00 2px}
::highlight(sourcelight-unattributed){background-color:rgba(204,121,167,.25);text-decoration:underline dotted #a3357a 2px}`;
  (document.head ?? document.documentElement).append(styleEl);
}

export function paintHighlights(runs: TextRuns, attributions: Attribution[]): void {
  if (typeof CSS === "undefined" || !("highlights" in CSS)) return;
  ensureStyle();
  const byTier = new Map<Tier, Range[]>(TIERS.map((t) => [t, []]));
  for (const a of attributions) {
    const r = rangeFor(document, runs, a.start, a.end);
    if (r) byTier.get(a.tier)!.push(r);
  }
  for (const t of TIERS) CSS.highlights.set(NAMES[t], new Highlight(...byTier.get(t)!));
}

export function clearHighlights(): void {
  if (typeof CSS !== "undefined" && "highlights" in CSS) for (const t of TIERS) CSS.highlights.delete(NAMES[t]);
  styleEl?.remove();
  styleEl = null;
}
