/**
 * The page opened once, on install: what the marks mean, shown on a sample paragraph read by the same engine
 * as on any page; the keyboard; privacy in one sentence; the limits. Page text is rendered as text only.
 */
import { useEffect, useState } from "preact/hooks";
import { analyzeText } from "../../lib/attribution";
import { TIERS, type Attribution } from "../../lib/attribution/types";
import { tierLook } from "../../lib/palette";
import { t } from "../shared/i18n";
import { tierGlyph, tierLabel, tierMeaning, tierName } from "../shared/tier-words";

/** A made-up news paragraph with one attribution of each tier. */
export const SAMPLE =
  "The city's water board said on Monday that bills would rise by eight per cent. Its chair, Amara Osei, told " +
  "reporters the money would repair ageing pipes. Two engineers who asked not to be named said the repairs were " +
  "years overdue. The board has allegedly ignored earlier warnings.";

/** The sample cut into plain runs and marked attributions, in order. */
function pieces(text: string, found: Attribution[]): Array<string | Attribution> {
  const out: Array<string | Attribution> = [];
  let at = 0;
  for (const a of found) {
    if (a.start < at) continue;
    out.push(text.slice(at, a.start), a);
    at = a.end;
  }
  out.push(text.slice(at));
  return out;
}

export function Welcome({ shortcuts }: { shortcuts: () => Promise<Record<string, string>> }) {
  const [keys, setKeys] = useState<Record<string, string>>({});
  useEffect(() => {
    void shortcuts().then(setKeys);
  }, [shortcuts]);
  const found = analyzeText(SAMPLE).attributions;
  const next = keys["next-attribution"] || t("welcome_noShortcut");
  const previous = keys["previous-attribution"] || t("welcome_noShortcut");
  return (
    <main>
      <h1>{t("welcome_title")}</h1>
      <p class="lead">{t("welcome_lead")}</p>

      <h2>{t("welcome_sampleTitle")}</h2>
      <p class="sample" data-testid="sample">
        {pieces(SAMPLE, found).map((p, i) => {
          if (typeof p === "string") return p;
          const look = tierLook(p.tier, "colour-blind-safe");
          return (
            <mark
              key={i}
              data-tier={p.tier}
              title={`${tierName(p.tier)}: ${p.explanation}`}
              style={{ background: look.tint, textDecoration: `underline ${look.underline} ${look.colour} 2px` }}
            >
              {p.text}
            </mark>
          );
        })}
      </p>
      <p class="hint">{t("welcome_sampleHint")}</p>

      <h2>{t("welcome_keyTitle")}</h2>
      <ul class="key" data-testid="key">
        {TIERS.map((tier) => {
          const look = tierLook(tier, "colour-blind-safe");
          return (
            <li key={tier}>
              <span>
                <span class="pill" style={{ background: look.colour, color: look.ink }}>
                  {tierGlyph(tier)} {tierLabel(tier)}
                </span>
              </span>
              <span>{tierMeaning(tier)}</span>
            </li>
          );
        })}
      </ul>

      <h2>{t("welcome_keysTitle")}</h2>
      <p data-testid="shortcuts">
        <kbd>{next}</kbd> / <kbd>{previous}</kbd> {t("welcome_keysStep")} <kbd>Esc</kbd> {t("welcome_keysClose")}
      </p>
      <p class="hint">{t("welcome_keysRemap")}</p>

      <h2>{t("welcome_teachingTitle")}</h2>
      <p>{t("welcome_teaching")}</p>

      <h2>{t("welcome_limitsTitle")}</h2>
      <ul class="plain">
        <li>{t("welcome_limitTruth")}</li>
        <li>{t("welcome_limitEnglish")}</li>
        <li>{t("welcome_limitArticles")}</li>
      </ul>

      <h2>{t("welcome_privacyTitle")}</h2>
      <p data-testid="privacy">{t("welcome_privacy")}</p>
    </main>
  );
}
