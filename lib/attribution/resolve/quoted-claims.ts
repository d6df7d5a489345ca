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
  const claimedAt = new Set(all.map((a) => a.content?.start).filter((s) => s !== undefined));
  let i = 0;
  for (const a of all) {
    while (i < regions.length && regions[i][1] <= a.start) i++;
    if (a.content) continue;
    const before = regions[i - 1];
    const after = regions[i]?.[0] >= a.end ? regions[i] : regions[i + 1];
    // (Only a few characters apart, so that a page of cues and stray marks stays linear.)
    const r =
      before && a.start - before[1] <= NEAR && JUST_BEFORE.test(text.slice(before[1], a.start))
        ? before
        : after && after[0] - a.end <= INTRODUCES_WITHIN && INTRODUCES.test(text.slice(a.end, after[0]))
          ? after
          : null;
    if (!r || claimedAt.has(r[0])) continue;
    a.content = { start: r[0], end: r[1], text: text.slice(r[0], r[1]) };
    claimedAt.add(r[0]);
  }
}

/** Widens each quoted claim in `all` (reading order) to its whole quotation and the quotations continuing it. */
export function quotedClaims(all: Attribution[], text: string, regions = quoteRegions(text)): void {
  if (regions.length === 0) return;
  claimQuotations(all, text, regions);
  // Quotations that are another attribution's claim are never taken over.
  const claimed = all.map((a) => a.content).filter((c) => c !== null);
  const taken = (r: [number, number], own: Attribution) =>
    claimed.some((c) => c !== own.content && c.start < r[1] && r[0] < c.end);
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
      if (!JOIN.test(text.slice(after, next[0])) || taken(next, a)) break;
      end = after = next[1];
    }
    a.content = { start: r[0], end, text: text.slice(r[0], end) };
  }
}
