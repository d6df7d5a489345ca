/**
 * A claim that is a quotation is the quotation as printed, marks included, as readers (and PolNeAR's annotators)
 * mark it. A quotation split around its cue ("“A,” she said, “B.”"), running over several sentences, or followed
 * in the same paragraph by more of the speaker's quoted words ("“A,” she said. “B.”") is one claim.
 */
import { quoteRegions } from "../text/quotes";
import type { Attribution } from "../types";

/** What may stand between one quotation of a speaker's and the next: spaces and punctuation, no line break. */
const JOIN = /^[ \t\u00a0.,:;—–-]*$/;

/** What may stand between a quotation and the cue after it that claims it ("“…?” he asks", "“…,” said X"). */
const JUST_BEFORE = /^[ \t\u00a0,]*$/;
/** How far a quotation may end before the cue that claims it (characters). */
const NEAR = 8;
/** A cue that introduces the paragraph after it ("Cruz continued:", "Breitbart News responded:"). */
const INTRODUCES = /^[^\n:“”"]{0,80}:\s+$/;
const INTRODUCES_WITHIN = 100;

/**
 * Gives a cue with no claim the quotation it stands beside: one that ends just before it ("“A pathetic figure!” he
 * wrote.") or one that opens right after its colon, in the paragraph below ("Cruz continued:").
 */
function claimQuotations(all: Attribution[], text: string, regions: Array<[number, number]>): void {
  const claimed = claimedRegions(all, regions);
  let i = 0;
  for (const a of all) {
    while (i < regions.length && regions[i][1] <= a.start) i++;
    if (a.content) continue;
    const b = i - 1;
    const f = regions[i]?.[0] >= a.end ? i : i + 1;
    // (Only a few characters apart, so that a page of cues and stray marks stays linear.)
    const before = regions[b] && regions[b][1] <= a.start && a.start - regions[b][1] <= NEAR;
    const after = regions[f] && regions[f][0] >= a.end && regions[f][0] - a.end <= INTRODUCES_WITHIN;
    const k =
      before && JUST_BEFORE.test(text.slice(regions[b][1], a.start))
        ? b
        : after && INTRODUCES.test(text.slice(a.end, regions[f][0]))
          ? f
          : -1;
    if (k < 0 || claimed[k]) continue;
    a.content = { start: regions[k][0], end: regions[k][1], text: text.slice(regions[k][0], regions[k][1]) };
    claimed[k] = true;
  }
}

/**
 * Which quotations (`regions`, in order) some claim in `all` overlaps already, a claim read from the words inside
 * the marks included: one pass over both, sorted.
 */
function claimedRegions(all: Attribution[], regions: Array<[number, number]>): boolean[] {
  const claims = all
    .map((a) => a.content)
    .filter((c) => c !== null)
    .sort((x, y) => x.start - y.start);
  const claimed: boolean[] = [];
  let k = 0;
  let furthest = -1;
  for (const [start, end] of regions) {
    // The furthest end among claims starting before this quotation ends: past its start, one overlaps it.
    while (k < claims.length && claims[k].start < end) furthest = Math.max(furthest, claims[k++].end);
    claimed.push(furthest > start);
  }
  return claimed;
}

/** Widens each quoted claim in `all` (reading order) to its whole quotation and the quotations continuing it. */
export function quotedClaims(all: Attribution[], text: string, regions = quoteRegions(text)): void {
  if (regions.length === 0) return;
  claimQuotations(all, text, regions);
  // Quotations that are another attribution's claim are never taken over. (A claim widened lies inside one quotation,
  // so the ones after it are never its own.)
  const taken = claimedRegions(all, regions);
  let i = 0;
  for (const a of all) {
    const c = a.content;
    if (!c) continue;
    while (i < regions.length && regions[i][1] < c.end) i++;
    const r = regions[i];
    if (!r || !(r[0] <= c.start && c.end <= r[1])) continue;
    let end = r[1];
    let after = Math.max(end, a.end);
    for (let j = i + 1; j < regions.length; j++) {
      const next = regions[j];
      if (!JOIN.test(text.slice(after, next[0])) || taken[j]) break;
      end = after = next[1];
    }
    a.content = { start: r[0], end, text: text.slice(r[0], end) };
  }
}
