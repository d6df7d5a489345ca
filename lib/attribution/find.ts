/**
 * Finds attributions sentence by sentence: patterns that carry their own
 * source ("according to X", "claims from X suggest", "X's narrative"),
 * source-less hedges ("allegedly", "is believed to"), then reporting verbs
 * with the source noun phrase before or after them.
 */
import {
  AUXILIARIES, CLAIM_NOUNS, THAT_CLAIM_NOUNS, EVIDENCE_NOUNS, HEDGE_ADJECTIVES, HEDGE_ADVERBS, INDICATING_VERBS,
  NP_FUNCTION_WORDS, NP_STOP_WORDS, OTHER_PRONOUNS, PASSIVE_HEDGE_VERBS, PERSON_PRONOUNS, STRONG_VERBS,
  WEAK_VERBS, ANONYMOUS_HEADS, ORGANISATION_HEADS, NOT_CUES_BESIDE, PHRASAL_CUES, PHRASAL_GROUPS, STRONG_PHRASAL, TITLES,
  MONTHS, NEAR_DAYS, WEEKDAYS, INVERTING_VERBS,
} from "./lexicon";
import { isSpace, splitSentences, tokenize, type Token } from "./sentences";

export type CueKind = "verb" | "weak-verb" | "according-to" | "claim-noun" | "evidence" | "hedge";

/** A raw finding, before tiers and speakers are decided. */
export interface RawAttribution {
  kind: CueKind;
  /** Token index ranges [from, to] (inclusive) within `tokens`. */
  cue: [number, number];
  /** Extra cue tokens away from the main cue ("suggest" in "claims from X suggest"). */
  cueTail: [number, number] | null;
  source: [number, number] | null;
  /** The head part of an appositive source ("X" in "X, a spokesman for Y,"). */
  appositive: [number, number] | null;
  content: [number, number] | null;
  /** An outlet the statement was given to ("told The Sunday Guardian"). */
  addressee: [number, number] | null;
  /** The source of an earlier attribution in the same sentence that this one repeats (", adding …"). */
  sharedSource?: [number, number];
  tokens: Token[];
}

const DETERMINERS = new Set(["the", "a", "an", "these", "those", "his", "her", "their", "its", "our", "my", "some", "this", "new", "recent", "such", "any", "no", "every", "each"]);
const PREPOSITIONS = new Set(["of", "for", "from", "within", "at", "in", "on", "with", "close", "to", "familiar", "privy", "and", "by"]);
const OPEN_QUOTES = new Set(["“", "\"", "‘", "«"]);
const CLOSE_QUOTES = new Set(["”", "\"", "’", "»"]);
/** Verb particles and adverbs that never sit in a source phrase ("stirring up disputes"). */
const PARTICLES = new Set(["up", "out", "down", "off", "over", "away", "back", "around", "only", "just", "even", "too", "very", "more", "most", "less", "much", "now", "then", "there", "here", "also", "not"]);
/** Past forms that are reporting verbs even with no source in sight ("…, the spokesman said"). */
const IRREGULAR_PAST = new Set(["said", "told", "wrote", "written"]);
/** "-ed" forms that are as often adjectives ("a reported case", "noted author"). */
const AMBIGUOUS_ED = new Set(["reported", "noted", "described", "charged", "disputed", "revealed", "estimated", "indicated", "suggested", "caused"]);
// Angle brackets and slashes too: page text can carry stray markup ("<b>two officials</b>").
const NP_PUNCT = new Set(["(", ")", "-", "&", "'", "’", "<", ">", "/"]);
/** What follows a sentence-initial "Asked": the question put to the speaker. */
const ASKED_NEXT = new Set(["whether", "if", "about", "what", "who", "how", "why", "when", "on", "to", "by", "for", "during", "in", "specifically", "again", "later"]);
const WRITE_FORMS = new Set(["write", "written", "writing"]);
/** Words after "wrote" that make it a report of what was written. */
const REPORT_COMPLEMENT = new Set(["that", "in", "on", "to", "about", "of", "recently", "later", "earlier", "last", "this", ...WEEKDAYS]);
/** Conjunctions and adverbs that can stand right before a verb but never name its source. */
const CLAUSE_WORDS = new Set(["and", "or", "but", "yet", "so", "then", "also", "what", "long", "now", "later", "once", "still", "just"]);
/** Words that open a clause before its subject ("However, …", "When she spoke, …"). */
const SUBORDINATORS = new Set(["however", "if", "when", "while", "as", "after", "before", "because", "although", "though", "since", "until", "unless", "in", "on", "at", "for", "with", "despite", "during", "even", "still", "instead", "meanwhile", "asked"]);
/** Participles that, after a comma, carry on an attribution (", citing …", ", referring to …"). */
const PARTICIPLE_CUES = new Set(["saying", "stating", "declaring", "writing", "tweeting", "announcing", "asserting", "maintaining", "contending", "denying", "citing", "referring", "calling", "asking", "pointing", "adding", "noting", "explaining", "insisting", "arguing", "claiming", "suggesting", "warning", "telling", "recalling", "urging", "describing", "accusing", "praising", "criticizing", "questioning", "promising", "vowing", "predicting", "acknowledging", "conceding"]);
/**
 * Verbs that, inside a speaker's relative clause, make a claim of their own ("Podesta, who said the project was
 * vetted, said …"). "who wrote the bill", "who asked not to be named" describe the speaker instead.
 */
export const NESTED_CLAIM_VERBS = new Set(["said", "says", "say", "told", "tells", "claimed", "claims", "argued", "argues", "insisted", "insists", "noted", "notes", "warned", "warns", "believes", "predicted", "acknowledged", "denied", "denies"]);
/** "-ing" forms that after a comma mostly describe rather than report (", showing a little more of his side", ", revealing the collaboration"). */
const VAGUE_PARTICIPLES = new Set(["showing", "revealing", "reflecting", "highlighting", "continuing", "supporting", "threatening", "outlining", "seeming", "appearing", "planning", "seeking", "knowing", "wanting", "finding", "considering"]);
/** Speech verbs whose clause holds the speaker's own views ("said they believe", "says he wants"). */
const REPORTING_BEFORE_CLAUSE = new Set(["said", "says", "say", "told", "added", "argued", "insisted", "noted"]);
/** Prepositions before a gerund that the sentence's subject does ("Sanders won by denouncing …"). */
const GERUND_PREPOSITIONS = new Set(["by", "in", "after", "before", "while", "when"]);
/** Participles after "is"/"was" that name the subject's own state of mind ("the campaign is worried"), not a passive. */
const STATES_OF_MIND = new Set(["worried", "concerned", "convinced", "pleased", "frustrated", "disappointed", "surprised", "alarmed", "troubled", "encouraged", "satisfied", "delighted", "angered", "outraged", "upset", "determined", "committed", "opposed", "inclined", "prepared", "resigned"]);
/** "I think", "we know" outside quotation marks: an interview's answers, a first-person column. */
const FIRST_PERSON_STANCE = new Set(["think", "thought", "know"]);
/** Weak verbs too common in other senses to count without a clear source. */
const PICKY_WEAK = new Set(["continue", "continues", "continued", "call", "calls", "called", "calling", "show", "shows", "showed", "shown", "showing", "see", "sees", "saw", "seen", "seeing", "find", "finds", "found", "finding", "know", "knows", "knew", "known", "knowing", "want", "wants", "wanted", "wanting", "support", "supports", "supported", "supporting", "plan", "plans", "planned", "planning", "seek", "seeks", "sought", "seeking", "attack", "attacks", "attacked", "attacking", "point", "points", "pointed", "pointing", "consider", "considers", "considered", "considering", "ask", "asks", "asked", "asking"]);

function isWord(t: Token | undefined, lower?: string): boolean {
  return !!t && t.word && (lower === undefined || t.lower === lower);
}

/** Nouns that end like verb forms or adverbs: "the family", "a close ally", "the ruling", "a media wing". */
const NOUNS_LIKE_VERBS = new Set(["family", "ally", "rally", "assembly", "daily", "weekly", "monthly", "wing", "briefing", "meeting", "ruling", "hearing", "building", "king", "ring", "thing", "morning", "evening", "reading", "wedding", "funding", "finding", "spending", "warning", "offering", "bulletin", "screed", "creed", "need", "seed", "feed", "tweed", "accused", "deceased", "injured"]);

/** At the head of a phrase, a word ending in -ing, -ed or -ly is a noun after a determiner or when it is one. */
function nounLookingLikeVerb(tokens: Token[], j: number): boolean {
  const prev = tokens[j - 1];
  return NOUNS_LIKE_VERBS.has(tokens[j].lower) || (!!prev?.word && (DETERMINERS.has(prev.lower) || prev.lower.endsWith("'s") || prev.lower.endsWith("’s")) && !tokens[j].lower.endsWith("ly"));
}

/**
 * Collects a source noun phrase ending at token `end` (scanning leftwards).
 * Returns [from, end] or null when the words there are no noun phrase.
 */
export function nounPhraseLeft(tokens: Token[], end: number, floor = 0): [number, number] | null {
  if (end < floor) return null;
  const last = tokens[end];
  // "Sen. Bernie Sanders (I-Vt.)": the parenthesis belongs to the name before it, whatever is inside.
  if (last?.text === ")") {
    for (let k = end - 1; k > floor && k > end - 10; k--) {
      if (tokens[k].text !== "(") continue;
      const np = nounPhraseLeft(tokens, k - 1, floor);
      return np ? [np[0], end] : null;
    }
  }
  if (!last?.word) {
    // "… (TTP)" or a possessive can end the phrase; other punctuation cannot.
    if (!(last && (last.text === ")" ))) return null;
  }
  if (last.word && (PERSON_PRONOUNS.has(last.lower) || OTHER_PRONOUNS.has(last.lower))) return [end, end];
  // A phrase never ends on a preposition ("held him in contempt for refusing").
  if (last.word && !last.cap && PREPOSITIONS.has(last.lower) && last.lower !== "close" && last.lower !== "familiar" && last.lower !== "privy") return null;
  let from = end;
  let unknown = 0;
  let seenContent = false;
  for (let j = end; j >= floor && end - j < 12; j--) {
    const t = tokens[j];
    if (!t.word) {
      if (NP_PUNCT.has(t.text)) continue;
      break;
    }
    const w = t.lower;
    if (NP_STOP_WORDS.has(w) && !(w === "to" && (tokens[j - 1]?.lower === "close" || tokens[j - 1]?.lower === "privy")) && !(j === end && w === "that")) break;
    if (j === end && CLAUSE_WORDS.has(w)) break;
    // "Later the senator said", "In Kabul officials said": a sentence's opening adverb or preposition is no name.
    if (j === 0 && j < end && t.cap && (CLAUSE_WORDS.has(w) || SUBORDINATORS.has(w))) break;
    // "the reports show": right before a verb, a verb form that names a document is its noun.
    if (STRONG_VERBS.has(w) && !t.cap && !(j === end && ORGANISATION_HEADS.has(w))) break;
    if (t.cap || /\d/.test(w)) {
      // Capitalised words: names, organisations, titles.
    } else if (NP_FUNCTION_WORDS.has(w) || ANONYMOUS_HEADS.has(w) || ORGANISATION_HEADS.has(w) || TITLES.has(w) || DETERMINERS.has(w) || (j < end && /['’]s$/.test(w))) {
      // Known noun-phrase material.
    } else if ((!/(ing|ed|ly)$/.test(w) || (j === end && nounLookingLikeVerb(tokens, j))) && !PARTICLES.has(w) && !WEAK_VERBS.has(w) && !AUXILIARIES.has(w) && (j === end || unknown < 2)) {
      unknown++;
    } else break;
    from = j;
    seenContent = true;
  }
  if (!seenContent) return null;
  // A phrase never starts with a preposition or conjunction, nor with punctuation.
  while (from < end && (!tokens[from].word || (PREPOSITIONS.has(tokens[from].lower) && !tokens[from].cap))) from++;
  while (from <= end && !tokens[from].word) from++;
  if (from > end) return null;
  // "Officials speaking on condition of anonymity said": the formula belongs to the officials.
  if (tokens[from].lower === "condition" && tokens[from - 1]?.lower === "on" && /^(speaking|spoke)$/.test(tokens[from - 2]?.lower ?? "")) {
    const who = nounPhraseLeft(tokens, from - 3, floor);
    return who ? [who[0], end] : null;
  }
  // "Some said": a quantifier alone stands for people.
  const hasHead = tokens.slice(from, end + 1).some((t) => t.word && !PREPOSITIONS.has(t.lower) && !DETERMINERS.has(t.lower)) || (from === end && ANONYMOUS_HEADS.has(tokens[end].lower));
  return hasHead ? [from, end] : null;
}

/** The subject at the start of a sentence: a noun phrase that stops at its verb ("Reid caucused … and says"). */
function sentenceSubject(tokens: Token[], before: number): [number, number] | null {
  if (!tokens[0]?.word || !(tokens[0].cap || PERSON_PRONOUNS.has(tokens[0].lower))) return null;
  // "But …", "However …", "Using a crude expression …", "Asked …": the sentence does not start with its subject.
  const first = tokens[0].lower;
  if (CLAUSE_WORDS.has(first) || SUBORDINATORS.has(first) || /(ing|ly|ed)$/.test(first)) return null;
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
      break;
    }
    if (j > 0 && !t.cap && (t.lower === "and" || t.lower === "or" || /ed$/.test(t.lower) || NP_STOP_WORDS.has(t.lower) || STRONG_VERBS.has(t.lower) || WEAK_VERBS.has(t.lower) || AUXILIARIES.has(t.lower))) break;
    // After a name, two lower-case words in a row are its verb phrase ("Hillary Clinton spoke out Tuesday"), where
    // one lower-case word before a name is a role ("Clinton campaign chairman John Podesta" keeps going).
    if (j > 0 && !t.cap && tokens[j - 1].cap && !DETERMINERS.has(tokens[j - 1].lower) && tokens[j + 1]?.word && !tokens[j + 1].cap && !TITLES.has(t.lower) && !ANONYMOUS_HEADS.has(t.lower) && !ORGANISATION_HEADS.has(t.lower)) break;
    end = j;
    if (PERSON_PRONOUNS.has(t.lower) && j === 0) break;
  }
  return end >= 0 ? [0, end] : null;
}

/** Words that open an unnamed source after its verb ("…, said one Western diplomat"). */
const COUNTING_WORDS = new Set(["one", "two", "three", "four", "five", "another", "several", "many", "both", "other", "two-thirds"]);
/** A page's instructions to its reader ("Click here to tell us"), never a speaker. */
const READER_INSTRUCTIONS = new Set(["click", "tap", "sign", "subscribe", "share", "follow", "join", "download", "register", "log", "contact", "email", "write", "visit", "scroll", "press", "swipe", "use", "fill", "send", "please"]);

/** A person or a name that starts the sentence ("Hillary Clinton took to Twitter …", "She went on …"), or null. */
function nameSubject(tokens: Token[], before: number): [number, number] | null {
  const first = tokens[0];
  if (!first?.word) return null;
  if (PERSON_PRONOUNS.has(first.lower) || first.lower === "they") return [0, 0];
  let end = -1;
  for (let j = 0; j < before && j < 5 && tokens[j].word && tokens[j].cap; j++) end = j;
  if (end < 0 || DETERMINERS.has(first.lower) || OTHER_PRONOUNS.has(first.lower) || /^(there|this|these|those)$/.test(first.lower)) return null;
  // "Click here to tell us": a page's instruction to its reader names no one.
  if (end === 0 && READER_INSTRUCTIONS.has(first.lower)) return null;
  const next = tokens[end + 1];
  return next?.word && !next.cap && next.lower !== "to" ? [0, end] : null; // "Needless to say" names no one
}

/** Collects a noun phrase starting at token `start`, up to punctuation or a clause word. */
export function nounPhraseRight(tokens: Token[], start: number, stopAtComma = true): [number, number] | null {
  let end = -1;
  for (let j = start; j < tokens.length && j - start < 16; j++) {
    const t = tokens[j];
    if (!t.word) {
      if (NP_PUNCT.has(t.text) || (t.text === "," && !stopAtComma)) continue;
      break;
    }
    if (j > start && (t.lower === "that" || t.lower === "who" || t.lower === "which" || t.lower === "as" || t.lower === "when" || t.lower === "because" || t.lower === "but")) break;
    if (j > start && !t.cap && (STRONG_VERBS.has(t.lower) || AUXILIARIES.has(t.lower)) && !NP_FUNCTION_WORDS.has(t.lower)) break;
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
function addresseeRight(tokens: Token[], start: number): [number, number] | null {
  const r = nounPhraseRight(tokens, start);
  if (!r) return null;
  for (let j = start + 1; j <= r[1]; j++) {
    const t = tokens[j], before = tokens[j - 1];
    // A determiner or a pronoun after the first words opens the claim's subject.
    const opens = !t.cap && (DETERMINERS.has(t.lower) || PERSON_PRONOUNS.has(t.lower) || t.lower === "they" || t.lower === "it" || t.lower === "there");
    if (opens && before.word && !PREPOSITIONS.has(before.lower)) return [start, j - 1];
  }
  return r;
}

const DAY_PARTS = new Set(["morning", "afternoon", "evening", "night"]);
const PERIODS = new Set(["week", "weekend", "month", "year"]);
const isYear = (w: string) => /^(1[89]|20)\d\d$/.test(w);

/** The first token of a time phrase ending at `i` ("on Thursday evening", "last week", "yesterday"), or -1. */
function timePhraseLeft(tokens: Token[], i: number): number {
  const w = (k: number) => (tokens[k]?.word ? tokens[k].lower : "");
  const last = w(i);
  if (NEAR_DAYS.has(last)) return i;
  if (isYear(last)) return w(i - 1) === "in" ? i - 1 : -1;
  if (PERIODS.has(last)) {
    if (!/^(last|this|next)$/.test(w(i - 1))) return -1;
    return w(i - 2) === "earlier" || w(i - 2) === "later" ? i - 2 : i - 1;
  }
  let k = i;
  if (DAY_PARTS.has(last) && WEEKDAYS.has(w(k - 1))) k--;
  if (!WEEKDAYS.has(w(k))) return -1;
  return /^(on|last|this|late|early)$/.test(w(k - 1)) ? k - 1 : k;
}

/** Skips auxiliaries and adverbs leftwards from `i`; returns the index of the token before them. */
function skipAuxLeft(tokens: Token[], i: number): number {
  while (i >= 0 && tokens[i].word && (AUXILIARIES.has(tokens[i].lower) || isAdverb(tokens[i].lower)) && !tokens[i].cap) i--;
  return i;
}

/** Nouns ending in "-ly" that head a subject ("The family said", "an ally said"). */
const LY_NOUNS = new Set(["family", "ally", "rally", "assembly", "supply", "reply", "monopoly", "anomaly", "bully", "daily", "weekly", "monthly", "quarterly"]);
/** "-ly" adverbs between a subject and its verb: "Obama passionately rebuked". */
const isAdverb = (w: string) => w.length > 4 && w.endsWith("ly") && !LY_NOUNS.has(w);

/**
 * Like skipAuxLeft, and past a time phrase too when a noun phrase stands
 * before it ("Spicer on Thursday evening said"); "a poll released Sunday
 * showed" keeps "Sunday".
 */
function subjectEndLeft(tokens: Token[], i: number): number {
  const left = skipAuxLeft(tokens, i);
  const time = left > 0 ? timePhraseLeft(tokens, left) : -1;
  if (time <= 0) return left;
  const before = skipAuxLeft(tokens, time - 1);
  const b = tokens[before];
  // "a poll released last week showed": the poll, past the participle that dates it.
  if (b?.word && /^(released|conducted|published|taken|issued|completed)$/.test(b.lower) && tokens[before - 1]?.word && nounPhraseLeft(tokens, before - 1)) return before - 1;
  return b?.word && !DETERMINERS.has(b.lower) && !PREPOSITIONS.has(b.lower) && nounPhraseLeft(tokens, before) ? before : left;
}

/** The quotation in a sentence, if any: token range inside the quote marks. */
function quoteIn(tokens: Token[], from: number, to: number): [number, number] | null {
  let open = -1;
  for (let j = from; j <= to; j++) {
    const t = tokens[j];
    if (open < 0 && OPEN_QUOTES.has(t.text) && t.text !== "’") open = j;
    else if (open >= 0 && CLOSE_QUOTES.has(t.text) && t.text !== "‘" && j > open + 1) return [open + 1, j - 1];
  }
  return null;
}

/** The quotation that closes at or just before token `k` (“…,” he said), looked for within 400 tokens. */
function quoteEndingAt(tokens: Token[], k: number): [number, number] | null {
  while (k >= 0 && !tokens[k].word && !CLOSE_QUOTES.has(tokens[k].text)) k--;
  if (k < 1 || !CLOSE_QUOTES.has(tokens[k].text)) return null;
  for (let s = k - 1; s >= 0 && s > k - 400; s--) {
    if (OPEN_QUOTES.has(tokens[s].text) && tokens[s].text !== "’") return s + 1 < k ? [s + 1, k - 1] : null;
  }
  return null;
}

/** The content after a cue: a quotation, a that-clause or the rest of the sentence. */
function contentAfter(tokens: Token[], i: number): [number, number] | null {
  const lastIdx = tokens.length - 1;
  let end = lastIdx;
  while (end > i && !tokens[end].word && !CLOSE_QUOTES.has(tokens[end].text)) end--;
  let j = i + 1;
  while (j <= end && !tokens[j].word && !OPEN_QUOTES.has(tokens[j].text)) j++;
  if (j > end) return null;
  // Bounded, so that an unclosed quotation cannot make the sentence quadratic.
  const q = OPEN_QUOTES.has(tokens[j].text) ? quoteIn(tokens, j, Math.min(lastIdx, j + 400)) : null;
  if (q) return q;
  if (tokens[j].lower === "that") j++;
  // A paraphrase inside a quotation ends where the quotation does (looked for nearby only, to stay linear).
  for (let k = j + 1; k < end && k < j + 80; k++) {
    const c = tokens[k].text;
    if (c === "”" || (c === "'" && tokens[k + 1]?.text === "'") || (c === '"' && tokens[k - 1].word)) { end = k - 1; break; }
  }
  return j <= end && end - j >= 2 ? [j, end] : null;
}

const PARTY_WORDS = new Set(["republican", "democratic", "democrat", "gop", "conservative", "liberal", "partisan", "american", "russian", "chinese"]);

/** Verbs that follow a document noun ("FEC reports show"). */
const SHOWING_VERBS = new Set(["show", "shows", "showed", "suggest", "suggested", "indicate", "indicated", "reveal", "revealed", "found"]);

/** True when the token before `i` makes the word at `i` a noun ("the claims", "phone calls"). */
function nounUse(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev?.word) return false;
  // "the claims" is a noun; "Some said", "some argued", "Some say" (but not "have some say") are people speaking.
  if (DETERMINERS.has(prev.lower)) {
    const before = tokens[i - 2];
    const opensClause = !before?.word || /^(that|and|but|while|though|although|because)$/.test(before.lower);
    return !(ANONYMOUS_HEADS.has(prev.lower) && (IRREGULAR_PAST.has(tokens[i].lower) || tokens[i].lower.endsWith("ed") || opensClause));
  }
  // "media reports", "false claims": after a lower-case word that is no pronoun or adverb, these are nouns
  // ("the Post reports", "he claims", "frequently reports" are verbs).
  const w = tokens[i].lower;
  if ((w === "reports" || w === "claims") && PARTY_WORDS.has(prev.lower)) return true; // "Republican claims"
  // "FEC reports show …": a verb of showing follows the noun.
  if (w === "reports" && SHOWING_VERBS.has(tokens[i + 1]?.lower ?? "")) return true;
  const modifier = !prev.cap && !PERSON_PRONOUNS.has(prev.lower) && !OTHER_PRONOUNS.has(prev.lower) &&
    !prev.lower.endsWith("ly") && !AUXILIARIES.has(prev.lower) && prev.lower !== "also";
  // "The ad claims", "the suit claims that": a body or a document speaking, after its determiner.
  if (modifier && (ORGANISATION_HEADS.has(prev.lower) || ANONYMOUS_HEADS.has(prev.lower) || SPEAKING_THINGS.has(prev.lower)) && DETERMINERS.has(tokens[i - 2]?.lower ?? "")) return false;
  if (w === "reports" || w === "claims") return modifier;
  // "a handwritten note", "unmet promises" (but "experts note", "groups promise": a plural subject; "and pledges to").
  return NOUN_LIKE_VERBS.has(w) && modifier && !prev.lower.endsWith("s") && !/^(and|but|or|nor|then)$/.test(prev.lower);
}

/** Things that speak, besides bodies, documents and people: "The candidate claims", "the bill claims". */
const SPEAKING_THINGS = new Set(["candidate", "book", "film", "column", "tweet", "speech", "bill", "resolution", "platform"]);

/** Verb forms that are as often nouns after a modifier. */
const NOUN_LIKE_VERBS = new Set(["note", "notes", "promise", "promises", "pledge", "pledges", "estimates", "warning", "warnings", "demands"]);

/** Words that open a sentence as an adverb, not a name, before its first comma. */
const OPENING_ADVERBS = new Set(["nevertheless", "nonetheless", "moreover", "furthermore", "still", "instead", "indeed", "otherwise",
  "therefore", "thus", "yet", "anyway", "besides", "finally", "first", "second", "third", "earlier", "later", "overall", "now",
  "today", "yesterday", "tomorrow", "again", "elsewhere", "separately", "similarly", "likewise", "initially", "ultimately"]);

/** Words that open an aside about when or how ("…, while addressing a rally, said"). */
const ASIDE_OPENERS = new Set(["while", "when", "during", "after", "before", "speaking", "talking", "addressing", "responding", "writing", "appearing", "however", "too", "also", "meanwhile", "though", "nonetheless"]);

/**
 * A sentence-internal appositive source: "X, a spokesman for Y, said".
 * `comma` is the index of the comma right before the verb group.
 */
function appositiveSource(tokens: Token[], comma: number): { source: [number, number]; head: [number, number] } | null {
  // "The senator, in an interview, praised", "The prime minister, while addressing a rally, said": an aside between
  // commas, not a description; the subject is before it.
  let open = comma - 1;
  while (open > 0 && comma - open < 12 && tokens[open].text !== "," && (tokens[open].word || NP_PUNCT.has(tokens[open].text))) open--;
  const aside = tokens[open + 1];
  if (open > 0 && tokens[open].text === "," && aside?.word && !aside.cap && (PREPOSITIONS.has(aside.lower) || ASIDE_OPENERS.has(aside.lower))) {
    const head = nounPhraseLeft(tokens, open - 1);
    return head && tokens[head[0] - 1]?.text !== "," ? { source: head, head } : null;
  }
  const inner = nounPhraseLeft(tokens, comma - 1);
  if (inner && tokens[inner[0] - 1]?.text === ",") {
    const head = nounPhraseLeft(tokens, inner[0] - 2);
    if (head) return { source: [head[0], inner[1]], head };
  }
  // "X, who wrote the bill, said" / "X, speaking on condition of anonymity, said", and chains of them:
  // "Ms. Arnold, who helped found EDGE, an environmental group based in Philadelphia, said".
  let found: { source: [number, number]; head: [number, number] } | null = null;
  for (let k = comma - 2; k >= 1 && k > comma - 30; k--) {
    if (tokens[k].text !== ",") continue;
    const first = tokens[k + 1];
    // "…, who chairs …", "…, speaking on …", "…, obtained by The Washington Post,".
    const relative = first?.word && !first.cap && (first.lower === "who" || first.lower === "whose" || first.lower === "which" || /(ing|ed|written|seen|given)$/.test(first.lower));
    // Further in, an appositive noun phrase may follow the clause ("…, an environmental group …,").
    if (!relative && !(found === null && first?.word && (first.lower === "a" || first.lower === "an"))) break;
    const head = nounPhraseLeft(tokens, k - 1);
    if (relative && head && tokens[head[0] - 1]?.text !== ",") return { source: [head[0], comma - 1], head };
    if (relative && !head) break;
    if (head && relative) found = { source: [head[0], comma - 1], head };
  }
  return found ?? openingNameWithDescription(tokens, comma);
}

/**
 * "The Urban Green Trust, a charity that works with councils on park funding, said", "Councillor Ben
 * Achterberg, one of the two who voted against, said": a capitalised name opening the sentence, then a
 * description with a clause of its own, then the verb. The head is the name.
 */
function openingNameWithDescription(tokens: Token[], comma: number): { source: [number, number]; head: [number, number] } | null {
  const first = tokens.findIndex((t, k) => k < comma && t.text === ",");
  if (first < 1 || first >= comma - 1 || comma - first > 30) return null;
  const head = nounPhraseLeft(tokens, first - 1);
  if (!head || head[0] !== 0 || !tokens.slice(head[0], head[1] + 1).some((t) => t.cap && t.word)) return null;
  // "Separately, Mr Smith, clearly annoyed, said": a sentence adverb opening the sentence is no name.
  if (head[0] === head[1] && (/ly$/.test(tokens[head[0]].lower) || ASIDE_OPENERS.has(tokens[head[0]].lower) || OPENING_ADVERBS.has(tokens[head[0]].lower))) return null;
  // A time phrase opening the sentence ("Last year, …") is no name.
  const time = timePhraseLeft(tokens, first - 1);
  if (time >= 0 && time <= head[0]) return null;
  return { source: [head[0], comma - 1], head };
}

/**
 * Spans of text inside quotation marks. A quotation is someone's own words:
 * "I think" inside it is part of what they said, not a new attribution. A
 * quotation never runs past the end of its paragraph (unmatched marks).
 */
export function quoteRegions(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // Two apostrophes stand for a straight double quote in some wire copy ('' … '').
  const re = /[“”"\n]|''/g;
  let open = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let c = m[0] === "''" ? '"' : m[0];
    // Typed the wrong way round ("“Apparently not,“ he said", "”Fear."): the mark's neighbours say which it is.
    if (c === "“" && open >= 0 && /\S/.test(text[m.index - 1] ?? " ") && /[\s)]/.test(text[m.index + 1] ?? " ")) c = "”";
    else if (c === "”" && open < 0 && /\s/.test(text[m.index - 1] ?? " ") && /\w/.test(text[m.index + 1] ?? " ")) c = "“";
    if (c === "\n") {
      open = -1;
    } else if (c === "“" || (c === '"' && open < 0)) {
      if (open < 0) open = m.index;
    } else if (open >= 0) {
      out.push([open, m.index + m[0].length]);
      open = -1;
    }
  }
  return out;
}

/**
 * The next token from `i`, not yet used, that findInSentence must look at: a colon or dash (either may sign a
 * quotation) or a trigger word. Most tokens are neither; a loop this small is optimised by V8 long before the
 * finder's own body is, which matters on a page's first, cold read.
 */
function nextCandidate(tokens: Token[], used: Uint8Array, i: number): number {
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (!used[i] && (t.word ? TRIGGERS.has(t.lower) : t.text === ":" || SIGN_DASHES.has(t.text))) return i;
  }
  return i;
}

/** Finds the raw attributions of one tokenised sentence; `quoted` says whether a token is inside a quotation. */
export function findInSentence(tokens: Token[], quoted: (i: number) => boolean = () => false, afterQuote = false): RawAttribution[] {
  const out: RawAttribution[] = [];
  const used = new Uint8Array(tokens.length);
  const take = (a: RawAttribution) => {
    const spans = [a.cue, a.cueTail, a.source, a.addressee].filter(Boolean) as Array<[number, number]>;
    for (const [f, t] of spans) for (let k = f; k <= t; k++) used[k] = 1;
    out.push(a);
  };
  const base = (kind: CueKind, cue: [number, number]): RawAttribution => ({
    kind, cue, cueTail: null, source: null, appositive: null, content: null, addressee: null, tokens,
  });

  // A title-case headline ("Bernie Sanders Says He’s …") capitalises its verbs too.
  // Counted on first need: most sentences have no capitalised cue.
  let titleCaseMemo: boolean | undefined;
  const titleCase = () => {
    if (titleCaseMemo === undefined) {
      let caps = 0, words = 0;
      for (const x of tokens) if (x.word) { words++; if (x.cap) caps++; }
      titleCaseMemo = words >= 4 && caps >= words * 0.75;
    }
    return titleCaseMemo;
  };
  const colon = speakerColon(tokens);
  if (colon) take(colon);

  const pendingAsked: RawAttribution[] = [];
  // Only unused colons, dashes and trigger words come through (nextCandidate).
  for (let i = nextCandidate(tokens, used, 0); i < tokens.length; i = nextCandidate(tokens, used, i + 1)) {
    const t = tokens[i];
    if (!t.word) {
      const signed = t.text === ":" ? colonBeforeQuote(tokens, i) : signedQuote(tokens, i, afterQuote);
      if (signed) take(signed);
      continue;
    }
    if (quoted(i)) continue;
    const w = t.lower;
    const next = tokens[i + 1];

    // "according to X", and "as per X" (South Asian English)
    const asPer = w === "per" && tokens[i - 1]?.lower === "as" && next?.word;
    if ((w === "according" && isWord(next, "to")) || asPer) {
      const a = base("according-to", asPer ? [i - 1, i] : [i, i + 1]);
      // Mid-sentence the source may carry an appositive ("X, a Y,"); at the start a comma ends it.
      const atStart = !tokens.slice(0, a.cue[0]).some((x) => x.word);
      a.source = nounPhraseRight(tokens, a.cue[1] + 1, atStart);
      if (a.source && !atStart) {
        // Stop the source at the clause's end punctuation.
        let e = a.source[0];
        while (e < a.source[1] && tokens[e + 1] && tokens[e + 1].text !== ";") e++;
        a.source = [a.source[0], e];
      }
      if (a.source) {
        a.content = a.cue[0] > 2 ? [0, a.cue[0] - 1] : contentAfter(tokens, a.source[1]);
        take(a);
        i = a.source[1];
      }
      continue;
    }

    // "claims from X suggest", "reports by X indicate"
    if (CLAIM_NOUNS.has(w) && (next?.lower === "from" || next?.lower === "by" || next?.lower === "of")) {
      let v = -1;
      for (let j = i + 2; j < tokens.length && j < i + 14; j++) {
        if (tokens[j].word && INDICATING_VERBS.has(tokens[j].lower)) { v = j; break; }
        if (!tokens[j].word && tokens[j].text !== "(" && tokens[j].text !== ")") break;
      }
      if (v > i + 2) {
        const a = base("claim-noun", [i, i]);
        a.cueTail = [v, v];
        a.source = [i + 2, v - 1];
        a.content = contentAfter(tokens, v);
        take(a);
        i = v;
        continue;
      }
    }

    // "the Pakistan army's narrative[, attributing …]"
    // Only when the claim follows ("Trump's claim that …", "Comey's statement: …"): "despite Blocher's statements" or
    // "the AP's report was based on …" names a claim without making one.
    if (CLAIM_NOUNS.has(w) && i >= 1 && tokens[i - 1].word && tokens[i - 1].lower.endsWith("'s") && carriesClaim(tokens, i)) {
      const owner = nounPhraseLeft(tokens, i - 1);
      if (owner) {
        const a = base("claim-noun", [i, i]);
        a.source = owner;
        // Include a participle that spells out the claim: "narrative, attributing …".
        if (tokens[i + 1]?.text === "," && tokens[i + 2]?.word && tokens[i + 2].lower.endsWith("ing")) a.cueTail = [i + 1, i + 2];
        take(a);
        continue;
      }
    }

    // "amid complaints that the vote was rigged", "his suggestion that …": a claim carried by its noun, often with no
    // one behind it (its owner when a possessive names one).
    if (THAT_CLAIM_NOUNS.has(w) && next?.lower === "that" && tokens[i - 1]?.text !== "," && !used[i - 1]) {
      const a = base("claim-noun", [i, i]);
      const owner = tokens[i - 1];
      if (owner?.word && (owner.lower.endsWith("'s") || /^(his|her|their|its|my|our)$/.test(owner.lower))) a.source = nounPhraseLeft(tokens, i - 1) ?? [i - 1, i - 1];
      a.content = contentAfter(tokens, i + 1);
      take(a);
      continue;
    }

    // "in a CNN poll", "in the latest survey": the poll is the source, "in" the cue.
    // "in a USA TODAY/Suffolk University Poll" too; a headline's "Poll:" is a label.
    // "in the words of a senior adviser": the adviser is the source, "in the words of" the cue.
    if (SURVEY_NOUNS.has(w) && (!t.cap || tokens[i - 1]?.cap) && tokens[i - 1]?.lower !== "other") {
      let k = i - 1;
      while (k >= 0 && k > i - 8 && tokens[k].lower !== "in" && (tokens[k].word || NP_PUNCT.has(tokens[k].text)) && !NP_STOP_WORDS.has(tokens[k].lower)) k--;
      // "in the wake of a new poll" is about time, not a source.
      if (k >= 0 && k < i - 1 && tokens[k].lower === "in" && !used[k] && !tokens.slice(k + 1, i).some((x) => x.lower === "of")) {
        const speaker = w === "words" && next?.lower === "of" ? nounPhraseRight(tokens, i + 2) : null;
        // "in Bolton's view", "in her words": whoever owns them.
        const owned = OPINION_NOUNS.has(w) && k + 1 < i && !speaker;
        if (w === "view" && !owned) continue;
        const a = base("claim-noun", speaker ? [k, i + 1] : owned ? [k, i] : [k, k]);
        a.source = speaker ?? (owned ? [k + 1, i - 1] : [k + 1, i]);
        take(a);
        if (speaker) i = speaker[1];
        continue;
      }
    }

    // "[X has collected] evidence indicating …" ("no evidence that …", "cited as evidence that …" claim nothing).
    // ("information that went beyond the news", "documents that track spending": "that" opens a relative clause.)
    if (EVIDENCE_NOUNS.has(w) && next && (INDICATING_VERBS.has(next.lower) || (next.lower === "that" && EVIDENCE_THAT_NOUNS.has(w) && !NO_EVIDENCE.has(tokens[i - 1]?.lower ?? "") && !NO_EVIDENCE.has(tokens[i - 2]?.lower ?? "")))) {
      let from = i;
      // Take the verb group before the noun ("has collected").
      let j = i - 1;
      if (j >= 0 && tokens[j].word && /(ed|found|seen|got|has|have)$/.test(tokens[j].lower) && !tokens[j].cap) {
        from = j;
        j = skipAuxLeft(tokens, j - 1);
        while (from > 0 && from - 1 > j) from--;
      }
      // "The data suggests …": with no one collecting it, the evidence itself is the source.
      const own = from === i && next.lower !== "that" ? nounPhraseLeft(tokens, i) : null;
      const a = base("evidence", own ? [i + 1, i + 1] : [from, i + 1]);
      if (own) a.source = own;
      else if (j >= 0 && tokens[j].text === ",") {
        const app = appositiveSource(tokens, j);
        if (app) { a.source = app.source; a.appositive = app.head; }
      } else if (from < i) a.source = nounPhraseLeft(tokens, j);
      a.content = contentAfter(tokens, i + 1);
      take(a);
      i = i + 1;
      continue;
    }

    // Passive hedges: "is believed to", "are said to", "it is reported that"
    if ((w === "is" || w === "are" || w === "was" || w === "were" || w === "been" || w === "being") &&
        next?.word && PASSIVE_HEDGE_VERBS.has(next.lower)) {
      const after = tokens[i + 2];
      if (after?.word && (after.lower === "to" || (after.lower === "that" && tokens[i - 1]?.lower === "it"))) {
        // "is believed by officials to be" names its source: not a bare hedge.
        const byAgent = tokens[i + 2]?.lower === "by";
        if (!byAgent) {
          const end = after.lower === "to" && tokens[i + 3]?.word ? i + 3 : i + 2;
          const from = after.lower === "that" ? i - 1 : i;
          const a = base("hedge", [from, end]);
          a.content = contentAfter(tokens, end);
          take(a);
          i = end;
          continue;
        }
      }
    }

    // Hedge adverbs: "[is] allegedly attempting", "has reportedly increased"
    if (HEDGE_ADVERBS.has(w)) {
      const after = tokens[i + 1];
      if (after?.word && (STRONG_VERBS.has(after.lower) || WEAK_VERBS.has(after.lower))) continue; // the verb carries it
      let from = i;
      if (i > 0 && tokens[i - 1].word && /^(is|are|was|were|has|have|had|been|be)$/.test(tokens[i - 1].lower)) from = i - 1;
      const to = after?.word && !NP_STOP_WORDS.has(after.lower) && !after.cap ? i + 1 : i;
      const a = base("hedge", [from, to]);
      a.content = contentAfter(tokens, to);
      take(a);
      i = to;
      continue;
    }

    // Hedge adjectives: "alleged covert operations"
    if (HEDGE_ADJECTIVES.has(w) && !(w === "alleged" && (tokens[i - 1]?.word && !DETERMINERS.has(tokens[i - 1].lower) && !PREPOSITIONS.has(tokens[i - 1].lower) && tokens[i - 1].lower !== "these"))) {
      let to = i;
      for (let j = i + 1; j <= i + 2 && tokens[j]?.word && !tokens[j].cap && !NP_STOP_WORDS.has(tokens[j].lower) && !PREPOSITIONS.has(tokens[j].lower); j++) to = j;
      if (to > i || tokens[i + 1]?.cap) {
        if (to === i && tokens[i + 1]?.cap) to = i + 1;
        take(base("hedge", [i, to]));
        i = to;
        continue;
      }
    }

    // "Asked whether …, Ryan said": the question is put to the speaker of the main clause.
    if (w === "asked" && (i === 0 || (i === 1 && tokens[0].lower === "when")) && next?.word && ASKED_NEXT.has(next.lower)) {
      const a = base("weak-verb", [i === 1 ? 0 : i, i]);
      pendingAsked.push(a);
      take(a);
      continue;
    }

    // Reporting verbs, and verb + particle cues ("talked about", "made it clear").
    const phraseEnd = phrasalEnd(tokens, i);
    const strong = phraseEnd < 0 ? STRONG_VERBS.has(w) || (READ_FORMS.has(w) && quoteJustBefore(tokens, i)) : STRONG_PHRASAL.has(w);
    const weak = !strong && (phraseEnd >= 0 || WEAK_VERBS.has(w) || (FIRST_PERSON_STANCE.has(w) && /^(i|we)$/.test(tokens[i - 1]?.lower ?? "")) || (w === "think" && groupThinks(tokens, i)));
    const end = phraseEnd >= 0 ? phraseEnd : i;
    if (!strong && !weak && !PARTICIPLE_CUES.has(w)) continue;
    // Words that mean something else beside certain words ("compared to", "appeared on", "backed down"): see the table.
    if (notACueHere(tokens, i)) continue;
    // "as Tom Ridge, a former secretary, put it" quotes; "let me put it this way", "to put it mildly" do not.
    if ((w === "put" || w === "puts") && !tokens.slice(Math.max(0, i - 14), i).some((x) => x.lower === "as")) continue;

    // ", saying …", ", adding …", ", citing …": the sentence's subject speaks again.
    if (tokens[i - 1]?.text === "," && (PARTICIPLE_CUES.has(w) || (w.endsWith("ing") && (strong || weak) && !VAGUE_PARTICIPLES.has(w)))) {
      const end = w === "referring" && tokens[i + 1]?.lower === "to" ? i + 1 : i;
      const a = base(strong ? "verb" : "weak-verb", [i, end]);
      const earlier = out[out.length - 1];
      if (earlier?.source) a.sharedSource = earlier.appositive ?? earlier.source;
      else if (!quoted(0)) {
        const subject = sentenceSubject(tokens, i - 1);
        if (subject) a.source = subject;
      }
      a.content = contentAfter(tokens, end);
      take(a);
      i = end;
      continue;
    }
    if (!strong && !weak) continue;
    if (t.cap && i > 0 && !titleCase()) continue; // "Post", "Call" as names mid-sentence
    // Turns of phrase: "That said, …", "Having said that, …", "it goes without saying", "it's worth noting".
    if (w === "said" && i === 1 && tokens[0].lower === "that" && next?.text === ",") continue;
    if (w === "said" && tokens[i - 1]?.lower === "having" && /^(that|this)$/.test(next?.lower ?? "") && tokens[i + 2]?.text === ",") continue;
    if ((w === "saying" && tokens[i - 1]?.lower === "without") || (tokens[i - 1]?.lower === "worth" && w.endsWith("ing"))) continue;
    // "who requested anonymity", "asked not to be named": part of the source's description, not a new claim.
    if (next?.lower === "anonymity" || (next?.lower === "not" && tokens[i + 2]?.lower === "to" && /^(be|speak)$/.test(tokens[i + 3]?.lower ?? ""))) continue;
    // "Let's say …", "by, say, 10 percent": an example, not a report.
    if (w === "say" && (/^let['’]?s$/.test(tokens[i - 1]?.lower ?? "") || tokens[i - 1]?.lower === "us" || (tokens[i - 1]?.text === "," && next?.text === ","))) continue;
    // The writer pointing back or ahead: "As noted above", "As reported earlier", "It should be noted that".
    if (/(ed|said|told|written|shown)$/.test(w) && ((tokens[i - 1]?.lower === "as" && /^(above|below|earlier|previously|before|here)$/.test(next?.lower ?? "")) || (tokens[i - 1]?.lower === "be" && /^(should|must|can|may|might|could|will|would)$/.test(tokens[i - 2]?.lower ?? "") && tokens[i - 3]?.lower === "it"))) continue;
    // "a video posted to her account", "was offered a scholarship": the post, the offer, not who made it, are in view.
    if ((w === "posted" || w === "offered") && afterBe(tokens, i)) continue;
    // "rights that had been denied victims", "the request was denied": refused, not denied as untrue.
    if (w === "denied" && passiveWithoutAgent(tokens, i)) continue;
    // "found a way to …": coming upon something, not a finding reported. "Perhaps most telling,": revealing.
    if (w === "found" && next?.lower === "a" && /^(way|group|home|job|place)$/.test(tokens[i + 2]?.lower ?? "")) continue;
    if (w === "telling" && next && !next.word) continue;
    // "Cruz pledged to oppose …", "He pledged that …" (but "1,700 pledged delegates": a kind of delegate).
    if (w === "pledged" && !(next && (next.lower === "to" || next.lower === "that" || OPEN_QUOTES.has(next.text)))) continue;
    // "agreed to a plan" accepts something; "agreed that …" reports a view.
    if ((w.startsWith("agree") || w === "added") && next?.lower === "to") continue;
    // "a program called Sandy Hook Promise", "Texas was called for Cruz", "called to mind": naming, a race, a memory.
    if (w === "called" && (NAMING_BEFORE.has(tokens[i - 1]?.lower ?? "") || namingNoun(tokens, i) || (next?.lower === "to" && tokens[i + 2]?.lower === "mind") || passiveWithoutAgent(tokens, i))) continue;
    // "One of the suspects is named as …", "she was named chair": naming or appointing.
    if (w === "named" && passiveWithoutAgent(tokens, i)) continue;
    // "the poll found that …" reports; "can be found here", "found myself", "found it" do not.
    if ((w === "found" || w === "finds") && (passiveWithoutAgent(tokens, i) || REFLEXIVES.has(next?.lower ?? "") || OBJECT_PRONOUNS.has(next?.lower ?? ""))) continue;
    // "Trump's reported net worth", "a TV show": adjective and noun readings.
    if (tokens[i - 1]?.lower.endsWith("'s") || (w === "show" && showNoun(tokens, i))) continue;
    // "to write the bill" is a task, not a report: "write" and "writing" report only before that/a quote/colon.
    // "wrote" and "writes" report whatever follows ("Cruz wrote an op-ed urging …").
    if (WRITE_FORMS.has(w) && next && !(REPORT_COMPLEMENT.has(next.lower) || OPEN_QUOTES.has(next.text) || next.text === ":" || next.text === "," || next.text === ".")) continue;
    if (nounUse(tokens, i) || (w === "states" && tokens[i - 1]?.cap)) continue;
    // Cue span: the verb with "has/have/had" and "also" right before it.
    let from = i;
    while (from > 0 && tokens[from - 1].word && /^(has|have|had|also)$/.test(tokens[from - 1].lower)) from--;
    const a = base(strong ? "verb" : "weak-verb", [from, end]);
    const left = subjectEndLeft(tokens, i - 1);
    if (left >= 0 && !used[left]) {
      if (tokens[left].text === ",") {
        const app = appositiveSource(tokens, left);
        // "Podesta, who said the project was vetted, said …": the clause holds an attribution of its own, so this
        // one's source is the name alone.
        // So does "Salceda, citing data from the State Department, said".
        const nested = app && tokens.slice(app.head[1] + 1, left).some((x, k) => used[app.head[1] + 1 + k] && (NESTED_CLAIM_VERBS.has(x.lower) || PARTICIPLE_CUES.has(x.lower)));
        if (app && (strong || tokens[app.head[0]].cap)) { a.source = nested ? app.head : app.source; a.appositive = nested ? null : app.head; }
      } else {
        a.source = nounPhraseLeft(tokens, left);
        if (a.source && a.source[0] < a.source[1]) {
          // Never reach back over an earlier attribution's words.
          for (let k = a.source[1]; k >= a.source[0]; k--) if (used[k]) { a.source = k < a.source[1] ? [k + 1, a.source[1]] : null; break; }
        }
      }
    }
    // Passive: "was criticized by Senator X", "he was told by officials": the agent after "by" is the source.
    // Without an agent the subject is what was said or done, not who did it ("the matter was discussed").
    // "The campaign is worried" feels it: a state of mind, the subject's own, is no passive.
    const passive = (w.endsWith("ed") || IRREGULAR_PAST.has(w)) && afterBe(tokens, i) && !STATES_OF_MIND.has(w);
    // "Clinton was criticized": a cue with no source; the weak-verb checks below still look at its subject.
    const subject = a.source, subjectAppositive = a.appositive;
    if (passive) {
      let agent: [number, number] | null = null;
      for (let k = i + 1; k < tokens.length && k <= i + 8 && (tokens[k].word || tokens[k].text === ","); k++) {
        if (tokens[k].lower !== "by") continue;
        const r = nounPhraseRight(tokens, k + 1);
        const first = r && tokens[r[0]];
        if (r && first && (first.cap || DETERMINERS.has(first.lower) || ANONYMOUS_HEADS.has(first.lower) || ORGANISATION_HEADS.has(first.lower))) agent = withoutTimeTail(tokens, r);
        break;
      }
      a.source = agent;
      a.appositive = null;
    }
    // Inverted: "…,” said Tom Smith, a spokesman." / "said the official" / "said one Western diplomat".
    const prev = tokens[from - 1];
    // "…, McConnell said Tuesday." names a day, not a speaker.
    if (!a.source && strong && !w.endsWith("ing") && (!prev || prev.text === "," || CLOSE_QUOTES.has(prev.text)) && (INVERTING_VERBS.has(w) || CLOSE_QUOTES.has(prev?.text ?? "")) && next?.word && !["that", "it", "in", "on", "at", "to", "of", "this"].includes(next.lower) && !isTimeWord(next.lower)) {
      const r = nounPhraseRight(tokens, i + 1);
      const closed = r && (r[1] === tokens.length - 1 || !tokens[r[1] + 1].word);
      if (r && closed && r[1] - r[0] < 7 && (tokens[r[0]].cap || DETERMINERS.has(tokens[r[0]].lower) || COUNTING_WORDS.has(tokens[r[0]].lower) || PERSON_PRONOUNS.has(tokens[r[0]].lower) || OTHER_PRONOUNS.has(tokens[r[0]].lower))) a.source = r;
    }
    // "said they believe …", "says he wants …": the speaker's view inside their own report, which is the attribution.
    if (a.source && a.source[0] === a.source[1] && (PERSON_PRONOUNS.has(tokens[a.source[0]].lower) || tokens[a.source[0]].lower === "they")) {
      const k = tokens[a.source[0] - 1]?.lower === "that" ? a.source[0] - 2 : a.source[0] - 1;
      if (used[k] && REPORTING_BEFORE_CLAUSE.has(tokens[k].lower)) continue;
    }
    // "… and said", "but added": the verb shares the clause's earlier subject.
    const conj = tokens[left];
    if (!a.source && conj?.word && (conj.lower === "and" || conj.lower === "but") && (strong || weak)) {
      const earlier = out[out.length - 1];
      if (earlier?.source) a.sharedSource = earlier.appositive ?? earlier.source;
      else if (!quoted(0)) {
        // "Asked …, Mrs. Clinton shook her head and said": the main clause's subject follows the opening clause.
        const comma = tokens.findLastIndex((x, k) => k < left && x.text === ",");
        const subject = sentenceSubject(tokens, left) ?? (comma > 0 ? namedAfter(tokens, comma + 1) : null);
        if (subject) a.source = subject;
      }
      if (a.source || a.sharedSource) {
        a.content = contentAfter(tokens, end);
        take(a);
        i = end;
        continue;
      }
    }
    // With no source, a strong verb still counts ("…, the spokesman said" split off, "says" in a headline), but not
    // a bare participle ("revealing" may be anything).
    // "by denouncing …", "while touting …": the sentence's subject does it.
    const gerund = w.endsWith("ing") && GERUND_PREPOSITIONS.has(tokens[from - 1]?.lower ?? "");
    if (gerund && !a.source && !quoted(0)) a.source = sentenceSubject(tokens, from - 1);
    if (!a.source && !(IRREGULAR_PAST.has(w) || (strong && !(w.endsWith("ing") && !PARTICIPLE_CUES.has(w) && !gerund)) || (passive && subject))) continue;
    // An infinitive speaks for the sentence's subject ("Clinton took to Twitter to say thanks"); with none, for no one
    // ("refusing to testify", "it is too early to tell").
    if (!a.source && !a.sharedSource && tokens[from - 1]?.lower === "to") {
      a.source = quoted(0) ? null : nameSubject(tokens, from - 1);
      if (!a.source) continue;
    }
    if (weak) {
      // Ambiguous verbs need a source right before them.
      const near = passive && !a.source ? subject : a.source;
      const agent = !!a.source && a.source[0] > i;
      if (!near || (near[1] < subjectEndLeft(tokens, i - 1) && !(passive ? subjectAppositive : a.appositive) && !agent)) continue;
      const src = tokens.slice(near[0], near[1] + 1);
      // "it shows", "that shows" stand for anything; "polls that show" for the polls.
      // ("her medical records, which showed …": past the comma too.)
      const antecedent = tokens[near[0] - 1]?.text === "," ? tokens[near[0] - 2] : tokens[near[0] - 1];
      const relativeToDocument = (src[0].lower === "that" || src[0].lower === "which") && ORGANISATION_HEADS.has(antecedent?.lower ?? "");
      // "what it calls …" names a view of its own.
      const whatItCalls = src[0].lower === "it" && tokens[near[0] - 1]?.lower === "what";
      if (PICKY_WEAK.has(w) && phraseEnd < 0 && src.length === 1 && (src[0].lower === "it" || src[0].lower === "that" || src[0].lower === "which") && !relativeToDocument && !whatItCalls) continue;
      if (PICKY_WEAK.has(w) && !src.some((x) => x.cap || PERSON_PRONOUNS.has(x.lower) || OTHER_PRONOUNS.has(x.lower) || ANONYMOUS_HEADS.has(x.lower) || ORGANISATION_HEADS.has(x.lower))) continue;
    }
    // "told The Sunday Guardian", "told reporters": who heard it.
    if ((w === "told" || w === "tells" || w === "tell" || w === "telling") && next?.word) {
      const r = addresseeRight(tokens, i + 1);
      if (r && r[1] - r[0] < 6) a.addressee = r;
    }
    // The claim: a quotation before the verb (“…,” he said) or whatever follows it.
    const quoteBefore = quoteEndingAt(tokens, Math.min(a.source?.[0] ?? from, from) - 1);
    // After "said Tom Fitton" the claim starts past the speaker.
    a.content = quoteBefore ?? contentAfter(tokens, a.addressee ? a.addressee[1] : Math.max(end, a.source?.[1] ?? -1));
    take(a);
    i = end;
  }
  for (const a of pendingAsked) {
    // The answer comes after the question's clause: "Asked whether he would run, Ryan said no."
    const comma = tokens.findIndex((x, k) => k > a.cue[1] && x.text === ",");
    const answer = out.find((x) => x !== a && (x.source || x.sharedSource) && x.cue[0] > comma);
    if (answer) a.sharedSource = answer.appositive ?? answer.source ?? answer.sharedSource!;
    else {
      // "Asked whether …, Johnson demurred": whoever the main clause is about was asked.
      const who = comma > 0 ? namedAfter(tokens, comma + 1) : null;
      if (who) a.sharedSource = who;
    }
  }
  boundClaims(tokens, out);
  return out.filter((a) => !pendingAsked.includes(a) || a.sharedSource);
}

/** A name or a personal pronoun at `k` followed by a lower-case word (its verb): "…, Johnson demurred". */
function namedAfter(tokens: Token[], k: number): [number, number] | null {
  let e = k;
  if (PERSON_PRONOUNS.has(tokens[e]?.lower ?? "")) e++;
  else while (e < k + 4 && (tokens[e]?.cap || (tokens[e]?.text === "." && tokens[e - 1].cap))) e++;
  return e > k && tokens[e]?.word && !tokens[e].cap ? [k, e - 1] : null;
}

/** Words that join a claim to the next attribution: "… unconstitutional, while supporters say …". */
const CLAIM_JOINERS = new Set(["while", "and", "but", "whereas", "as", "although"]);

/**
 * Each claim ends where the next attribution in its sentence starts ("declined to comment on the report, a
 * spokeswoman said": the claim is "on the report"), and a sentence-final "…, a spokeswoman said" claims the
 * clause before its comma ("The talks are over, said John Smith").
 */
function boundClaims(tokens: Token[], found: RawAttribution[]): void {
  const startOf = (a: RawAttribution) => Math.min(a.cue[0], a.source?.[0] ?? Infinity, a.addressee?.[0] ?? Infinity);
  for (const a of found) {
    if (a.content) {
      const [cs, ce] = a.content;
      // A hedge inside the claim is part of it ("the suspect, who allegedly fired, was arrested").
      // Only a new clause ends it (", a spokeswoman said", ", while supporters say"); "said he believed …" is inside it.
      // Where the next attribution's source came before this one ("Salceda, citing data …, said"), its verb ends it.
      const from = (b: RawAttribution) => (startOf(b) > a.cue[1] ? startOf(b) : b.cue[0]);
      const opensClause = (b: RawAttribution) => tokens[from(b) - 1]?.text === "," || CLAIM_JOINERS.has(tokens[from(b) - 1]?.lower ?? "");
      const next = found.find((b) => b !== a && b.kind !== "hedge" && b.cue[0] > a.cue[1] && from(b) > cs && from(b) <= ce && opensClause(b));
      if (next) {
        let e = from(next) - 1;
        while (e >= cs && (!tokens[e].word || CLAIM_JOINERS.has(tokens[e].lower)) && !CLOSE_QUOTES.has(tokens[e].text)) e--;
        a.content = e >= cs ? [cs, e] : null;
      }
      continue;
    }
    const start = startOf(a);
    const end = Math.max(a.cue[1], a.cueTail?.[1] ?? -1, a.source?.[1] ?? -1, a.addressee?.[1] ?? -1);
    const last = tokens.findLastIndex((t) => t.word);
    if (end < last || tokens[start - 1]?.text !== ",") continue;
    let e = start - 2;
    while (e >= 0 && !tokens[e].word && !CLOSE_QUOTES.has(tokens[e].text)) e--;
    let s = 0;
    while (s < e && !tokens[s].word && !OPEN_QUOTES.has(tokens[s].text)) s++;
    if (e - s >= 2) a.content = [s, e];
  }
}

/** NOT_CUES_BESIDE by form: for each, the words allowed before and after (null: any). */
const NOT_CUES = new Map<string, Array<[Set<string> | null, Set<string> | null]>>();
for (const [forms, before, after] of NOT_CUES_BESIDE) {
  const row: [Set<string> | null, Set<string> | null] = [before ? new Set(before.split(" ")) : null, after ? new Set(after.split(" ")) : null];
  for (const f of forms.split(" ")) NOT_CUES.set(f, [...(NOT_CUES.get(f) ?? []), row]);
}

/** Whether token `i` stands where its word is no cue ("compared to", "appeared on", "would respond"). */
function notACueHere(tokens: Token[], i: number): boolean {
  const rows = NOT_CUES.get(tokens[i].lower);
  if (!rows) return false;
  const prev = tokens[i - 1]?.lower ?? "", next = tokens[i + 1]?.lower ?? "";
  return rows.some(([before, after]) => (!before || before.has(prev)) && (!after || after.has(next)));
}

/** Evidence nouns whose "that" states what they show ("evidence that …"); after the others it opens a relative clause. */
const EVIDENCE_THAT_NOUNS = new Set(["evidence", "intelligence"]);
/** Words before "evidence that" which deny or merely cite it ("no evidence that", "any major evidence that", "as evidence that"). */
const NO_EVIDENCE = new Set(["no", "any", "little", "scant", "without", "lack", "as", "provide", "specific"]);

/** A claim noun followed by what was claimed: "that …", a quotation, a colon, "about …", ", attributing …". */
function carriesClaim(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  if (next.lower === "that" || next.lower === "about" || next.text === ":" || OPEN_QUOTES.has(next.text)) return true;
  return next.text === "," && !!tokens[i + 2]?.word && tokens[i + 2].lower.endsWith("ing");
}

/** Words before a line's colon that label it rather than name a speaker ("Update: …", "Photo: …", "Wow: …"). */
const COLON_LABELS = new Set(`the question answer update updated note editor's editors watch video videos photos photo image images clarification
  read related breaking exclusive live q a correction warning opinion analysis wait source sources credit credits caption
  tags topics filed published posted share subscribe sign listen location date time when where price email phone address
  contributing reporting disclaimer transcript full partial boom wow look revealed busted bombshell just fix paid also more
  see click follow via by here this that it what why how who part chapter step day week explainer explained factbox factfile
  factcheck fact map maps timeline graphic graphics chart charts gallery pictures podcast quiz tagged profile obituary
  review recap preview briefing editorial letters feature data copyright`.split(/\s+/));

const ALL_CAPS_WORD = /^\p{Lu}{2,}$/u;
/** Words that open a sentence after a dateline, in the languages a reader may meet ("Madrid: El presidente …"). */
const DATELINE_NEXT = new Set(["the", "a", "an", "in", "on", "at", "this", "some", "die", "der", "das", "ein", "eine", "le", "la", "les", "un", "une", "el", "los", "las", "il", "lo", "gli", "de", "het"]);

/**
 * A speaker named at a line's start before a colon: a headline ("John McCain:
 * Populist Anger …", "Poll: Trump leads"), a transcript ("WALLACE: Let's
 * start …", "Rep. Trey Gowdy (R-S.C.): …"). The colon is the cue, the name the source.
 */
function speakerColon(tokens: Token[]): RawAttribution | null {
  const s = tokens[0] && (OPEN_QUOTES.has(tokens[0].text) || tokens[0].text === "(") ? 1 : 0;
  let k = s;
  while (k < tokens.length && k < s + 8 && tokens[k].text !== ":") {
    const t = tokens[k];
    if (t.word ? !t.cap && !/^\d/.test(t.text) : !NP_PUNCT.has(t.text)) return null;
    k++;
  }
  if (k === s || tokens[k]?.text !== ":" || COLON_LABELS.has(tokens[s].lower)) return null;
  if (!tokens[k - 1].word && tokens[k - 1].text !== ")") return null;
  // A name has letters ("12:25 pm" is a time); a claim has words ("Clinton: 1,769" is a tally).
  if (!tokens.slice(s, k).some((t) => t.cap && /\p{Lu}/u.test(t.text))) return null;
  // "AT News Kabul:", "Fox News Sunday:": an outlet's dateline or programme, not a speaker.
  if (tokens.slice(s, k - 1).some((t) => t.lower === "news")) return null;
  let words = 0;
  for (let j = k + 1; j < tokens.length; j++) if (tokens[j].word && !/^\d/.test(tokens[j].text)) words++;
  if (words < 3) return null;
  // "Berlin: The government said …", "Christie: A closing surge": a dateline or a section label, not a speaker.
  // (A transcript's "WALLACE: The …" is a speaker.)
  const after = tokens[k + 1];
  if (k - s === 1 && !ALL_CAPS_WORD.test(tokens[s].text) && after?.word && DATELINE_NEXT.has(after.lower)) return null;
  // "Said Ellis: “…”": the verb, not the colon, is the cue.
  if (k - s > 1 && INVERTING_VERBS.has(tokens[s].lower)) return { kind: "verb", cue: [s, s], cueTail: null, source: [s + 1, k - 1], appositive: null, content: [k + 1, tokens.length - 1], addressee: null, tokens };
  return { kind: "verb", cue: [k, k], cueTail: null, source: [s, k - 1], appositive: null, content: [k + 1, tokens.length - 1], addressee: null, tokens };
}

/** A name, then a colon that opens a quotation: "- Philip Bump: “Two weeks ago …”", "More from Jones: “…”". */
function colonBeforeQuote(tokens: Token[], k: number): RawAttribution | null {
  if (tokens[k].text !== ":" || !OPEN_QUOTES.has(tokens[k + 1]?.text ?? "") || !tokens[k - 1]?.cap) return null;
  // The name: capitalised words, initials and "and" ("Mark Blumenthal and Jon Cohen", "Jeffrey M. Jones").
  let j = k - 1;
  while (j >= 0 && j > k - 10 && (tokens[j].cap || tokens[j].text === "." || tokens[j].text === "&" || (tokens[j].lower === "and" && tokens[j - 1]?.cap))) j--;
  // Only a name that starts its line or follows a dash or "from"; "a blunt message to Trump:" has its cue elsewhere.
  const before = tokens[j];
  if (before && !SIGN_DASHES.has(before.text) && before.lower !== "from" && !OPEN_QUOTES.has(before.text)) return null;
  const quote = quoteIn(tokens, k + 1, Math.min(tokens.length - 1, k + 400));
  return { kind: "verb", cue: [k, k], cueTail: null, source: [j + 1, k - 1], appositive: null, content: quote, addressee: null, tokens };
}

/** Dashes that sign a quotation. */
const SIGN_DASHES = new Set(["―", "—", "–", "--", "-"]);

/**
 * A quotation signed with a dash: "“… a real disgrace.” ― Azucena Gonzàlez".
 * `d` is the dash; `afterQuote` says a quotation closed right before the sentence.
 */
function signedQuote(tokens: Token[], d: number, afterQuote: boolean): RawAttribution | null {
  if (!SIGN_DASHES.has(tokens[d].text) || !(d === 0 ? afterQuote : CLOSE_QUOTES.has(tokens[d - 1].text))) return null;
  let e = d;
  while (e + 1 < tokens.length && e < d + 5 && tokens[e + 1].word && tokens[e + 1].cap) e++;
  const after = tokens[e + 1];
  if (e === d || (after && !(after.text === "." || after.text === "," || OPEN_QUOTES.has(after.text)))) return null;
  return { kind: "verb", cue: [d, d], cueTail: null, source: [d + 1, e], appositive: null, content: quoteEndingAt(tokens, d - 1), addressee: null, tokens };
}

/**
 * Until this much text has been read, every sentence is read: compiling the
 * trigger pattern (over 500 words) costs a couple of milliseconds, more than
 * reading a short article's sentences outright. Past it, the pattern pays.
 */
const PREFILTER_AFTER_CHARS = 20_000;
let charsSeen = 0;

/** Every raw attribution of `text` at once (tests; the engine reads them sentence by sentence). */
export function findRaw(text: string, prefilter?: boolean): RawAttribution[] {
  return [...rawBySentence(text, prefilter)].flat();
}

/**
 * Runs the finder over every sentence of `text`, yielding each sentence's
 * attributions as they are found: a sentence's tokens then die young, where
 * collecting them all first kept a long page's every token alive at once
 * (V8 then spent a fifth of the time moving them in the heap). With
 * `prefilter`, sentences with no cue word are skipped unread, which never
 * changes the result (the finder starts only at a trigger word or a colon)
 * and is faster once the pattern is compiled.
 */
export function* rawBySentence(text: string, prefilter = (charsSeen += text.length) >= PREFILTER_AFTER_CHARS): Generator<RawAttribution[]> {
  const quotes = quoteRegions(text);
  let q = 0;
  // The next trigger word at or after the current sentence; found once, reused until passed.
  let hit = -1;
  let hitFrom = -1;
  for (const [s, e] of splitSentences(text)) {
    // Sentences are bounded so that one unbroken 5 MB line cannot make the token scan quadratic.
    for (let from = s; from < e; from += 4000) {
      const to = Math.min(e, from + 4000);
      if (prefilter && (hitFrom < 0 || (hit >= 0 && hit < from))) {
        const re = triggerRe();
        re.lastIndex = from;
        hit = re.exec(text)?.index ?? -1;
        hitFrom = from;
      }
      // A sentence that starts with a dash may sign the quotation that ended the one before.
      const afterQuote = from === s && startsWithDash(text, s) && CLOSE_QUOTES.has(text[lastNonSpaceBefore(text, s)]);
      if (prefilter && (hit < 0 || hit >= to) && !afterQuote) continue;
      const tokens = tokenize(text, from, to);
      while (q < quotes.length && quotes[q][1] <= from) q++;
      const inQuote = (i: number) => {
        const at = tokens[i].start;
        for (let k = q; k < quotes.length && quotes[k][0] <= at; k++) if (at < quotes[k][1]) return true;
        return false;
      };
      const found = findInSentence(tokens, inQuote, afterQuote);
      if (found.length) yield found;
    }
  }
}

function startsWithDash(text: string, at: number): boolean {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++; // no-break spaces too
  const c = text[at];
  return c === "―" || c === "—" || c === "–" || c === "-";
}

function lastNonSpaceBefore(text: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  return k;
}

/** The last token of a verb + particle cue starting at `i` ("talked about", "made it clear"), or -1. */
function phrasalEnd(tokens: Token[], i: number): number {
  const endings = PHRASAL_CUES.get(tokens[i].lower);
  if (!endings) return -1;
  for (const words of endings) {
    if (words.every((x, k) => tokens[i + 1 + k]?.lower === x)) return i + words.length;
  }
  return -1;
}

/** "a website called …", "another called …", "the so-called …": "called" names something. */
function namingNoun(tokens: Token[], i: number): boolean {
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

/** Forms of "be": "was called", "is called" name something or call a race ("… called a liar by X" keeps its source). */
const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been", "being", "'s"]);
/** Words right before "called" that make it a name: "a program called …", "what is typically called …". */
const NAMING_BEFORE = new Set(["program", "pac", "club", "blog", "website", "group", "book", "film", "movie", "show", "bill", "plan", "place", "town", "app", "company", "firm", "organization", "organisation", "movement", "event", "initiative", "project", "typically", "commonly"]);

/** A word that starts or is a time: a day, a month, "last", "this", a number. */
const isTimeWord = (w: string) => WEEKDAYS.has(w) || NEAR_DAYS.has(w) || MONTHS.has(w) || w === "may" || /^(last|this|earlier|\d.*)$/.test(w);

/** A noun phrase without a trailing time ("Senator Smith on Monday" → "Senator Smith"). */
function withoutTimeTail(tokens: Token[], [s, e]: [number, number]): [number, number] {
  for (let k = s + 1; k < e; k++) {
    if ((tokens[k].lower === "on" || tokens[k].lower === "in" || tokens[k].lower === "at") && isTimeWord(tokens[k + 1].lower)) return [s, k - 1];
  }
  return [s, e];
}

const REFLEXIVES = new Set(["myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves"]);
const OBJECT_PRONOUNS = new Set(["it", "them", "him", "her", "me", "us"]);

/** True when a form of "be" stands right before token `i`, adverbs passed over ("was criticized", "is typically called"). */
function afterBe(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && tokens[k].word && tokens[k].lower.endsWith("ly")) k--;
  return BE_FORMS.has(tokens[k]?.lower ?? "");
}

/**
 * "Some strategists think", "Republicans think", "many think": a group's view is reported. ("They think", "what
 * people think", "said they think" are not: a pronoun, a question, or a claim already attributed.)
 */
function groupThinks(tokens: Token[], i: number): boolean {
  const k = skipAuxLeft(tokens, i - 1);
  const head = tokens[k];
  if (!head?.word) return false;
  const group = /^(some|many|few|both|most|others)$/.test(head.lower) || (head.lower.endsWith("s") && !/^(people|this|is|was|has|does|his|its|us|themselves)$/.test(head.lower) && !head.lower.endsWith("'s"));
  return group && !tokens.slice(Math.max(0, k - 3), k).some((x) => /^(what|who|how|if|when|than|make|makes|said|say|says|why|whether)$/.test(x.lower));
}

/** "a TV show", "the MSNBC show", "his call-in show", "show up": not showing that something is so. */
function showNoun(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (tokens[i + 1]?.lower === "up" || !prev?.word) return tokens[i + 1]?.lower === "up";
  return /^(tv|radio|talk|news|morning|game|reality|call-in|daily|weekly|nightly|night|late-night|hit|popular|another|cable|comedy|cooking|variety)$/.test(prev.lower) ||
    // "the MSNBC show ''Morning Joe''", "an NBC show as his guilty pleasure" (but "the Census Survey show that …").
    (prev.cap && i > 1 && !prev.lower.endsWith("s") && (!tokens[i + 1]?.word || /^(as|on|about|and|with|in|for)$/.test(tokens[i + 1].lower)));
}

/** "read" quotes a sign, a letter or an email only right after the quotation: "“…,” the statement read", "…,” read the email". */
const READ_FORMS = new Set(["read", "reads"]);

/** A quotation closes just before token `i`, with at most a comma and three words between ("…,” it read"). */
function quoteJustBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1, words = 0; k >= 0 && words <= 3; k--) {
    if (CLOSE_QUOTES.has(tokens[k].text)) return true;
    if (tokens[k].word) words++;
    else if (tokens[k].text !== ",") return false;
  }
  return false;
}

/** A passive with no "by" after it ("can be found here", "Texas was called"): no one is reporting. */
function passiveWithoutAgent(tokens: Token[], i: number): boolean {
  return afterBe(tokens, i) && !tokens.slice(i + 1, i + 8).some((x) => x.lower === "by");
}

/** Nouns for one poll or study, a source when something is "in" it ("lead in the polls" is a standing, not a source). */
const SURVEY_NOUNS = new Set(["poll", "survey", "study", "words", "view"]);
/** Someone's words or view: "in Forbes' words", "in his view". */
const OPINION_NOUNS = new Set(["words", "view"]);

/** Every word that can start a finding; tokens that are none of these are skipped at once. */
const WORD_TRIGGERS = [
  ...STRONG_VERBS, ...WEAK_VERBS, ...PARTICIPLE_CUES, ...HEDGE_ADVERBS, ...HEDGE_ADJECTIVES, ...CLAIM_NOUNS,
  ...EVIDENCE_NOUNS, ...SURVEY_NOUNS, ...FIRST_PERSON_STANCE, ...READ_FORMS, ...THAT_CLAIM_NOUNS, "according", "per",
];
const TRIGGERS = new Set([...WORD_TRIGGERS, ...PHRASAL_CUES.keys(), "is", "are", "was", "were", "been", "being"]);

/**
 * The same cues as one regular expression, to skip sentences without any of
 * them before tokenising (V8 runs it at over 100 MB/s). Verb + particle cues
 * are matched whole ("made" alone is too common to be worth a look), and a
 * dash only after a quotation it may sign (in the sentence, or at its start:
 * findRaw looks there).
 */
let triggerPattern: RegExp | null = null;
/** Built on first use: most pages are read whole before the prefilter starts (and every page loads this script). */
const triggerRe = () => (triggerPattern ??= new RegExp(
  `:|[”"'’»]\\s*(?:[―—–]|--?\\s)|\\b(?:${[
    ...[...WORD_TRIGGERS, ...PASSIVE_HEDGE_VERBS].sort((a, b) => b.length - a.length),
    ...PHRASAL_GROUPS.map((g) => `(?:${g.verbs.join("|")})\\s+(?:${g.endings.map((e) => e.join("\\s+")).join("|")})`),
  ].join("|")})\\b`,
  "gi",
));
