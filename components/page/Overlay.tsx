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
import type { Side } from "../../lib/teaching";

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

/** The teaching view's legend as drawn: open or folded to its title bar, on a side of the article column or, with no
 * room beside it, folded in the corner. */
export interface LegendView {
  state: "open" | "collapsed";
  side: Side | null;
  /** With no room for the key beside the column: the margin its small folded button fits in, if any. */
  chip?: Side | null;
  quiz: boolean;
}

/** What the reader can do in the overlay; the controller carries it out. */
export interface OverlayActions {
  /** A tab stop got the focus: show its attribution. */
  focusStop(index: number): void;
  /** Enter (or a click) on a tab stop or the tooltip's button: open the explanation, or in a quiz reveal the tier. */
  activate(index: number): void;
  legend(action: "move" | "collapse" | "expand" | "close" | "quiz"): void;
}

/** A tab stop for one attribution (teaching view): its words for a screen reader. */
export interface Stop {
  index: number;
  label: string;
}

export interface OverlayProps {
  labels: LabelBox[];
  /** Where the attributions are on the whole page, above and below the view; empty on a short page. */
  strip?: StripTick[];
  tooltip: TooltipState | null;
  legend: LegendView | null;
  palette: Palette;
  large: boolean;
  /** One tab stop per attribution, in reading order (teaching view). */
  stops?: Stop[];
  /** In a quiz, the attributions whose tier has been revealed (the others show none); null outside a quiz. */
  revealed?: ReadonlySet<number> | null;
  actions?: OverlayActions;
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

export function Tooltip({
  state,
  palette,
  hidden = false,
  actions,
}: {
  state: TooltipState;
  palette: Palette;
  /** A quiz: the tier and the explanation (which names it) wait until the reader reveals them. */
  hidden?: boolean;
  actions?: OverlayActions;
}) {
  const a = state.attribution;
  const [sure, pct] = [sureness(a.confidence), percent(a.confidence)];
  const look = tierLook(a.tier, palette);
  const count = <span class="count">{t("page_position", state.index + 1, state.total)}</span>;
  return (
    <div
      class={state.above ? "tooltip above" : "tooltip"}
      role="tooltip"
      id="sourcelight-tooltip"
      aria-live="polite"
      style={{ left: `${state.x}px`, top: `${state.y}px` }}
    >
      {hidden ? (
        <>
          <div class="tooltip-head">
            <span class="pill quiz">?</span>
            {count}
          </div>
          <p class="explanation">{t("page_quizAsk")}</p>
          <button type="button" class="reveal" onClick={() => actions?.activate(state.index)}>
            {t("page_quizReveal")}
          </button>
        </>
      ) : (
        <>
          <div class="tooltip-head">
            <span class="pill" style={{ background: look.colour, color: look.ink }}>
              {tierLabel(a.tier)}
            </span>
            <span class="confidence" title={t("confidence_meaning")}>
              {t("page_confidence", sure, pct)}
            </span>
            {count}
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
        </>
      )}
    </div>
  );
}

export function Legend({ palette, view, actions }: { palette: Palette; view: LegendView; actions?: OverlayActions }) {
  const open = view.state === "open";
  const where = view.side ?? (view.chip ? `chip ${view.chip}` : "corner");
  return (
    <aside class={`legend ${where}${open ? "" : " collapsed"}`} aria-label={t("page_legendLabel")}>
      <div class="legend-head">
        <h2>{view.side ? t("page_legendTitle") : t("page_legendShort")}</h2>
        {view.side && (
          <button
            type="button"
            title={t("page_legendMove")}
            aria-label={t("page_legendMove")}
            onClick={() => actions?.legend("move")}
          >
            ⇄
          </button>
        )}
        <button
          type="button"
          title={open ? t("page_legendCollapse") : t("page_legendExpand")}
          aria-label={open ? t("page_legendCollapse") : t("page_legendExpand")}
          aria-expanded={open}
          onClick={() => actions?.legend(open ? "collapse" : "expand")}
        >
          {open ? "–" : "+"}
        </button>
        <button
          type="button"
          title={t("page_legendClose")}
          aria-label={t("page_legendClose")}
          onClick={() => actions?.legend("close")}
        >
          ×
        </button>
      </div>
      {open && (
        <>
          <ul>
            {TIERS.map((tier) => {
              const look = tierLook(tier, palette);
              return (
                <li key={tier}>
                  <span class="pill" style={{ background: look.colour, color: look.ink }}>
                    {tierGlyph(tier)} {tierLabel(tier)}
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
          <label class="quiz-toggle">
            <input type="checkbox" checked={view.quiz} onChange={() => actions?.legend("quiz")} />
            {t("page_quizToggle")}
          </label>
        </>
      )}
    </aside>
  );
}

export function Overlay({
  labels,
  strip = [],
  tooltip,
  legend,
  palette,
  large,
  stops = [],
  revealed = null,
  actions,
}: OverlayProps) {
  const hidden = (i: number) => !!revealed && !revealed.has(i);
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
        // The teaching view spells the tier out; otherwise a small shape, which never covers a word. A quiz hides it.
        const quiz = hidden(l.index);
        return (
          <span
            key={l.index}
            class={`label ${l.side}${l.words ? " words" : ""}${quiz ? " quiz" : ""}`}
            data-tier={quiz ? "hidden" : l.tier}
            aria-hidden="true"
            style={{
              left: `${l.x}px`,
              top: `${l.y}px`,
              ...(quiz ? {} : { background: look.colour, color: look.ink }),
            }}
          >
            {quiz ? "?" : l.words ? tierLabel(l.tier) : tierGlyph(l.tier)}
          </span>
        );
      })}
      {stops.length > 0 && (
        <ol class="stops" aria-label={t("page_stopsLabel")}>
          {stops.map((stop) => (
            <li key={stop.index}>
              <button
                type="button"
                class="stop"
                data-index={stop.index}
                aria-label={stop.label}
                aria-describedby={tooltip?.index === stop.index ? "sourcelight-tooltip" : undefined}
                onFocus={() => actions?.focusStop(stop.index)}
                onClick={() => actions?.activate(stop.index)}
              />
            </li>
          ))}
        </ol>
      )}
      {tooltip && <Tooltip state={tooltip} palette={palette} hidden={hidden(tooltip.index)} actions={actions} />}
      {legend && <Legend palette={palette} view={legend} actions={actions} />}
    </div>
  );
}

/** The overlay's own CSS, scoped to its shadow root (a file of its own, minified by the build). */
export { default as OVERLAY_CSS } from "./overlay.css?inline";
