/**
 * Everything Sourcelight draws over a page, rendered into one shadow root so
 * page CSS cannot reach it and its CSS cannot reach the page: the small tier
 * marks in the margin beside highlighted lines, the tooltip, and the legend of
 * the teaching view.
 * Page text is rendered as text only.
 */
import type { Attribution } from "../../lib/attribution/types";
import { TIERS } from "../../lib/attribution/types";
import { tierLook } from "../../lib/palette";
import type { Palette } from "../../lib/settings";
import { t } from "../shared/i18n";
import { confidenceWords } from "../../lib/confidence-words";
import type { MarginMark } from "../../lib/margin-marks";
import { tierGlyph, tierLabel, tierMeaning, tierName } from "../shared/tier-words";

/** A tier mark in the margin beside the line its highlight starts on (lib/margin-marks.ts). */
export type LabelBox = MarginMark;

export interface TooltipState {
  attribution: Attribution;
  index: number;
  total: number;
  /** Page coordinates: the tooltip's top left, or its bottom left when `above`. */
  x: number;
  y: number;
  /** Not enough room below the phrase: show the tooltip above it. */
  above?: boolean;
}

/** A tick on the strip at the window's right edge: where an attribution is, as a share of the page's height. */
export interface StripTick {
  index: number;
  tier: Attribution["tier"];
  at: number;
}

export interface OverlayProps {
  labels: LabelBox[];
  /** Where the attributions are on the whole page, above and below the view; empty on a short page. */
  strip?: StripTick[];
  tooltip: TooltipState | null;
  legend: boolean;
  palette: Palette;
  large: boolean;
}

/** "likely right", "probably right", "uncertain": the confidence in words, before its number. */
function sureness(p: number): string {
  const words = confidenceWords(p);
  return words === "likely"
    ? t("confidence_likely")
    : words === "probable"
      ? t("confidence_probable")
      : t("confidence_uncertain");
}

function percent(n: number): string {
  return `${Math.round(n * 100)}%`;
}

export function Tooltip({ state, palette }: { state: TooltipState; palette: Palette }) {
  const a = state.attribution;
  const [sure, pct] = [sureness(a.confidence), percent(a.confidence)];
  const look = tierLook(a.tier, palette);
  return (
    <div
      class={state.above ? "tooltip above" : "tooltip"}
      role="tooltip"
      id="sourcelight-tooltip"
      aria-live="polite"
      style={{ left: `${state.x}px`, top: `${state.y}px` }}
    >
      <div class="tooltip-head">
        <span class="pill" style={{ background: look.colour, color: look.ink }}>
          {tierLabel(a.tier)}
        </span>
        <span class="confidence" title={t("confidence_meaning")}>
          {t("page_confidence", sure, pct)}
        </span>
        <span class="count">{t("page_position", state.index + 1, state.total)}</span>
      </div>
      {a.speaker && (
        <p class="speaker">
          <strong>{[a.speaker, ...(a.coSpeakers ?? [])].join(", ")}</strong>
          {a.role ? `, ${a.role}` : ""}
          {a.relayedBy ? ` — ${t("page_relayedTo", a.relayedBy)}` : ""}
        </p>
      )}
      <p class="explanation">{a.explanation}</p>
      <p class="hint">{t("page_hint")}</p>
    </div>
  );
}

export function Legend({ palette }: { palette: Palette }) {
  return (
    <aside class="legend" aria-label={t("page_legendLabel")}>
      <h2>{t("page_legendTitle")}</h2>
      <ul>
        {TIERS.map((tier) => {
          const look = tierLook(tier, palette);
          return (
            <li key={tier}>
              <span class="pill" style={{ background: look.colour, color: look.ink }}>
                {tierLabel(tier)}
              </span>
              <span
                class="sample"
                style={{ textDecoration: `underline ${look.underline} ${look.colour} 2px`, background: look.tint }}
              >
                {tierName(tier)}
              </span>
              <span class="meaning">{tierMeaning(tier)}</span>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}

export function Overlay({ labels, strip = [], tooltip, legend, palette, large }: OverlayProps) {
  return (
    <div class={large ? "root large" : "root"}>
      {strip.length > 0 && (
        <div class="strip" aria-hidden="true">
          {strip.map((k) => (
            <span
              key={k.index}
              class="tick"
              data-tier={k.tier}
              style={{ top: `${(k.at * 100).toFixed(2)}%`, background: tierLook(k.tier, palette).colour }}
            />
          ))}
        </div>
      )}
      {labels.map((l) => {
        const look = tierLook(l.tier, palette);
        // The teaching view spells the tier out; otherwise a small shape, which never covers a word.
        return (
          <span
            key={l.index}
            class={`label ${l.side}${l.words ? " words" : ""}`}
            data-tier={l.tier}
            aria-hidden="true"
            style={{ left: `${l.x}px`, top: `${l.y}px`, background: look.colour, color: look.ink }}
          >
            {l.words ? tierLabel(l.tier) : tierGlyph(l.tier)}
          </span>
        );
      })}
      {tooltip && <Tooltip state={tooltip} palette={palette} />}
      {legend && <Legend palette={palette} />}
    </div>
  );
}

/** The overlay's own CSS, scoped to its shadow root. */
export const OVERLAY_CSS = `
:host { all: initial; }
.root { position: absolute; top: 0; left: 0; width: 0; height: 0; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.label { position: absolute; font-size: 10px; line-height: 14px; min-width: 14px; text-align: center; font-weight: 700; border-radius: 3px; pointer-events: none; white-space: nowrap; z-index: 2147483645; }
.label.left { transform: translate(-100%, -50%); }
.label.right { transform: translate(0, -50%); }
.label.words { font-size: 10px; letter-spacing: .04em; padding: 0 4px; }
.strip { position: fixed; top: 0; right: 0; width: 6px; height: 100vh; pointer-events: none; z-index: 2147483644; }
.tick { position: absolute; right: 0; width: 6px; height: 3px; border-radius: 1px 0 0 1px; opacity: .9; }
.tooltip { position: absolute; z-index: 2147483647; width: max-content; max-width: 340px; background: #1c1f24; color: #f4f5f7; border-radius: 8px; padding: 10px 12px; box-shadow: 0 6px 24px rgba(0,0,0,.35); }
.large .tooltip { font-size: 16px; max-width: 420px; }
.tooltip.above { transform: translateY(-100%); }
.tooltip-head { display: flex; gap: 8px; align-items: center; margin-bottom: 6px; }
.pill { font-size: 10px; font-weight: 700; letter-spacing: .04em; padding: 1px 6px; border-radius: 3px; }
.confidence, .count { color: #c9ced6; font-size: 12px; }
.count { margin-left: auto; }
.speaker, .explanation { margin: 4px 0; }
.hint { margin: 6px 0 0; color: #aab1bb; font-size: 11px; }
.legend { position: fixed; right: 16px; bottom: 16px; width: 320px; background: #ffffff; color: #1c1f24; border: 1px solid #c9ced6; border-radius: 10px; padding: 12px 14px; box-shadow: 0 6px 24px rgba(0,0,0,.2); z-index: 2147483646; }
.large .legend { width: 420px; font-size: 16px; }
.legend h2 { font-size: 15px; margin: 0 0 8px; }
.legend ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
.legend li { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; align-items: center; }
.legend .meaning { grid-column: 1 / -1; color: #3b4048; }
@media (prefers-color-scheme: dark) {
  .legend { background: #1c1f24; color: #f4f5f7; border-color: #3b4048; }
  .legend .meaning { color: #c9ced6; }
}
`;
