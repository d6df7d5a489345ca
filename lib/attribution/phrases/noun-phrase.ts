/** Noun phrases that can name a source, read leftwards from a verb or rightwards from a cue. */
import { pluralApostrophe, type Token, wordBefore } from "../text/sentences";
import { timePhraseLeft } from "./time";
import {
  NEAR_DAYS,
  DOCUMENT_HEADS,
  DOCUMENT_MODIFIERS,
  DOCUMENT_PARTICIPLES,
  PUBLISHING_VERBS,
  ANONYMOUS_HEADS,
  MONTHS,
  NOT_TRADES,
  PERSON_ENDINGS,
  APPROXIMATORS,
  AUXILIARIES,
  COMPARATIVES,
  CLAUSE_WORDS,
  CLAIM_OPENERS,
  DETERMINERS,
  NOUNS_LIKE_VERBS,
  NP_FUNCTION_WORDS,
  NP_PUNCT,
  NP_STOP_WORDS,
  ORGANISATION_HEADS,
  OTHER_PRONOUNS,
  PARTICLES,
  PERSON_PRONOUNS,
  PREPOSITIONS,
  STRONG_VERBS,
  SUBORDINATORS,
  TITLES,
  PORTFOLIO_WORDS,
  WEAK_VERBS,
  LY_NOUNS,
  ROLE_NOUNS,
  FIELD_POSTS,
  NAME_PARTICLES,
} from "../words";

export function isWord(t: Token | undefined, lower?: string): boolean {
  return !!t && t.word && (lower === undefined || t.lower === lower);
}

/**
 * Whether `tokens[k]` is in a run of lower-case particles (up to two either side of it) between capitalised names:
 * "Ramon dela Cruz", "Ruth van der Merwe", "Jornal do Cais".
 */
export function particleInName(tokens: Token[], k: number): boolean {
  const particle = (j: number) => !!tokens[j]?.word && NAME_PARTICLES.has(tokens[j].lower) && !tokens[j].cap;
  if (!particle(k)) return false;
  let a = k;
  let b = k;
  while (a > k - 2 && particle(a - 1)) a--;
  while (b < k + 2 && particle(b + 1)) b++;
  return !!tokens[a - 1]?.cap && !!tokens[b + 1]?.cap;
}

/** A word in -ing that is a noun: after a role's "of" ("head of forecasting") or in a name ("Roads Policing Unit"). */
function ingNoun(tokens: Token[], j: number): boolean {
  const t = tokens[j],
    prev = tokens[j - 1];
  if (!t.lower.endsWith("ing")) return false;
  const role = tokens[j - 2]?.lower ?? "";
  if (prev?.lower === "of") return FIELD_POSTS.test(role) || ROLE_NOUNS.has(role);
  // ("head of network planning", "director of urban planning": one word between the "of" and the field.)
  if (tokens[j - 2]?.lower === "of" && prev?.word && !prev.cap) {
    const post = tokens[j - 3]?.lower ?? "";
    return FIELD_POSTS.test(post) || ROLE_NOUNS.has(post);
  }
  return t.cap && !!prev?.cap && !!tokens[j + 1]?.cap;
}

/** At the head of a phrase, a word ending in -ing, -ed or -ly is a noun after a determiner or when it is one. */
export function nounLookingLikeVerb(tokens: Token[], j: number): boolean {
  const prev = tokens[j - 1];
  // ("The Greens' housing spokesperson": a plural's apostrophe, a token of its own, is a possessive too.)
  const pluralPossessive = pluralApostrophe(tokens, j - 1);
  return (
    NOUNS_LIKE_VERBS.has(tokens[j].lower) ||
    ingNoun(tokens, j) ||
    ((pluralPossessive ||
      (!!prev?.word && (DETERMINERS.has(prev.lower) || prev.lower.endsWith("'s") || prev.lower.endsWith("’s")))) &&
      !tokens[j].lower.endsWith("ly"))
  );
}

/**
 * Collects a source noun phrase ending at token `end` (scanning leftwards).
 * Returns [from, end] or null when the words there are no noun phrase.
 */
const ARTICLES = new Set(["the", "a", "an"]);
/** Words before an article that join its phrase to what comes before ("all the officials", "both the senators"). */
const JOINING = new Set(["all", "both", "half", "of", "and"]);

/**
 * Whether the comma at `k` lists the parts of a body's name ("Ministry of Trade, Industry and Resources", "Ministry
 * of Education, Skills, Youth and Information") or a title's: a body's head or a title and "of" with capitals before
 * it, capitals and "and" after; or, after "the", single words listed before the last part and the body's head ("the
 * Meteorology, Climatology and Geophysics Agency").
 */
export function commaInBodyName(tokens: Token[], k: number): boolean {
  if (tokens[k]?.text !== ",") return false;
  // Back over the capitals before it, and the parts listed before them.
  let j = k - 1;
  while (j > 0 && (tokens[j].cap || (tokens[j].text === "," && tokens[j - 1]?.cap))) j--;
  if (j === k - 1) return false;
  const owner = tokens[j - 1]?.lower ?? "";
  // (A title's portfolio, "Minister of Environment, Water and Agriculture"; not "President of France, Emmanuel
  // Macron".)
  const portfolio = TITLES.has(owner) && PORTFOLIO_WORDS.has(tokens[k + 1]?.lower ?? "");
  const ofBody = /^(?:of|for)$/.test(tokens[j]?.lower ?? "") && (ORGANISATION_HEADS.has(owner) || portfolio);
  const parts = tokens.slice(j + 1, k + 1);
  const listed =
    tokens[j]?.lower === "the" && parts.every((t, m) => (m % 2 === 0 ? t.cap : t.text === ",")) && parts.length > 1;
  if (!ofBody && !listed) return false;
  let and = false;
  for (let m = k + 1; m < tokens.length && m < k + 12; m++) {
    const t = tokens[m];
    if (t.cap) continue;
    if (t.lower === "and" || t.text === "&") {
      and = true;
      if (!tokens[m + 1]?.cap && !(ofBody && tokens[m + 1]?.lower === "the" && tokens[m + 2]?.cap)) return false;
      continue;
    }
    if (t.text === ",") continue;
    // ("Department of Climate Change, Energy, the Environment and Water": "the" before a part.)
    if (ofBody && t.lower === "the" && tokens[m + 1]?.cap && tokens[m - 1]?.text === ",") continue;
    // (A list after "the" ends on a body's head after a part of its own: "… and Geophysics Agency".)
    return and && (ofBody || (ORGANISATION_HEADS.has(tokens[m - 1].lower) && tokens[m - 2]?.cap === true));
  }
  return and && ofBody;
}

/** Whether a verb that sends or publishes comes right before the document at `k` ("sent a letter", "issued a memo"). */
const sentBefore = (tokens: Token[], k: number) =>
  [1, 2, 3].some((d) => PUBLISHING_VERBS.has(tokens[k - d]?.lower ?? ""));

/** Whether token `j` names someone by their trade ("conductor", "machinist") right before "on", "at" or "in". */
function tradeBeforePlace(tokens: Token[], j: number): boolean {
  const w = tokens[j].lower;
  return (
    w.length > 4 &&
    PERSON_ENDINGS.test(w) &&
    !NOT_TRADES.test(w) &&
    !MONTHS.has(w) &&
    /^(?:on|at|in|with|from)$/.test(tokens[j + 1]?.lower ?? "")
  );
}

/**
 * Whether the "to" at `j` says whom a document was sent to: right after it ("the email to customers") or after
 * its sender ("a memo from the director to staff", "a letter by the board to members").
 */
function documentBeforeTo(tokens: Token[], j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - 6; k--) {
    if (!tokens[k].word) return false;
    if (DOCUMENT_HEADS.has(tokens[k].lower))
      return !sentBefore(tokens, k) && (k === j - 1 || /^(?:from|by)$/.test(tokens[k + 1].lower));
  }
  return false;
}

export function nounPhraseLeft(tokens: Token[], end: number, floor = 0): [number, number] | null {
  if (end < floor) return null;
  const last = tokens[end];
  // "Sen. Bernie Sanders (I-Vt.)": the parenthesis belongs to the name before it, whatever is inside.
  if (last?.text === ")") {
    for (let k = end - 1; k > floor && k > end - 10; k--) {
      if (tokens[k].text !== "(") continue;
      const np = nounPhraseLeft(tokens, k - 1, floor);
      // ("Opposition MP Ranjith Medagoda yesterday (19)": a day's date after a time, as Sri Lankan copy writes it, is
      // the time's, no part of the name.)
      const dated = k === end - 2 && /^\d{1,2}$/.test(tokens[k + 1].text) && NEAR_DAYS.has(tokens[k - 1]?.lower ?? "");
      if (dated) return np && np[0] < k - 1 ? [np[0], k - 2] : null;
      return np ? [np[0], end] : null;
    }
  }
  if (!last?.word) {
    // "… (TTP)", a possessive or a share ("41% said") can end the phrase; other punctuation cannot.
    if (!(last && (last.text === ")" || (last.text === "%" && /^\d/.test(tokens[end - 1]?.text ?? ""))))) return null;
  }
  // ("Several people close to her said", "those around him say": the person they are close to ends a longer phrase.)
  const pronoun = last.word && (PERSON_PRONOUNS.has(last.lower) || OTHER_PRONOUNS.has(last.lower));
  const objectOfPreposition =
    pronoun &&
    /^(her|him|them)$/.test(last.lower) &&
    end - 2 > floor &&
    (/^close(r|st)? to$|^near to$/.test(`${tokens[end - 2].lower} ${tokens[end - 1].lower}`) ||
      tokens[end - 1].lower === "around");
  if (pronoun && !objectOfPreposition) return [end, end];
  // A phrase never ends on a preposition ("held him in contempt for refusing").
  if (
    last.word &&
    !last.cap &&
    PREPOSITIONS.has(last.lower) &&
    last.lower !== "close" &&
    last.lower !== "familiar" &&
    last.lower !== "privy"
  )
    return null;
  let from = end;
  let unknown = 0;
  let seenContent = false;
  for (let j = end; j >= floor && end - j < 12; j--) {
    const t = tokens[j];
    if (!t.word) {
      if (NP_PUNCT.has(t.text) || commaInBodyName(tokens, j)) continue;
      break;
    }
    const w = t.lower;
    if (
      NP_STOP_WORDS.has(w) &&
      !(j === end && objectOfPreposition) &&
      !(w === "to" && (tokens[j - 1]?.lower === "close" || tokens[j - 1]?.lower === "privy")) &&
      // ("The email to customers said": a document and whom it was sent to; not one a verb sends, "sent a letter to
      // the office arguing", whose sender argues.)
      !(w === "to" && j < end && documentBeforeTo(tokens, j)) &&
      // ("Secretary to the Ministry of Finance Dilrukshi Amarasekera": a capitalised title's "to the".)
      !(w === "to" && tokens[j - 1]?.cap && TITLES.has(tokens[j - 1].lower) && tokens[j + 1]?.lower === "the") &&
      !(j === end && w === "that")
    )
      break;
    // ("Fairer Finance Now accused": capitalised inside the sentence, before a verb in lower case, a clause word ends
    // a name; a headline capitalises every word, "Trump Just Revealed".)
    if (j === end && CLAUSE_WORDS.has(w) && !(t.cap && !tokens[end + 1]?.cap && wordBefore(tokens, j, floor))) break;
    // "Last year the agency said", "On Thursday evening the trust said": a time phrase before a name is no part.
    if (j < end && seenContent && timePhraseLeft(tokens, j) >= 0) break;
    // "Later the senator said", "In Kabul officials said": a sentence's opening adverb or preposition is no name.
    if (j === 0 && j < end && t.cap && (CLAUSE_WORDS.has(w) || SUBORDINATORS.has(w))) break;
    // "the reports show": right before a verb, a verb form that names a document is its noun.
    if (STRONG_VERBS.has(w) && !t.cap && !(j === end && ORGANISATION_HEADS.has(w)) && !ingNoun(tokens, j)) break;
    // ("Jornal do Cais", "Sauti ya Pwani": a name's particle between its capitals.)
    // ("A bus conductor on the night route said": someone by their trade, before where they work, heads a phrase of
    // their own, whose describing words count afresh.)
    const trade = tradeBeforePlace(tokens, j);
    if (trade) unknown = 0;
    if (t.cap || /\d/.test(w) || (j === end && objectOfPreposition) || particleInName(tokens, j)) {
      // Capitalised words: names, organisations, titles.
    } else if (
      trade ||
      NP_FUNCTION_WORDS.has(w) ||
      ANONYMOUS_HEADS.has(w) ||
      ORGANISATION_HEADS.has(w) ||
      TITLES.has(w) ||
      DETERMINERS.has(w) ||
      (j < end && /['’]s$/.test(w)) ||
      // ("The ministry's latest fortnightly report": what describes a document, before it.)
      (j < end && DOCUMENT_MODIFIERS.has(w) && DOCUMENT_HEADS.has(tokens[end].lower))
    ) {
      // Known noun-phrase material.
    } else if (
      (!/(ing|ed|ly)$/.test(w) || LY_NOUNS.has(w) || nounLookingLikeVerb(tokens, j)) &&
      !PARTICLES.has(w) &&
      (!WEAK_VERBS.has(w) || ingNoun(tokens, j)) &&
      !AUXILIARIES.has(w) &&
      (j === end || unknown < 2)
    ) {
      unknown++;
    } else break;
    from = j;
    seenContent = true;
    // "a charge the company denied": an article opens its phrase, unless a preposition or "all" joins it to more
    // ("a spokesman for the ministry", "all the officials").
    if (
      j < end &&
      ARTICLES.has(w) &&
      !(PREPOSITIONS.has(tokens[j - 1]?.lower ?? "") || JOINING.has(tokens[j - 1]?.lower ?? "")) &&
      // ("Department of Climate Change, Energy, the Environment and Water": nor does one inside a body's name.)
      !commaInBodyName(tokens, j - 1)
    )
      break;
  }
  if (!seenContent) return null;
  // A phrase never starts with a preposition or conjunction, nor with punctuation.
  while (from < end && (!tokens[from].word || (PREPOSITIONS.has(tokens[from].lower) && !tokens[from].cap))) from++;
  while (from <= end && !tokens[from].word) from++;
  if (from > end) return null;
  // "Officials speaking on condition of anonymity said": the formula belongs to the officials.
  if (
    tokens[from].lower === "condition" &&
    tokens[from - 1]?.lower === "on" &&
    /^(speaking|spoke)$/.test(tokens[from - 2]?.lower ?? "")
  ) {
    const who = nounPhraseLeft(tokens, from - 3, floor);
    return who ? [who[0], end] : null;
  }
  from = withQuantity(tokens, from, floor);
  // "Some said": a quantifier alone stands for people.
  const hasHead =
    objectOfPreposition ||
    tokens.slice(from, end + 1).some((t) => t.word && !PREPOSITIONS.has(t.lower) && !DETERMINERS.has(t.lower)) ||
    (from === end && ANONYMOUS_HEADS.has(tokens[end].lower));
  return hasHead ? [from, end] : null;
}

/**
 * Where a phrase starts once the words that round or bound its number are counted ("about 4 in 10", "more than
 * half of white women", "at least four senators", "nearly 90 percent").
 */
function withQuantity(tokens: Token[], from: number, floor: number): number {
  const w = (k: number) => (k >= floor && tokens[k]?.word ? tokens[k].lower : "");
  if ((w(from) === "least" || w(from) === "most") && w(from - 1) === "at") return from - 1;
  const prev = w(from - 1);
  if (prev !== "than" && prev !== "least" && prev !== "most" && !APPROXIMATORS.has(prev)) return from;
  if (!/^(\d|half|a|one|two|three|four|five|six|seven|eight|nine|ten|majority|third|quarter)/.test(w(from)))
    return from;
  if (w(from - 1) === "than" && COMPARATIVES.has(w(from - 2))) return from - 2;
  if ((w(from - 1) === "least" || w(from - 1) === "most") && w(from - 2) === "at") return from - 2;
  return APPROXIMATORS.has(w(from - 1)) ? from - 1 : from;
}

/** Collects a noun phrase starting at token `start`, up to punctuation or a clause word. */
/** Words that end a noun phrase read rightwards: a relative or a clause after it ("by the ministry since the …"). */
const PHRASE_BREAKS = /^(?:that|who|which|as|when|because|but|since)$/;

export function nounPhraseRight(tokens: Token[], start: number, stopAtComma = true): [number, number] | null {
  let end = -1;
  for (let j = start; j < tokens.length && j - start < 16; j++) {
    const t = tokens[j];
    if (!t.word) {
      if (NP_PUNCT.has(t.text) || (t.text === "," && (!stopAtComma || commaInBodyName(tokens, j)))) continue;
      break;
    }
    // (So does "to" before a verb: "by Westmoor Police to stay off the roads"; not "to the filing", nor after a
    // document's participle, "a letter sent to fans", where it says to whom.)
    const infinitive =
      t.lower === "to" &&
      tokens[j + 1]?.word &&
      !tokens[j + 1].cap &&
      !DETERMINERS.has(tokens[j + 1].lower) &&
      !DOCUMENT_PARTICIPLES.has(tokens[j - 1]?.lower ?? "");
    if (j > start && (PHRASE_BREAKS.test(t.lower) || infinitive)) break;
    // "according to White House pool reports, …": a document's plural ending the phrase is its head, not a verb; so
    // is one its participle or a preposition follows ("a fiscal note prepared by …", "the reports from …").
    const next = tokens[j + 1];
    const head =
      ORGANISATION_HEADS.has(t.lower) &&
      (!next?.word || PREPOSITIONS.has(next.lower) || DOCUMENT_PARTICIPLES.has(next.lower));
    // ("the first information report": after a determiner, "first" or "later" describes the noun.)
    // ("told local paper Jornal do Cais": not a name's particle between its capitals.)
    const particle = particleInName(tokens, j);
    if (
      j > start &&
      !t.cap &&
      !head &&
      !particle &&
      (STRONG_VERBS.has(t.lower) || AUXILIARIES.has(t.lower)) &&
      !NP_FUNCTION_WORDS.has(t.lower) &&
      !DETERMINERS.has(tokens[j - 1].lower)
    )
      break;
    end = j;
  }
  // Close a bracket the phrase opened ("Rep. G.K. Butterfield (D-N.C.)").
  if (end >= start && tokens[end + 1]?.text === ")" && tokens.slice(start, end + 1).some((t) => t.text === "(")) end++;
  return end >= start ? [start, end] : null;
}

/**
 * Who was told, right after "told": "The Sunday Guardian", "reporters", "a news conference in Kabul". It ends
 * where the claim starts: "told Reuters the talks had stalled", "told reporters he would run".
 */
export function addresseeRight(tokens: Token[], start: number): [number, number] | null {
  const r = nounPhraseRight(tokens, start);
  if (!r) return null;
  // "told reporters at a briefing in the capital on Monday": who heard it, not where, once the phrase runs long
  // ("told her daughter in the opening chapter" is short enough to be read whole).
  const long = r[1] - r[0] >= 6;
  for (let j = start + 1; long && j < r[1]; j++) {
    const next = tokens[j + 1];
    const where = CLAIM_OPENERS.has(tokens[j].lower) && tokens[j - 1].word && !tokens[j - 1].cap;
    if (where && next.word && DETERMINERS.has(next.lower)) {
      r[1] = j - 1;
      break;
    }
  }
  for (let j = start + 1; j <= r[1]; j++) {
    const t = tokens[j],
      before = tokens[j - 1];
    // ("told the court Furlong had taken …", "told reporters Smith had resigned": a name after who heard it, with a
    // verb right after the name, is the claim's subject.)
    if (t.cap && before.word && !before.cap && !DETERMINERS.has(before.lower) && !PREPOSITIONS.has(before.lower)) {
      let k = j;
      while (tokens[k + 1]?.cap || particleInName(tokens, k + 1)) k++;
      if (AUXILIARIES.has(tokens[k + 1]?.lower ?? "") || STRONG_VERBS.has(tokens[k + 1]?.lower ?? ""))
        return [start, j - 1];
    }
    // A determiner or a pronoun after the first words opens the claim's subject.
    const opens =
      !t.cap &&
      (DETERMINERS.has(t.lower) ||
        PERSON_PRONOUNS.has(t.lower) ||
        t.lower === "they" ||
        t.lower === "it" ||
        t.lower === "there");
    if (opens && before.word && !PREPOSITIONS.has(before.lower)) return [start, j - 1];
  }
  return r;
}
