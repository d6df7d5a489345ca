/**
 * Nouns that carry a claim: "claims from X suggest", "the army's narrative", "amid complaints that …", and polls,
 * studies and views something is "in" ("in a CNN poll", "in the words of a senior adviser", "in his view").
 */
import { nounPhraseLeft, nounPhraseRight } from "../phrases/noun-phrase";
import { contentAfter } from "../text/quotes";
import {
  AUXILIARIES,
  BE_FORMS,
  CLAIM_NOUNS,
  COUNTING_WORDS,
  DETERMINERS,
  HEDGE_NOUNS,
  INDICATING_VERBS,
  IRREGULAR_PAST,
  NP_PUNCT,
  NP_STOP_WORDS,
  OPEN_QUOTES,
  OPINION_NOUNS,
  PERSON_PRONOUNS,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  REPORTS_AS_HEDGE_AFTER,
  STRONG_VERBS,
  SURVEY_NOUNS,
  TAKING_PART_IN,
  THAT_CLAIM_NOUNS,
  VERB_AUXILIARIES,
  VOW_NOUNS,
  WEAK_VERBS,
} from "../words";
import { pluralApostrophe, type Token } from "../text/sentences";
import { raw, type SentenceScan } from "./raw";
import { clauseAfterThat, participleWithSubject } from "./verb-senses";
import { COUNT } from "./veto-kit";

/** "claims from X suggest", "reports by X indicate". */
export function claimsFrom(s: SentenceScan, i: number): number | undefined {
  const { tokens } = s;
  const next = tokens[i + 1];
  if (!CLAIM_NOUNS.has(tokens[i].lower) || !(next?.lower === "from" || next?.lower === "by" || next?.lower === "of"))
    return undefined;
  let v = -1;
  for (let j = i + 2; j < tokens.length && j < i + 14; j++) {
    if (tokens[j].word && INDICATING_VERBS.has(tokens[j].lower)) {
      v = j;
      break;
    }
    if (!tokens[j].word && tokens[j].text !== "(" && tokens[j].text !== ")") break;
  }
  if (v <= i + 2) return undefined;
  const a = raw(tokens, "claim-noun", "claim-noun/from", [i, i]);
  a.cueTail = [v, v];
  a.source = [i + 2, v - 1];
  a.content = contentAfter(tokens, v);
  s.take(a);
  return v;
}

/** A claim noun followed by what was claimed: "that …", a quotation, a colon, "about …", ", attributing …". */
function carriesClaim(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  if (next.lower === "that" || next.lower === "about" || next.text === ":" || OPEN_QUOTES.has(next.text)) return true;
  // ("his vow to cut taxes": what was vowed, an infinitive.)
  if (VOW_NOUNS.has(tokens[i].lower)) return next.lower === "to" && !!tokens[i + 2]?.word && !tokens[i + 2].cap;
  return next.text === "," && !!tokens[i + 2]?.word && tokens[i + 2].lower.endsWith("ing");
}

/**
 * The pronouns that own a claim for the person the sentence before spoke of, opening the sentence with "that" after
 * the claim ("His claim that …"; inside a sentence, "repeated his contention that", whose they are is less sure).
 */
const OWNER_PRONOUNS = new Set(["his", "her", "their"]);

/**
 * "the Pakistan army's narrative[, attributing …]". Only when the claim follows ("Trump's claim that …", "Comey's
 * statement: …"): "despite Blocher's statements" or "the AP's report was based on …" names a claim without making one.
 */
export function possessiveClaim(s: SentenceScan, i: number): number | undefined {
  const { tokens } = s;
  // ("His claim that every allocation followed the list …": a possessive pronoun owns it as a name would.)
  const vow = VOW_NOUNS.has(tokens[i].lower);
  const pronoun =
    (i === 1 || vow) &&
    OWNER_PRONOUNS.has(tokens[i - 1]?.lower ?? "") &&
    /^(?:that|to)$/.test(tokens[i + 1]?.lower ?? "");
  // ("Tullis' claim that …", "the residents' claim that …": an apostrophe after a final s, a token of its own; only
  // with its "that", where "the employees' allegations, saying …" is someone else's answer to them.)
  // (Not a scare quote closing: "the ‘stolen elections’ claim that …".)
  const scareQuote = tokens.slice(0, i - 1).some((t) => t.text === "‘");
  const afterS =
    !scareQuote &&
    /^['’]$/.test(tokens[i - 1]?.text ?? "") &&
    /s$/.test(tokens[i - 2]?.lower ?? "") &&
    tokens[i - 2].word &&
    tokens[i + 1]?.lower === "that";
  if (
    !(CLAIM_NOUNS.has(tokens[i].lower) || vow) ||
    i < 1 ||
    !(tokens[i - 1].word || afterS) ||
    !(tokens[i - 1].lower.endsWith("'s") || pronoun || afterS) ||
    !carriesClaim(tokens, i)
  )
    return undefined;
  const owner: [number, number] | null = pronoun
    ? [i - 1, i - 1]
    : afterS
      ? nounPhraseLeft(tokens, i - 2)
      : nounPhraseLeft(tokens, i - 1);
  if (!owner) return undefined;
  // ("an early test of the government's pledge": the owner after a common noun's "of"; "the Bank of England's" whole.)
  const of = tokens.findLastIndex((t, k) => k > owner[0] && k < owner[1] && t.lower === "of" && !tokens[k - 1].cap);
  if (of > 0) owner[0] = of + 1;
  const a = raw(tokens, "claim-noun", "claim-noun/possessive", [i, i]);
  a.source = owner;
  // ("His vow to cut taxes won him the seat": what was vowed, up to the sentence's own verb.)
  if (vow) a.content = [i + 1, infinitiveEnd(tokens, i + 2)];
  // Include a participle that spells out the claim: "narrative, attributing …".
  if (tokens[i + 1]?.text === "," && tokens[i + 2]?.word && tokens[i + 2].lower.endsWith("ing"))
    a.cueTail = [i + 1, i + 2];
  s.take(a);
  return i;
}

/**
 * Whether the "that" at `k` opens a relative clause, a verb right after it with no subject ("a warning that has
 * rattled investors", "a profit warning that wiped a third off its value"); a past form only before its object, as
 * "allegations that armed men attacked" opens with an adjective.
 */
function relativeThat(tokens: Token[], k: number): boolean {
  const verb = tokens[k + 1];
  if (!verb?.word || verb.cap) return false;
  if (VERB_AUXILIARIES.has(verb.lower)) return true;
  const object = tokens[k + 2];
  const past = IRREGULAR_PAST.has(verb.lower) || verb.lower.endsWith("ed");
  return past && !!object?.word && (DETERMINERS.has(object.lower) || /^\d/.test(object.text));
}

/** The last word of an infinitive's phrase from its verb at `k`: before punctuation or the next finite verb. */
function infinitiveEnd(tokens: Token[], k: number): number {
  let e = k;
  const finite = (t: Token) => VERB_AUXILIARIES.has(t.lower) || IRREGULAR_PAST.has(t.lower) || t.lower.endsWith("ed");
  while (tokens[e + 1]?.word && !finite(tokens[e + 1])) e++;
  return e;
}

/**
 * "amid complaints that the vote was rigged", "his suggestion that …": a claim carried by its noun, often with no
 * one behind it (its owner when a possessive names one).
 */
export function thatClaim(s: SentenceScan, i: number): number | undefined {
  const { tokens } = s;
  const w = tokens[i].lower;
  // ("…, with the weather office warning that it could …": the subject's verb, read as one.)
  if (participleWithSubject(tokens, i)) return undefined;
  // ("The BBC reports that …", "called to reports of shots fired": "reports" hedges only after a word that makes it
  // the noun, "amid reports that …", "there have been reports that …", hedges.json reportsAsHedgeAfter.)
  if (w === "reports" && !REPORTS_AS_HEDGE_AFTER.has(tokens[i - 1]?.lower ?? "")) return undefined;
  if ((w === "fears" || w === "claims") && verbAfterSubject(tokens, i)) return undefined;
  const claimNoun = THAT_CLAIM_NOUNS.has(w) || HEDGE_NOUNS.has(w);
  // ("warnings from lawmakers that …": whose claim it is; "speculation in recent weeks that …": when or where.)
  const reach = claimNoun ? wordsToThat(tokens, i + 1) : 0;
  // (A clause after the "that", not a relative one: "complaints from businesses that rely on tourism" are theirs to
  // make, and "warnings from the start" came from no one.)
  const between = reach > 0 && clauseAfterThat(tokens, i + 1 + reach) ? reach : 0;
  const from =
    between > 0 && /^(?:from|by)$/.test(tokens[i + 1].lower) && !SINCE_THE_START.test(tokens[i + 2]?.lower ?? "");
  const placed = between > 0 && HEDGE_NOUNS.has(w) && /^(?:in|on|among|across|within)$/.test(tokens[i + 1].lower);
  // ("Speculation is mounting that …", "Rumours are swirling that …": the rumour grows, then what it says.)
  const growing = HEDGE_NOUNS.has(w) ? rumourGrowing(tokens, i + 1) : 0;
  const thatAt = from || placed ? i + 1 + between : i + 1 + growing;
  const next = tokens[thatAt]?.lower;
  // "accusations of favouring landlords", "rumours that he will resign": a hedge with no one behind it (DESIGN.md).
  const hedge = HEDGE_NOUNS.has(w) && (next === "that" || (next === "of" && thatAt === i + 1));
  if (!((THAT_CLAIM_NOUNS.has(w) && next === "that") || hedge) || tokens[i - 1]?.text === "," || s.used[i - 1])
    return undefined;
  // ("disputed claims that could improve returns", "a profit warning that wiped a third off its value": a relative
  // clause describes the noun, no claim.)
  if (next === "that" && ((w === "claims" && !clauseAfterThat(tokens, thatAt)) || relativeThat(tokens, thatAt)))
    return undefined;
  const a = raw(tokens, "claim-noun", next === "of" ? "claim-noun/of" : "claim-noun/that", [i, i]);
  const owner = tokens[i - 1];
  if (from) a.source = [i + 2, thatAt - 1];
  else if (owner?.word && (owner.lower.endsWith("'s") || POSSESSIVE_PRONOUNS.has(owner.lower)))
    a.source = nounPhraseLeft(tokens, i - 1) ?? [i - 1, i - 1];
  // ("Local traders' fears that …": a plural's possessive.)
  else if (pluralApostrophe(tokens, i - 1)) a.source = nounPhraseLeft(tokens, i - 2) ?? [i - 2, i - 2];
  a.content = contentAfter(tokens, thatAt);
  s.take(a);
  return i;
}

/**
 * "The union fears that …", "Ms Patel fears …", "He claims …": after a singular subject, "fears" or "claims" is its
 * verb (and the reporting verb's to read); "amid fears", "raised fears", "growing fears", "the union's fears" and
 * "The move follows claims by …" are the noun.
 */
function verbAfterSubject(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  // ("The lawsuit, filed Tuesday, also claims that …", "describes the purchase as urgent and claims that …": after an
  // appositive's comma or a second verb's "and".)
  if (prev?.text === "," || prev?.lower === "and" || prev?.lower === "but") return true;
  if (!prev?.word || /['’]s?$/.test(prev.text)) return false;
  // ("The complaint also claims that …": past an adverb or an auxiliary to the subject.)
  if (AUXILIARIES.has(prev.lower) && !BE_FORMS.has(prev.lower)) return verbAfterSubject(tokens, i - 1);
  if (PERSON_PRONOUNS.has(prev.lower) || /^(?:it|who|which)$/.test(prev.lower)) return true;
  if (/(?:ing|ed)$/.test(prev.lower) || DETERMINERS.has(prev.lower)) return false;
  const subject = nounPhraseLeft(tokens, i - 1);
  if (!subject) return false;
  // A name of two words or more, or one past the sentence's first word; a noun after its determiner.
  if (prev.cap) return subject[1] > subject[0] || subject[0] > 0;
  const determined = DETERMINERS.has(tokens[subject[0]].lower) || COUNTING_WORDS.has(tokens[subject[0]].lower);
  return subject[0] < i - 1 && determined && !prev.lower.endsWith("s");
}

/** Words of a rumour growing at `k` ("is mounting", "are swirling", "grew"): how many, or 0. */
function rumourGrowing(tokens: Token[], k: number): number {
  const be = /^(?:is|are|was|were|has|have|had|been)$/;
  let j = k;
  while (j < k + 2 && be.test(tokens[j]?.lower ?? "")) j++;
  const grows = /^(?:mounting|mounted|growing|grew|grown|swirling|swirled|circulating|circulated|spreading|spread)$/;
  return grows.test(tokens[j]?.lower ?? "") && tokens[j + 1]?.lower === "that" ? j + 1 - k : 0;
}

/**
 * How far a "that" stands after a preposition at `k`, with one to four words and no punctuation between (else 0).
 */
function wordsToThat(tokens: Token[], k: number): number {
  for (let j = k + 1; j <= k + 5 && tokens[j]?.word; j++) if (tokens[j].lower === "that") return j - k >= 2 ? j - k : 0;
  return 0;
}

/** Words after "from" that say when, not who: "warnings from the start that …". */
const SINCE_THE_START = /^(?:the|day)$/;

/**
 * "in a CNN poll", "in the latest survey": the poll is the source, "in" the cue. "in a USA TODAY/Suffolk
 * University Poll" too; a headline's "Poll:" is a label. "in the words of a senior adviser": the adviser is the
 * source, "in the words of" the cue.
 */
export function inSurvey(s: SentenceScan, i: number): number | undefined {
  const { tokens } = s;
  const t = tokens[i];
  const w = t.lower;
  if (!SURVEY_NOUNS.has(w) || !(!t.cap || tokens[i - 1]?.cap) || tokens[i - 1]?.lower === "other") return undefined;
  let k = i - 1;
  while (
    k >= 0 &&
    k > i - 8 &&
    tokens[k].lower !== "in" &&
    (tokens[k].word || NP_PUNCT.has(tokens[k].text)) &&
    !NP_STOP_WORDS.has(tokens[k].lower)
  )
    k--;
  // "in the wake of a new poll" is about time, not a source.
  if (!(
    k >= 0 &&
    k < i - 1 &&
    tokens[k].lower === "in" &&
    !s.used[k] &&
    // ("weigh in through an online survey": a particle, then the way in.)
    !/^(?:through|via|with|by)$/.test(tokens[k + 1]?.lower ?? "") &&
    !tokens.slice(k + 1, i).some((x) => x.lower === "of")
  ))
    return undefined;
  // "who was not involved in the study", "took part in the survey": someone's part in it, not what it found.
  if (TAKING_PART_IN.has(tokens[k - 1]?.lower ?? "")) return s.veto("survey/taking-part", i);
  // "The bees in the new study were tracked", "Voters in a new poll said": the phrase places its noun, which the
  // verb right after has for its subject (but "leads by eight points in a poll for the Ledger" is the poll's).
  const before = tokens[k - 1];
  const next = tokens[i + 1]?.lower ?? "";
  const subjectsVerb = AUXILIARIES.has(next) || STRONG_VERBS.has(next) || WEAK_VERBS.has(next);
  const noun = before?.word && (!before.cap || k === 1) && !STRONG_VERBS.has(before.lower);
  if (noun && subjectsVerb && w !== "words") return s.veto("survey/in-after-noun", i);
  // "the gap in the survey data", "a lawsuit … over a survey crew": the noun describes another, no source.
  const described = tokens[i + 1];
  if (
    described?.word &&
    !described.cap &&
    !PREPOSITIONS.has(described.lower) &&
    !subjectsVerb &&
    !/(?:ed|en)$/.test(described.lower) &&
    !/^(?:that|which|or)$/.test(described.lower)
  )
    return s.veto("survey/in-modifier", i);
  // ("in the words of a senior adviser", "In the view of the committee": whose words or view, after "of".)
  const speaker =
    tokens[i + 1]?.lower === "of" && (w === "words" || (w === "view" && tokens[i - 1]?.lower === "the"))
      ? nounPhraseRight(tokens, i + 2)
      : null;
  // "in Bolton's view", "in her words": whoever owns them.
  const owned = OPINION_NOUNS.has(w) && k + 1 < i && !speaker;
  if (w === "view" && !owned && !speaker) return s.veto("survey/unowned-view", i);
  // ("In my view, …", "in our view": the writer's own (DESIGN.md).)
  if (owned && k + 2 === i && /^(?:my|our)$/.test(tokens[k + 1].lower)) return s.veto("survey/writers-view", i);
  // "sums up the demand in four words": how many, no one's words.
  if (owned && COUNT.test(tokens[i - 1].lower)) return s.veto("survey/counted-words", i);
  const a = raw(
    tokens,
    "claim-noun",
    speaker ? "survey/words-of" : owned ? "survey/owned" : "survey/in",
    speaker ? [k, i + 1] : owned ? [k, i] : [k, k],
  );
  a.source = speaker ?? (owned ? [k + 1, i - 1] : [k + 1, i]);
  s.take(a);
  return speaker ? speaker[1] : i;
}
