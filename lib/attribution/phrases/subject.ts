/** A clause's subject: the sentence's opening name, past a dateline or an opening time; passives (where a subject
 * ends before its verb is subject-end.ts). */
import { timePhraseLeft } from "./time";
import { type Token } from "../text/sentences";
import { bodyHeadAfter } from "./head-word";
import {
  ANONYMOUS_HEADS,
  AUXILIARIES,
  BE_FORMS,
  BODY_HEADS,
  CLAUSE_WORDS,
  CONJUNCTIONS,
  DAY_OPENERS,
  DETERMINERS,
  DUMMY_SUBJECTS,
  IRREGULAR_PAST_FORMS,
  MID_ADVERBS,
  MONTHS,
  NEAR_DAYS,
  NP_PUNCT,
  NP_STOP_WORDS,
  ORGANISATION_HEADS,
  UNNAMED_BODIES,
  OTHER_PRONOUNS,
  PERSON_PRONOUNS,
  PREPOSITIONS,
  READER_INSTRUCTIONS,
  ROLE_NOUNS,
  RELATIVE_TIMES,
  STRONG_VERBS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  speakerHead,
  TITLES,
  WEAK_VERBS,
  WEEKDAYS,
  AGO_COUNTS,
  AGO_SPANS,
} from "../words";

/**
 * The token after a dateline opening the sentence ("LONDON (Reuters) -", "TOPEKA, Kan. (AP) —", "RAWALKOT:",
 * "New Delhi:"), or 0.
 */
/** A month as a dateline writes it, short or long ("Feb", "Sept.", "March"). */
const DATELINE_MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/;

function pastDateline(tokens: Token[], before: number): number {
  // (A colon after a capitalised word or three: a place, or a label; the subject is past it either way.)
  let colon = 0;
  while (colon < 4 && tokens[colon]?.cap) colon++;
  if (colon > 0 && colon + 1 < before && tokens[colon]?.text === ":" && tokens[colon + 1].cap) return colon + 1;
  // A city in capitals, then a state or country ("Kan.", "England"), a date ("March 12") and a wire in brackets; or
  // the date alone opening the line ("Feb 12 (Reuters) - …").
  const dateFirst = DATELINE_MONTH.test(tokens[0]?.text ?? "") && /^\d{1,2}$/.test(tokens[1]?.text ?? "");
  if (!tokens[0] || !(/^\p{Lu}{2,}$/u.test(tokens[0].text) || dateFirst)) return 0;
  let k = 1;
  while (k < 8 && (/^(?:[,.]|\d{1,2})$/.test(tokens[k]?.text ?? "") || tokens[k]?.cap)) k++;
  if (tokens[k]?.text === "(") {
    const close = tokens.findIndex((t, j) => j > k && j < k + 6 && t.text === ")");
    if (close < 0) return 0;
    k = close + 1;
  }
  return k < before && /^(?:—|–|-|--)$/.test(tokens[k]?.text ?? "") ? k + 1 : 0;
}

/**
 * Where the main clause starts past an opening time and the places after it ("This year, he …", "A month later,
 * he …", "The day before, at a rally in Beaumont, Tex., Mr. Trump …"): 0 when the sentence opens with no time.
 */
function pastOpeningTime(tokens: Token[], before: number): number {
  // ("Minutes later he deleted it and wrote", "Two days later she …": with no comma after it.)
  const count = tokens[0]?.word && (AGO_COUNTS.has(tokens[0].lower) || /^\d+$/.test(tokens[0].text));
  const span = count ? 1 : 0;
  const later = span + 1;
  if (
    AGO_SPANS.has(tokens[span]?.lower ?? "") &&
    RELATIVE_TIMES.has(tokens[later]?.lower ?? "") &&
    tokens[later + 1]?.word &&
    later + 1 < before
  )
    return later + 1;
  const comma = tokens.findIndex((t, j) => j < before && t.text === ",");
  if (comma <= 0 || comma > 5) return 0;
  const last = tokens[comma - 1].lower;
  if (timePhraseLeft(tokens, comma - 1) !== 0 && !(RELATIVE_TIMES.has(last) && comma > 1)) return 0;
  let k = comma + 1;
  // "at a rally in Beaumont, Tex.,": a place, to its comma, and a capitalised word and its comma after it.
  while (k < before && PREPOSITIONS.has(tokens[k].lower)) {
    const next = tokens.findIndex((t, j) => j > k && j < before && t.text === ",");
    if (next < 0) return 0;
    k = next + 1;
    const after = tokens.findIndex((t, j) => j > k && j <= k + 2 && t.text === ",");
    if (tokens[k]?.cap && after > 0 && after < before) k = after + 1;
  }
  return k < before ? k : 0;
}

/** The subject at the start of a sentence: a noun phrase that stops at its verb ("Reid caucused … and says"). */
export function sentenceSubject(tokens: Token[], before: number): [number, number] | null {
  const start = pastDateline(tokens, before) || pastOpeningTime(tokens, before);
  if (start === 0) return subjectAtStart(tokens, before);
  const found = subjectAtStart(tokens.slice(start), before - start);
  return found && [found[0] + start, found[1] + start];
}

function subjectAtStart(tokens: Token[], before: number, lowerDeterminer = false): [number, number] | null {
  const opening =
    tokens[0]?.cap || PERSON_PRONOUNS.has(tokens[0]?.lower) || (lowerDeterminer && DETERMINERS.has(tokens[0]?.lower));
  if (!tokens[0]?.word || !opening) return null;
  // "But …", "However …", "Using a crude expression …", "Asked …": the sentence does not start with its subject.
  const first = tokens[0].lower;
  // "Carly Fiorina", "Ted Cruz": a capitalised word after it makes it a given name, not an adverb or a participle.
  if (CLAUSE_WORDS.has(first) || SUBORDINATORS.has(first) || (/(ing|ly|ed)$/.test(first) && !tokens[1]?.cap))
    return null;
  // ("More than 300 households have rejected …": a count, then what it counts, up to the verb.)
  // ("More than a year ago the ministry …": a time, no subject.)
  if (/^(?:more|fewer|less)$/.test(first) && tokens[1]?.lower === "than") {
    if (!/^\d/.test(tokens[2]?.text ?? "")) return null;
    let k = 3;
    const verb = (w: string) => AUXILIARIES.has(w) || pastForm(w) || STRONG_VERBS.has(w) || WEAK_VERBS.has(w);
    while (k < before && k < 10 && tokens[k].word && !verb(tokens[k].lower)) k++;
    return k > 3 ? [0, k - 1] : null;
  }
  let end = -1;
  for (let j = 0; j < before && j < 8; j++) {
    const t = tokens[j];
    if (!t.word) {
      if (NP_PUNCT.has(t.text)) continue;
      break;
    }
    // "Trump spent Friday in Iowa": a day never belongs to the subject, and the verb came before it.
    if (j > 0 && (WEEKDAYS.has(t.lower) || NEAR_DAYS.has(t.lower) || MONTHS.has(t.lower))) {
      if (end > 0 && !tokens[end].cap && tokens[end - 1].cap) end--;
      // "The manager spoke on Friday, but admitted …": no verb follows the day, so the word before its "on" was one.
      else if (DAY_OPENERS.has(tokens[end]?.lower ?? "") && !tokens[j + 1]?.word && pastForm(tokens[end - 1]?.lower))
        end -= 2;
      break;
    }
    // ("The Rivers and Land Agency": "and" inside a body's name, its head among the capitals after.)
    const inName = t.lower === "and" && tokens[j - 1]?.cap && bodyHeadAfter(tokens, j);
    if (
      j > 0 &&
      !t.cap &&
      !inName &&
      (t.lower === "and" ||
        t.lower === "or" ||
        // ("U.S. packaged food maker Brightwell Foods": a describing word in -ed before a maker's name.)
        (/ed$/.test(t.lower) && !(tokens[j - 1].cap && roleBeforeName(tokens, j))) ||
        NP_STOP_WORDS.has(t.lower) ||
        STRONG_VERBS.has(t.lower) ||
        WEAK_VERBS.has(t.lower) ||
        AUXILIARIES.has(t.lower))
    )
      break;
    // After a name, two lower-case words in a row are its verb phrase ("Hillary Clinton spoke out Tuesday"), where
    // one lower-case word before a name is a role ("Clinton campaign chairman John Podesta" keeps going).
    // ("Peru's central bank cut …": after a possessive, its noun, up to the head that ends it.)
    if (j > 0 && !t.cap && possessedHead(tokens, j)) {
      end = possessedHead(tokens, j);
      break;
    }
    if (
      j > 0 &&
      !t.cap &&
      tokens[j - 1].cap &&
      !DETERMINERS.has(tokens[j - 1].lower) &&
      tokens[j + 1]?.word &&
      !tokens[j + 1].cap &&
      !TITLES.has(t.lower) &&
      !ANONYMOUS_HEADS.has(t.lower) &&
      !ORGANISATION_HEADS.has(t.lower) &&
      // ("Aid groups have welcomed …": bodies in the plural are the head the capital describes; "Musk funds the
      // campaign" has its verb.)
      !UNNAMED_BODIES.has(t.lower) &&
      // ("Kenyan opposition leader Raila Odinga", "US rating agency Moody's": words of a role before a name.)
      !roleBeforeName(tokens, j)
    )
      break;
    end = j;
    if (PERSON_PRONOUNS.has(t.lower) && j === 0) break;
  }
  return end >= 0 ? [0, end] : null;
}

/** Whether one to three words in lower case at `j` end in a role or a body's word right before a name. */
function roleBeforeName(tokens: Token[], j: number): boolean {
  for (let k = j; k < j + 3 && tokens[k]?.word && !tokens[k].cap; k++) {
    const role = [ROLE_NOUNS, TITLES, ORGANISATION_HEADS].some((heads) => heads.has(tokens[k].lower));
    if (role && tokens[k + 1]?.cap) return true;
  }
  return false;
}

/**
 * The head noun ending what a capitalised possessive right before `j` owns ("Peru's central bank", "Kenya's
 * health ministry"), within three words in lower case, or 0.
 */
function possessedHead(tokens: Token[], j: number): number {
  if (!tokens[j - 1].cap || !/['’]s$/.test(tokens[j - 1].lower)) return 0;
  const head = (k: number) => !!tokens[k]?.word && !tokens[k].cap && speakerHead(tokens[k].lower);
  for (let k = j; k < j + 3 && tokens[k]?.word && !tokens[k].cap; k++) {
    if (!head(k)) continue;
    // ("The PRM's secretary general": a title of two heads.)
    while (head(k + 1)) k++;
    return k;
  }
  return 0;
}

/**
 * The main clause's subject before token `before`: the sentence's subject, or a name right after an opening
 * clause ("Asked about it, Mrs. Clinton shook her head and said", "A week later, Trump reversed himself, telling");
 * with `pastConjunction`, also one after an opening "But" or "And" (a participle's: "But the prosecutor opposed the
 * application, saying …"; "But Scott … invoked the famous story" is no report of Scott's).
 */
export function mainSubject(tokens: Token[], before: number, pastConjunction = false): [number, number] | null {
  const comma = tokens.findLastIndex((x, k) => k < before && x.text === ",");
  return (
    sentenceSubject(tokens, before) ??
    (pastConjunction ? afterConjunction(tokens, before) : null) ??
    (comma > 0 ? namedAfter(tokens, comma + 1) : null) ??
    (comma > 0 ? afterOpeningPhrase(tokens, comma) : null)
  );
}

/**
 * The subject after a sentence's opening phrase, where the comma before the verb is a list's: "In an Instagram post
 * on Tuesday, he thanked his studio and the artisans, and wrote", "In a statement on Friday, the club thanked
 * supporters and said". Not a possessive ("In 2015, Oz's show …") nor a name in a list ("In Lagos, Abuja and Kano,").
 */
function afterOpeningPhrase(tokens: Token[], last: number): [number, number] | null {
  const first = tokens.findIndex((x) => x.text === ",");
  if (first <= 0 || first > last) return null;
  const k = first + 1;
  const found =
    namedAfter(tokens, k) ??
    roleThenName(tokens, k) ??
    (/^(?:the|a|an)$/.test(tokens[k]?.lower ?? "") &&
    [ORGANISATION_HEADS, ROLE_NOUNS, ANONYMOUS_HEADS].some((heads) => heads.has(tokens[k + 1]?.lower ?? "")) &&
    tokens[k + 2]?.word &&
    !tokens[k + 2].cap
      ? ([k, k + 1] as [number, number])
      : null);
  if (!found || /['’]s?$/.test(tokens[found[1]].text)) return null;
  return /^(?:and|or|,)$/.test(tokens[found[1] + 1]?.lower ?? "") ? null : found;
}

/**
 * A role in lower case, then the holder's name, at `k`: "When contacted, garden manager Anirban Saikia declined to
 * comment, saying …".
 */
function roleThenName(tokens: Token[], k: number): [number, number] | null {
  let j = k;
  while (j < k + 3 && tokens[j]?.word && !tokens[j].cap) j++;
  const role = tokens[j - 1]?.lower ?? "";
  if (j === k || !(ROLE_NOUNS.has(role) || TITLES.has(role)) || !tokens[j]?.cap) return null;
  let end = j;
  while (tokens[end + 1]?.word && tokens[end + 1].cap) end++;
  return end > j ? [k, end] : null;
}

/**
 * "But the prosecutor opposed the application, saying …": the subject after a sentence's opening "But" or "And" —
 * a name, a pronoun, or someone by role or body ("the overall sense of a lull" says nothing).
 */
function afterConjunction(tokens: Token[], before: number): [number, number] | null {
  if (!/^(?:but|and|yet)$/.test(tokens[0]?.lower ?? "") || !tokens[1]?.word) return null;
  const found = subjectAtStart(tokens.slice(1), before - 1, true);
  // ("But Trump's tweet rattled markets": a possessive owns the subject, which is no one.)
  if (!found || /['’]s?$/.test(tokens[found[1] + 1].text)) return null;
  const head = tokens[found[1] + 1].lower;
  const someone =
    tokens[1].cap ||
    /^(?:he|she|they|we|i)$/.test(tokens[1].lower) ||
    [TITLES, ROLE_NOUNS, BODY_HEADS, ANONYMOUS_HEADS].some((words) => words.has(head));
  return someone ? [found[0] + 1, found[1] + 1] : null;
}

/** A person or a name that starts the sentence ("Hillary Clinton took to Twitter …", "She went on …"), or null. */
export function nameSubject(tokens: Token[], before: number): [number, number] | null {
  const first = tokens[0];
  if (!first?.word) return null;
  if (SUBJECT_PRONOUNS.has(first.lower)) return [0, 0];
  let end = -1;
  for (let j = 0; j < before && j < 5 && tokens[j].word && tokens[j].cap; j++) end = j;
  if (end < 0 || DETERMINERS.has(first.lower) || OTHER_PRONOUNS.has(first.lower) || DUMMY_SUBJECTS.has(first.lower))
    return null;
  // ("But Sanders sought to rebut", "When Trump wanted to say": a clause's opening word, then its subject; "At a
  // rally … to explain", "While …, to warn" open with no one's name.)
  if ([SUBORDINATORS, PREPOSITIONS, CLAUSE_WORDS, CONJUNCTIONS].some((list) => list.has(first.lower)))
    return !PREPOSITIONS.has(first.lower) && tokens[1]?.cap && 1 < before ? namedAfter(tokens, 1) : null;
  // "Click here to tell us": a page's instruction to its reader names no one.
  if (end === 0 && READER_INSTRUCTIONS.has(first.lower)) return null;
  const next = tokens[end + 1];
  // ("Speaking on a point of order, Sadia Kundi rose to explain": a participle's clause opens it, closed by a comma,
  // and the name after is the subject; "Fleming on Tuesday took to Twitter to say", with no comma, is Fleming's.)
  if (end === 0 && first.lower.endsWith("ing") && PREPOSITIONS.has(next?.lower ?? "")) {
    const comma = tokens.findIndex((t, k) => k < before && t.text === ",");
    if (comma > 0) return namedAfter(tokens, comma + 1);
  }
  return next?.word && !next.cap && next.lower !== "to" ? [0, end] : null; // "Needless to say" names no one
}

/** A name or a personal pronoun at `k` followed by a lower-case word (its verb): "…, Johnson demurred". */
export function namedAfter(tokens: Token[], k: number): [number, number] | null {
  let e = k;
  if (PERSON_PRONOUNS.has(tokens[e]?.lower ?? "")) e++;
  else while (e < k + 4 && (tokens[e]?.cap || (tokens[e]?.text === "." && tokens[e - 1].cap))) e++;
  return e > k && tokens[e]?.word && !tokens[e].cap ? [k, e - 1] : null;
}

const pastForm = (w = "") => (w.length > 3 && w.endsWith("ed")) || IRREGULAR_PAST_FORMS.has(w);

/**
 * True when a form of "be" stands right before token `i`, adverbs passed over ("was criticized", "is typically
 * called").
 */
export function afterBe(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && tokens[k].word && (tokens[k].lower.endsWith("ly") || MID_ADVERBS.has(tokens[k].lower))) k--;
  return BE_FORMS.has(tokens[k]?.lower ?? "");
}

/** A passive with no "by" after it ("can be found here", "Texas was called"): no one is reporting. */
export function passiveWithoutAgent(tokens: Token[], i: number): boolean {
  return afterBe(tokens, i) && !tokens.slice(i + 1, i + 8).some((x) => x.lower === "by");
}

/**
 * Whether a clause starts at `k`, its "that" left out: a word that can open a subject ("the", "he", a name), then a
 * verb within a few words ("heard the pair had been arguing", "It is understood the hull was …").
 */
export function clauseStartsAt(tokens: Token[], k: number, bareNoun = false): boolean {
  const first = tokens[k];
  // ("RNZ understands officials at the ministry have …", "It is understood at least two farms have …": people or a
  // count open it too; and, where the caller allows, a noun with no determiner, "It is understood council staff
  // raised …".)
  const opens = (t: Token) =>
    (bareNoun && /^\p{Ll}+$/u.test(t.text) && !PREPOSITIONS.has(t.lower) && !CLAUSE_WORDS.has(t.lower)) ||
    t.cap ||
    DETERMINERS.has(t.lower) ||
    SUBJECT_PRONOUNS.has(t.lower) ||
    t.lower === "it" ||
    ANONYMOUS_HEADS.has(t.lower) ||
    (t.lower === "at" && /^(least|most)$/.test(tokens[k + 1]?.lower ?? "")) ||
    // ("The Canberra Times understands about 180 of the positions are held by …": a count, roughly.)
    (/^(?:about|around|nearly|almost|some|roughly|up)$/.test(t.lower) && /^\d/.test(tokens[k + 1]?.text ?? ""));
  if (!first?.word || !opens(first)) return false;
  // ("It is understood he intends to appeal": a subject pronoun, and a verb in any tense after it.)
  const second = tokens[k + 1];
  // ("the Guardian understands it amounts to about £240,000": "it" and a verb in the present, too.)
  if (/^(he|she|they|we|i)$/.test(first.lower) && second?.word && !second.cap && !PREPOSITIONS.has(second.lower))
    return true;
  if (
    first.lower === "it" &&
    second?.word &&
    /^(?:is|was|has|had|will|would|could|may|might)$|[^s]s$/.test(second.lower)
  )
    return true;
  // ("It is believed Garside, 26, has not spoken": an age or a name's aside between commas is part of the subject.)
  // (A long subject too: "ABC Rural understands at least two smaller broking firms in the region have …".)
  for (let j = k + 1; j < tokens.length && j <= k + 14; j++) {
    const t = tokens[j];
    if (t.text === ",") continue;
    if (!t.word) return false;
    if (!t.cap && (AUXILIARIES.has(t.lower) || IRREGULAR_PAST_FORMS.has(t.lower) || /ed$/.test(t.lower))) return true;
    // ("It is understood the consortium wants to …": where the caller allows, a verb in the present after a noun.)
    // (Before "to", "that" or a determiner: "wash hands." is no clause.)
    const object = tokens[j + 1]?.lower ?? "";
    if (
      bareNoun &&
      j > k &&
      !t.cap &&
      /[^s]s$/.test(t.lower) &&
      /[^s]$/.test(tokens[j - 1].lower) &&
      !tokens[j - 1].cap &&
      (object === "to" || object === "that" || DETERMINERS.has(object))
    )
      return true;
  }
  return false;
}
