/**
 * Finding the article on the live page itself, for when Readability's result
 * cannot be mapped back (it retries on a rebuilt copy of the document, whose
 * nodes are not the page's): the publisher's own JSON-LD `articleBody`
 * located in the page, then paragraph density.
 */
import { collapseSpace } from "./whitespace";

/** Paragraph-like blocks whose text is article prose. */
const PROSE = "p, li, blockquote, pre, h2, h3, td";
/** Where article prose never lives. */
const NOT_PROSE =
  "nav, header, footer, aside, form, [role=navigation], [role=banner], [role=contentinfo], [role=complementary]";
/** A paragraph shorter than this is a label, a teaser or a caption, not prose. */
const MIN_PARAGRAPH = 80;
/** Characters of the JSON-LD body looked for on the page, from its start and its end. */
const SNIPPET = 40;

/** Lowest common ancestor of a set of elements. */
export function commonAncestor(els: Element[]): Element | null {
  if (els.length === 0) return null;
  let anc: Element | null = els[0];
  for (const el of els.slice(1)) {
    while (anc && !anc.contains(el)) anc = anc.parentElement;
  }
  return anc;
}

/** Every `articleBody` in the page's JSON-LD, longest first. */
export function jsonLdBodies(doc: Document): string[] {
  const bodies: string[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6 || v === null || typeof v !== "object") return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const body = (v as { articleBody?: unknown }).articleBody;
    if (typeof body === "string" && body.length >= 200) bodies.push(collapseSpace(body));
    for (const x of Object.values(v)) visit(x, depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ""), 0);
    } catch {
      // A broken JSON-LD block says nothing.
    }
  }
  return bodies.sort((a, b) => b.length - a.length);
}

/** The element holding the JSON-LD article body's first and last words, or null when the page does not show them. */
export function byJsonLd(doc: Document, bodies = jsonLdBodies(doc)): Element | null {
  if (!doc.body || bodies.length === 0) return null;
  const blocks = Array.from(doc.body.querySelectorAll(PROSE));
  const texts = blocks.map((b) => collapseSpace(b.textContent ?? ""));
  for (const body of bodies) {
    const head = body.slice(0, SNIPPET);
    const tail = body.slice(-SNIPPET);
    const first = blocks[texts.findIndex((t) => t.includes(head))];
    const last = blocks[texts.findLastIndex((t) => t.includes(tail))];
    const root = first && last ? commonAncestor([first, last]) : null;
    if (root && root !== doc.body && root !== doc.documentElement) return root;
  }
  return null;
}

/**
 * The element whose paragraphs hold the most prose: each paragraph of enough text (outside navigation, headers,
 * footers and sidebars, and not mostly links) counts for its parent in full and its grandparent by half.
 */
export function byDensity(doc: Document): Element | null {
  if (!doc.body) return null;
  const scores = new Map<Element, number>();
  const add = (el: Element | null, points: number) => {
    if (el && el !== doc.body && el !== doc.documentElement) scores.set(el, (scores.get(el) ?? 0) + points);
  };
  for (const p of Array.from(doc.body.querySelectorAll("p, pre, blockquote"))) {
    const text = collapseSpace(p.textContent ?? "");
    if (text.length < MIN_PARAGRAPH || p.closest(NOT_PROSE)) continue;
    const linked = Array.from(p.querySelectorAll("a")).reduce((n, a) => n + (a.textContent ?? "").length, 0);
    if (linked > text.length / 2) continue;
    const points = 1 + (text.match(/[,.;]/g)?.length ?? 0) + Math.min(text.length / 100, 3);
    add(p.parentElement, points);
    add(p.parentElement?.parentElement ?? null, points / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  return best;
}
