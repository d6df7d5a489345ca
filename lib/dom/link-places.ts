/**
 * Where a link sits on its page: the article's prose, the footer, after the
 * footer, a run of links with nothing between them, the site's own ad or
 * recommendation widget. Plain DOM reads, no styles.
 */
import type { LinkRegion } from "../spam/types";
import { AD_CLICK_HOSTS, AD_LABEL, WIDGET_MARKUP, WIDGET_LABEL } from "../spam/widgets";
import { collapseSpace as clean } from "./whitespace";

export const SITE_FOOTER = "footer, [role=contentinfo], #footer, .site-footer, #colophon";
const PROSE_BLOCK = "p, li, blockquote, dd, td, figcaption";
const SEPARATOR = /^[\s|,·•\-–—/\\:;]*$/;
const RELATED_BOX = /related|check-also|also|more-stories|recommend|read-next|teaser|you-may/i;
/** How far up from a link a widget's container or label is looked for. */
const WIDGET_DEPTH = 8;

/** The element that stands for the link among its siblings (an <li> around it, a heading). */
function unitOf(a: Element, text: string): Element {
  let unit = a;
  for (let p = a.parentElement; p && p.children.length === 1 && p.localName !== "body"; p = p.parentElement) {
    const raw = p.textContent ?? "";
    // Cheap length test first: most parents hold prose and are far longer than the link.
    if (raw.length > text.length * 2 + 40 || clean(raw) !== text) break;
    unit = p;
  }
  return unit;
}

/** The link just before this one with nothing but separators between them, or null. */
export function previousInRun(a: Element, text: string): Element | null {
  for (let n = unitOf(a, text).previousSibling; n; n = n.previousSibling) {
    if (n.nodeType === 3 || n.nodeType === 8) {
      if (n.nodeType === 3 && !SEPARATOR.test(n.nodeValue ?? "")) return null;
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (el.localName === "br") continue;
    const link = el.localName === "a" ? el : el.querySelector("a[href]");
    if (!link) return null;
    const own = el.textContent ?? "",
      linked = link.textContent ?? "";
    if (own.length > linked.length + 40) return null;
    return (own === linked || clean(linked) === clean(own)) &&
      (link === el || el.querySelectorAll("a[href]").length <= 1)
      ? link
      : null;
  }
  return null;
}

/** The page's own footer: the last site-level footer outside any article. */
export function siteFooter(doc: Document): Element | null {
  const all = Array.from(doc.querySelectorAll(SITE_FOOTER)).filter((f) => !f.closest("article"));
  return all.length ? all[all.length - 1] : null;
}

/**
 * True inside the site's own ad, sponsored or recommendation widget: a known vendor's markup, a labelled
 * slot ("Advertisement", "Promoted links", "From around the web"), or a link through an ad network's click address.
 */
export function inSiteWidget(a: Element, host: string): boolean {
  if (AD_CLICK_HOSTS.test(host)) return true;
  let el: Element | null = a;
  for (let depth = 0; el && depth < WIDGET_DEPTH && el.localName !== "body"; el = el.parentElement, depth++) {
    if (WIDGET_MARKUP.test(`${el.getAttribute("class") ?? ""} ${el.id} ${el.getAttribute("data-widget-id") ?? ""}`))
      return true;
    const label = el.getAttribute("aria-label") ?? "";
    if (AD_LABEL.test(label) || WIDGET_LABEL.test(label)) return true;
    // A heading or label before the link inside the same box: "Sponsored stories", "Ads by …".
    const first = el.firstElementChild;
    if (depth > 0 && first && !first.contains(a)) {
      const heading = clean((first.textContent ?? "").slice(0, 80));
      if (AD_LABEL.test(heading) || WIDGET_LABEL.test(heading)) return true;
    }
  }
  return false;
}

/**
 * True when the link sits in a paragraph of the article's own prose (enough
 * words around its links). Cached per block: a table-layout page can hold
 * thousands of links in one cell.
 */
export function proseAround(a: Element, root: Element | null, cache: Map<Element, boolean>): boolean {
  if (!root || !root.contains(a)) return false;
  const block = a.closest(PROSE_BLOCK);
  if (!block || !root.contains(block)) return false;
  let prose = cache.get(block);
  if (prose === undefined) {
    // Text of the block outside its links, counted without building strings for the whole block.
    let own = 0;
    for (let c = block.firstChild; c && own < 30; c = c.nextSibling) {
      if (c.nodeType === 3) own += (c.nodeValue ?? "").trim().length;
      else if (c.nodeType === 1 && (c as Element).localName !== "a" && !(c as Element).querySelector("a")) {
        own += (c.textContent ?? "").trim().length;
      }
    }
    prose = own >= 30;
    cache.set(block, prose);
  }
  return prose;
}

export function regionOf(a: Element, root: Element | null, prose: boolean, afterFooter: boolean): LinkRegion {
  if (prose) return "article-prose";
  if (root?.contains(a)) return "article";
  if (afterFooter) return "after-footer";
  if (a.closest("nav, [role=navigation]")) return "nav";
  if (a.closest(SITE_FOOTER)) return a.closest("article") ? "article" : "footer";
  if (a.closest("header, [role=banner]")) return "header";
  if (a.closest("aside, [role=complementary]")) return "aside";
  if (a.closest("article")) return "article";
  if (a.closest("main, [role=main]")) return "main";
  // With no article found, "outside the article" cannot be told: the rest of the page counts as its main content.
  return root ? "page" : "main";
}

const REGION_WORDS: Record<LinkRegion, string> = {
  "article-prose": "in the article text",
  article: "in the article",
  main: "in the main content",
  nav: "in the navigation",
  header: "in the page header",
  aside: "in the sidebar",
  footer: "in the page footer",
  "after-footer": "after the page footer",
  page: "on the page",
};

/** Where a link was, in words for the popup ("in the page footer", "in the related-posts box"). */
export function describeWhere(anchor: Element, region: LinkRegion): string {
  for (let el: Element | null = anchor.parentElement, d = 0; el && d < 4; el = el.parentElement, d++) {
    if (RELATED_BOX.test(el.getAttribute("class") ?? ""))
      return `${REGION_WORDS[region]}, after the related-post teaser`;
  }
  return REGION_WORDS[region];
}
