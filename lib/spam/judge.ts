/**
 * Judges one link from its features: is it injected spam? Pure, so the same
 * function runs in the content script, in unit tests and in the eval.
 *
 * The rule (DESIGN.md, "Spam links"): a link is injected spam only with
 * evidence about *what it is* — spam words in its text, title or address, a
 * gambling network's brand, a gambling-only domain — **and** evidence about
 * *how it was placed* — hidden, after the page's own footer, in a run of such
 * links, marked for link sellers, outside the article. Hiding alone, placement
 * alone, or "leads to another site" alone never is. Some links are kept
 * whatever their words: the site's own and its sister sites', controls, and
 * what the site put there on purpose (its ad and recommendation widgets).
 */
import type { HidingTechnique, LinkFeatures, LinkJudge, LinkJudgement, Verdict } from "./types";
import { findBrand, findSpamWords, gamblingDomain, urlWords, type WordHit } from "./words";
import { INSTITUTIONAL_HOST, PLATFORM_HOSTS, SHARE_PATTERN } from "./vocabulary";

export const SPAM_SCORE = 5;
export const SUSPICIOUS_SCORE = 3;
/** A link in the article's own prose is stripped only when hidden and at least this far past the spam line. */
const OVERWHELMING_SCORE = 9;

const LANGUAGE_NAMES: Record<string, string> = {
  id: "Indonesian",
  ms: "Malay",
  en: "English",
  vi: "Vietnamese",
  th: "Thai",
  zh: "Chinese",
  ko: "Korean",
  ru: "Russian",
  pt: "Portuguese",
  es: "Spanish",
  tr: "Turkish",
};

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

type Evidence = Array<[points: number, reason: string]>;

const quote = (terms: string[]) =>
  terms
    .slice(0, 4)
    .map((t) => `“${t}”`)
    .join(", ");

function wordsSentence(hit: WordHit, where: string): string {
  const lang = LANGUAGE_NAMES[hit.lang];
  return `Its ${where} ${where === "words" ? "belong" : "belongs"} to ${lang ? lang + " " : ""}${hit.family} spam (${quote(hit.terms)}).`;
}

/** Why a link is never stripped, whatever its words; null when nothing protects it. */
function keptBecause(f: LinkFeatures): string | null {
  if (f.scheme !== "http" && f.scheme !== "https")
    return "It is a control or contact link, not a link to another page.";
  if (SHARE_PATTERN.test(`${f.host}${f.path}`)) return "It is a share link.";
  if (f.site === "same") return "It leads to the page's own site.";
  if (f.site === "sister") return "It leads to a sister site of the same publisher.";
  if (f.site === "unknown") return "Its site could not be told apart from the page's, so it is left alone.";
  if (f.siteWidget) return "It sits in the site's own ad or recommendation widget: blocking ads is another tool's job.";
  if (f.hiding.includes("noscript") && !f.text) return "It is a counting pixel for browsers without scripts.";
  return null;
}

/** Hiding techniques that count against the link (not a menu's or a screen reader's). */
export function countedHiding(f: LinkFeatures): HidingTechnique[] {
  // The page opens these itself (hover menus, dialogs, tabs) or hides them for screen readers;
  // a screen-reader-only link to another site is no accessibility aid, though.
  if (f.interactiveHidden || (f.accessibleHidden && f.site !== "other")) {
    return f.hiding.filter((t) => t === "noscript" || t === "marquee");
  }
  return f.hiding;
}

/**
 * Word hits with another language's hits dropped where they only repeat the page language's words: "casino" is
 * a weak word in Malay as in English, and on an English page it is English.
 */
function inOwnTerms(hits: readonly WordHit[], pageLang: string): WordHit[] {
  const own = hits
    .filter((h) => h.lang === pageLang)
    .flatMap((h) => h.terms)
    .map((t) => ` ${t} `);
  // A term of another language counts as the page's when it stands as a word inside one of the page's terms.
  const ours = (t: string) => own.some((o) => o.includes(` ${t} `));
  return hits.filter((h) => h.lang === pageLang || h.lang === "*" || !h.terms.every(ours));
}

/**
 * True when a link's words, address, brand or domain could make it spam: the sources `whatItIs` weighs, asked
 * cheaply, so that only such links have their placement read and are judged (lib/dom/link-features.ts).
 */
export function mayBeSpam(host: string, path: string, text: string, title: string): boolean {
  return (
    findSpamWords(`${text} ${title}`).length > 0 ||
    findSpamWords(urlWords(host, path)).length > 0 ||
    findBrand(`${host} ${text}`) !== null ||
    gamblingDomain(host) !== null
  );
}

/** Evidence about what the link is: its words, its address, its destination. */
function whatItIs(f: LinkFeatures): { evidence: Evidence; strong: boolean } {
  const evidence: Evidence = [];
  // A sponsored link, or a link in an article about gambling, may use gambling words honestly where the reader
  // sees it — in the page's own language: "slot gacor" on an English page about regulation is still spam.
  // In the article's own body any language is honest (it may quote foreign terms).
  const honest = countedHiding(f).length === 0 && (f.pageAboutGambling || f.rel.includes("sponsored"));
  const inBody = f.inArticleProse || f.region === "article";
  const counts = (h: WordHit) =>
    !(honest && h.family === "gambling" && (inBody || h.lang === "*" || h.lang === f.pageLang || !f.pageLang));
  const textHits = inOwnTerms(findSpamWords(`${f.text} ${f.title}`), f.pageLang).filter(counts);
  const urlHits = inOwnTerms(findSpamWords(urlWords(f.host, f.path)), f.pageLang).filter(counts);
  const brand = honest ? null : findBrand(`${f.host} ${f.text}`);
  const domain = honest ? null : gamblingDomain(f.host);
  const institutional = !PLATFORM_HOSTS.test(f.host) && INSTITUTIONAL_HOST.test(f.host);
  // A made-up word and a lucky number is a brand for sure as the name of an academic or government host.
  const sureBrand = !!brand && (brand.sure || (institutional && f.host.includes(brand.brand)));

  const textMain = textHits[0];
  if (textMain) {
    const extra = textHits.reduce((n, h) => n + h.terms.length, 0) - 1;
    const points = textMain.level === "strong" ? Math.min(5, 3 + extra) : textMain.level === "pair" ? 2 : 1;
    evidence.push([points, wordsSentence(textMain, "words")]);
  }
  const urlMain = urlHits[0];
  if (urlMain) evidence.push([urlMain.level === "strong" ? 2 : 1, wordsSentence(urlMain, "web address")]);
  if (textMain && urlMain && textMain.family === urlMain.family) {
    evidence.push([1, `Its words and its web address both speak of ${textMain.family}.`]);
  }
  if (brand) {
    evidence.push(
      sureBrand
        ? [2, `It names a gambling network's brand (“${brand.brand}”).`]
        : [1, `It names something the way gambling networks name their sites (“${brand.brand}”).`],
    );
  }
  if (domain) evidence.push([3, `It leads to a gambling-only domain (“.${domain}”).`]);
  if (evidence.length === 0) return { evidence, strong: false };

  const strong = sureBrand || !!domain || textMain?.strong === true || urlMain?.strong === true;
  // Lucky-number brands are the Indonesian and Thai networks'; a mirror's name may be any country's.
  const langs = [...textHits, ...urlHits].map((h) => h.lang).concat(brand && !brand.mirror ? ["id"] : []);
  const foreign = langs.find((l) => l !== "*" && f.pageLang && l !== f.pageLang);
  if (foreign) evidence.push([1, `Its spam words are ${LANGUAGE_NAMES[foreign] ?? foreign}, not the page's language.`]);
  if (institutional) {
    evidence.push([1, "It points at an academic or government host, where hijacked doorway pages are common."]);
  }
  return { evidence, strong };
}

/** Evidence about how the link was placed: hidden, after the page, in a run, marked for link sellers. */
function howItWasPlaced(f: LinkFeatures, strong: boolean): Evidence {
  const evidence: Evidence = [];
  const counted = countedHiding(f);
  f.hiding.forEach((t, i) => {
    if (counted.includes(t))
      evidence.push([3, `It is ${HIDING_WORDS[t]}${f.hidingDetail[i] ? ` (${f.hidingDetail[i]})` : ""}.`]);
  });
  if (f.afterFooter) evidence.push([3, "It sits after the page's own footer, where injected markup lands."]);
  if (f.rel.includes("dofollow"))
    evidence.push([2, 'It carries rel="dofollow", which is no real rel value but a link seller\'s mark.']);
  if (!PLATFORM_HOSTS.test(f.host)) {
    if (f.runLength >= 3)
      evidence.push([
        f.runLength >= 5 ? 2 : 1,
        `It is one of ${f.runLength} links to other sites in a row, with no prose between them.`,
      ]);
    if (f.sameTextCount >= 3 && f.text)
      evidence.push([1, `The same link text appears ${f.sameTextCount} times on the page.`]);
  }
  if (strong && !f.afterFooter && (f.region === "footer" || f.region === "page")) {
    evidence.push([1, "It sits outside the article and the main content."]);
  }
  return evidence;
}

export function judgeLink(f: LinkFeatures): LinkJudgement {
  const what = whatItIs(f);
  const how = what.evidence.length ? howItWasPlaced(f, what.strong) : [];
  const evidence = [...what.evidence, ...how].sort((a, b) => b[0] - a[0]);
  const score = evidence.reduce((s, [p]) => s + p, 0);
  const reasons = evidence.map(([, r]) => r);
  const judgement = (verdict: Verdict, why?: string): LinkJudgement => ({
    verdict,
    score,
    reasons: why ? [...reasons, why] : reasons,
    what: what.evidence.map(([, r]) => r),
    how: how.map(([, r]) => r),
  });

  const kept = keptBecause(f);
  if (what.evidence.length === 0) return judgement("ok", kept ?? undefined);
  if (score < SUSPICIOUS_SCORE) return judgement("ok", kept ?? undefined);
  // The site's own links are listed when they look injected (a hacked site's doorway pages), never removed.
  if (kept)
    return judgement(
      how.length && (f.site === "same" || f.site === "sister") && score >= SPAM_SCORE ? "suspicious" : "ok",
      kept,
    );
  if (how.length === 0)
    return judgement("suspicious", "Nothing about how it was placed says it was injected, so it stays.");
  if (score < SPAM_SCORE) return judgement("suspicious");
  if (f.inArticleProse && !(countedHiding(f).length > 0 && score >= OVERWHELMING_SCORE)) {
    return judgement("suspicious", "It is in the article's own text, so it stays unless the evidence is overwhelming.");
  }
  return judgement("spam");
}

/** The indices of the looks (host, path, text, title: lib/messages.ts) that could be spam; a malformed one is none. */
export const suspectsAmong = (looks: unknown[]): number[] =>
  looks.flatMap((look, i) =>
    Array.isArray(look) && look.length === 4 && look.every((x) => typeof x === "string") && mayBeSpam(...(look as Look))
      ? [i]
      : [],
  );
type Look = [string, string, string, string];

/** The judge itself, where its vocabulary is loaded. */
export const LOCAL_JUDGE: LinkJudge = { mayBeSpam, judgeLink };
