/** The article-level reading: counts per tier, who is cited and how often, what is hedged. */
import { HEDGE_ADJECTIVES, HEDGE_ADVERBS } from "./words";
import { TIERS, type ArticleSummary, type Attribution, type HedgeSummary, type SpeakerSummary } from "./types";

/** The hedge a summary groups by: "allegedly", "alleged", "is believed to". */
export function hedgeKey(cueText: string): string {
  const words = cueText.toLowerCase().split(/\s+/);
  const word = words.find((w) => HEDGE_ADVERBS.has(w) || HEDGE_ADJECTIVES.has(w));
  if (word) return word;
  const to = words.indexOf("to");
  return (to >= 0 ? words.slice(0, to + 1) : words).join(" ");
}

function group(
  attributions: Attribution[],
  kind: SpeakerSummary["kind"],
  namesOf: (a: Attribution) => Array<string | null>,
): SpeakerSummary[] {
  const byName = new Map<string, SpeakerSummary>();
  attributions.forEach((a, i) => {
    namesOf(a).forEach((name, n) => {
      if (!name) return;
      const key = name.toLowerCase();
      const entry = byName.get(key) ?? { name, kind, role: null, attributions: [] };
      entry.attributions.push(i);
      // The role was given for the first-named ("Senators", or "a spokesman" for one person).
      if (n === 0) entry.role ??= kind === "person" ? a.role : null;
      byName.set(key, entry);
    });
  });
  // Most cited first; ties keep reading order.
  return [...byName.values()].sort(
    (x, y) => y.attributions.length - x.attributions.length || x.attributions[0] - y.attributions[0],
  );
}

/** Summarises an article's attributions (as returned by findAttributions, in reading order). */
export function summarize(attributions: Attribution[]): ArticleSummary {
  const byTier = Object.fromEntries(TIERS.map((t) => [t, 0])) as ArticleSummary["byTier"];
  for (const a of attributions) byTier[a.tier]++;
  const speakers = group(attributions, "person", (a) =>
    a.tier === "on-record" ? [a.speaker, ...(a.coSpeakers ?? [])] : [],
  );
  const institutions = group(attributions, "organisation", (a) => (a.tier === "institutional" ? [a.speaker] : []));
  const outlets = group(attributions, "organisation", (a) => [a.relayedBy]);
  const organisations = [...institutions];
  for (const o of outlets) {
    const same = organisations.find((x) => x.name.toLowerCase() === o.name.toLowerCase());
    if (same) same.attributions = [...new Set([...same.attributions, ...o.attributions])].sort((a, b) => a - b);
    else organisations.push(o);
  }
  const hedges: HedgeSummary[] = [];
  attributions.forEach((a, i) => {
    if (a.tier !== "unattributed" || a.source) return;
    const text = hedgeKey(a.cue.text);
    const h = hedges.find((x) => x.text === text);
    if (h) h.attributions.push(i);
    else hedges.push({ text, attributions: [i] });
  });
  hedges.sort((x, y) => y.attributions.length - x.attributions.length || x.attributions[0] - y.attributions[0]);
  const weak = byTier.anonymous + byTier.unattributed;
  const total = attributions.length;
  return { total, byTier, speakers, organisations, hedges, weak, weakShare: total ? weak / total : 0 };
}
