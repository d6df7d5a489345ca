/**
 * The spam fixture corpus and how a run over it is scored. Each page
 * tests/fixtures/spam/NAME.html has a sidecar NAME.expected.json naming its
 * injected links (href, text, hiding technique); every other link on the page
 * is the site's own. The seed article is part of the corpus too.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { CheckedLink, PageCheck } from "./spam-check-page";

export const ROOT = resolve(import.meta.dirname, "../..");
const DIR = join(ROOT, "tests/fixtures/spam");

export interface ExpectedSpam {
  href: string;
  text: string;
  /** The hiding technique the injection uses, or "visible". */
  technique: string;
}

export interface Fixture {
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
    ...["ac.id", "or.id", "sch.id"].map((tld) => ({ href: `https://www.markas303.${tld}/`, text: `https://www.markas303.${tld}/`, technique: "visible" })),
    { href: "https://www.markas303.ac.id/", text: "agen bandar bola online indonesia", technique: "off-screen" },
  ],
};

export function loadCorpus(): Fixture[] {
  const pages = readdirSync(DIR).filter((f) => f.endsWith(".html")).sort().map((f) => {
    const name = f.replace(/\.html$/, "");
    const meta = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as { url: string; spam: ExpectedSpam[] };
    return { name, url: meta.url, spam: meta.spam, html: readFileSync(join(DIR, f), "utf8") };
  });
  return [{ ...SEED, html: readFileSync(join(ROOT, "tests/fixtures/seed-article.html"), "utf8") }, ...pages];
}

const key = (href: string, text: string) => `${href}\u0000${text.replace(/\s+/g, " ").trim().toLowerCase()}`;

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
}

/** Matches a page's checked links against the fixture's expectations. */
export function scoreFixture(fx: Fixture, check: PageCheck): FixtureScore {
  const expected = new Map<string, ExpectedSpam[]>();
  for (const s of fx.spam) expected.set(key(s.href, s.text), [...(expected.get(key(s.href, s.text)) ?? []), s]);
  const score: FixtureScore = {
    name: fx.name, spamTotal: fx.spam.length, spamStripped: 0, legitTotal: 0, legitStripped: [], missed: [],
    byTechnique: new Map(), byDetected: new Map(),
    restoreIdentical: check.restoreIdentical, leftInPage: check.leftInPage, scanMs: check.scanMs,
  };
  const bump = (m: Map<string, [number, number]>, k: string, a: number, b: number) => {
    const v = m.get(k) ?? [0, 0];
    m.set(k, [v[0] + a, v[1] + b]);
  };
  for (const link of check.links) {
    const exp = expected.get(key(link.href, link.text))?.shift();
    if (link.stripped) for (const t of link.hiding.length ? link.hiding : ["visible"]) bump(score.byDetected, t, 1, exp ? 1 : 0);
    if (exp) {
      bump(score.byTechnique, exp.technique, 1, link.stripped ? 1 : 0);
      if (link.stripped) score.spamStripped++;
      else score.missed.push({ ...exp, verdict: link.verdict, score: link.score, reasons: link.reasons });
    } else {
      score.legitTotal++;
      if (link.stripped) score.legitStripped.push(link);
    }
  }
  for (const rest of expected.values()) for (const exp of rest) {
    bump(score.byTechnique, exp.technique, 1, 0);
    score.missed.push({ ...exp, verdict: "not found", score: 0, reasons: [] });
  }
  return score;
}
