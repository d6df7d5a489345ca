/**
 * The spam fixture corpus and how a run over it is scored. Each page
 * tests/fixtures/spam/NAME.html has a sidecar NAME.expected.json naming its
 * injected links (href, text, hiding technique); every other link on the page
 * is the site's own. The seed article is part of the corpus too, and so are
 * the pages of real-site furniture in tests/fixtures/furniture/, whose
 * sidecars also say what the article's text must and must not hold and which
 * speakers must and must never be found in it.
 */
import { readFileSync } from "node:fs";
import { fixturesWithExpectations } from "./fixture-files";
import { join, resolve } from "node:path";
import type { CheckedLink, PageCheck } from "./spam-check-page";
import { collapseSpace as squash } from "../lib/dom/whitespace";
import { escapeRegExp } from "../lib/escape-regexp";

export const ROOT = resolve(import.meta.dirname, "..");
const DIRS = [join(ROOT, "tests/fixtures/spam"), join(ROOT, "tests/fixtures/furniture")];

export interface ExpectedSpam {
  href: string;
  text: string;
  /** The hiding technique the injection uses, or "visible". */
  technique: string;
}

/** What a furniture page's reading must hold. */
export interface ExpectedReading {
  article?: { includes: string[]; excludes: string[] };
  attributions?: { speakers: string[]; forbidden: string[] };
}

export interface Fixture extends ExpectedReading {
  name: string;
  /** The address the page pretends to live at (its host is the page's own site). */
  url: string;
  html: string;
  spam: ExpectedSpam[];
}

const SEED: Omit<Fixture, "html"> = {
  name: "seed-article",
  url: "https://www.atnews.af/pakistan-pushing-isis-terrorists-into-afghanistan/",
  spam: [
    ...["ac.id", "or.id", "sch.id"].map((tld) => ({
      href: `https://www.markas303.${tld}/`,
      text: `https://www.markas303.${tld}/`,
      technique: "visible",
    })),
    { href: "https://www.markas303.ac.id/", text: "agen bandar bola online indonesia", technique: "off-screen" },
  ],
};

function loadDir(dir: string): Fixture[] {
  return fixturesWithExpectations<Omit<Fixture, "name" | "html">>(dir, ".html").map(({ name, content, expected }) => ({
    ...expected,
    name,
    html: content,
  }));
}

export function loadCorpus(): Fixture[] {
  return [
    { ...SEED, html: readFileSync(join(ROOT, "tests/fixtures/seed-article.html"), "utf8") },
    ...DIRS.flatMap(loadDir),
  ];
}

/** What a page's reading gets wrong against its sidecar: one plain line per miss. */
export function readingMisses(
  fx: ExpectedReading,
  check: Pick<PageCheck, "articleText" | "scope" | "attributions">,
): string[] {
  const misses: string[] = [];
  if (fx.article) {
    if (check.scope !== "article") misses.push("no article found: the whole page was read");
    const text = squash(check.articleText);
    for (const s of fx.article.includes)
      if (!text.includes(squash(s))) misses.push(`article text lacks “${s.slice(0, 70)}”`);
    for (const s of fx.article.excludes)
      if (text.includes(squash(s))) misses.push(`article text holds furniture “${s.slice(0, 70)}”`);
  }
  if (fx.attributions) {
    const speakers = check.attributions.map((a) => a.speaker ?? "");
    for (const s of fx.attributions.speakers)
      if (!speakers.some((x) => x.includes(s) || (s.includes(x) && x.length > 3)))
        misses.push(`speaker not found: ${s}`);
    for (const w of fx.attributions.forbidden) {
      const hit = check.attributions.find((a) =>
        new RegExp(`\\b${escapeRegExp(w)}\\b`, "i").test(`${a.text} ${a.speaker ?? ""}`),
      );
      if (hit)
        misses.push(`“${w}” read as an attribution: “${hit.text}”${hit.speaker ? ` (speaker ${hit.speaker})` : ""}`);
    }
  }
  return misses;
}

const key = (href: string, text: string) => `${href}\u0000${squash(text).toLowerCase()}`;

export interface FixtureScore {
  name: string;
  spamTotal: number;
  spamStripped: number;
  legitTotal: number;
  /** The site's own links that were stripped: must be none. */
  legitStripped: CheckedLink[];
  /** Injected links that stayed, with their verdict. */
  missed: Array<ExpectedSpam & { verdict: string; score: number; reasons: string[] }>;
  /** Per technique: [injected, stripped]. */
  byTechnique: Map<string, [number, number]>;
  /** Detected technique → [stripped links showing it, of which injected]. */
  byDetected: Map<string, [number, number]>;
  restoreIdentical: boolean;
  leftInPage: number;
  scanMs: number;
  /** The reading's misses against a furniture page's sidecar. */
  reading: string[];
}

/** Matches a page's checked links against the fixture's expectations. */
export function scoreFixture(fx: Fixture, check: PageCheck): FixtureScore {
  const expected = new Map<string, ExpectedSpam[]>();
  for (const s of fx.spam) expected.set(key(s.href, s.text), [...(expected.get(key(s.href, s.text)) ?? []), s]);
  const score: FixtureScore = {
    name: fx.name,
    spamTotal: fx.spam.length,
    spamStripped: 0,
    legitTotal: 0,
    legitStripped: [],
    missed: [],
    byTechnique: new Map(),
    byDetected: new Map(),
    restoreIdentical: check.restoreIdentical,
    leftInPage: check.leftInPage,
    scanMs: check.scanMs,
    reading: readingMisses(fx, check),
  };
  const bump = (m: Map<string, [number, number]>, k: string, a: number, b: number) => {
    const v = m.get(k) ?? [0, 0];
    m.set(k, [v[0] + a, v[1] + b]);
  };
  for (const link of check.links) {
    const exp = expected.get(key(link.href, link.text))?.shift();
    if (link.stripped)
      for (const t of link.hiding.length ? link.hiding : ["visible"]) bump(score.byDetected, t, 1, exp ? 1 : 0);
    if (exp) {
      bump(score.byTechnique, exp.technique, 1, link.stripped ? 1 : 0);
      if (link.stripped) score.spamStripped++;
      else score.missed.push({ ...exp, verdict: link.verdict, score: link.score, reasons: link.reasons });
    } else {
      score.legitTotal++;
      if (link.stripped) score.legitStripped.push(link);
    }
  }
  for (const rest of expected.values())
    for (const exp of rest) {
      bump(score.byTechnique, exp.technique, 1, 0);
      score.missed.push({ ...exp, verdict: "not found", score: 0, reasons: [] });
    }
  return score;
}
