/**
 * How sure the engine is of an attribution (rules/confidence.json).
 *
 * - `strength` orders two findings over the same words while an article is
 *   read: a base by cue kind, times a factor for each step of guessing who
 *   the source is.
 * - `confidence`, what readers see, is a probability: the chance that the
 *   attribution and its tier are right, from a logistic model over features
 *   the engine already has, fitted on PolNeAR train (`npm run
 *   fit:confidence`) and checked on dev.
 */
import table from "../rules/confidence.json";
import type { CueKind } from "../cues/raw";
import type { Attribution } from "../types";
import { OPEN_QUOTES } from "../words";

export const CUE_CONFIDENCE: Record<CueKind, number> = table.strength.byCue;
/** A reporting verb with no source found. */
export const NO_SOURCE_CONFIDENCE = table.strength.noSource;
/** The factor for each step of guessing who the source is. */
export const TIMES = table.strength.times;

// A Map: the keys hold ":" and "|", which keep a plain object's lookups on V8's slow path.
const WEIGHTS = new Map<string, number>(Object.entries(table.model.weights));
const PRONOUNS = /^(he|she|they|it|i|we|you|who|which|that)$/i;

const CAPITAL = /^\p{Lu}/u;
const SOURCE_WORDS = { "1": "source-words:1", "2-3": "source-words:2-3", "4+": "source-words:4+" } as const;

/** 1, 2-3 or 4+ words (runs of non-space). */
const FOUR_WORDS = /\S\s+\S+\s+\S+\s+\S/;
const TWO_WORDS = /\S\s+\S/;
const bucket = (s: string) => (FOUR_WORDS.test(s) ? "4+" : TWO_WORDS.test(s) ? "2-3" : "1");

/**
 * The features of what made the attribution: its rule, tier and cue (few distinct, so their sum is cached). The cue's
 * last word with the tier: how often "said", "called" or "found" is right depends on who is said to do it.
 */
function madeBy(rule: string, tier: string, cue: string): string[] {
  const family = rule.split("/")[0];
  const words = cue.toLowerCase();
  return [
    `rule:${rule}`,
    `tier:${tier}`,
    `family-tier:${family}|${tier}`,
    `cue:${words}`,
    `cue-words:${bucket(cue)}`,
    `cue-end-tier:${words.slice(words.search(/\S+$/))}|${tier}`,
  ];
}

const THAT = /^that\b/i;

/**
 * How the claim is written: opened by a quotation mark or "that" (a plain object, "announced his resignation", is
 * often an action), on which side of the cue, how far from it, and how long.
 */
function claimShape(cue: { start: number; end: number }, claim: { start: number; end: number; text: string }) {
  const before = claim.start < cue.start;
  const gap = before ? cue.start - claim.end : claim.start - cue.end;
  const chars = claim.end - claim.start;
  return [
    `content-opens:${OPEN_QUOTES.has(claim.text[0]) ? "quote" : THAT.test(claim.text) ? "that" : "other"}`,
    `content-side:${before ? "before" : "after"}`,
    `content-gap:${gap <= 1 ? "0-1" : gap < 20 ? "2-19" : gap < 60 ? "20-59" : "60+"}`,
    `content-chars:${chars < 40 ? "<40" : chars < 100 ? "40-99" : chars < 200 ? "100-199" : chars < 400 ? "200-399" : "400+"}`,
  ];
}

/** The features of how its source and claim are written, and where it stands. */
function writtenAs(a: Attribution, nested: boolean): string[] {
  const f: string[] = [];
  const source = a.source?.text ?? "";
  // A pronoun is a short source: the test is skipped for the long ones, most of them.
  if (!a.source) f.push(a.speaker ? "source:shared" : "source:none");
  else if (source.length <= 8 && PRONOUNS.test(source.trim()))
    f.push(a.speaker ? "source:pronoun-resolved" : "source:pronoun-unresolved");
  else {
    f.push(SOURCE_WORDS[bucket(source)]);
    if (CAPITAL.test(source)) f.push("source:capitalised");
  }
  if (a.tier === "on-record" && a.speaker && !a.speaker.includes(" ")) f.push("speaker:surname-only");
  if (!a.content) f.push("content:none");
  else {
    f.push(...claimShape(a.cue, a.content));
    // ("announced his resignation", "said so": a bare object is as often a plain action as a claim.)
    if (a.content.end - a.content.start < 40 && !/\S\s+\S+\s+\S/.test(a.content.text)) f.push("content:short");
  }
  if (nested) f.push("nested");
  if (a.relayedBy) f.push("relayed");
  if (a.coSpeakers.length) f.push("co-speakers");
  return f;
}

/** The features the model reads: what made the attribution, its tier, and how its source and claim are written. */
export const confidenceFeatures = (a: Attribution, nested: boolean): string[] => [
  ...madeBy(a.rule, a.tier, a.cue.text),
  ...writtenAs(a, nested),
];

const weightOf = (features: string[]) => features.reduce((z, f) => z + (WEIGHTS.get(f) ?? 0), 0);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's probability for a set of features. */
export const probability = (features: string[]): number => sigmoid(table.model.bias + weightOf(features));

/**
 * For each attribution, whether its cue lies inside the claim of another that has a source ("Officials said the
 * mayor had allegedly hidden …"): DESIGN.md marks such a claim once. Not when the other lies inside its own claim
 * in turn ("… has reportedly increased, according to X": each holds the other). Claims sorted by start with a
 * running maximum of their ends answer each in a binary search, so this is linear on any page.
 */
export function insideClaims(all: Attribution[]): boolean[] {
  const claims = all
    .flatMap((a, k) =>
      a.content && a.tier !== "unattributed" ? [{ start: a.content.start, end: a.content.end, k }] : [],
    )
    .sort((x, y) => x.start - y.start);
  const furthest: Array<{ end: number; k: number }> = [];
  claims.forEach((c, j) => furthest.push(j && furthest[j - 1].end >= c.end ? furthest[j - 1] : c));
  const holds = (k: number, a: Attribution) => {
    const c = all[k].content;
    return !!c && c.start <= a.cue.start && a.cue.end <= c.end;
  };
  return all.map((a, me) => {
    let lo = 0;
    let hi = claims.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (claims[mid].start <= a.cue.start) lo = mid + 1;
      else hi = mid;
    }
    const outer = lo > 0 ? furthest[lo - 1] : null;
    return !!outer && outer.end >= a.cue.end && outer.k !== me && !holds(me, all[outer.k]);
  });
}

/** Each attribution's features, in order (the fitting tool reads them too). */
export function featuresOfAll(all: Attribution[]): string[][] {
  const nested = insideClaims(all);
  return all.map((a, k) => confidenceFeatures(a, nested[k]));
}

/**
 * Whether the model speaks for this attribution: not for source-less hedges, which PolNeAR (the model's
 * training data) does not mark and DESIGN.md does; they keep their strength.
 */
export const fitted = (a: Attribution) => !a.rule.startsWith("hedge/");

/** The summed weights of what made an attribution, by rule, tier and cue: a cache (a few hundred kinds recur). */
const MADE = new Map<string, number>();

/** Sets every fitted attribution's confidence to the model's probability, in hundredths. */
export function calibrate(all: Attribution[]): void {
  const nested = insideClaims(all);
  if (MADE.size > 4096) MADE.clear();
  const made = MADE;
  all.forEach((a, k) => {
    if (!fitted(a)) return;
    const key = `${a.rule}\u0000${a.tier}\u0000${a.cue.text}`;
    let z = made.get(key);
    if (z === undefined) made.set(key, (z = weightOf(madeBy(a.rule, a.tier, a.cue.text))));
    a.confidence = Math.round(sigmoid(table.model.bias + z + weightOf(writtenAs(a, nested[k]))) * 100) / 100;
  });
}
