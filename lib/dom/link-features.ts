/**
 * Collects the features the spam judge needs for every link of a live page:
 * where it sits, what surrounds it, and whether the page hides it. Hiding is
 * read from the computed style (infections hide through stylesheet rules and
 * script-added classes, not only inline styles).
 *
 * Fast on huge pages: cheap signals come first, and computed styles are read
 * only for candidates (links to other sites, or with spam words), cached per
 * element, with no writes in between so the browser lays out at most once.
 * Defensive: works without getComputedStyle or layout (happy-dom, linkedom),
 * skips SVG links, and never throws on odd markup.
 */
import type { HidingTechnique, LinkFeatures, LinkRegion } from "../spam/types";
import { isExternal } from "../spam/site";
import { findBrand, findSpamWords, isAboutGambling, urlWords } from "../spam/words";

export interface CollectedLink {
  /** The link; for one written inside <noscript> that the browser keeps as raw text, a detached stand-in. */
  element: HTMLAnchorElement;
  features: LinkFeatures;
  /** For a <noscript> raw-text link: the text node and the range of its markup in it. */
  raw?: { node: Text; start: number; end: number };
  /** The element that places the link on the page (the link itself, or its <noscript>). */
  anchor: Element;
}

const HTML_NS = "http://www.w3.org/1999/xhtml";
const SITE_FOOTER = "footer, [role=contentinfo], #footer, .site-footer, #colophon";
/** Things the reader opens: what they hide is not hidden from the reader. */
const INTERACTIVE = "nav, [role=navigation], [role=menu], [role=menubar], [role=dialog], dialog, [role=tabpanel], details, [popover], [aria-modal], [class*=menu], [class*=dropdown], [class*=modal], [class*=tab-pane], [class*=tabpanel], [class*=offcanvas], [class*=drawer], [class*=popup], [class*=accordion], [class*=collapse]";
const SR_ONLY = /(?:^|\s)(?:sr-only|screen-reader-text|screen-reader-only|visually-hidden|visuallyhidden|element-invisible|skip-link|skip-to-content|a11y-hidden|assistive-text|hidden-visually)(?:\s|$)/i;
const SKIP_TEXT = /^(?:skip|jump|lewati|langsung ke|aller au|saltar|zum inhalt|bỏ qua|ข้าม|跳)/i;
const AD_CLASS = /(?:^|[\s_-])(?:ad|ads|advert|adverts|advertisement|sponsor|sponsored|promo|promoted|partner-content|paid-content|native-ad|iklan)(?:[\s_-]|$)/i;
const AD_LABEL = /^(?:advertisement|advertising|sponsored|sponsor|ad|ads|paid (?:post|content|partnership)|promoted|partner content|iklan|konten bersponsor|quảng cáo|โฆษณา|广告|廣告|anzeige|publicidad|publicité)\b/i;
const PROSE_BLOCK = "p, li, blockquote, dd, td, figcaption";
const SEPARATOR = /^[\s|,·•\-–—/\\:;]*$/;
const RELATED_BOX = /related|check-also|also|more-stories|recommend|read-next|teaser|you-may/i;

/** Whitespace-collapsed text; the regex runs only when there is something to collapse. */
const clean = (s: string | null | undefined) => {
  const t = (s ?? "").trim();
  return /\s\s|[^\S ]/.test(t) ? t.replace(/\s+/g, " ") : t;
};

function styleReader(doc: Document): (el: Element) => CSSStyleDeclaration | null {
  const view = doc.defaultView;
  const cache = new Map<Element, CSSStyleDeclaration | null>();
  return (el) => {
    let cs = cache.get(el);
    if (cs !== undefined) return cs;
    try {
      cs = view && typeof view.getComputedStyle === "function" ? view.getComputedStyle(el) : null;
    } catch {
      cs = null;
    }
    cache.set(el, cs);
    return cs;
  };
}

const px = (v: string | undefined) => {
  const n = parseFloat(v ?? "");
  return Number.isFinite(n) ? n : null;
};

/** "rgb(1, 2, 3)", "rgba(…)", "#abc", "#aabbcc", "white"/"black" → [r, g, b, a]. */
function parseColour(v: string | undefined): number[] | null {
  const s = (v ?? "").trim().toLowerCase();
  const m = /^rgba?\(([^)]+)\)$/.exec(s);
  if (m) {
    const p = m[1].split(/[\s,/]+/).filter(Boolean).map(parseFloat);
    return p.length >= 3 && p.every(Number.isFinite) ? [p[0], p[1], p[2], p[3] ?? 1] : null;
  }
  const h = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s);
  if (h) {
    const x = h[1].length === 3 ? h[1].replace(/./g, "$&$&") : h[1];
    return [0, 2, 4].map((i) => parseInt(x.slice(i, i + 2), 16)).concat(1);
  }
  if (s === "white") return [255, 255, 255, 1];
  if (s === "black") return [0, 0, 0, 1];
  if (s === "transparent") return [0, 0, 0, 0];
  return null;
}

interface Hiding {
  hiding: HidingTechnique[];
  detail: string[];
  interactive: boolean;
  accessible: boolean;
}

/** Walks the link and its ancestors and names every way they hide it. */
function findHiding(a: Element, style: (el: Element) => CSSStyleDeclaration | null, layout: () => boolean): Hiding {
  const found = new Map<HidingTechnique, string>();
  const note = (t: HidingTechnique, d = "") => { if (!found.has(t)) found.set(t, d); };
  let interactive = false;
  let accessible = SKIP_TEXT.test(clean(a.textContent)) && (a.getAttribute("href") ?? "").startsWith("#");
  let background: number[] | null = null;
  let backgroundKnown = true;
  const self = style(a);

  for (let el: Element | null = a, depth = 0; el && el.nodeType === 1; el = el.parentElement, depth++) {
    const tag = el.localName;
    if (tag === "noscript") note("noscript");
    if (tag === "marquee") note("marquee");
    if (tag === "body" || tag === "html") {
      if (!background) background = parseColour(style(el)?.backgroundColor);
      if (tag === "html") break;
      continue;
    }
    if (!interactive && el.matches(INTERACTIVE)) interactive = true;
    if (!accessible && SR_ONLY.test(el.getAttribute("class") ?? "")) accessible = true;
    if (el.hasAttribute("hidden")) note("display-none", "hidden attribute");
    const cs = style(el);
    if (!cs) continue;
    if (cs.display === "none") note("display-none");
    if (px(cs.opacity) === 0) note("opacity-0");
    const positioned = cs.position === "absolute" || cs.position === "fixed";
    if (positioned) {
      for (const side of ["left", "top", "right"] as const) {
        const v = px(cs[side]);
        if (v !== null && (v <= -500 || (side === "right" && v >= 3000))) { note("off-screen", `${side}: ${cs[side]}`); break; }
      }
      const clip = `${cs.clip ?? ""} ${cs.clipPath ?? ""}`;
      if (/rect\(\s*(?:0|1)px,?\s*(?:0|1)px|inset\(\s*(?:50|100)%/.test(clip)) note("clip");
    }
    const ml = px(cs.marginLeft);
    if (ml !== null && ml <= -1000) note("off-screen", `margin-left: ${cs.marginLeft}`);
    if (cs.position !== "static" && cs.position && (px(cs.zIndex) ?? 0) < 0) note("behind-content", `z-index: ${cs.zIndex}`);
    if (/hidden|clip/.test(`${cs.overflow} ${cs.overflowX} ${cs.overflowY}`) && depth > 0) {
      const h = px(cs.height), w = px(cs.width);
      if ((h !== null && h <= 1) || (w !== null && w <= 1)) note("zero-size", `${h !== null && h <= 1 ? "height" : "width"}: ${h !== null && h <= 1 ? cs.height : cs.width}`);
    }
    // Inherited properties: the link's own value and its parent's (happy-dom does not inherit every one).
    if (depth <= 1) {
      if (cs.visibility === "hidden" || cs.visibility === "collapse") note("visibility-hidden");
      const fs = px(cs.fontSize);
      if (fs !== null && fs <= 1) note("font-size-0", `font-size: ${cs.fontSize}`);
      const ti = px(cs.textIndent);
      if (ti !== null && ti <= -500) note("text-indent", `text-indent: ${cs.textIndent}`);
    }
    if (!background && backgroundKnown) {
      if (cs.backgroundImage && cs.backgroundImage !== "none") backgroundKnown = false;
      const bg = parseColour(cs.backgroundColor);
      if (bg && bg[3] > 0.5) background = bg;
    }
  }

  const fg = parseColour(self?.color);
  const bg = background ?? (backgroundKnown ? [255, 255, 255, 1] : null);
  if (fg && bg && fg[3] > 0 && Math.abs(fg[0] - bg[0]) + Math.abs(fg[1] - bg[1]) + Math.abs(fg[2] - bg[2]) < 24) {
    note("same-colour", `${self?.color} on the same background`);
  }

  if (found.size === 0 && layout()) {
    try {
      const r = a.getBoundingClientRect();
      const view = a.ownerDocument.defaultView;
      const x = r.left + (view?.scrollX ?? 0), y = r.top + (view?.scrollY ?? 0);
      const width = a.ownerDocument.documentElement.scrollWidth;
      if (x + r.width < -100 || y + r.height < -100 || x > width + 1000) note("off-screen", `at ${Math.round(x)}, ${Math.round(y)}`);
      else if (r.width < 1 && r.height < 1 && clean(a.textContent)) note("zero-size", "no size on screen");
    } catch { /* no layout: rely on styles */ }
  }
  return { hiding: [...found.keys()], detail: [...found.values()], interactive, accessible };
}

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
function previousInRun(a: Element, text: string): Element | null {
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
    const own = el.textContent ?? "", linked = link.textContent ?? "";
    if (own.length > linked.length + 40) return null;
    return (own === linked || clean(linked) === clean(own)) && (link === el || el.querySelectorAll("a[href]").length <= 1) ? link : null;
  }
  return null;
}

/** The page's own footer: the last site-level footer outside any article. */
function siteFooter(doc: Document): Element | null {
  const all = Array.from(doc.querySelectorAll(SITE_FOOTER)).filter((f) => !f.closest("article"));
  return all.length ? all[all.length - 1] : null;
}

function isLabelledAd(a: Element): boolean {
  let el: Element | null = a;
  for (let depth = 0; el && depth < 6 && el.localName !== "body"; el = el.parentElement, depth++) {
    if (AD_CLASS.test(`${el.getAttribute("class") ?? ""} ${el.id}`) || AD_LABEL.test(el.getAttribute("aria-label") ?? "")) return true;
    const first = el.firstElementChild;
    if (depth > 0 && first && !first.contains(a) && AD_LABEL.test(clean((first.textContent ?? "").slice(0, 80)))) return true;
  }
  return false;
}

/**
 * True when the link sits in a paragraph of the article's own prose (enough
 * words around its links). Cached per block: a table-layout page can hold
 * thousands of links in one cell.
 */
function proseAround(a: Element, root: Element | null, cache: Map<Element, boolean>): boolean {
  if (!root || !root.contains(a)) return false;
  const block = a.closest(PROSE_BLOCK);
  if (!block || !root.contains(block)) return false;
  let prose = cache.get(block);
  if (prose === undefined) {
    // Text of the block outside its links, counted without building strings for the whole block.
    let own = 0;
    for (let c = block.firstChild; c && own < 30; c = c.nextSibling) {
      if (c.nodeType === 3) own += (c.nodeValue ?? "").trim().length;
      else if (c.nodeType === 1 && (c as Element).localName !== "a" && !(c as Element).querySelector("a")) own += (c.textContent ?? "").trim().length;
    }
    prose = own >= 30;
    cache.set(block, prose);
  }
  return prose;
}

function regionOf(a: Element, root: Element | null, prose: boolean, afterFooter: boolean): LinkRegion {
  if (prose) return "article-prose";
  if (root?.contains(a)) return "article";
  if (afterFooter) return "after-footer";
  if (a.closest("nav, [role=navigation]")) return "nav";
  if (a.closest(SITE_FOOTER)) return a.closest("article") ? "article" : "footer";
  if (a.closest("header, [role=banner]")) return "header";
  if (a.closest("aside, [role=complementary]")) return "aside";
  if (a.closest("article")) return "article";
  if (a.closest("main, [role=main]")) return "main";
  return "page";
}

/** Where a link was, in words for the popup ("in the page footer", "in the related-posts box"). */
export function describeWhere(anchor: Element, region: LinkRegion): string {
  const words: Record<LinkRegion, string> = {
    "article-prose": "in the article text", article: "in the article", main: "in the main content", nav: "in the navigation",
    header: "in the page header", aside: "in the sidebar", footer: "in the page footer", "after-footer": "after the page footer", page: "on the page",
  };
  for (let el: Element | null = anchor.parentElement, d = 0; el && d < 4; el = el.parentElement, d++) {
    if (RELATED_BOX.test(el.getAttribute("class") ?? "")) return `${words[region]}, after the related-post teaser`;
  }
  return words[region];
}

function decodeEntities(s: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: " " };
  return s.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return named[e.toLowerCase()] ?? m;
  });
}

const RAW_LINK = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi;
const attr = (attrs: string, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(attrs)?.slice(1).find((x) => x !== undefined) ?? null;

/**
 * Links written inside <noscript>: a browser running scripts keeps them as raw
 * text (never shown), but saved copies and text extractors see them. Builds a
 * detached stand-in <a> for each, without parsing markup.
 */
function rawNoscriptLinks(doc: Document): Array<{ element: HTMLAnchorElement; raw: CollectedLink["raw"]; anchor: Element }> {
  const out: Array<{ element: HTMLAnchorElement; raw: CollectedLink["raw"]; anchor: Element }> = [];
  for (const ns of Array.from(doc.querySelectorAll("noscript"))) {
    if (ns.firstElementChild) continue;
    for (const node of Array.from(ns.childNodes)) {
      if (node.nodeType !== 3) continue;
      for (const m of (node as Text).data.matchAll(RAW_LINK)) {
        const href = attr(m[1], "href");
        if (href === null) continue;
        const a = doc.createElement("a");
        a.setAttribute("href", decodeEntities(href));
        for (const name of ["rel", "title"]) {
          const v = attr(m[1], name);
          if (v !== null) a.setAttribute(name, decodeEntities(v));
        }
        a.textContent = decodeEntities(m[2].replace(/<[^>]*>/g, " "));
        out.push({ element: a, raw: { node: node as Text, start: m.index, end: m.index + m[0].length }, anchor: ns });
      }
    }
  }
  return out;
}

function pageLanguage(doc: Document): string {
  const lang = doc.documentElement?.getAttribute("lang") ||
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute("content") ||
    doc.querySelector('meta[property="og:locale"]')?.getAttribute("content") || "";
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

/** Collects the features of every link on the page, in document order. */
export function collectLinkFeatures(doc: Document, articleRoot: Element | null): CollectedLink[] {
  const base = doc.baseURI || doc.URL || "about:blank";
  let pageHost = "";
  try { pageHost = new URL(doc.URL).hostname.toLowerCase(); } catch { /* about:blank */ }

  const live = Array.from(doc.querySelectorAll("a[href]"))
    .filter((a) => a.namespaceURI === HTML_NS)
    .map((a) => ({ element: a as HTMLAnchorElement, raw: undefined as CollectedLink["raw"], anchor: a as Element }));
  const all = live.concat(rawNoscriptLinks(doc));
  if (all.length === 0) return [];

  const pageLang = pageLanguage(doc);
  const headline = clean(doc.querySelector('meta[property="og:title"]')?.getAttribute("content") || doc.querySelector("h1")?.textContent || doc.title);
  const pageAboutGambling = isAboutGambling(headline, articleRoot?.textContent ?? "");
  const footer = siteFooter(doc);
  const style = styleReader(doc);
  const proseBlocks = new Map<Element, boolean>();
  // Whether the page has a layout to measure links in (not so in happy-dom), asked once a link needs it: asking
  // forces the browser to bring style and layout up to date, which a page without suspect links is spared.
  let layoutKnown: boolean | undefined;
  const layout = () => {
    if (layoutKnown === undefined) {
      try { layoutKnown = (doc.documentElement?.getBoundingClientRect().width ?? 0) > 0; } catch { layoutKnown = false; }
    }
    return layoutKnown;
  };

  const texts = all.map(({ element }) =>
    clean(element.textContent) || clean(element.querySelector("img")?.getAttribute("alt")) || clean(element.getAttribute("aria-label")));
  const sameText = new Map<string, number>();
  for (const t of texts) if (t) sameText.set(t.toLowerCase(), (sameText.get(t.toLowerCase()) ?? 0) + 1);

  const urls = all.map(({ element }) => parseUrl(element, base));
  const external = urls.map((u) => !!u && /^https?:$/.test(u.protocol) && isExternal(u.hostname.toLowerCase(), pageHost));

  // Runs: consecutive links with only separators between them, and the external links in each. Only an external
  // link's run counts, so links are joined to their neighbours around external ones only: a menu of the site's
  // own pages is never walked.
  const joined = new Map<number, boolean>();
  /** Whether live link `j` continues the run of link `j - 1`. */
  const joinsPrevious = (j: number) => {
    let v = joined.get(j);
    if (v === undefined) joined.set(j, (v = j > 0 && previousInRun(live[j].element, texts[j]) === live[j - 1].element));
    return v;
  };
  const externalInRun = new Map<number, number>();
  /** How many external links the run of live link `i` holds. */
  const runLength = (i: number) => {
    let first = i;
    while (joinsPrevious(first)) first--;
    let n = externalInRun.get(first);
    if (n === undefined) {
      n = 0;
      for (let k = first; k === first || (k < live.length && joinsPrevious(k)); k++) if (external[k]) n++;
      externalInRun.set(first, n);
    }
    return n;
  };

  const out: CollectedLink[] = [];
  all.forEach(({ element, raw, anchor }, i) => {
    const url = urls[i];
    if (!url) return;
    const text = texts[i];
    const host = url.hostname.toLowerCase();
    const path = decodedPath(url);
    const afterFooter = !!footer && !footer.contains(anchor) && !!(footer.compareDocumentPosition(anchor) & 4);
    const prose = proseAround(anchor, articleRoot, proseBlocks);
    const rel = clean(element.getAttribute("rel")).toLowerCase().split(" ").filter(Boolean);
    const title = clean(element.getAttribute("title"));
    // Style reads only for links that could be spam: to another site, after the footer, or worded like spam
    // (the words looked up as judgeLink looks them up, which then finds them remembered).
    const candidate = /^https?:$/.test(url.protocol) && (external[i] || afterFooter || rel.includes("dofollow") ||
      findBrand(`${host} ${text}`) !== null || [...findSpamWords(`${text} ${title}`), ...findSpamWords(urlWords(host, path))].some((h) => h.strong));
    const hid: Hiding = raw
      ? { hiding: ["noscript"], detail: [""], interactive: false, accessible: false }
      : candidate ? findHiding(element, style, layout) : { hiding: [], detail: [], interactive: false, accessible: false };
    const features: LinkFeatures = {
      href: url.href,
      host,
      path,
      scheme: url.protocol.replace(/:$/, "").toLowerCase(),
      text,
      rel,
      title,
      pageHost,
      pageLang,
      hiding: hid.hiding,
      hidingDetail: hid.detail,
      region: regionOf(anchor, articleRoot, prose, afterFooter),
      inArticleProse: prose,
      afterFooter,
      runLength: raw ? 1 : external[i] ? runLength(i) : 1,
      sameTextCount: text ? sameText.get(text.toLowerCase()) ?? 1 : 1,
      isBareUrl: /^(?:https?:\/\/|www\.)\S+$/i.test(text) || (!!host && text.toLowerCase().replace(/\/$/, "").replace(/^www\./, "") === host.replace(/^www\./, "")),
      ariaHidden: !!anchor.closest("[aria-hidden=true]"),
      accessibleHidden: hid.accessible,
      interactiveHidden: hid.interactive && hid.hiding.length > 0,
      labelledAd: candidate && isLabelledAd(anchor),
      pageAboutGambling,
    };
    out.push({ element, features, raw, anchor });
  });
  // <noscript> raw links were gathered last; put them in document order.
  if (out.some((l) => l.raw)) out.sort((x, y) => x.anchor === y.anchor ? 0 : x.anchor.compareDocumentPosition(y.anchor) & 4 ? -1 : 1);
  return out;
}
