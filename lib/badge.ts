/**
 * The toolbar badge: the share of an article's attributions that rest on
 * unnamed sources or none, as a percentage on a colour that says how much
 * (a raw count grew with the article's length: 9 of 14 and 9 of 200 are not
 * the same story). Nothing on a page that is not an article or has none.
 */
export interface BadgeFigures {
  attributions: number;
  /** Anonymous and unattributed together. */
  weak: number;
  isArticle: boolean;
}

/** Up to a quarter weak: mostly on the record; past half: mostly on unnamed sources or none. */
export const BADGE_COLOURS = { low: "#1B6E3A", mid: "#8A4B00", high: "#A0162B" } as const;

export function badgeFor(f: BadgeFigures): { text: string; colour: string } {
  if (!f.isArticle || f.attributions === 0) return { text: "", colour: BADGE_COLOURS.low };
  const share = f.weak / f.attributions;
  const colour = share <= 0.25 ? BADGE_COLOURS.low : share <= 0.5 ? BADGE_COLOURS.mid : BADGE_COLOURS.high;
  return { text: `${Math.round(share * 100)}%`, colour };
}
