/**
 * Runs the content script's reading of one document, without the extension:
 * the spam pipeline with its round trip (scan, strip, see that every stripped
 * link is really gone, restore, compare the serialised page with the
 * original), then the article it finds and the attributions in it. DOM-only,
 * so the eval can bundle it into a real Chromium page and unit tests can run
 * it in happy-dom.
 */
import { analyzeText } from "../lib/attribution";
import { findArticleRoot, readArticle } from "../lib/dom/article";
import { restoreStrippedLinks, scanSpamLinks, shouldStrip, stripSpamLinks } from "../lib/dom/strip-links";
import { LOCAL_JUDGE } from "../lib/spam/judge";
import { siteOfHost } from "../lib/spam/psl";

export interface CheckedLink {
  href: string;
  text: string;
  verdict: string;
  score: number;
  stripped: boolean;
  hiding: string[];
  reasons: string[];
}

export interface PageCheck {
  links: CheckedLink[];
  /** The text the engine reads, as the content script reads it after stripping. */
  articleText: string;
  scope: "article" | "page";
  attributions: Array<{ text: string; speaker: string | null; tier: string }>;
  /** Links the strip step was meant to take out that are still in the serialised page. */
  leftInPage: number;
  restoreIdentical: boolean;
  /** Milliseconds spent collecting features and judging. */
  scanMs: number;
}

export function checkPage(doc: Document): PageCheck {
  const before = doc.documentElement.outerHTML;
  const root = findArticleRoot(doc);
  const t0 = performance.now();
  const judged = scanSpamLinks(doc, root, siteOfHost, LOCAL_JUDGE);
  const scanMs = performance.now() - t0;
  const handle = stripSpamLinks(doc, judged);
  const article = readArticle(doc, root);
  const analysis = analyzeText(article.text);
  const stripped = judged.map(shouldStrip);
  // A stripped element is out of the document; a <noscript> raw link is out of its text.
  const left = judged.filter(
    (l, i) => stripped[i] && (l.raw ? l.raw.node.data.includes(l.features.text) : l.element.isConnected),
  ).length;
  restoreStrippedLinks(handle);
  return {
    links: judged.map((l, i) => ({
      href: l.features.href,
      text: l.features.text,
      verdict: l.judgement.verdict,
      score: l.judgement.score,
      stripped: stripped[i],
      hiding: l.features.hiding,
      reasons: l.judgement.reasons,
    })),
    leftInPage: left,
    articleText: article.text.replace(/\s+/g, " "),
    scope: article.scope,
    attributions: analysis.attributions.map((a) => ({ text: a.text, speaker: a.speaker, tier: a.tier })),
    restoreIdentical: doc.documentElement.outerHTML === before,
    scanMs,
  };
}
