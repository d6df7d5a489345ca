/** Speakers named before a colon: transcripts, headlines, "Name: “quote”". */
import { raw, type RawAttribution } from "./raw";
import { sayingVerb } from "./veto-kit";
import { allCapitals } from "../text/headline";
import { quoteIn } from "../text/quotes";
import { type Token } from "../text/sentences";
import {
  WH_WORDS,
  CLAUSE_WORDS,
  CLOSE_QUOTES,
  DETERMINERS,
  OTHER_PRONOUNS,
  SUBORDINATORS,
  COLON_LABELS,
  DATELINE_NEXT,
  TITLES,
  INVERTING_VERBS,
  MONTHS,
  NP_PUNCT,
  OPEN_QUOTES,
  SIGN_DASHES,
} from "../words";

/**
 * A speaker named at a line's start before a colon: a headline ("John McCain:
 * Populist Anger …", "Poll: Trump leads"), a transcript ("WALLACE: Let's
 * start …", "Rep. Trey Gowdy (R-S.C.): …"). The colon is the cue, the name the source.
 */
export function speakerColon(tokens: Token[], opensArticle = false): RawAttribution | null {
  const s = tokens[0] && (OPEN_QUOTES.has(tokens[0].text) || tokens[0].text === "(") ? 1 : 0;
  let k = s;
  while (k < tokens.length && k < s + 8 && tokens[k].text !== ":") {
    const t = tokens[k];
    if (t.word ? !t.cap && !/^\d/.test(t.text) : !NP_PUNCT.has(t.text)) return null;
    k++;
  }
  // ("Update:", or a label of words, "Analyst Take:", "State of play:".)
  const labelWords = tokens
    .slice(s, k)
    .map((t) => t.lower)
    .join(" ");
  if (k === s || tokens[k]?.text !== ":" || COLON_LABELS.has(tokens[s].lower) || COLON_LABELS.has(labelWords))
    return null;
  if (!tokens[k - 1].word && tokens[k - 1].text !== ")") return null;
  const label = tokens.slice(s, k);
  // "Cordillera Copper (TSX: CUC) said": a colon inside a bracket labels a ticker or a note, never a speaker.
  if (label.findLastIndex((t) => t.text === "(") > label.findLastIndex((t) => t.text === ")")) return null;
  // A name has letters ("12:25 pm" is a time); a claim has words ("Clinton: 1,769" is a tally).
  if (!label.some((t) => t.cap && /\p{Lu}/u.test(t.text))) return null;
  // "AT News Kabul:", "Fox News Sunday:": an outlet's dateline or programme, not a speaker.
  if (tokens.slice(s, k - 1).some((t) => t.lower === "news")) return null;
  let words = 0;
  for (let j = k + 1; j < tokens.length; j++) if (tokens[j].word && !/^\d/.test(tokens[j].text)) words++;
  if (words < 3) return null;
  // "Berlin: The government said …", "Christie: A closing surge": a dateline or a section label, not a speaker.
  // (A transcript's "WALLACE: The …" is a speaker.)
  const after = tokens[k + 1];
  // "Squad: Isuru Pathiranage (capt), Ravindu Silva, …": a list of names after a label, not a statement.
  if (namesListed(tokens, k + 1)) return null;
  // "Revenue: $4.12 billion vs. $4.05 billion expected": a figure after a label, not a statement.
  if (after && /^[\d$€£¥]/.test(after.text)) return null;
  // "Norovirus: Why are cases rising …?": a heading's question, not a statement (a transcript's "KATE BOLDUAN: What
  // …?" is a speaker's).
  if (after?.word && WH_WORDS.has(after.lower) && !tokens.slice(s, k).every((t) => !t.word || allCapitals(t.text)))
    return null;
  if (k - s === 1 && !allCapitals(tokens[s].text) && after?.word && DATELINE_NEXT.has(after.lower)) return null;
  // "Dubai: Private sector employers in the UAE must cap overtime …": opening the article (find.ts), a place before
  // its first sentence, a whole one in the third person (a transcript's first speaker says "I", "we" or "you").
  // ("KUCHING (Oct 9): Timber licences …": a date or a region in brackets after the place is the dateline's too.)
  if (opensArticle && labelLength(tokens.slice(s, k)) <= 3 && datelineSentence(tokens, k)) return null;
  // "New Delhi: Chief Minister …", "Sonegarh (Madhyachal): Prime Minister …": a place, and its region, before an
  // office holder opening the story's first sentence.
  const place = tokens.slice(s, k).filter((t) => t.word);
  if (
    place.length <= 3 &&
    !place.some((t) => allCapitals(t.text) || TITLES.has(t.lower.replace(/\.$/, ""))) &&
    after?.cap &&
    TITLES.has(after.lower)
  )
    return null;
  // "Said Ellis: “…”": the verb, not the colon, is the cue.
  if (k - s > 1 && INVERTING_VERBS.has(tokens[s].lower))
    return {
      ...raw(tokens, "verb", "colon/said", [s, s]),
      source: [s + 1, k - 1],
      content: [k + 1, lastWord(tokens)],
    };
  return { ...raw(tokens, "verb", "colon/speaker", [k, k]), source: [s, k - 1], content: [k + 1, lastWord(tokens)] };
}

/** Whether the tokens from `from` list names: three or more, comma-separated, words outside brackets capitalised. */
function namesListed(tokens: Token[], from: number): boolean {
  const rest = tokens.slice(from);
  const depth = bracketDepths(rest);
  let commas = 0;
  for (let j = 0; j < rest.length; j++) {
    const t = rest[j];
    if (depth[j] > 0 || t.text === "(" || t.text === ")") continue;
    if (t.text === ",") commas++;
    // ("Drumkeelan: E Lynch 0-7, M Quaid 0-6, L Fitzgibbon and S Doherty 0-1 each.": scorers.)
    else if (t.word && !t.cap && !/^\d/.test(t.text) && t.lower !== "and" && t.lower !== "each") return false;
  }
  return commas >= 2;
}

/** Each token's depth inside brackets (a bracket mark itself counts as outside). */
function bracketDepths(tokens: Token[]): number[] {
  let depth = 0;
  return tokens.map((t) => {
    const at = depth;
    if (t.text === "(") depth++;
    else if (t.text === ")") depth = Math.max(0, depth - 1);
    return t.text === ")" ? depth : at;
  });
}

/**
 * A label's length for a dateline: its tokens, or with a date in brackets the words outside them ("KUCHING (Oct 9)" is
 * one). A party or a seat in brackets counts in full ("Elizabeth Warren (D-Mass.)": a transcript's speaker).
 */
function labelLength(tokens: Token[]): number {
  const depth = bracketDepths(tokens);
  const dated = tokens.some(
    (t, j) => depth[j] > 0 && t.word && (/^\d/.test(t.text) || MONTHS.has(t.lower.replace(/\.$/, ""))),
  );
  return dated ? tokens.filter((t, j) => t.word && depth[j] === 0).length : tokens.length;
}

/** Words a speaker uses of themselves or their listeners, never a dateline's news sentence. */
const SPEAKING = /^(?:i|i'm|i’m|we|we're|we’re|you|my|our|us|me|let's|let’s)$/;

/** Whether what follows the colon at `k` is a news sentence: eight words or more, a full stop, no "I", "we", "you". */
function datelineSentence(tokens: Token[], k: number): boolean {
  const label = tokens.slice(0, k).filter((t) => t.word);
  if (label.some((t) => TITLES.has(t.lower.replace(/\.$/, "")))) return false;
  const rest = tokens.slice(k + 1);
  const words = rest.filter((t) => t.word);
  return (
    words.length >= 8 && /^[.!]$/.test(rest[rest.length - 1]?.text ?? "") && !words.some((t) => SPEAKING.test(t.lower))
  );
}

/** A name, then a colon that opens a quotation: "- Philip Bump: “Two weeks ago …”", "More from Jones: “…”". */
export function colonBeforeQuote(tokens: Token[], k: number): RawAttribution | null {
  if (tokens[k].text !== ":" || !OPEN_QUOTES.has(tokens[k + 1]?.text ?? "") || !tokens[k - 1]?.word) return null;
  const quote = quoteIn(tokens, k + 1, Math.min(tokens.length - 1, k + 400));
  if (!tokens[k - 1].cap) {
    const subject = mannerSubject(tokens, k);
    // (The cue is the words saying how with the colon: "put it bluntly:", "grinned:".)
    return subject
      ? { ...raw(tokens, "verb", "colon/manner", [subject[1] + 1, k]), source: subject, content: quote }
      : null;
  }
  // The name: capitalised words, initials and "and" ("Mark Blumenthal and Jon Cohen", "Jeffrey M. Jones").
  let j = k - 1;
  while (
    j >= 0 &&
    j > k - 10 &&
    (tokens[j].cap ||
      tokens[j].text === "." ||
      tokens[j].text === "&" ||
      (tokens[j].lower === "and" && tokens[j - 1]?.cap))
  )
    j--;
  // Only a name that starts its line or follows a dash or "from"; "a blunt message to Trump:" has its cue elsewhere.
  const before = tokens[j];
  if (before && !SIGN_DASHES.has(before.text) && before.lower !== "from" && !OPEN_QUOTES.has(before.text)) return null;
  return { ...raw(tokens, "verb", "colon/quote", [k, k]), source: [j + 1, k - 1], content: quote };
}

/**
 * "Renshaw grinned: “Ask me next week.”", "He was blunt: “Every year …”": a person opening the sentence, a few words
 * in lower case that say how, then the quotation after the colon is theirs. The subject is a pronoun or a capitalised
 * name of one or two words; the words between are no more than three, all in lower case.
 */
function mannerSubject(tokens: Token[], colon: number): [number, number] | null {
  // ("Pressed on whether a deal was close, Renshaw grinned: …": past an opening clause's comma.)
  const from = tokens.findLastIndex((t, i) => i < colon && t.text === ",") + 1;
  const first = tokens[from];
  if (!first?.word) return null;
  const pronoun = MANNER_PRONOUNS.test(first.lower);
  const opener = [DETERMINERS, OTHER_PRONOUNS, CLAUSE_WORDS, SUBORDINATORS, COLON_LABELS].some((w) =>
    w.has(first.lower),
  );
  if (!pronoun && (!first.cap || opener)) return null;
  // A name of one or two capitalised words ("Renshaw", "Sam Renshaw"), or a pronoun alone.
  const end = !pronoun && tokens[from + 1]?.word && tokens[from + 1].cap ? from + 1 : from;
  const between = tokens.slice(end + 1, colon);
  // (Not after a reporting verb, which is the cue: "Mr. Trump said: …", "He told reporters: …".)
  const manner = between.every((t) => t.word && !t.cap && !sayingVerb(t.lower));
  return between.length >= 1 && between.length <= 3 && manner ? [from, end] : null;
}
const MANNER_PRONOUNS = /^(?:he|she|they)$/;

/** The sentence's last word or closing quotation mark: a headline's claim without its full stop. */
function lastWord(tokens: Token[]): number {
  let e = tokens.length - 1;
  while (e > 0 && !tokens[e].word && !CLOSE_QUOTES.has(tokens[e].text)) e--;
  return e;
}
