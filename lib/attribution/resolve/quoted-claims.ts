/**
 * A claim that is a quotation is the quotation as printed, marks included, as readers (and PolNeAR's annotators)
 * mark it. A quotation split around its cue ("“A,” she said, “B.”"), running over several sentences, or followed
 * in the same paragraph by more of the speaker's quoted words ("“A,” she said. “B.”") is one claim.
 */
import { quoteRegions } from "../text/quotes";
import type { Attribution } from "../types";

/** What may stand between one quotation of a speaker's and the next: spaces and punctuation, no line break. */
const JOIN = /^[ \t\u00a0.,:;—–-]*$/;

/** Widens each quoted claim in `all` (reading order) to its whole quotation and the quotations continuing it. */
export function quotedClaims(all: Attribution[], text: string, regions = quoteRegions(text)): void {
  if (!all.some((a) => a.content)) return;
  if (regions.length === 0) return;
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
    if (!r || !(r[0] < c.start && c.end <= r[1])) continue;
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
