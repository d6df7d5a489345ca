/**
 * Registrable domains from the Public Suffix List, through tldts (MIT). The
 * list is 50 KB gzipped, so it is loaded where it is loaded once — the
 * background worker and the Node tools — and never into the content script,
 * which asks the background for the hosts it meets (entrypoints/content/site-names.ts).
 */
import { getDomain } from "tldts";
import type { SiteOf } from "./site";

/** Private suffixes count too: "alice.github.io" and "bob.github.io" are two sites. */
const OPTIONS = { allowPrivateDomains: true } as const;

/** The registrable domain, or the host itself where there is none (an IP address, "localhost"). */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, "");
  return getDomain(h, OPTIONS) ?? h;
}

const remembered = new Map<string, string>();

/** `registrableDomain`, remembered: a page's links share a few hosts. */
export const siteOfHost: SiteOf = (host) => {
  let site = remembered.get(host);
  if (site === undefined) {
    if (remembered.size >= 10_000) remembered.clear();
    remembered.set(host, (site = registrableDomain(host)));
  }
  return site;
};

/** The registrable domain of each host, as the background answers the content script. */
export function siteTable(hosts: readonly string[]): Record<string, string> {
  const table: Record<string, string> = {};
  for (const h of hosts) if (typeof h === "string" && h.length <= 253) table[h] = siteOfHost(h)!;
  return table;
}
