/** The sourcing profile: one bar of the whole and its key, the weak-sourcing sentence, who is cited, hedges. */
import { confidenceWords } from "../../lib/confidence-words";
import type { Analysis, SpeakerSummary } from "../../lib/attribution/types";
import { TIERS } from "../../lib/attribution/types";
import { tierLook } from "../../lib/palette";
import type { Palette } from "../../lib/settings";
import { t } from "../shared/i18n";
import { tierGlyph, tierName } from "../shared/tier-words";

/**
 * The sourcing profile at a glance: one bar of the whole, each tier's share in its colour and pattern, the one
 * sentence that says it, and a one-line key with each tier's shape and count.
 */
export function TierBars({ analysis, palette }: { analysis: Analysis; palette: Palette }) {
  const { summary } = analysis;
  return (
    <section aria-labelledby="profile-h">
      <h2 id="profile-h">{t("popup_profile")}</h2>
      {summary.total === 0 ? (
        <p>{t("popup_noAttributions")}</p>
      ) : (
        <>
          <div class="stack" aria-hidden="true">
            {TIERS.filter((tier) => summary.byTier[tier] > 0).map((tier) => {
              const look = tierLook(tier, palette);
              return (
                <span
                  key={tier}
                  class={`bar bar-${look.underline}`}
                  data-segment={tier}
                  title={`${tierName(tier)}: ${summary.byTier[tier]}`}
                  style={{ width: `${(summary.byTier[tier] / summary.total) * 100}%`, background: look.colour }}
                />
              );
            })}
          </div>
          <p class="weak" data-testid="weak-share">
            {t("popup_weakShare", summary.weak, summary.total)}
          </p>
          <ul class="key" data-testid="tier-counts">
            {TIERS.map((tier) => {
              const look = tierLook(tier, palette);
              const n = summary.byTier[tier];
              return (
                <li key={tier} data-tier={tier} data-count={n}>
                  <span class="key-mark" aria-hidden="true" style={{ background: look.colour, color: look.ink }}>
                    {tierGlyph(tier)}
                  </span>
                  <span>{tierName(tier)}</span>
                  <span class="key-count">{n}</span>
                </li>
              );
            })}
          </ul>
          <Sureness attributions={analysis.attributions} />
        </>
      )}
    </section>
  );
}

/**
 * How sure Sourcelight is of its readings, in words ("11 likely right · 2 probably right · 1 uncertain"); what the
 * words mean, and the mean as a number, in its tooltip.
 */
function Sureness({ attributions }: { attributions: Analysis["attributions"] }) {
  const counts = { likely: 0, probable: 0, uncertain: 0 };
  for (const a of attributions) counts[confidenceWords(a.confidence)]++;
  const mean = attributions.reduce((n, a) => n + a.confidence, 0) / Math.max(1, attributions.length);
  return (
    <p class="sureness" data-testid="sureness" title={t("popup_surenessMeaning", Math.round(mean * 100))}>
      {t("popup_sureness", counts.likely, counts.probable, counts.uncertain)}
    </p>
  );
}

export function EntityList({
  title,
  entries,
  onFocus,
  testId,
}: {
  title: string;
  entries: SpeakerSummary[];
  onFocus: (index: number) => void;
  testId: string;
}) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {entries.length === 0 ? (
        <p class="muted">{t("popup_none")}</p>
      ) : (
        <ul class="entities" data-testid={testId}>
          {entries.map((s) => (
            <li key={s.name}>
              <button
                type="button"
                class="entity"
                onClick={() => onFocus(s.attributions[0])}
                title={t("popup_showInPage", s.name)}
              >
                <span class="entity-name">{s.name}</span>
                {s.role && <span class="entity-role">{s.role}</span>}
                <span class="entity-count" aria-label={t("popup_total", s.attributions.length)}>
                  {s.attributions.length}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function HedgeList({ analysis, onFocus }: { analysis: Analysis; onFocus: (index: number) => void }) {
  const { hedges } = analysis.summary;
  return (
    <section aria-label={t("popup_hedges")}>
      <h2>{t("popup_hedges")}</h2>
      {hedges.length === 0 ? (
        <p class="muted">{t("popup_none")}</p>
      ) : (
        <ul class="chips" data-testid="hedges">
          {hedges.map((h) => (
            <li key={h.text}>
              <button type="button" class="chip" onClick={() => onFocus(h.attributions[0])}>
                “{h.text}”{h.attributions.length > 1 ? ` ×${h.attributions.length}` : ""}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
