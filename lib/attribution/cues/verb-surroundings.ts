/**
 * What stands around a reporting verb in its sentence: a way of speaking after a quotation ("“…,” she laughs."), an
 * outlet vouching ("…, Sportsmail understands.", "The BBC understands the board …"), the claim around a verb set
 * between commas, and the earlier clause whose subject "… and said" shares.
 */
import { nounPhraseLeft } from "../phrases/noun-phrase";
import { clauseStartsAt, mainSubject } from "../phrases/subject";
import { claimOpening, contentAfter, pastAside, quoteJustBefore } from "../text/quotes";
import type { Token } from "../text/sentences";
import { CLOSE_QUOTES, CONJUNCTIONS, VERB_AUXILIARIES, VOUCHING_AT_END } from "../words";
import type { RawAttribution, SentenceScan } from "./raw";

/**
 * "“…,” she laughs.": a way of speaking right after a quotation and its speaker, with nothing after it but when or
 * where ("“…,” the coach raged after the game"); or before its speaker ("“…,” fumed Hugo Broos.").
 */
const CIRCUMSTANCE_OPENERS = /^(?:after|before|during|following|on|at|in|outside|from|with)$/;

export function mannerQuotes(tokens: Token[], i: number): boolean {
  const [prev, next] = [tokens[i - 1], tokens[i + 1]];
  if (prev && CLOSE_QUOTES.has(prev.text) && next?.word && (next.cap || next.lower === "the")) return true;
  if (!quoteJustBefore(tokens, i) || !prev?.word || CONJUNCTIONS.has(prev.lower)) return false;
  if (/^[.,!?]?$/.test(next?.text ?? "")) return true;
  // (When or where, then the sentence's end: a short phrase opened by a preposition, no verb in it.)
  if (!next?.word || !CIRCUMSTANCE_OPENERS.test(next.lower)) return false;
  let k = i + 2;
  while (k < i + 8 && tokens[k]?.word && !VERB_AUXILIARIES.has(tokens[k].lower)) k++;
  return /^[.!?]$/.test(tokens[k]?.text ?? "") || k >= tokens.length;
}

/**
 * "…, Sportsmail understands.", "…, the BBC has learned.": an outlet vouching, after the claim (or inside it, between
 * commas), for what its sources
 * told it (with "that" before a claim, phrasal.json has it).
 */
export function vouchesAtEnd(tokens: Token[], i: number): boolean {
  // ("…, WalesOnline understands, despite a last-ditch appeal …": or between commas.)
  if (!VOUCHING_AT_END.has(tokens[i].lower) || !/^[.;,]?$/.test(tokens[i + 1]?.text ?? "")) return false;
  const k = /^(has|have)$/.test(tokens[i - 1]?.lower ?? "") ? i - 2 : i - 1;
  const np = tokens[k]?.cap ? nounPhraseLeft(tokens, k) : null;
  return !!np && tokens[np[0] - 1]?.text === ",";
}

/**
 * "The BBC understands the trust's board approved …", "ClarionSport understands the winger handed in …": an outlet,
 * named right before, vouching for a clause with its "that" left out.
 */
export function vouchesBeforeClause(tokens: Token[], i: number): boolean {
  if (!VOUCHING_AT_END.has(tokens[i].lower) || !tokens[i - 1]?.cap) return false;
  // ("Tes understands, however, that …".)
  const k = pastAside(tokens, i + 1);
  // (The outlet's name before it vouches: a bare noun may open the clause, "… understands ministers have".)
  return clauseStartsAt(tokens, k, true) || (k > i + 1 && tokens[k].lower === "that");
}

/**
 * The sentence around a subject-and-verb group set inside it between commas (or a closing quotation mark and a
 * comma), or null. Not before a participle (", adding that …" is a claim of its own).
 */
export function claimAround(tokens: Token[], first: number, last: number): [number, number] | null {
  const before = tokens[first - 1];
  const comma = tokens[last + 1];
  const next = tokens[last + 2];
  if (!before || !(before.text === "," || CLOSE_QUOTES.has(before.text)) || comma?.text !== ",") return null;
  if (!next?.word || next.lower.endsWith("ing") || !tokens.slice(0, first).some((t) => t.word)) return null;
  const rest = contentAfter(tokens, last + 1);
  // (A clause of its own after the comma, not a word or two: "Smith said, then left.")
  if (!rest || rest[1] - rest[0] < 2) return null;
  return [claimOpening(tokens, 0, first), rest[1]];
}

/** "… and said": the earlier attribution's source, or the sentence's subject. True when either was found. */
export function sharedWithClauseBefore(s: SentenceScan, a: RawAttribution, left: number): boolean {
  const { tokens } = s;
  // (Past a hedge inside the earlier claim: "the FDA said it had received reports of adverse events … and warned".)
  const sourceless = (b: RawAttribution) => (b.kind === "hedge" || b.kind === "claim-noun") && !b.source;
  const earlier = s.out.findLast((b) => !sourceless(b));
  if (earlier?.source) a.sharedSource = earlier.appositive ?? earlier.source;
  else if (!s.quoted(0)) {
    // "Asked …, Mrs. Clinton shook her head and said": the main clause's subject follows the opening clause.
    const subject = mainSubject(tokens, left);
    if (subject) a.source = subject;
    // ("The center's director, Wen-Li Marchetti, declined … but wrote": the name set off after it, read with it.)
    const named = subject ? nameSetOffAfter(tokens, subject[1]) : -1;
    if (subject && named > 0) [a.source, a.appositive] = [[subject[0], named], subject];
  }
  return !!(a.source || a.sharedSource);
}

/** Where a name of two capitalised words or more set off by commas after `end` ends ("…, Wen-Li Marchetti,"), or -1. */
function nameSetOffAfter(tokens: Token[], end: number): number {
  if (tokens[end + 1]?.text !== ",") return -1;
  let k = end + 2;
  while (tokens[k]?.word && tokens[k].cap) k++;
  return k - (end + 2) >= 2 && tokens[k]?.text === "," ? k - 1 : -1;
}
