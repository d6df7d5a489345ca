/**
 * Links the reader chose to keep on a site although the spam judge would take them out: remembered per site, so
 * a wrong call is made once, not on every visit. Pure; the storage wiring lives in lib/browser/kept-store.ts.
 */

/** Every site's kept links (their addresses), with when the list last changed. */
export type KeptBook = Record<string, { hrefs: string[]; at: number }>;

/** How many sites, and links per site, are remembered: the least recently changed go first. */
export const KEPT_SITES = 200;
export const KEPT_PER_SITE = 200;

export function keptFor(book: KeptBook | null | undefined, site: string): Set<string> {
  const hrefs = book?.[site]?.hrefs;
  return new Set(Array.isArray(hrefs) ? hrefs.filter((h) => typeof h === "string") : []);
}

/** The book with `href` kept (or, `keep` false, no longer kept) on `site`. */
export function withKept(
  book: KeptBook | null | undefined,
  site: string,
  href: string,
  keep: boolean,
  now: number,
): KeptBook {
  const hrefs = keptFor(book, site);
  if (keep) hrefs.add(href);
  else hrefs.delete(href);
  const next: KeptBook = { ...(book ?? {}) };
  if (hrefs.size) next[site] = { hrefs: [...hrefs].slice(-KEPT_PER_SITE), at: now };
  else delete next[site];
  const sites = Object.keys(next).sort((a, b) => (next[b].at ?? 0) - (next[a].at ?? 0));
  for (const s of sites.slice(KEPT_SITES)) delete next[s];
  return next;
}
