/**
 * The outlet corpus: hand-written articles in the house styles of many
 * English-language outlets (tests/fixtures/outlets/NAME.txt), each with a
 * sidecar NAME.expected.json giving the reading the product's definition of
 * an attribution asks for (../shared/DESIGN.md), and how a run of the engine
 * over them is scored. The labels follow the product, not the engine: where
 * they disagree, the engine is wrong.
 *
 * A cue is located by its text and which occurrence of it (1-based) it is;
 * occurrences are whole-word and case-sensitive, so "said" never counts the
 * one inside "unsaid". A prediction matches an expected attribution when
 * their cue spans overlap, one to one, in reading order.
 */
import { fixturesWithExpectations } from "./fixture-files";
import { resolve } from "node:path";
import { analyzeText, type Attribution, type Tier } from "../lib/attribution";
import { TIERS } from "../lib/attribution/types";

export const OUTLET_DIR = resolve(import.meta.dirname, "../tests/fixtures/outlets");

export interface ExpectedAttribution {
  cue: string;
  /** The source as written; null for a hedge with no source. */
  source: string | null;
  tier: Tier;
  /** The full name for on-record, the body for institutional, else null. */
  speaker: string | null;
  occurrence: number;
}

/** A phrase no attribution's cue may overlap. */
export interface NotAttribution {
  text: string;
  occurrence: number;
}

export interface OutletFixture {
  name: string;
  /** The house style the article is written in. */
  outlet: string;
  text: string;
  attributions: ExpectedAttribution[];
  notAttributions: NotAttribution[];
}

export interface Range {
  start: number;
  end: number;
}

/** Every fixture in `dir`, by name. */
export function loadOutletFixtures(dir = OUTLET_DIR): OutletFixture[] {
  return fixturesWithExpectations<Omit<OutletFixture, "name" | "text">>(dir, ".txt").map(
    ({ name, content, expected }) => ({ ...expected, name, text: content }),
  );
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);

/** Start offsets of the whole-word, case-sensitive occurrences of `phrase` in `text`. */
export function occurrences(text: string, phrase: string): number[] {
  const starts: number[] = [];
  if (!phrase) return starts;
  // The boundary test applies only where the phrase itself begins or ends with a letter or digit.
  const checkStart = isWordChar(phrase[0]);
  const checkEnd = isWordChar(phrase[phrase.length - 1]);
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    if (checkStart && isWordChar(text[i - 1])) continue;
    if (checkEnd && isWordChar(text[i + phrase.length])) continue;
    starts.push(i);
  }
  return starts;
}

/** The span of the `occurrence`-th (1-based) occurrence of `phrase`, or null when there are fewer. */
export function locate(text: string, phrase: string, occurrence: number): Range | null {
  const start = occurrences(text, phrase)[occurrence - 1];
  return start === undefined ? null : { start, end: start + phrase.length };
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

const NAMED: readonly Tier[] = ["on-record", "institutional"];

/** What is wrong with one expected attribution's labels, apart from where its cue is. */
function labelProblems(a: ExpectedAttribution, text: string): string[] {
  const out: string[] = [];
  const cue = `«${a.cue}» #${a.occurrence}`;
  if (!TIERS.includes(a.tier)) out.push(`${cue} has no valid tier (${a.tier})`);
  if (a.source !== null && !text.includes(a.source)) out.push(`${cue}: source «${a.source}» not in the text`);
  if (a.tier === "on-record" && !a.speaker) out.push(`${cue} is on record with no speaker`);
  if (!NAMED.includes(a.tier) && a.speaker !== null) out.push(`${cue} is ${a.tier} but names a speaker`);
  if (a.tier === "unattributed" && a.source !== null) out.push(`${cue} is a hedge with a source`);
  return out;
}

/** What is wrong with a fixture's sidecar, one plain line per problem; empty when it is well-formed. */
export function fixtureProblems(fx: OutletFixture): string[] {
  const problems: string[] = [];
  if (!fx.outlet?.trim()) problems.push("no outlet style");
  if (!/^[^\n]+\n\n/.test(fx.text)) problems.push("no headline line followed by a blank line");
  const cues: Range[] = [];
  for (const a of fx.attributions) {
    const at = locate(fx.text, a.cue, a.occurrence);
    if (!at) problems.push(`cue «${a.cue}» #${a.occurrence} not found`);
    else if (cues.some((c) => overlaps(c, at))) problems.push(`cue «${a.cue}» #${a.occurrence} overlaps another`);
    else cues.push(at);
    problems.push(...labelProblems(a, fx.text));
  }
  for (const n of fx.notAttributions) {
    const at = locate(fx.text, n.text, n.occurrence);
    if (!at) problems.push(`not-attribution «${n.text}» #${n.occurrence} not found`);
    else if (cues.some((c) => overlaps(c, at))) problems.push(`not-attribution «${n.text}» overlaps a cue`);
  }
  return problems.map((p) => `${fx.name}: ${p}`);
}

/** Lower-case, no article, honorific or possessive, punctuation as spaces: "Mr Smith's" → "smith". */
export function normalName(name: string | null): string {
  if (!name) return "";
  let s = name
    .toLowerCase()
    .replace(/['’]s?$/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  const lead = /^(?:the|mr|mrs|ms|miss|dr|prof|professor|sir|dame|lord|lady|chief|sen|rep|judge|adv) /;
  while (lead.test(s)) s = s.replace(lead, "");
  // Post-nominals are no part of the name: "Helen Marsh KC" is Helen Marsh.
  return s.replace(/ (?:kc|qc)$/, "");
}

export interface Pair {
  expected: ExpectedAttribution;
  at: Range;
  predicted: Attribution;
}

export interface FalsePositive {
  predicted: Attribution;
  /** The not-attribution phrase it overlaps, or null when it simply matches nothing expected. */
  forbidden: string | null;
}

export interface ArticleReading {
  name: string;
  outlet: string;
  text: string;
  pairs: Pair[];
  missed: Array<{ expected: ExpectedAttribution; at: Range }>;
  falsePositives: FalsePositive[];
}

/** Pairs the engine's attributions with the expected ones by overlapping cues, first come first served. */
export function readArticle(fx: OutletFixture, predicted = analyzeText(fx.text).attributions): ArticleReading {
  const expected = fx.attributions
    .map((e) => ({ expected: e, at: locate(fx.text, e.cue, e.occurrence) }))
    .filter((e): e is { expected: ExpectedAttribution; at: Range } => e.at !== null)
    .sort((a, b) => a.at.start - b.at.start);
  const unused = [...predicted].sort((a, b) => a.cue.start - b.cue.start);
  const pairs: Pair[] = [];
  const missed: ArticleReading["missed"] = [];
  for (const e of expected) {
    const k = unused.findIndex((p) => overlaps(p.cue, e.at));
    if (k < 0) missed.push(e);
    else pairs.push({ ...e, predicted: unused.splice(k, 1)[0] });
  }
  const forbidden = fx.notAttributions.flatMap((n) => {
    const at = locate(fx.text, n.text, n.occurrence);
    return at ? [{ text: n.text, at }] : [];
  });
  const falsePositives = unused.map((p) => ({
    predicted: p,
    forbidden: forbidden.find((f) => overlaps(f.at, p.cue))?.text ?? null,
  }));
  return { name: fx.name, outlet: fx.outlet, text: fx.text, pairs, missed, falsePositives };
}

export interface Figures {
  expected: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Matched attributions read with the expected tier. */
  tierAccuracy: number;
  /** The mean over tiers of each tier's share read right: a rare tier weighs as much as a common one. */
  tierBalanced: number;
  tierRecall: Partial<Record<Tier, { right: number; total: number }>>;
  /** Matched on-record and institutional attributions with a speaker, read with that speaker. */
  speakerAccuracy: number;
  speakerChecked: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export const speakerRight = (p: Pair) => normalName(p.expected.speaker) === normalName(p.predicted.speaker);

/** The figures over one or many readings, counted over all their attributions together. */
export function figures(readings: ArticleReading[]): Figures {
  const pairs = readings.flatMap((r) => r.pairs);
  const matched = pairs.length;
  const expected = matched + readings.reduce((n, r) => n + r.missed.length, 0);
  const predicted = matched + readings.reduce((n, r) => n + r.falsePositives.length, 0);
  const precision = ratio(matched, predicted);
  const recall = ratio(matched, expected);
  const tierRecall: Figures["tierRecall"] = {};
  for (const p of pairs) {
    const t = (tierRecall[p.expected.tier] ??= { right: 0, total: 0 });
    t.total++;
    if (p.predicted.tier === p.expected.tier) t.right++;
  }
  const perTier = Object.values(tierRecall).map((t) => ratio(t.right, t.total));
  const named = pairs.filter((p) => NAMED.includes(p.expected.tier) && p.expected.speaker);
  return {
    expected,
    predicted,
    matched,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    tierAccuracy: ratio(pairs.filter((p) => p.predicted.tier === p.expected.tier).length, matched),
    tierBalanced: ratio(
      perTier.reduce((a, b) => a + b, 0),
      perTier.length,
    ),
    tierRecall,
    speakerAccuracy: ratio(named.filter(speakerRight).length, named.length),
    speakerChecked: named.length,
  };
}

/** The text around a span on one line, the span in brackets, so a miss can be found by eye. */
export function context(text: string, at: Range, width = 50): string {
  const before = text.slice(Math.max(0, at.start - width), at.start);
  const after = text.slice(at.end, at.end + width);
  const line = `${before}[${text.slice(at.start, at.end)}]${after}`.replace(/\s+/g, " ").trim();
  return `…${line}…`;
}

const describe = (p: Attribution) =>
  `${p.tier}${p.speaker ? ` “${p.speaker}”` : ""}${p.source ? ` from “${p.source.text}”` : ""} [${p.rule}]`;

/** One readable line per error in an article: missed, false positive, wrong tier, wrong speaker (tier and speaker
 * are judged apart, as the figures judge them). */
export function missLines(r: ArticleReading): string[] {
  const lines: string[] = [];
  for (const m of r.missed) {
    const who = m.expected.speaker ? `, ${m.expected.speaker}` : "";
    lines.push(`missed        ${m.expected.tier}${who}: ${context(r.text, m.at)}`);
  }
  for (const f of r.falsePositives) {
    const why = f.forbidden ? `marks “${f.forbidden}”` : "matches nothing";
    lines.push(`false pos     ${describe(f.predicted)}, ${why}: ${context(r.text, f.predicted.cue)}`);
  }
  for (const p of r.pairs) {
    const at = context(r.text, p.at);
    if (p.predicted.tier !== p.expected.tier)
      lines.push(`wrong tier    want ${p.expected.tier}, got ${describe(p.predicted)}: ${at}`);
    if (NAMED.includes(p.expected.tier) && p.expected.speaker && !speakerRight(p))
      lines.push(`wrong speaker want “${p.expected.speaker}”, got “${p.predicted.speaker ?? "none"}”: ${at}`);
  }
  return lines;
}

const pct = (x: number) => `${(100 * x).toFixed(0)}%`.padStart(5);

/** A table of figures per fixture, then the overall line. */
export function outletTable(readings: ArticleReading[]): string {
  const head = `${"fixture".padEnd(18)}  exp found    P    R   F1  tier   bal  spkr  style`;
  const row = (name: string, f: Figures, style: string) =>
    `${name.padEnd(18)} ${String(f.expected).padStart(4)} ${String(f.predicted).padStart(5)} ${pct(f.precision)}` +
    `${pct(f.recall)}${pct(f.f1)}${pct(f.tierAccuracy)}${pct(f.tierBalanced)}${pct(f.speakerAccuracy)}  ${style}`;
  const rows = readings.map((r) => row(r.name, figures([r]), r.outlet));
  return [head, ...rows, row("overall", figures(readings), `${readings.length} articles`)].join("\n");
}

/** The overall figures in a few lines, with each tier's share read right. */
export function overallSummary(f: Figures): string {
  const tiers = TIERS.filter((t) => f.tierRecall[t])
    .map((t) => `${t} ${f.tierRecall[t]!.right}/${f.tierRecall[t]!.total}`)
    .join(", ");
  return [
    `attributions: ${f.matched} of ${f.expected} found, ${f.predicted - f.matched} false positives`,
    `precision ${f.precision.toFixed(3)}  recall ${f.recall.toFixed(3)}  F1 ${f.f1.toFixed(3)}`,
    `tier accuracy ${f.tierAccuracy.toFixed(3)}  balanced ${f.tierBalanced.toFixed(3)} (${tiers})`,
    `speaker accuracy ${f.speakerAccuracy.toFixed(3)} over ${f.speakerChecked} named sources`,
  ].join("\n");
}
