/**
 * What a veto is and reads: a verb candidate in its sentence, the words either side of it, and what follows it in its
 * clause.
 */
import { approximationLength } from "../phrases/approximation";
import type { Token } from "../text/sentences";
import {
  ANONYMOUS_HEADS,
  BODY_HEADS,
  DETERMINERS,
  OBJECT_PRONOUNS,
  OPEN_QUOTES,
  OTHER_PRONOUNS,
  PERSON_PRONOUNS,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  SAID_AFTER,
  STRONG_VERBS,
  WEAK_VERBS,
} from "../words";
import type { SentenceScan } from "./raw";

/** A verb candidate: token `i` of the sentence, lower-cased `w`. */
export interface VerbAt {
  s: SentenceScan;
  tokens: Token[];
  i: number;
  w: string;
  next: Token | undefined;
}

/** A reading of a verb that reports nothing, by its id (what --why prints), the forms it applies to and its test. */
export interface Veto {
  id: string;
  /** The only forms it applies to: vetoesFor offers its test no other. None: any verb. */
  words?: string[];
  test: (v: VerbAt) => boolean;
}

/** A small count, in digits or words ("24", "eight", "1-0"): what a score or a tally is made of. */
export const COUNT =
  /^(?:\d[\d,.-]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|few)$/;

/** A finite verb after a noun: the noun was a clause's subject ("conceded the penalty was deserved"). */
export const FINITE = /^(?:was|were|is|are|had|has|have|would|could|will|should|might|may|must|can)$/;

/** Whether a token is a number or an amount of money ("$18", "31%", "48,000"). */
export const isAmount = (t: Token | undefined) => /^[$£€¥₹\d]/u.test(t?.text ?? "");

/** A number or an amount of money at token `k`, or past words approximating it ("as much as $1,100", "about 300"). */
export const amountAt = (v: VerbAt, k: number) => isAmount(v.tokens[k + approximationLength(v.tokens, k)]);

/** Whether `w` is a form of a reporting verb, strong or weak ("said", "insist", "suggests"). */
export const sayingVerb = (w: string) => STRONG_VERBS.has(w) || WEAK_VERBS.has(w);

/** The word `k` places before the verb, lower-cased ("" past the sentence's start). */
export const before = (v: VerbAt, k = 1) => v.tokens[v.i - k]?.lower ?? "";
/** The word `k` places after the verb, lower-cased ("" past the sentence's end). */
export const after = (v: VerbAt, k = 1) => v.tokens[v.i + k]?.lower ?? "";
/** Whether a pronoun stands right before the verb ("he", "it", "they"): a speaker, or one standing in for a thing. */
export const pronounBefore = (v: VerbAt) => PERSON_PRONOUNS.has(before(v)) || OTHER_PRONOUNS.has(before(v));

/**
 * Whether the object after a verb, from `from` (its determiner), has its head in `heads` ("rejected an earlier
 * proposal", "the studios’ latest proposal"): read up to a "that", a comma or a preposition, a few words at most.
 */
export function objectHead(tokens: Token[], from: number, heads: ReadonlySet<string>): boolean {
  for (let k = from; k < from + 5 && k < tokens.length; k++) {
    const t = tokens[k];
    if (heads.has(t.lower)) return true;
    if (t.lower === "that" || t.text === "," || PREPOSITIONS.has(t.lower)) return false;
  }
  return false;
}

/**
 * Whether token `k` opens whom something was handed or reported to ("to police", "to the chief executive", "to
 * federal regulators", "to him"), not an infinitive ("to have fled").
 */
export function hearerAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.word) return false;
  const w = t.lower;
  const noun = (x: string) => BODY_HEADS.has(x) || ANONYMOUS_HEADS.has(x) || /[a-z]{3}(?:ors|ers)$/.test(x);
  if (t.cap || DETERMINERS.has(w) || POSSESSIVE_PRONOUNS.has(w) || OBJECT_PRONOUNS.has(w) || noun(w)) return true;
  // ("federal regulators": a word describing them first.)
  return tokens[k + 1]?.word === true && noun(tokens[k + 1].lower);
}

/**
 * "as" later in the verb's clause, within twelve words before its next punctuation mark, or twenty past an aside
 * between commas ("regard the summer heat, combined with late-night dining, as the main risk").
 */
export function asInClause(v: VerbAt): boolean {
  let commas = 0;
  for (let k = v.i + 1; k < v.tokens.length && k <= v.i + (commas ? 20 : 12); k++) {
    const t = v.tokens[k];
    if (t.text === "," && ++commas <= 2) continue;
    if (!t.word) return false;
    if (t.lower === "as") return true;
  }
  return false;
}

/** What was said follows in the clause: "as", "for", "over", "that", a quotation, a colon or ", saying". */
export function saidFollows(v: VerbAt): boolean {
  for (let k = v.i + 1; k < v.tokens.length && k <= v.i + 12; k++) {
    const t = v.tokens[k];
    if (OPEN_QUOTES.has(t.text) || t.text === ":" || SAID_AFTER.has(t.lower)) return true;
    if (!t.word) return t.text === "," && /^(saying|calling|arguing|accusing)$/.test(v.tokens[k + 1]?.lower ?? "");
  }
  return false;
}
