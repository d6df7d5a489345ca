/**
 * Sentence and word boundaries with offsets into the original string.
 *
 * Intl.Segmenter gives sentence boundaries too, but measured here it runs at
 * about 2 MB/s in V8, ten times under the engine's 20 MB/s budget; news prose
 * needs only full stops, question and exclamation marks, line breaks and a
 * list of abbreviations, so a single regular-expression pass does the job.
 */
import { ABBREVIATIONS, ACRONYMS_SPELLING_WORDS, CAPITALISED_ABBREVIATIONS, HYPHEN_PARTICLES } from "../words";
import { sentenceText } from "./sentence-text";
import { nicknameAt, smallFirstLetter, squareClose, squareOpen } from "./name-marks";

export interface Token {
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Lower-cased, curly apostrophes straightened. */
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A word (letters or digits) rather than punctuation. */
  word: boolean;
}

// A candidate end: terminal punctuation (with closing quotes/brackets) before white space, or a line break, or a
// full stop with the space lost between two sentences ("… Trump said.Trump claimed …", as pasted or scraped text has).
// That last is checked by lostSpace in code: a look-behind here makes V8 try every position, four times slower.
const BOUNDARY = /[.!?…]+["”’'»)\]]*(?=\s)|\n|\.(?=[A-Z][a-z])/g;

/** "he's also said", "they've argued", "I'll admit": the pronoun without its auxiliary (of a token's `lower`). */
export const withoutContraction = (lower: string) => lower.replace(/'(s|ve|re|d|ll)$/, "");

/** Splits text into sentence spans [start, end). */
export function splitSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] === "." && !isSpace(text.charCodeAt(end)) && !lostSpace(text, m.index)) continue;
    if (m[0] !== "\n" && m[0][0] === "." && m[0].length === 1 && isAbbreviation(text, m.index)) continue;
    // "TOPEKA, Kan. (AP) — …", "DOVER, Del. — …": a dateline's state, its wire and dash still to come.
    if (m[0] === "." && DATELINE_GOES_ON.test(text.slice(end, end + 40))) continue;
    // "Sen. Bernie Sanders (I-Vt.) said": an abbreviation closing a parenthesis, the sentence going on.
    if ((m[0] === ".)" || m[0] === ".]") && nextStartsLower(text, end)) continue;
    if (end > start) out.push([start, end]);
    start = end;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** After a dateline's abbreviated state: a wire in brackets and a dash, or the dash ("(AP) —", "—"). */
const DATELINE_GOES_ON = /^[ \t]*(?:\([A-Z][A-Za-z .]{0,24}\)[ \t]*)?[—–][ \t]/;

/** True when the full stop at `dot` closes an abbreviation or an initial ("Mr.", "U.S.", "J."). */
export function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  for (
    let c = text.charCodeAt(i - 1);
    i > 0 && i > dot - 12 && (((c | 32) >= 97 && (c | 32) <= 122) || c === 46);
    c = text.charCodeAt(i - 1)
  )
    i--;
  const written = text.slice(i, dot);
  if (CAPITALISED_ABBREVIATIONS.has(written)) return true; // ("Arc. Folasade …", not "a satisfying arc.")
  const word = written.toLowerCase();
  if (word.length === 1 || /^[a-z](?:\.[a-z])+$/.test(word)) return true; // an initial, or initials ("G.K.")
  // ("said no. The guild …": "No." numbers only before a number, "No. 10".)
  if (word === "no") return NUMBER_NEXT.test(text.slice(dot + 1, dot + 4));
  if (ABBREVIATIONS.has(word)) return true;
  // Next word starts lower-case: the sentence goes on ("approx. two").
  return nextStartsLower(text, dot + 1);
}

const NUMBER_NEXT = /^\s*\d/;

/** True when the first non-space character at or after `at` is a lower-case ASCII letter. */
function nextStartsLower(text: string, at: number): boolean {
  const next = /\s+(\S)/y;
  next.lastIndex = at;
  const m = next.exec(text);
  return !!m && /[a-z]/.test(m[1]);
}

/*
 * The tokeniser reads character codes rather than running a Unicode regular
 * expression: a pattern with \p{L} costs about a millisecond to compile on a
 * page's first scan, and English text needs no Unicode table at all. A token
 * is a word (letters and digits, joined by ' ’ . - &, with a trailing full
 * stop) or any single other character that is not white space.
 */
let unicodeAlnum: RegExp | null = null;
let unicodeLetter: RegExp | null = null;

/** Latin-1 letters (\p{L}): a-z, A-Z, ª µ º and À–ÿ but × and ÷. */
function latin1Letter(c: number): boolean {
  return (
    ((c | 32) >= 97 && (c | 32) <= 122) ||
    c === 0xaa ||
    c === 0xb5 ||
    c === 0xba ||
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7)
  );
}

/** Latin-1 digits (\p{N}): 0–9, ² ³ ¹ ¼ ½ ¾. */
function latin1Digit(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe);
}

/** Character classes below U+0100, as bits: letter or digit, letter, white space. */
const ALNUM = 1;
const LETTER = 2;
const SPACE = 4;
const LATIN1 = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  LATIN1[c] = latin1Letter(c)
    ? ALNUM | LETTER
    : latin1Digit(c)
      ? ALNUM
      : c === 32 || (c >= 9 && c <= 13) || c === 0xa0
        ? SPACE
        : 0;
}

/** Whether the code point at text[i] (with its length `len`, 1 or 2) is a letter or digit. */
function isAlnumAt(text: string, i: number, c: number, len: number): boolean {
  if (c < 0x100) return (LATIN1[c] & ALNUM) !== 0;
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation: dashes, quotes, spaces
  unicodeAlnum ??= /^[\p{L}\p{N}]$/u;
  return unicodeAlnum.test(text.slice(i, i + len));
}

function isLetterChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x100) return (LATIN1[c] & LETTER) !== 0;
  unicodeLetter ??= /^\p{L}$/u;
  return unicodeLetter.test(ch);
}

/** White space as \s has it. */
export function isSpace(c: number): boolean {
  if (c < 0x100) return LATIN1[c] === SPACE;
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The code point length (1, or 2 for a surrogate pair) at text[i]. */
function cpLength(text: string, i: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Index just past the run of letters and digits starting at i (i itself if none). */
function alnumRun(text: string, i: number, limit: number): number {
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c < 0x100) {
      if (!(LATIN1[c] & ALNUM)) break;
      i++;
      continue;
    }
    const len = cpLength(text, i, c);
    if (!isAlnumAt(text, i, c, len)) break;
    i += len;
  }
  return i;
}

const PARTY_STATE = /^[RDI]-[A-Z][a-z]{1,4}$/;

/** "said.Trump": a full stop between a lower-case word and a capitalised one, the space after it lost. */
function lostSpace(text: string, dot: number): boolean {
  const lower = (c: number) => c >= 97 && c <= 122;
  const upper = (c: number) => c >= 65 && c <= 90;
  return (
    lower(text.charCodeAt(dot - 1)) &&
    lower(text.charCodeAt(dot - 2)) &&
    upper(text.charCodeAt(dot + 1)) &&
    lower(text.charCodeAt(dot + 2))
  );
}

/** ' ’ . - & join letters into one word. */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 38;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** A comma that groups a number's thousands ("18,000"): part of the number, not a clause's comma. */
const thousands = (text: string, i: number) =>
  text.charCodeAt(i) === 44 &&
  isDigit(text.charCodeAt(i - 1)) &&
  isDigit(text.charCodeAt(i + 1)) &&
  isDigit(text.charCodeAt(i + 2)) &&
  isDigit(text.charCodeAt(i + 3)) &&
  !isDigit(text.charCodeAt(i + 4));

/** A lower-case particle joined by a hyphen to a capitalised name ("al-Mansoori"): the particles are data. */
function particleName(t: string): boolean {
  const dash = t.charCodeAt(2) === 45 ? 2 : t.charCodeAt(3) === 45 ? 3 : -1;
  return dash > 0 && HYPHEN_PARTICLES.has(t.slice(0, dash)) && UPPER.test(t.charAt(dash + 1));
}
const UPPER = /\p{Lu}/u;

/** Tokenises text[start, end) with offsets into the whole text. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const len = cpLength(text, i, c);
    if (isSpace(c)) {
      i += len;
      continue;
    }
    // ('Augustin "Tiger" Xavier': a nickname in quotation marks inside a name is passed over, the name read whole.)
    const nickname = nicknameAt(text, i);
    if (nickname) {
      i += nickname;
      continue;
    }
    const from = i;
    let word = false;
    let curly = false;
    if (isAlnumAt(text, i, c, len)) {
      word = true;
      // The match may run past `end`, as the regular expression did; the token is then dropped below.
      i = alnumRun(text, i, n);
      for (
        let j = text.charCodeAt(i);
        i < n && (isJoiner(j) || (j === 44 && thousands(text, i)));
        j = text.charCodeAt(i)
      ) {
        if (j === 46 && lostSpace(text, i)) break;
        const after = alnumRun(text, i + 1, n);
        if (after === i + 1) break;
        if (j === 0x2019) curly = true;
        i = after;
      }
      // Keep the full stop only on abbreviations ("Mr.", "U.S."), not at a sentence's end.
      if (i < n && text.charCodeAt(i) === 46) {
        const t = text.slice(from, i);
        const dotted = t.length >= 2 && t.charCodeAt(t.length - 2) === 46 && isLetterChar(t[t.length - 1]);
        // So do a party and state ("R-Ky.", "D-Calif.") and an initial ("Edwin G. Monroy").
        if (
          ABBREVIATIONS.has(t.toLowerCase()) ||
          CAPITALISED_ABBREVIATIONS.has(t) ||
          dotted ||
          PARTY_STATE.test(t) ||
          (t.length === 1 && c >= 65 && c <= 90)
        )
          i++;
      }
    } else {
      // Two apostrophes stand for a double quotation mark in some wire copy (''…''): one token, as "“" is.
      i += c === 39 && text.charCodeAt(i + 1) === 39 ? 2 : len;
    }
    if (i > end) break;
    let t = text.slice(from, i);
    if (c === 91 && squareOpen(text, from)) t = "(";
    else if (c === 93 && squareClose(text, from)) t = ")";
    let lower = t;
    if (word) {
      lower = t.toLowerCase();
      if (curly) lower = lower.replace(/’/g, "'");
      // ("The WHO has warned": an acronym spelling a function word keeps its capitals, and so matches no word list;
      // not in a line of capitals, "WHO WON:".)
      else if (c >= 65 && c <= 90 && ACRONYMS_SPELLING_WORDS.has(t) && !inCapitals(text, from, i)) lower = t;
    }
    // An ASCII capital by its code; anything else by case mapping.
    // "al-Mansoori", "bin-Salman", "van-Dijk": a name's particle before its capital is still a name.
    const cap =
      word &&
      (c < 128
        ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122 && (particleName(t) || smallFirstLetter(t)))
        : t[0] !== t[0].toLowerCase());
    out.push({ start: from, end: i, text: t, lower, cap, word });
  }
  return out;
}

/**
 * Where the sentence (or sentences) each span sits in starts and ends: what a reader needs to see an attribution in
 * context (the Markdown export). Spans in reading order; one pass over the sentences.
 */
export function sentenceSpansAround(
  text: string,
  spans: ReadonlyArray<{ start: number; end: number }>,
): Array<[number, number]> {
  const bounds = splitSentences(text);
  let k = 0;
  return spans.map(({ start, end }) => {
    while (k < bounds.length - 1 && bounds[k][1] <= start) k++;
    let last = k;
    while (last < bounds.length - 1 && bounds[last][1] < end) last++;
    return [bounds[k]?.[0] ?? start, bounds[last]?.[1] ?? end];
  });
}

/** The sentence (or sentences) each span sits in, as the export shows them. */
export const sentencesAround = (text: string, spans: ReadonlyArray<{ start: number; end: number }>): string[] =>
  sentenceSpansAround(text, spans).map((span) => sentenceText(text, span));

/** Whether a word stands before token `j` (down to `floor`): `j` opens no sentence. */
export function wordBefore(tokens: Token[], j: number, floor = 0): boolean {
  for (let k = j - 1; k >= floor; k--) if (tokens[k].word) return true;
  return false;
}

/** Whether token `k` is a plural's possessive apostrophe, a token of its own right after it ("analysts' forecasts"). */
export function pluralApostrophe(tokens: Token[], k: number): boolean {
  const [mark, plural] = [tokens[k], tokens[k - 1]];
  return (
    !!mark &&
    (mark.text === "'" || mark.text === "’") &&
    !!plural?.word &&
    plural.lower.endsWith("s") &&
    plural.end === mark.start
  );
}

const CAPITALS_WORD = /^[A-Z]{2}/;

/** Whether the word before or after text[from, to) is in capitals too ("WHO WON:", "ASK THE WHO"). */
function inCapitals(text: string, from: number, to: number): boolean {
  const after = text.slice(to, to + 4).trimStart();
  const before = text.slice(Math.max(0, from - 4), from).trimEnd();
  return CAPITALS_WORD.test(after) || /[A-Z]{2}$/.test(before);
}
