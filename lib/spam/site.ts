/**
 * How a link's host relates to the page's own site. The registrable domain
 * ("news.bbc.co.uk" → "bbc.co.uk") comes from the Public Suffix List, which
 * lives where it is loaded once (the background worker, or Node): callers
 * pass a `SiteOf` lookup, so this file ships no list and stays pure.
 */

/** The registrable domain of a host, or undefined when it is not known (yet). */
export type SiteOf = (host: string) => string | undefined;

/**
 * "same": the page's own registrable domain. "sister": the same name under another suffix, as a publisher's
 * editions are ("dailyglobe.com" and "dailyglobe.co.uk"). "unknown": no registrable domain was known for one
 * of the two, so nothing may be concluded from it.
 */
export type SiteRelation = "same" | "sister" | "other" | "unknown";

const IP = /^[\d.]+$|:/;

export function siteRelation(host: string, pageHost: string, siteOf: SiteOf): SiteRelation {
  if (host === "" || host === pageHost) return "same";
  const site = siteOf(host);
  const own = siteOf(pageHost);
  if (site === undefined || own === undefined) return "unknown";
  if (site === own) return "same";
  if (IP.test(site) || IP.test(own)) return "other";
  // A registrable domain is one label on top of its public suffix: that label is the publisher's name.
  const name = site.slice(0, site.indexOf("."));
  return name.length >= 3 && name === own.slice(0, own.indexOf(".")) ? "sister" : "other";
}
