/**
 * Judges one link from its features: is it injected spam? Pure, so the same
 * function runs in the content script, in unit tests and in the eval.
 *
 * Real infections point at doorway pages on hijacked legitimate hosts, so the
 * judge weighs the anchor text, the URL's words and the link's placement and
 * hiding; no single signal short of strong vocabulary convicts, and a link in
 * the article's own prose or to the page's own site is never convicted on
 * words alone.
 */
import type { HidingTechnique, LinkFeatures, LinkJudgement } from "./types";
import { findBrand, findSpamWords, urlWords, type WordHit } from "./words";
import { INSTITUTIONAL_HOST, PLATFORM_HOSTS, SHARE_PATTERN } from "./vocabulary";
import { isExternal } from "./site";

export const SPAM_SCORE = 5;
export const SUSPICIOUS_SCORE = 3;

const LANGUAGE_NAMES: Record<string, string> = { id: "Indonesian", en: "English", vi: "Vietnamese", th: "Thai", zh: "Chinese" };

const HIDING_WORDS: Record<HidingTechnique, string> = {
  "display-none": "hidden with display: none",
  "visibility-hidden": "hidden with visibility: hidden",
  "opacity-0": "made fully transparent",
  "off-screen": "hidden off-screen",
  "text-indent": "pushed out of view with text-indent",
  "zero-size": "squeezed into a zero-size box",
  "font-size-0": "written in a zero font size",
  "same-colour": "coloured the same as its background",
  "behind-content": "placed behind the page content",
  clip: "clipped to nothing",
  noscript: "wrapped in <noscript>, which a reader's browser does not show",
  marquee: "wrapped in a <marquee>, a mark of injected link blocks",
};

const quote = (terms: string[]) => terms.slice(0, 4).map((t) => `“${t}”`).join(", ");

function wordsSentence(hit: WordHit, where: string): string {
  const lang = LANGUAGE_NAMES[hit.lang];
  return `Its ${where} ${where === "words" ? "belong" : "belongs"} to ${lang ? lang + " " : ""}${hit.family} spam (${quote(hit.terms)}).`;
}

/** Share and contact links: a page's own buttons, never an injection. */
function isShareOrContact(f: LinkFeatures): boolean {
  if (f.scheme !== "http" && f.scheme !== "https") return true;
  return SHARE_PATTERN.test(`${f.host}${f.path}`);
}

/** Hiding techniques that count against the link (not accessibility or menus). */
export function countedHiding(f: LinkFeatures): number[] {
  if (f.hiding.length === 0) return [];
  const idx = f.hiding.map((_, i) => i);
  // The page opens these itself (hover menus, dialogs, tabs) or hides them for screen readers;
  // a screen-reader-only link to another site is no accessibility aid, though.
  if (f.interactiveHidden || (f.accessibleHidden && !isExternal(f.host, f.pageHost))) return idx.filter((i) => f.hiding[i] === "noscript" || f.hiding[i] === "marquee");
  return idx;
}

/**
 * Evidence beyond words: how the link is hidden or placed. Prose and
 * same-site links need some before they can be called spam.
 */
export function hasStructuralEvidence(f: LinkFeatures): boolean {
  return countedHiding(f).length > 0 || f.afterFooter || f.rel.includes("dofollow") || (f.isBareUrl && f.runLength >= 3);
}

export function judgeLink(f: LinkFeatures): LinkJudgement {
  if (isShareOrContact(f)) return { verdict: "ok", score: 0, reasons: ["It is a share or contact link."] };

  const external = isExternal(f.host, f.pageHost);
  const platform = PLATFORM_HOSTS.test(f.host);
  const hidden = countedHiding(f);
  // A labelled ad or sponsored link in plain view, or an article about gambling,
  // may use gambling words honestly.
  const honestGambling = f.pageAboutGambling || (hidden.length === 0 && (f.labelledAd || f.rel.includes("sponsored")));
  const evidence: Array<[number, string]> = [];
  const add = (points: number, reason: string) => evidence.push([points, reason]);

  // Honest only in the page's own language: "slot gacor" on an English page about regulation is still spam.
  // In the article's own body any language is honest (it may quote foreign terms).
  const inBody = f.inArticleProse || f.region === "article";
  const counts = (h: WordHit) => !(honestGambling && h.family === "gambling" && (inBody || h.lang === "*" || h.lang === f.pageLang || !f.pageLang));
  const textHits = findSpamWords(`${f.text} ${f.title}`).filter(counts);
  const urlHits = findSpamWords(urlWords(f.host, f.path)).filter(counts);
  const brand = findBrand(`${f.host} ${f.text}`);
  const brandCounts = brand !== null && !honestGambling;

  const textStrong = textHits.filter((h) => h.strong);
  if (textHits.length) {
    const main = textStrong[0] ?? textHits[0];
    const extra = textHits.reduce((n, h) => n + h.terms.length, 0) - 1;
    add(main.strong ? Math.min(5, 3 + extra) : 1, wordsSentence(main, "words"));
  }
  const urlMain = urlHits.find((h) => h.strong) ?? urlHits[0];
  if (urlMain) add(urlMain.strong ? 2 : 1, wordsSentence(urlMain, "web address"));
  if (brandCounts) add(2, `It names a gambling-network brand (“${brand}”).`);

  const spamLangs = [...textHits, ...urlHits].map((h) => h.lang).concat(brandCounts ? ["id"] : []);
  const foreign = spamLangs.find((l) => l !== "*" && f.pageLang && l !== f.pageLang);
  if (foreign) add(1, `Its spam words are ${LANGUAGE_NAMES[foreign] ?? foreign}, not the page's language.`);
  const worded = textHits.length > 0 || urlHits.length > 0 || brandCounts;

  for (const i of hidden) add(3, `It is ${HIDING_WORDS[f.hiding[i]]}${f.hidingDetail[i] ? ` (${f.hidingDetail[i]})` : ""}.`);
  if (hidden.length && external) add(1, "It is hidden from the reader yet leads to another site.");

  if (worded && external && (f.region === "footer" || f.region === "page")) add(1, "It sits outside the article and the main content.");
  if (f.afterFooter) add(2, "It sits after the page's own footer, where injected markup lands.");
  if (f.rel.includes("dofollow")) add(2, "It carries rel=\"dofollow\", which is no real rel value but a link seller's mark.");
  if (external && !platform) {
    if (f.runLength >= 3) add(f.runLength >= 5 ? 2 : 1, `It is one of ${f.runLength} links to other sites in a row, with no prose between them.`);
    if (f.isBareUrl) add(1, "The link text is a bare web address.");
    if (f.sameTextCount >= 3 && f.text) add(1, `The same link text appears ${f.sameTextCount} times on the page.`);
    if (INSTITUTIONAL_HOST.test(f.host) && (worded || f.isBareUrl)) {
      add(1, "It points at an academic or government host, where hijacked doorway pages are common.");
    }
  }

  evidence.sort((a, b) => b[0] - a[0]);
  const score = evidence.reduce((s, [p]) => s + p, 0);
  const reasons = evidence.map(([, r]) => r);
  let verdict: LinkJudgement["verdict"] = score >= SPAM_SCORE ? "spam" : score >= SUSPICIOUS_SCORE ? "suspicious" : "ok";
  if (verdict !== "ok" && !hasStructuralEvidence(f)) {
    if (!external && !foreign) {
      // A site linking its own pages in its own language: its related stories and tags.
      verdict = "ok";
      reasons.push("It leads to the page's own site, in the page's language, and nothing hides it.");
    } else if (verdict === "spam" && (f.inArticleProse || !external)) {
      verdict = "suspicious";
      reasons.push(f.inArticleProse
        ? "It is in the article's own text, so words alone do not remove it."
        : "It leads to the page's own site, so words alone do not remove it.");
    }
  }
  return { verdict, score, reasons };
}
