/**
 * The per-rule table of `npm run eval`: for each finder rule (`Attribution.rule`), how many attributions it made on a
 * PolNeAR split, how many of their cues overlap a gold cue, and how much cue-overlap F1 it adds. It tells which rules
 * earn their keep and which mostly add false alarms.
 *
 * Gold follows the definition of ../shared/tools/polnear-score.mjs: the Cue spans of brat events, from the first
 * annotator in file-name order; predictions lying inside a gold Discard span are not counted. Brat offsets are
 * character offsets, and PolNeAR texts are all in the BMP, so they equal the engine's UTF-16 offsets.
 *
 * Matching differs from the scorer's on purpose: the scorer pairs cues one-to-one (largest overlap first), while here
 * a predicted cue is correct when it overlaps any gold cue and a gold cue is found when any predicted cue overlaps it.
 * That needs no re-pairing when a rule is left out, so ΔF1 is a plain recount; the total F1 comes out a little higher
 * than the scorer's where two predictions touch one gold cue or one prediction spans two (dev 0.758 against the
 * scorer's 0.757, train 0.752 against 0.751).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeText } from "../lib/attribution";
import { readArticleFile } from "./article-file";

/** A gold span; a discontinuous one keeps its pieces, and only they count for overlap. */
export interface GoldSpan {
  start: number;
  end: number;
  pieces: [number, number][];
}

export interface Gold {
  cues: GoldSpan[];
  discards: GoldSpan[];
}

/** What the table needs of a predicted attribution. */
export interface Predicted {
  rule: string;
  cue: { start: number; end: number };
}

/** One article matched: each counted prediction's rule and whether it is right; what predictions find each gold cue. */
export interface ArticleMatch {
  /** Which predictions were counted (indexes into the predicted list), in order. */
  counted: number[];
  rules: string[];
  correct: boolean[];
  foundBy: number[][];
}

export interface RuleRow {
  rule: string;
  hits: number;
  correct: number;
  precision: number;
  /** For a rule, cue F1 of all predictions minus F1 without this rule's; for the total row, the F1 itself. */
  f1: number;
}

/** Reads one brat .ann file's text into the gold cues (those of events) and Discard spans. */
export function parseBrat(ann: string): Gold {
  const spans = new Map<string, GoldSpan & { type: string }>();
  const cueIds: string[] = [];
  for (const line of ann.split("\n")) {
    const [id, body] = line.split("\t");
    // No tab: the rest of a span text broken over lines (one train file has one); notes (#) are not needed.
    if (body === undefined) continue;
    if (id.startsWith("T")) {
      const [type, ...offsets] = body.split(" ");
      const pieces = offsets
        .join(" ")
        .split(";")
        .map((p) => p.trim().split(" ").map(Number));
      if (pieces.some((p) => p.length !== 2 || !p.every(Number.isInteger))) continue; // malformed: skip
      const start = Math.min(...pieces.map((p) => p[0]));
      const end = Math.max(...pieces.map((p) => p[1]));
      spans.set(id, { type, start, end, pieces: pieces as [number, number][] });
    } else if (id.startsWith("E")) {
      const cue = body
        .trim()
        .split(/\s+/)
        .find((role) => role.startsWith("Cue:"));
      if (cue) cueIds.push(cue.slice("Cue:".length));
    }
  }
  // Events may name spans defined after them, so the cues are looked up once all spans are read.
  const cues = cueIds.flatMap((id) => spans.get(id) ?? []);
  const discards = [...spans.values()].filter((s) => s.type === "Discard");
  return { cues: cues.map(({ start, end, pieces }) => ({ start, end, pieces })), discards };
}

function overlaps(gold: GoldSpan, span: { start: number; end: number }): boolean {
  return gold.pieces.some(([s, e]) => Math.min(e, span.end) > Math.max(s, span.start));
}

/** Matches one article's predicted cues to its gold cues (see the file comment for the definition). */
export function matchCues(gold: Gold, predicted: Predicted[]): ArticleMatch {
  // As in the scorer: empty cues are not predictions, and passages the annotators discarded are not scored.
  const kept = predicted.flatMap(({ cue }, i) =>
    cue.end > cue.start && !gold.discards.some((d) => cue.start >= d.start && cue.end <= d.end) ? [i] : [],
  );
  const counted = kept.map((i) => predicted[i]);
  const foundBy = gold.cues.map((g) => counted.flatMap((p, i) => (overlaps(g, p.cue) ? [i] : [])));
  const correct = counted.map((_, i) => foundBy.some((by) => by.includes(i)));
  return { counted: kept, rules: counted.map((p) => p.rule), correct, foundBy };
}

/** Cue-overlap F1 over all articles, optionally leaving out one rule's predictions. */
export function cueF1(articles: ArticleMatch[], without?: string): number {
  const n = { predicted: 0, correct: 0, gold: 0, found: 0 };
  for (const a of articles) {
    const kept = a.rules.map((rule) => rule !== without);
    n.predicted += kept.filter(Boolean).length;
    n.correct += a.correct.filter((c, i) => c && kept[i]).length;
    n.gold += a.foundBy.length;
    n.found += a.foundBy.filter((by) => by.some((i) => kept[i])).length;
  }
  const p = n.predicted ? n.correct / n.predicted : 0;
  const r = n.gold ? n.found / n.gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** One row per rule, most hits first, and a total row whose `f1` is the F1 of all predictions. */
export function tabulate(articles: ArticleMatch[]): { rows: RuleRow[]; total: RuleRow } {
  const counts = new Map<string, { hits: number; correct: number }>();
  for (const a of articles) {
    a.rules.forEach((rule, i) => {
      const c = counts.get(rule) ?? { hits: 0, correct: 0 };
      c.hits++;
      if (a.correct[i]) c.correct++;
      counts.set(rule, c);
    });
  }
  const all = cueF1(articles);
  const row = (rule: string, hits: number, correct: number, f1: number): RuleRow => ({
    rule,
    hits,
    correct,
    precision: hits ? correct / hits : 0,
    f1,
  });
  const rows = [...counts].map(([rule, c]) => row(rule, c.hits, c.correct, all - cueF1(articles, rule)));
  rows.sort((x, y) => y.hits - x.hits || x.rule.localeCompare(y.rule));
  const sum = (k: "hits" | "correct") => rows.reduce((n, r) => n + r[k], 0);
  return { rows, total: row("total", sum("hits"), sum("correct"), all) };
}

/** The table as text, one rule a line; the total row's last column is the overall F1 rather than a difference. */
export function formatTable({ rows, total }: { rows: RuleRow[]; total: RuleRow }): string {
  const width = Math.max(5, ...rows.map((r) => r.rule.length));
  const line = (rule: string, hits: string, correct: string, precision: string, f1: string) =>
    `${rule.padEnd(width)}  ${hits.padStart(5)}  ${correct.padStart(7)}  ${precision.padStart(9)}  ${f1.padStart(7)}`;
  const show = (r: RuleRow, f1: string) => line(r.rule, `${r.hits}`, `${r.correct}`, r.precision.toFixed(3), f1);
  // Four places, so that a rule costing a little F1 still shows as a loss.
  const signed = (x: number) => `${x >= 0 ? "+" : ""}${x.toFixed(4)}`;
  return [
    line("rule", "hits", "correct", "precision", "ΔF1"),
    ...rows.map((r) => show(r, signed(r.f1))),
    show(total, `F1 ${total.f1.toFixed(3)}`),
  ].join("\n");
}

/** Reads a split's gold: each text with the first annotator's annotations, the first `limit` texts in name order. */
export function loadGold(splitDir: string, limit = Infinity): { file: string; gold: Gold }[] {
  const texts = readdirSync(join(splitDir, "text"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .slice(0, limit);
  const anns = readdirSync(join(splitDir, "attributions")).sort();
  return texts.flatMap((t) => {
    // Files are named <article>_<annotator>.ann; several annotators read some articles.
    const ann = anns.find((a) => a.startsWith(`${t.slice(0, -".txt".length)}_`));
    if (!ann) return []; // the scorer skips such texts too
    const gold = parseBrat(readFileSync(join(splitDir, "attributions", ann), "utf8"));
    return [{ file: join(splitDir, "text", t), gold }];
  });
}

/** Runs the engine over a split (data/<split> of the corpus) and returns the printed table. */
export function ruleTable(splitDir: string, limit = Infinity): string {
  const articles = loadGold(splitDir, limit).map(({ file, gold }) =>
    // The same text `npm run analyze` gives the engine, so the figures agree with the scorer's run.
    matchCues(gold, analyzeText(readArticleFile(file).text).attributions),
  );
  return formatTable(tabulate(articles));
}
