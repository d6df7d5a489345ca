/**
 * The shapes the spam-link judge works on. Features are plain data, gathered
 * from a live page by lib/dom/link-features.ts, so the judge stays a pure
 * function that tests can drive with hand-written tables.
 */

import type { SiteRelation } from "./site";

/** Ways a page hides a link from the reader, each judged on the computed style. */
export type HidingTechnique =
  | "display-none"
  | "visibility-hidden"
  | "opacity-0"
  | "off-screen"
  | "text-indent"
  | "zero-size"
  | "font-size-0"
  | "same-colour"
  | "behind-content"
  | "clip"
  | "noscript"
  | "marquee";

/** Where on the page a link sits, most specific first. */
export type LinkRegion =
  "article-prose" | "article" | "main" | "nav" | "header" | "aside" | "footer" | "after-footer" | "page";

export interface LinkFeatures {
  /** Absolute URL as the browser resolved it. */
  href: string;
  /** Lower-cased host name of the target ("" for mailto:, tel: …). */
  host: string;
  /** URL path and query, percent-decoded where possible. */
  path: string;
  /** Lower-cased URL scheme without the colon ("https", "mailto" …). */
  scheme: string;
  /** Visible text of the link, whitespace-collapsed (alt text of an image link when it has none). */
  text: string;
  /** rel tokens, lower-cased. */
  rel: string[];
  title: string;
  pageHost: string;
  /** How the target's registrable domain relates to the page's (Public Suffix List). */
  site: SiteRelation;
  /** Primary language subtag of the page ("en", "id"), "" when unknown. */
  pageLang: string;
  /** Every hiding technique found on the link or its ancestors. */
  hiding: HidingTechnique[];
  /** A short note per technique for the reasons ("left: -9999px"), same order as `hiding`. */
  hidingDetail: string[];
  region: LinkRegion;
  /** In a paragraph of the article's own prose (text around it, inside the article root). */
  inArticleProse: boolean;
  /** Placed after the page's own footer: markup appended after </body> or </html> ends up there. */
  afterFooter: boolean;
  /** External links in the same run with no prose between them, this one included (1 when alone). */
  runLength: number;
  /** How many links on the page carry the same text. */
  sameTextCount: number;
  /** The visible text is itself a web address. */
  isBareUrl: boolean;
  ariaHidden: boolean;
  /** Screen-reader-only text or a skip link: hidden on purpose, for accessibility. */
  accessibleHidden: boolean;
  /** Hidden inside something the reader opens (menu, dropdown, dialog, tab panel, details). */
  interactiveHidden: boolean;
  /**
   * Inside the site's own ad, sponsored or recommendation widget (a labelled slot, or a known vendor's
   * markup such as Taboola's or Outbrain's), or a link through an ad network's click address.
   */
  siteWidget: boolean;
  /** The article itself is about gambling (regulation, operators, court cases). */
  pageAboutGambling: boolean;
}

export type Verdict = "spam" | "suspicious" | "ok";

export interface LinkJudgement {
  verdict: Verdict;
  /** Sum of the evidence; spam from 5, suspicious from 3. */
  score: number;
  /** One plain sentence per piece of evidence, strongest first; the last says why a link was kept, if it was. */
  reasons: string[];
  /** The evidence about what the link is (words, destination) and how it was placed (hiding, position, runs). */
  what: string[];
  how: string[];
}

/**
 * Who judges links: lib/spam/judge.ts where it is loaded (Node tools, tests, the background worker), or, in a
 * content script, the background worker's answers, so that the spam vocabulary is loaded once and not into every
 * page (entrypoints/content/link-judge.ts).
 */
export interface LinkJudge {
  /** The cheap first look: whether a link's words, address, brand or domain could make it spam. */
  mayBeSpam(host: string, path: string, text: string, title: string): boolean;
  judgeLink(f: LinkFeatures): LinkJudgement;
}
