/**
 * Which pages the extension cannot read, and why, in words for the popup.
 * Browsers keep extensions out of their own pages and stores.
 */
export type PageKind = "web" | "browser-page" | "store" | "pdf" | "file" | "unknown";

const STORES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
];

export function classifyUrl(url: string | undefined | null): PageKind {
  if (!url) return "unknown";
  if (
    /^(chrome|edge|brave|opera|vivaldi|about|moz-extension|chrome-extension|view-source|devtools|resource|chrome-search):/i.test(
      url,
    )
  )
    return "browser-page";
  if (STORES.some((re) => re.test(url))) return "store";
  if (/\.pdf($|[?#])/i.test(url)) return "pdf";
  if (/^file:/i.test(url)) return "file";
  if (/^https?:/i.test(url)) return "web";
  return "unknown";
}
