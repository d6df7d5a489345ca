/**
 * Collects the features the spam judge needs for every link of a live page.
 *
 * Fast on huge pages: what a link *is* (its words, its address) is cheap and
 * read for every link; how it is *placed* (region, prose, hiding from computed
 * styles, runs, widgets) is read only for links whose words or address could
 * make them spam, since nothing else can be (lib/spam/judge.ts): the others
 * keep the defaults (region "page", nothing hidden). An ordinary news page of
 * 450 links then reads no computed style and walks no ancestors.
 * Defensive: works without getComputedStyle or layout (happy-dom, linkedom),
 * skips SVG links, and never throws on odd markup.
 */
import type { LinkLook } from "../messages";
import type { LinkFeatures, LinkJudge } from "../spam/types";
import { siteRelation, type SiteOf } from "../spam/site";
import { isAboutGambling } from "../spam/words";
import { findHiding, styleReader, type Hiding } from "./link-hiding";
import { inSiteWidget, previousInRun, proseAround, regionOf, siteFooter } from "./link-places";
import { collapseSpace as clean } from "./whitespace";
import { rawNoscriptLinks, type RawLink } from "./noscript-links";

export { describeWhere } from "./link-places";

export interface CollectedLink {
  /** The link; for one written inside <noscript> that the browser keeps as raw text, a detached stand-in. */
  element: HTMLAnchorElement;
  features: LinkFeatures;
  /** For a <noscript> raw-text link: the text node and the range of its markup in it. */
  raw?: RawLink["raw"];
  /** The element that places the link on the page (the link itself, or its <noscript>). */
  anchor: Element;
  /** Its words or address could make it spam: only then was its placement read, and only then is it judged. */
  suspect: boolean;
}

const HTML_NS = "http://www.w3.org/1999/xhtml";
const NOT_HIDDEN: Hiding = { hiding: [], detail: [], interactive: false, accessible: false };
const IN_NOSCRIPT: Hiding = { hiding: ["noscript"], detail: [""], interactive: false, accessible: false };

function pageLanguage(doc: Document): string {
  const lang =
    doc.documentElement?.getAttribute("lang") ||
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute("content") ||
    doc.querySelector('meta[property="og:locale"]')?.getAttribute("content") ||
    "";
  return lang.split(/[-_]/)[0].toLowerCase();
}

function parseUrl(a: HTMLAnchorElement, base: string): URL | null {
  try {
    return new URL(a.getAttribute("href")?.trim() ?? "", base);
  } catch {
    return null;
  }
}

function decodedPath(url: URL): string {
  const p = url.pathname + url.search;
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

/** The page's own host, "" for about:blank and the like. */
export function pageHostOf(doc: Document): string {
  try {
    return new URL(doc.URL).hostname.toLowerCase();
  } catch {
    return "";
  }
}

/** A link's words: its text, else its image's alt text, else its label. */
function linkText(a: Element): string {
  return (
    clean(a.textContent) || clean(a.querySelector("img")?.getAttribute("alt")) || clean(a.getAttribute("aria-label"))
  );
}

/**
 * How each web link of the page looks before its placement is read (host, decoded path, text, title): what the
 * judge's first look, `mayBeSpam`, reads. A content script asks the background worker about these.
 */
export function linkLooks(doc: Document): LinkLook[] {
  const base = doc.baseURI || doc.URL || "about:blank";
  const links = [...Array.from(doc.querySelectorAll("a[href]")), ...rawNoscriptLinks(doc).map((l) => l.element)];
  const looks: LinkLook[] = [];
  for (const a of links) {
    const url = parseUrl(a as HTMLAnchorElement, base);
    if (!url || !/^https?:$/.test(url.protocol)) continue;
    looks.push([url.hostname.toLowerCase(), decodedPath(url), linkText(a), clean(a.getAttribute("title"))]);
  }
  return looks;
}

/** True inside an editor (a CMS's contenteditable body): the user's draft, which a strip would change and save. */
function inEditor(el: Element): boolean {
  const editable = (el as HTMLElement).isContentEditable;
  return (
    editable === true || (editable === undefined && !!el.closest("[contenteditable]:not([contenteditable=false])"))
  );
}

/** Which links to collect: those inside the article's root, those outside it, or all. */
export type LinkPart = "inside" | "outside" | "all";

/** An array of `n` values, each computed when first asked for. */
function lazily<T>(n: number, compute: (i: number) => T): (i: number) => T {
  const values = new Array<T>(n);
  const known = new Uint8Array(n);
  return (i) => {
    if (!known[i]) {
      values[i] = compute(i);
      known[i] = 1;
    }
    return values[i];
  };
}

/**
 * Collects the features of the page's links (all, or those inside or outside the article), in document order.
 * `mayBeSpam` picks the suspects, whose placement is read too.
 */
export function collectLinkFeatures(
  doc: Document,
  articleRoot: Element | null,
  siteOf: SiteOf,
  mayBeSpam: LinkJudge["mayBeSpam"],
  part: LinkPart = "all",
): CollectedLink[] {
  // A document being edited (designMode) is the user's draft: nothing in it is judged, so nothing is stripped.
  if (doc.designMode === "on") return [];
  const live: Array<{ element: HTMLAnchorElement; raw?: RawLink["raw"]; anchor: Element }> = Array.from(
    doc.querySelectorAll("a[href]"),
  )
    .filter((a) => a.namespaceURI === HTML_NS && !inEditor(a))
    .map((a) => ({ element: a as HTMLAnchorElement, anchor: a }));
  const all = [...live, ...rawNoscriptLinks(doc).filter(({ anchor }) => !inEditor(anchor))];
  if (all.length === 0) return [];

  const base = doc.baseURI || doc.URL || "about:blank";
  const pageHost = pageHostOf(doc);
  const pageLang = pageLanguage(doc);
  const footer = siteFooter(doc);
  const style = styleReader(doc);
  const proseBlocks = new Map<Element, boolean>();
  let aboutGambling: boolean | undefined;
  const pageAboutGambling = () =>
    (aboutGambling ??= isAboutGambling(
      clean(
        doc.querySelector('meta[property="og:title"]')?.getAttribute("content") ||
          doc.querySelector("h1")?.textContent ||
          doc.title,
      ),
      articleRoot?.textContent ?? "",
    ));
  // Whether the page has a layout to measure links in (not so in happy-dom), asked once a link needs it: asking
  // forces the browser to bring style and layout up to date, which a page without suspect links is spared.
  let layoutKnown: boolean | undefined;
  const layout = () => {
    if (layoutKnown === undefined) {
      try {
        layoutKnown = (doc.documentElement?.getBoundingClientRect().width ?? 0) > 0;
      } catch {
        layoutKnown = false;
      }
    }
    return layoutKnown;
  };

  // Per link, read when first asked for: a part of the page is collected without reading the rest.
  const textOf = lazily(all.length, (i) => linkText(all[i].element));
  const urlOf = lazily(all.length, (i) => parseUrl(all[i].element, base));
  const hostOf = lazily(all.length, (i) => urlOf(i)?.hostname.toLowerCase() ?? "");
  const relationOf = lazily(all.length, (i) => {
    const u = urlOf(i);
    return u && /^https?:$/.test(u.protocol) ? siteRelation(hostOf(i), pageHost, siteOf) : "same";
  });
  let sameText: Map<string, number> | undefined;
  /** How many links of the whole page carry this text (counted once a suspect link asks). */
  const sameTextCount = (text: string) => {
    if (!sameText) {
      sameText = new Map();
      for (let i = 0; i < all.length; i++) {
        const t = textOf(i).toLowerCase();
        if (t) sameText.set(t, (sameText.get(t) ?? 0) + 1);
      }
    }
    return sameText.get(text.toLowerCase()) ?? 1;
  };

  // Runs: consecutive links with only separators between them, and the links to other sites in each. Walked
  // only from the links that could be spam, and remembered, so a menu of the site's own pages is never walked.
  const joined = new Map<number, boolean>();
  /** Whether live link `j` continues the run of link `j - 1`. */
  const joinsPrevious = (j: number) => {
    let v = joined.get(j);
    if (v === undefined)
      joined.set(j, (v = j > 0 && previousInRun(live[j].element, textOf(j)) === live[j - 1].element));
    return v;
  };
  const otherSitesInRun = new Map<number, number>();
  /** How many links to other sites the run of live link `i` holds. */
  const runLength = (i: number) => {
    let first = i;
    while (joinsPrevious(first)) first--;
    let n = otherSitesInRun.get(first);
    if (n === undefined) {
      n = 0;
      for (let k = first; k === first || (k < live.length && joinsPrevious(k)); k++) if (relationOf(k) === "other") n++;
      otherSitesInRun.set(first, n);
    }
    return n;
  };

  const out: CollectedLink[] = [];
  all.forEach(({ element, raw, anchor }, i) => {
    if (part !== "all" && (!!articleRoot && articleRoot.contains(anchor)) !== (part === "inside")) return;
    const url = urlOf(i);
    if (!url) return;
    const text = textOf(i);
    const host = hostOf(i);
    const path = decodedPath(url);
    const title = clean(element.getAttribute("title"));
    const suspect = /^https?:$/.test(url.protocol) && mayBeSpam(host, path, text, title);
    // Placement is read only for suspects: nothing else can be spam, and reading it costs style and tree walks.
    const afterFooter =
      suspect && !!footer && !footer.contains(anchor) && !!(footer.compareDocumentPosition(anchor) & 4);
    // With no article found, any paragraph of the body may be its prose: protect it as such.
    const prose = suspect && proseAround(anchor, articleRoot ?? doc.body, proseBlocks);
    const hid = raw ? IN_NOSCRIPT : suspect ? findHiding(element, style, layout) : NOT_HIDDEN;
    const features: LinkFeatures = {
      href: url.href,
      host,
      path,
      scheme: url.protocol.replace(/:$/, "").toLowerCase(),
      text,
      rel: clean(element.getAttribute("rel")).toLowerCase().split(" ").filter(Boolean),
      title,
      pageHost,
      site: relationOf(i),
      pageLang,
      hiding: hid.hiding,
      hidingDetail: hid.detail,
      region: suspect ? regionOf(anchor, articleRoot, prose, afterFooter) : "page",
      inArticleProse: prose,
      afterFooter,
      runLength: suspect && !raw && relationOf(i) === "other" ? runLength(i) : 1,
      sameTextCount: suspect && text ? sameTextCount(text) : 1,
      isBareUrl:
        /^(?:https?:\/\/|www\.)\S+$/i.test(text) ||
        (!!host &&
          text
            .toLowerCase()
            .replace(/\/$/, "")
            .replace(/^www\./, "") === host.replace(/^www\./, "")),
      ariaHidden: suspect && !!anchor.closest("[aria-hidden=true]"),
      accessibleHidden: hid.accessible,
      interactiveHidden: hid.interactive && hid.hiding.length > 0,
      siteWidget: suspect && inSiteWidget(anchor, host),
      pageAboutGambling: suspect && pageAboutGambling(),
    };
    out.push({ element, features, raw, anchor, suspect });
  });
  // <noscript> raw links were gathered last; put them in document order.
  if (out.some((l) => l.raw)) {
    out.sort((x, y) => (x.anchor === y.anchor ? 0 : x.anchor.compareDocumentPosition(y.anchor) & 4 ? -1 : 1));
  }
  return out;
}
