/**
 * Which site a host belongs to, without shipping the public-suffix list: the
 * last two labels, or three under a country's second-level domain
 * ("news.bbc.co.uk" → "bbc.co.uk", "ptsp.halal.go.id" → "halal.go.id").
 */

const SECOND_LEVEL = /^(?:co|com|ac|go|or|net|org|gov|gob|gouv|edu|sch|web|my|biz|mil|ne|nic|info|ltd|plc|nom|mod)$/;

const memo = new Map<string, string>();

export function siteOf(host: string): string {
  let site = memo.get(host);
  if (site === undefined) {
    site = computeSite(host);
    if (memo.size > 5000) memo.clear();
    memo.set(host, site);
  }
  return site;
}

function computeSite(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, "").split(".");
  if (labels.length <= 2 || /^[\d.]+$/.test(host) || host.includes(":")) return labels.join(".");
  const n = labels[labels.length - 1].length === 2 && SECOND_LEVEL.test(labels[labels.length - 2]) ? 3 : 2;
  return labels.slice(-n).join(".");
}

/** True when `host` is another site than the page's own (an empty host is never external). */
export function isExternal(host: string, pageHost: string): boolean {
  return host !== "" && siteOf(host) !== siteOf(pageHost);
}
