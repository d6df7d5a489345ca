/**
 * Takes spam links out of the page and puts them back. Each stripped link is
 * swapped for an empty comment, so the page (and reader modes, saved copies,
 * text extraction) loses it, while the very same node waits to be put back
 * at the comment's place: restore gives back the identical DOM.
 *
 * Suspicious links are never touched; they are only listed for the popup.
 */
import type { SpamLinkReport } from "../messages";
import type { SiteOf } from "../spam/site";
import type { LinkJudge, LinkJudgement } from "../spam/types";
import { collectLinkFeatures, describeWhere, type CollectedLink, type LinkPart } from "./link-features";

export interface JudgedLink extends CollectedLink {
  judgement: LinkJudgement;
}

interface StrippedNode {
  element: Element;
  placeholder: Comment;
}

interface StrippedText {
  node: Text;
  original: string;
  stripped: string;
}

export interface StripHandle {
  /** What the popup lists: every spam and suspicious link, in page order. */
  reports: SpamLinkReport[];
  /** How many links are out of the page now (0 with stripping off or after restore). */
  strippedCount: number;
  nodes: StrippedNode[];
  texts: StrippedText[];
}

/**
 * Collects and judges the page's links (`part`: all, or those inside or outside the article's root). `siteOf`
 * gives registrable domains (lib/spam/psl.ts, or the background's answers in the content script); a host it
 * does not know is never stripped.
 */
export function scanSpamLinks(
  doc: Document,
  articleRoot: Element | null,
  siteOf: SiteOf,
  judge: LinkJudge,
  part: LinkPart = "all",
): JudgedLink[] {
  const collected = collectLinkFeatures(doc, articleRoot, siteOf, judge.mayBeSpam, part);
  return withJudgements(collected, suspectsOf(collected).map(judge.judgeLink));
}

/** The suspects' features, in order: all that is judged (the rest cannot be spam). */
export const suspectsOf = (collected: CollectedLink[]) => collected.filter((l) => l.suspect).map((l) => l.features);

/** The collected links with the suspects' judgements (in `suspectsOf` order); the others' say nothing of spam. */
export function withJudgements(collected: CollectedLink[], judgements: LinkJudgement[]): JudgedLink[] {
  let k = 0;
  return collected.map((l) => ({
    ...l,
    judgement: l.suspect ? (judgements[k++] ?? NOTHING_SAYS_SPAM) : NOTHING_SAYS_SPAM,
  }));
}

/** The judgement of a link with no spam words, brand or gambling domain: the judge would find no evidence either. */
const NOTHING_SAYS_SPAM: LinkJudgement = { verdict: "ok", score: 0, reasons: [], what: [], how: [] };

/** A link to take out: the judge found evidence of what it is and of how it was placed (lib/spam/judge.ts). */
export function shouldStrip({ judgement }: JudgedLink): boolean {
  return judgement.verdict === "spam";
}

/** The plain-data listing of spam and suspicious links for the popup. */
export function listSpamLinks(judged: JudgedLink[]): SpamLinkReport[] {
  return judged
    .filter((l) => l.judgement.verdict !== "ok")
    .map(({ features: f, judgement: j, anchor }) => ({
      text: f.text,
      href: f.href,
      domain: f.host.replace(/^www\./, ""),
      where: describeWhere(anchor, f.region) + (f.hiding.length ? ", hidden" : ""),
      verdict: j.verdict === "spam" ? "spam" : "suspicious",
      score: j.score,
      reasons: j.reasons,
    }));
}

/**
 * Strips the spam links (unless `strip` is false: then they are only listed), but those the reader keeps.
 * Never throws: a link the page has moved or removed meanwhile is left alone.
 */
export function stripSpamLinks(
  doc: Document,
  judged: JudgedLink[],
  options: { strip?: boolean; kept?: ReadonlySet<string> } = {},
): StripHandle {
  const kept = options.kept ?? new Set<string>();
  const reports = listSpamLinks(judged).map((r) => (kept.has(r.href) ? { ...r, kept: true } : r));
  const handle: StripHandle = { reports, strippedCount: 0, nodes: [], texts: [] };
  if (options.strip === false) return handle;
  const rawByNode = new Map<Text, Array<{ start: number; end: number }>>();
  for (const link of judged) {
    // A link the reader chose to keep on this site stays, listed as kept.
    if (!shouldStrip(link) || kept.has(link.features.href)) continue;
    if (link.raw) {
      const list = rawByNode.get(link.raw.node) ?? [];
      list.push(link.raw);
      rawByNode.set(link.raw.node, list);
      continue;
    }
    const el = link.element;
    const parent = el.parentNode;
    if (!parent || !el.isConnected) continue;
    try {
      const placeholder = doc.createComment("");
      parent.replaceChild(placeholder, el);
      handle.nodes.push({ element: el, placeholder });
      handle.strippedCount++;
    } catch {
      /* an odd DOM refused the swap: keep the link rather than break the page */
    }
  }
  for (const [node, ranges] of rawByNode) {
    const original = node.data;
    let stripped = original;
    for (const r of [...ranges].sort((a, b) => b.start - a.start))
      stripped = stripped.slice(0, r.start) + stripped.slice(r.end);
    node.data = stripped;
    handle.texts.push({ node, original, stripped });
    handle.strippedCount += ranges.length;
  }
  return handle;
}

/** Puts every stripped link back where it was: the same nodes, in the same places. */
export function restoreStrippedLinks(handle: StripHandle): void {
  for (const { element, placeholder } of handle.nodes.splice(0).reverse()) {
    try {
      placeholder.parentNode?.replaceChild(element, placeholder);
    } catch {
      /* the page removed the placeholder's parent; nothing to put back into */
    }
  }
  for (const t of handle.texts.splice(0)) if (t.node.data === t.stripped) t.node.data = t.original;
  handle.strippedCount = 0;
}
