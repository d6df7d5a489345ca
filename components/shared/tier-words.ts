/** The words for each sourcing tier, from the i18n messages: label, name and meaning. */
import type { Tier } from "../../lib/attribution/types";
import { t } from "./i18n";

const KEY: Record<Tier, string> = {
  "on-record": "onRecord",
  institutional: "institutional",
  anonymous: "anonymous",
  unattributed: "unattributed",
};

/** Short label drawn beside a highlight ("ON RECORD"). */
export function tierLabel(tier: Tier): string {
  return t(`label_${KEY[tier]}`);
}

/** Plain name for the popup, legend and tooltip ("On record"). */
export function tierName(tier: Tier): string {
  return t(`tier_${KEY[tier]}`);
}

/** What the tier means, in one sentence a trainer can read aloud. */
export function tierMeaning(tier: Tier): string {
  return t(`meaning_${KEY[tier]}`);
}

/** Each tier's shape, as on the page's margin marks: the tiers never rely on colour alone. */
const GLYPH: Record<Tier, string> = { "on-record": "●", institutional: "■", anonymous: "▲", unattributed: "◆" };

export function tierGlyph(tier: Tier): string {
  return GLYPH[tier];
}
