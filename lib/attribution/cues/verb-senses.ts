/** Whether a verb form is used as a reporting verb here, or as a noun, a name or in another sense. */
import { madeByBefore } from "../phrases/maker";
import { nounPhraseLeft } from "../phrases/noun-phrase";
import { skipAuxLeft } from "../phrases/subject-end";
import { pastAside } from "../text/quotes";
import { type Token } from "../text/sentences";
import {
  AFTER_SHOW_NOUN,
  ANONYMOUS_HEADS,
  AUXILIARIES,
  CLAUSE_OPENERS,
  CONJUNCTIONS,
  DETERMINERS,
  GROUP_QUANTIFIERS,
  IRREGULAR_PAST,
  NOT_A_GROUP_VIEW,
  NOT_CUES,
  NOT_GROUP_HEADS,
  NOUN_AFTER,
  NOUN_LIKE_VERBS,
  NO_PROPOSITION,
  ORGANISATION_HEADS,
  OTHER_PRONOUNS,
  PARTY_WORDS,
  PERSON_PRONOUNS,
  PHRASAL_CUES,
  PREPOSITIONS,
  SHOWING_VERBS,
  SHOW_KINDS,
  SPEAKING_THINGS,
  THINKING_VOICES,
  TITLES,
  LY_NOUNS,
  POSSESSIVE_PRONOUNS,
  STRONG_VERBS,
  WEAK_VERBS,
} from "../words";

/**
 * "…, with the weather office warning that it could …", "with analysts predicting …": after "with" and its subject,
 * an -ing form is the subject's verb, not a noun ("a warning that …").
 */
export function participleWithSubject(tokens: Token[], i: number): boolean {
  if (!tokens[i].lower.endsWith("ing")) return false;
  const subject = nounPhraseLeft(tokens, i - 1);
  if (!subject || subject[0] < 1 || tokens[subject[0] - 1].lower !== "with") return false;
  // (With "that" after it, a verb whatever came before; else not the noun of "with little warning", "with a yellow
  // warning for rain", "with the defending champion".)
  const next = tokens[i + 1];
  if (next?.lower === "that") return true;
  const before = tokens[i - 1].lower;
  // ("with some saying they cannot afford …": a quantity standing for people; "with some warning" is a little.)
  const people = /^(?:some|many|most|several|others|few)$/.test(before) && !NOUN_LIKE_VERBS.has(tokens[i].lower);
  return (
    !!next?.word &&
    !PREPOSITIONS.has(next.lower) &&
    (!DETERMINERS.has(before) || people) &&
    !/^(?:little|much|more|less|no|any|prior|advance|early)$/.test(before) &&
    !/^(?:a|an)$/.test(tokens[subject[0]].lower)
  );
}

/** Verbs a noun "reports" may take ("Media reports said", "Reports suggest"). */
const REPORTED_BY_NOUN = /^(?:said|say|says|suggest|suggested|suggests|claimed|claim|indicate|indicated)$/;

/** Words that open what a verb says ("estimates the project will …", "states that …", "shows 40% …"). */
const OBJECT_OPENERS = /^(?:that|the|a|an|its|their|this|these|those|it|he|she|they|we|some|most|about|\d.*)$/;

/**
 * Whether the "that" at `k` opens a clause of its own, a subject and its verb ("that the council could face", "that
 * tenants will suffer"), not a relative one ("that rely on tourism", "that have children").
 */
export function clauseAfterThat(tokens: Token[], k: number): boolean {
  const first = tokens[k + 1];
  if (!first?.word || AUXILIARIES.has(first.lower)) return false;
  return (
    first.cap ||
    /^\d/.test(first.text) ||
    /^(?:the|a|an|he|she|it|they|we|its|his|her|their|this|these|those|some|many|most|no|all|both|several)$/.test(
      first.lower,
    ) ||
    /^(?:thousands|hundreds|millions|dozens|scores)$/.test(first.lower) ||
    [2, 3].some((d) => AUXILIARIES.has(tokens[k + d]?.lower ?? ""))
  );
}

/** True when the token before `i` makes the word at `i` a noun ("the claims", "phone calls"). */
export function nounUse(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const w = tokens[i].lower;
  // "Estimates from the SMSA put …", "disputes of this kind": a noun with what it is of or from, opening its
  // sentence too ("Reports from the police are that …" report, as Caribbean copy writes it).
  const ofOrFrom = /^(from|of)$/.test(tokens[i + 1]?.lower ?? "");
  if (ofOrFrom && NOUN_LIKE_VERBS.has(w) && /[^s]s$/.test(w) && w !== "reports" && w !== "claims") return true;
  // ("Reports suggest that …", "Claims say …": opening the sentence before a verb of saying or showing, the noun.)
  const verbNext = REPORTED_BY_NOUN.test(tokens[i + 1]?.lower ?? "") || SHOWING_VERBS.has(tokens[i + 1]?.lower ?? "");
  if (!prev?.word && (w === "reports" || w === "claims") && verbNext) return true;
  if (!prev?.word || participleWithSubject(tokens, i)) return false;
  // "the claims" is a noun; "Some said", "some argued", "Some say" (but not "have some say") are people speaking.
  if (DETERMINERS.has(prev.lower)) {
    const before = tokens[i - 2];
    // ("Several people close to her said": "her" after "close to" is no determiner.)
    if (prev.lower === "her" && before?.lower === "to" && /^close(r|st)?$/.test(tokens[i - 3]?.lower ?? ""))
      return false;
    const opensClause = !before?.word || CLAUSE_OPENERS.has(before.lower);
    return !(
      ANONYMOUS_HEADS.has(prev.lower) &&
      (IRREGULAR_PAST.has(tokens[i].lower) || tokens[i].lower.endsWith("ed") || opensClause)
    );
  }
  // "a weaker-than-expected forecast", "in a written reply": a compound adjective or a participle after "a" (but
  // "A 34-year-old said", "A citizen said" are people speaking).
  if (
    /^(a|an)$/.test(tokens[i - 2]?.lower ?? "") &&
    /-|(en|ed)$/.test(prev.lower) &&
    NOUN_LIKE_VERBS.has(tokens[i].lower)
  )
    return true;
  // "media reports", "false claims": after a lower-case word that is no pronoun or adverb, these are nouns
  // ("the Post reports", "he claims", "frequently reports" are verbs).
  if ((w === "reports" || w === "claims") && PARTY_WORDS.has(prev.lower)) return true; // "Republican claims"
  // "interviewed under caution", "with caution": a bare verb form after a preposition is a noun.
  if (NOUN_AFTER.has(prev.lower) && !/(ing|ed)$/.test(w)) return true;
  // "Compensation claims from passengers", "reports of shelling": a noun with what it is of or from.
  if ((w === "reports" || w === "claims") && ofOrFrom) return true;
  // "FEC reports show …", "Media reports said …": a verb of showing or saying follows the noun.
  if (
    w === "reports" &&
    (SHOWING_VERBS.has(tokens[i + 1]?.lower ?? "") || REPORTED_BY_NOUN.test(tokens[i + 1]?.lower ?? ""))
  )
    return true;
  const modifier =
    !prev.cap &&
    !PERSON_PRONOUNS.has(prev.lower) &&
    !OTHER_PRONOUNS.has(prev.lower) &&
    (!prev.lower.endsWith("ly") || LY_NOUNS.has(prev.lower)) &&
    !AUXILIARIES.has(prev.lower) &&
    prev.lower !== "also";
  // "The ad claims", "the suit claims that": a body or a document speaking, after its determiner (not after a
  // preposition: "wrote in a research note").
  // ("Marrowind's own environmental impact statement estimates …": or an owner, and words describing it.)
  let d = i - 2;
  while (
    d > i - 6 &&
    tokens[d]?.word &&
    !tokens[d].cap &&
    !DETERMINERS.has(tokens[d].lower) &&
    !/['’]s?$/.test(tokens[d].text)
  )
    d--;
  // (A verb there agrees with its one owner, "estimates"; "the refinery's official estimate", "Kensington's research
  // note, published …" and "the company's estimates were" are nouns.)
  const next = tokens[i + 1];
  // ("Goldman's research notes say …", "the team reports directly to …": a verb or an adverb after it leaves it a
  // noun; the verb's object or clause opens with a determiner, a pronoun, "that" or a figure.)
  const agrees = /[^s]s$/.test(tokens[i].lower) && !!next?.word && OBJECT_OPENERS.test(next.lower);
  const owned = /['’]s?$/.test(tokens[d]?.text ?? "") && !!tokens[d].word && agrees;
  if (
    modifier &&
    (ORGANISATION_HEADS.has(prev.lower) || ANONYMOUS_HEADS.has(prev.lower) || SPEAKING_THINGS.has(prev.lower)) &&
    (DETERMINERS.has(tokens[i - 2]?.lower ?? "") || owned) &&
    !PREPOSITIONS.has(tokens[(owned ? d : i - 2) - 1]?.lower ?? "")
  )
    return false;
  // ("the company claims it is installed in two million homes": a clause opened by a subject pronoun makes it the
  // verb.)
  const clause =
    /^(it|he|she|they|we)$/.test(tokens[i + 1]?.lower ?? "") && !!tokens[i + 2]?.word && !tokens[i + 2].cap;
  if (w === "reports" || w === "claims") return modifier && !clause;
  // "raised its third-quarter Brent forecast": an owner's word, then what describes the noun.
  // "The Tidemark note found that …": a verb right after it, so it is the noun.
  // ("That dispute is not covered": after a determiner, a verb of its own or an auxiliary follows the noun.)
  const after = tokens[i + 1]?.lower ?? "";
  const verbAfter = STRONG_VERBS.has(after) || WEAK_VERBS.has(after);
  const determined = DETERMINERS.has(prev.lower) || /^(that|this|these|those)$/.test(prev.lower);
  if (NOUN_LIKE_VERBS.has(w) && ((prev.cap && verbAfter) || (determined && (verbAfter || AUXILIARIES.has(after)))))
    return true;
  // ("The thinktank estimates that the reduction will save …": a noun after its article, then "that" and a clause of
  // its own, makes it the body's verb; "the estimates that analysts made" keeps the noun.)
  const bodyVerb =
    /[^s]s$/.test(w) &&
    next?.lower === "that" &&
    DETERMINERS.has(tokens[i - 2]?.lower ?? "") &&
    !prev.cap &&
    !prev.lower.endsWith("s") &&
    clauseAfterThat(tokens, i + 1);
  if (bodyVerb) return false;
  // ("Their lawyers forecast": a plural before it is the verb's subject.)
  if (NOUN_LIKE_VERBS.has(w) && !prev.lower.endsWith("s") && ownedNoun(tokens, i)) return true;
  // "a handwritten note", "unmet promises" (but "experts note", "groups promise": a plural subject; "and pledges to").
  // ("the most serious ethics finding": no plural's present tense ends in "-ing".)
  const plural = prev.lower.endsWith("s") && !w.endsWith("ing");
  return NOUN_LIKE_VERBS.has(w) && modifier && !plural && !CONJUNCTIONS.has(prev.lower);
}

/** "a website called …", "another called …", "the so-called …": "called" names something. */
export function namingNoun(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev?.word || prev.cap) return false;
  if (prev.lower === "so" || prev.lower === "so-" || prev.lower === "another") return true;
  // "an official called it …" speaks; "a website called …" is named.
  if (ANONYMOUS_HEADS.has(prev.lower) || TITLES.has(prev.lower) || AUXILIARIES.has(prev.lower)) return false;
  // An indefinite noun phrase just before: "a 2002 psychology class called", "a group of rabbis called" is not one.
  for (let k = i - 2; k >= 0 && k >= i - 4; k--) {
    const t = tokens[k];
    if (!t.word || PREPOSITIONS.has(t.lower)) return false;
    if (t.lower === "a" || t.lower === "an") return true;
  }
  return false;
}

/** "a TV show", "the MSNBC show", "his call-in show", "show up": not showing that something is so. */
export function showNoun(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (tokens[i + 1]?.lower === "up" || !prev?.word) return tokens[i + 1]?.lower === "up";
  return (
    SHOW_KINDS.has(prev.lower) ||
    // "the MSNBC show ''Morning Joe''", "an NBC show as his guilty pleasure" (but "the Census Survey show that …").
    (prev.cap &&
      i > 1 &&
      !prev.lower.endsWith("s") &&
      !madeByBefore(tokens, i - 1) &&
      (!tokens[i + 1]?.word || AFTER_SHOW_NOUN.has(tokens[i + 1].lower)))
  );
}

/**
 * "Some strategists think", "Republicans think", "many think": a group's view is reported. ("They think", "what
 * people think", "said they think" are not: a pronoun, a question, or a claim already attributed.)
 */
export function groupThinks(tokens: Token[], i: number): boolean {
  const k = skipAuxLeft(tokens, i - 1);
  const head = tokens[k];
  if (!head?.word) return false;
  const group =
    GROUP_QUANTIFIERS.has(head.lower) ||
    (head.lower.endsWith("s") && !NOT_GROUP_HEADS.has(head.lower) && !head.lower.endsWith("'s"));
  if (NO_PROPOSITION.has(tokens[i + 1]?.lower ?? "")) return false; // "Voters thought about it"
  return group && !tokens.slice(Math.max(0, k - 3), k).some((x) => NOT_A_GROUP_VIEW.has(x.lower));
}

/** Researchers who "report" a finding, the word right before the verb. */
const REPORTING_RESEARCHERS = /^(?:colleagues|co-?authors|researchers|authors|scientists|investigators|astronomers)$/;

/**
 * "Kalani and her colleagues report in Nature Astronomy", "the researchers report that …": "report" is a verb after
 * researchers in the plural; anywhere else it is the noun ("a police report said", "the annual report"), which is why
 * it is no verb form of the word lists.
 */
export const researchersReport = (tokens: Token[], i: number) =>
  tokens[i].lower === "report" && REPORTING_RESEARCHERS.test(tokens[i - 1]?.lower ?? "");

/**
 * "John Bolton thought the buzz was artificial", "Ms Okafor thinks that …": a named person's view, with the
 * proposition after it. Not "I think" or "you think" (the author's and the reader's voice: lower case or a
 * pronoun), not "thought about".
 */
export function namedThinks(tokens: Token[], i: number): boolean {
  let k = skipAuxLeft(tokens, i - 1);
  // ("The Institute for Local Finance, a think-tank, reckons": the name before its appositive.)
  if (tokens[k]?.text === ",") {
    const open = tokens.slice(Math.max(0, k - APPOSITIVE_READ), k).findLastIndex((t) => t.text === ",");
    if (open >= 0) k = Math.max(0, k - APPOSITIVE_READ) + open - 1;
  }
  // ("The institute reckons that …": a body named by its kind, with its article.)
  const body = ORGANISATION_HEADS.has(tokens[k]?.lower ?? "") && DETERMINERS.has(tokens[k - 1]?.lower ?? "");
  if (body && !NO_PROPOSITION.has(tokens[pastAside(tokens, i + 1)]?.lower ?? "")) return true;
  const head = tokens[k];
  // ("Tes understands, however, that …": past an adverb set between commas.)
  const next = tokens[pastAside(tokens, i + 1)];
  if (!head?.word || !head.cap || !next?.word || THINKING_VOICES.has(head.lower)) return false;
  return !NO_PROPOSITION.has(next.lower) && !/['’]s$/.test(head.lower);
}

/** How far back an appositive before a verb of thinking is read for its opening comma (words). */
const APPOSITIVE_READ = 10;

/** The last token of a verb + particle cue starting at `i` ("talked about", "made it clear"), or -1. */
export function phrasalEnd(tokens: Token[], i: number): number {
  const endings = PHRASAL_CUES.get(tokens[i].lower);
  if (!endings) return -1;
  for (const words of endings) {
    if (words.every((x, k) => tokens[i + 1 + k]?.lower === x)) return i + words.length;
  }
  return -1;
}

/** Whether token `i` stands where its word is no cue ("compared to", "appeared on", "would respond"). */
export function notACueHere(tokens: Token[], i: number): boolean {
  const rows = NOT_CUES.get(tokens[i].lower);
  if (!rows) return false;
  const prev = tokens[i - 1]?.lower ?? "",
    next = tokens[i + 1]?.lower ?? "";
  return rows.some(([before, after]) => (!before || before.has(prev)) && (!after || after.has(next)));
}

/** Whether an owner's word ("its", "their") stands two or three words before `i`, describing words between. */
function ownedNoun(tokens: Token[], i: number): boolean {
  for (let k = i - 2; k >= i - 3 && k >= 0; k--) {
    if (!POSSESSIVE_PRONOUNS.has(tokens[k].lower)) continue;
    return tokens.slice(k + 1, i).every((t) => t.word && !AUXILIARIES.has(t.lower) && !t.lower.endsWith("ly"));
  }
  return false;
}
