/** Quotations: where they are in a text and in a sentence, and the claim a cue introduces. */
import type { Token } from "./sentences";
import { nicknameAt } from "./name-marks";
import {
  BE_FORMS,
  CLAIM_OPENERS,
  CLAUSE_WORDS,
  DAY_OPENERS,
  DAY_PARTS,
  MID_ADVERBS,
  CLOSE_QUOTES,
  DETERMINERS,
  NEAR_DAYS,
  OBJECT_PREPOSITIONS,
  OPEN_QUOTES,
  PERIODS,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
  UNNAMED_LAST_WORDS,
  UNNAMED_ON_PURPOSE,
  WEEKDAYS,
} from "../words";

/**
 * Spans of text inside quotation marks. A quotation is someone's own words:
 * "I think" inside it is part of what they said, not a new attribution. A
 * quotation never runs past the end of its paragraph (unmatched marks).
 */
export function quoteRegions(text: string): Array<[number, number]> {
  // ('She was told to sit still,' Miss Aldous said: a paragraph that opens its quotations with single marks quotes
  // with them, doubles inside.)
  const singles = singleQuoteRegions(text);
  if (singles.length === 0) return doubleQuoteRegions(text);
  // One sweep over both, by start: a quotation inside another (a double one in a single one, or "… ‘no’ …") is part
  // of the outer one; linear, so a page of a thousand quotations stays quick.
  const all = [...singles, ...doubleQuoteRegions(text)].sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const out: Array<[number, number]> = [];
  for (const r of all) if (!out.length || r[0] >= out[out.length - 1][1]) out.push(r);
  return out;
}

/** Quotations in double marks (“…”, "…", '' … ''). */
function doubleQuoteRegions(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // Two apostrophes stand for a straight double quote in some wire copy ('' … '').
  const re = /[“”"\n]|''/g;
  let open = -1;
  let paragraph = 0;
  // A quotation a paragraph opens (at its start, or after a colon, 'He said: "…') and leaves open runs on to the
  // next paragraph, as multi-paragraph quotations are printed: it is quoted to the paragraph's end.
  const runsOn = () => open >= 0 && /^\s*$|:\s*$/.test(text.slice(paragraph, open));
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let c = m[0] === "''" ? '"' : m[0];
    // Typed the wrong way round ("“Apparently not,“ he said", "”Fear."): the mark's neighbours say which it is.
    if (c === "“" && open >= 0 && /\S/.test(text[m.index - 1] ?? " ") && /[\s)]/.test(text[m.index + 1] ?? " "))
      c = "”";
    else if (c === "”" && open < 0 && /\s/.test(text[m.index - 1] ?? " ") && /\w/.test(text[m.index + 1] ?? " "))
      c = "“";
    // ('Augustin "Tiger" Xavier': a nickname inside a name opens no quotation.)
    const nickname = open < 0 ? nicknameAt(text, m.index) : 0;
    if (c === "\n") {
      if (runsOn()) out.push([open, m.index]);
      open = -1;
      paragraph = m.index + 1;
    } else if (nickname) {
      re.lastIndex = m.index + nickname;
    } else if (c === "“" || (c === '"' && open < 0)) {
      if (open < 0) open = m.index;
    } else if (open >= 0) {
      out.push([open, m.index + m[0].length]);
      open = -1;
    }
  }
  if (runsOn()) out.push([open, text.length]);
  return out;
}

/** A single mark that opens: after a line's start, a space or a bracket or dash, before a word ("'She", "‘We"). */
const OPENS_SINGLE = /(?:^|[\s(\[—–])$/;
/** A single mark that closes: after a word or punctuation, before a space, punctuation or the line's end. */
const CLOSES_SINGLE = /^(?:$|[\s,.;:!?)\]—–])/;
/** What an apostrophe at a word's start leaves out ("the '90s", "summer of '22", "'em", "rock 'n' roll", "'til"). */
const ELISION = /^(?:\d0s|\d\d\b|em\b|n\b|til\b|cause\b|tis\b)/i;

/** Whether the single mark `mark` at `at` may open a quotation ("’" never does). */
const opensSingle = (text: string, mark: string, at: number) =>
  mark !== "’" && OPENS_SINGLE.test(text.slice(Math.max(0, at - 1), at)) && /[\p{L}\p{N}…]/u.test(text[at + 1] ?? "");

/** Whether the single mark `mark` at `at` may close a quotation ("‘" never does). */
const closesSingle = (text: string, mark: string, at: number) =>
  mark !== "‘" && /\S/.test(text[at - 1] ?? " ") && CLOSES_SINGLE.test(text.slice(at + 1, at + 2));

/**
 * "'The nurses' leaders say …,' she said": an "s" with its apostrophe, then a lower-case word it owns, when the next
 * mark in the paragraph closes a quotation rather than opens one ("tied to ‘national missions’ chosen by ministers.
 * … ‘would trade …’": there the mark closed).
 */
function pluralPossessive(text: string, at: number): boolean {
  if (text[at - 1] !== "s" || !/^ \p{Ll}/u.test(text.slice(at + 1, at + 3))) return false;
  const mark = /['‘’\n]/g;
  mark.lastIndex = at + 1;
  for (let m = mark.exec(text); m && m[0] !== "\n"; m = mark.exec(text)) {
    if (opensSingle(text, m[0], m.index)) return false;
    if (closesSingle(text, m[0], m.index)) return true;
  }
  return false;
}

/**
 * Quotations in single marks ('…' or ‘…’), in a paragraph whose first quotation mark is a single one. An apostrophe
 * inside a word ("don't", "Aldous's") neither opens nor closes; a quotation still ends with its paragraph.
 */
function singleQuoteRegions(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /['‘’"“”\n]/g;
  let open = -1;
  // Whether the paragraph's first quotation mark was a single one: only then are single marks its quotations.
  let singleFirst: boolean | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    if (m[0] === "\n") {
      open = -1;
      singleFirst = null;
      continue;
    }
    // (Two apostrophes are a double mark in some wire copy: '' … ''.)
    const twice = m[0] === "'" && text[at + 1] === "'";
    if (/["“”]/.test(m[0]) || twice) {
      singleFirst ??= false;
      if (twice) re.lastIndex = at + 2;
      continue;
    }
    if (singleFirst === false) continue;
    if (open < 0 && opensSingle(text, m[0], at) && !ELISION.test(text.slice(at + 1, at + 6))) {
      open = at;
      singleFirst = true;
    } else if (open >= 0 && closesSingle(text, m[0], at) && !pluralPossessive(text, at)) {
      out.push([open, at + 1]);
      open = -1;
    }
  }
  return out;
}

/**
 * A sentence's quotation marks, indexed once per direction: for each token, the next opening mark and the next
 * closing mark at or after it (quoteIn), and the last opening mark at or before it (quoteEndingAt). Many cues in
 * one sentence each look for a quotation; with the index each look is one step, not a scan (a hostile page's
 * sentence of a thousand "“He said" stays linear).
 */
const AHEAD = new WeakMap<Token[], { nextOpen: Int32Array; nextClose: Int32Array }>();
const BEHIND = new WeakMap<Token[], Int32Array>();
// "’" closes but never opens, "‘" opens but never closes, "\"" does both.
const opens = (t: Token) => OPEN_QUOTES.has(t.text) && t.text !== "’";
const closes = (t: Token) => CLOSE_QUOTES.has(t.text) && t.text !== "‘";

function marksAhead(tokens: Token[]): { nextOpen: Int32Array; nextClose: Int32Array } {
  let index = AHEAD.get(tokens);
  if (index) return index;
  const n = tokens.length;
  index = { nextOpen: new Int32Array(n + 1), nextClose: new Int32Array(n + 1) };
  index.nextOpen[n] = index.nextClose[n] = n;
  for (let k = n - 1; k >= 0; k--) {
    index.nextOpen[k] = opens(tokens[k]) ? k : index.nextOpen[k + 1];
    index.nextClose[k] = closes(tokens[k]) ? k : index.nextClose[k + 1];
  }
  AHEAD.set(tokens, index);
  return index;
}

function lastOpens(tokens: Token[]): Int32Array {
  let lastOpen = BEHIND.get(tokens);
  if (lastOpen) return lastOpen;
  lastOpen = new Int32Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) lastOpen[k] = opens(tokens[k]) ? k : k ? lastOpen[k - 1] : -1;
  BEHIND.set(tokens, lastOpen);
  return lastOpen;
}

/** The quotation in a sentence, if any: token range inside the first quote marks from `from`, closing by `to`. */
export function quoteIn(tokens: Token[], from: number, to: number): [number, number] | null {
  const { nextOpen, nextClose } = marksAhead(tokens);
  const open = nextOpen[Math.min(from, tokens.length)];
  if (open > to || open + 2 > tokens.length) return null;
  // The closing mark comes after at least one token of quotation.
  const close = nextClose[open + 2];
  return close <= to && close < tokens.length ? [open + 1, close - 1] : null;
}

/** The quotation that closes at or just before token `k` (“…,” he said), looked for within 400 tokens. */
export function quoteEndingAt(tokens: Token[], k: number): [number, number] | null {
  while (k >= 0 && !tokens[k].word && !CLOSE_QUOTES.has(tokens[k].text)) k--;
  if (k < 1 || !CLOSE_QUOTES.has(tokens[k].text)) return null;
  const s = lastOpens(tokens)[k - 1];
  if (s < 0 || s <= k - 400) return null;
  return s + 1 < k ? [s + 1, k - 1] : null;
}

/** A quotation closes just before token `i`, with at most a comma and three words between ("…,” it read"). */
export function quoteJustBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1, words = 0; k >= 0 && words <= 3; k--) {
    if (CLOSE_QUOTES.has(tokens[k].text)) return true;
    if (tokens[k].word) words++;
    else if (tokens[k].text !== ",") return false;
  }
  return false;
}

/** The content after a cue: a quotation, a that-clause or the rest of the sentence. */
export function contentAfter(tokens: Token[], i: number): [number, number] | null {
  const lastIdx = tokens.length - 1;
  let end = lastIdx;
  while (end > i && !tokens[end].word && !CLOSE_QUOTES.has(tokens[end].text)) end--;
  let j = i + 1;
  // (Not past a sum's sign: "to reach $80 a barrel".)
  while (j <= end && !tokens[j].word && !OPEN_QUOTES.has(tokens[j].text) && !/^[$£€¥₹]/u.test(tokens[j].text)) j++;
  if (j > end) return null;
  // Bounded, so that an unclosed quotation cannot make the sentence quadratic.
  const q = OPEN_QUOTES.has(tokens[j].text) ? quoteIn(tokens, j, Math.min(lastIdx, j + 400)) : null;
  if (q) return q;
  // "said that …": the claim is the clause, "that" included, as annotators mark it. A word or two is a claim when it
  // names something ("denied the charge", "said so"), not an age, a preposition or a manner ("said Fontaine, 61",
  // "called for", "he asks rhetorically").
  const short = end - j < 2;
  // ("said, laughing", "said, then left": no claim either; "said so" is one.)
  const bare = (t: Token) =>
    !t.word ||
    /^\d/.test(t.text) ||
    PREPOSITIONS.has(t.lower) ||
    (CLAUSE_WORDS.has(t.lower) && t.lower !== "so") ||
    (j === end && /(?:ly|ing)$/.test(t.lower));
  if (short && bare(tokens[j])) return null;
  return [claimStart(tokens, j, end), end];
}

/** Token `k`, or the token past an adverb set between commas there (", however, that …"). */
export function pastAside(tokens: Token[], k: number): number {
  const aside = tokens[k]?.text === "," && MID_ADVERBS.has(tokens[k + 1]?.lower ?? "") && tokens[k + 2]?.text === ",";
  return aside && tokens[k + 3]?.word ? k + 3 : k;
}

/** How far after its first word a clause says its speaker asked not to be named (tokens). */
const UNNAMED_WITHIN = 10;
const UNNAMED = new RegExp(`\\b${UNNAMED_ON_PURPOSE}`);

/** Whether the words from token `j` say the speaker asked not to be named ("asking not to be identified", "who
 * spoke on condition of anonymity", "asking that her name be withheld"). */
export function unnamedOnPurposeAt(tokens: Token[], j: number): boolean {
  // (Most clauses hold none of the pattern's last words: those are passed over without building a string.)
  const words = tokens.slice(j, j + UNNAMED_WITHIN);
  if (!words.some((t) => UNNAMED_LAST_WORDS.test(t.lower))) return false;
  return UNNAMED.test(words.map((t) => t.lower).join(" "));
}

/** An aside from token `j` saying the source asked not to be named ("who spoke on condition of anonymity …",
 * "asking not to be identified"). */
export const unnamedAside = (tokens: Token[], j: number): boolean =>
  (tokens[j]?.lower === "who" || !!tokens[j]?.lower.endsWith("ing")) && unnamedOnPurposeAt(tokens, j);

/** The most tokens a dateline runs to ("NEW DELHI, Dec 5 (Reuters) -"). */
const DATELINE_TOKENS = 12;

/**
 * The first token of a claim that opens its sentence (tokens `s` to `e`): past punctuation other than a quotation
 * mark, and past a dateline ("OBAN: …", "LAGOS, Nigeria (AP) — …", "London (Reuters) - …"), which says where the
 * story was filed, not what was said.
 */
export function claimOpening(tokens: Token[], s: number, e: number): number {
  while (s < e && !tokens[s].word && !OPEN_QUOTES.has(tokens[s].text)) s++;
  let wire = false;
  for (let k = s; k < e && k <= s + DATELINE_TOKENS; k++) {
    const t = tokens[k];
    if (t.text === ":" || /^[-–—]$/.test(t.text)) {
      const place = wire || /^\p{Lu}{2,}$/u.test(tokens[s].text);
      // (The story's first sentence opens after it, with a capital or a quotation: "NASA - the agency …" is no
      // dateline.)
      if (!place || k === s || !(tokens[k + 1]?.cap || OPEN_QUOTES.has(tokens[k + 1]?.text ?? ""))) return s;
      return k + 1;
    }
    if (t.text === "(") wire = tokens[k + 1]?.cap === true && tokens[k + 2]?.text === ")";
    else if (t.word ? !t.cap && !/^\d/.test(t.text) : !/^[,()]$/.test(t.text)) return s;
  }
  return s;
}

/** A word that opens when, where or how something was said ("on", "in", "late", "Tuesday"), not what. */
export const circumstanceOpener = (w: string) =>
  CLAIM_OPENERS.has(w) || DAY_OPENERS.has(w) || WEEKDAYS.has(w) || NEAR_DAYS.has(w);

/** Where something is said ("in a statement it …", "in an interview he …"). */
const SAID_IN = /^(?:statement|interview|release|post|email|letter|filing|briefing|conference|speech|call|video)$/;

/** A word that can end when or where something was said ("this weekend", "on Tuesday", "in Ohio", "in a statement"). */
const endsCircumstance = (t: Token) =>
  t.word &&
  (t.cap ||
    WEEKDAYS.has(t.lower) ||
    NEAR_DAYS.has(t.lower) ||
    DAY_PARTS.has(t.lower) ||
    PERIODS.has(t.lower) ||
    SAID_IN.test(t.lower));

/** How far into a claim its "that" may stand after the words that say when, where or how it was said. */
const THAT_WITHIN = 15;

/**
 * Where a claim starts once the words between the cue and it are passed over: "said in a statement that …", "said
 * earlier on Friday during a news conference that …" (to its "that"), "said Tuesday his actions were …" (past the
 * day), "said, citing data …, that …" (past the aside), "urged the United States …" after "for", "referred to the
 * brief" (past the preposition).
 */
function claimStart(tokens: Token[], j: number, end: number): number {
  const w = (k: number) => (tokens[k]?.word ? tokens[k].lower : "");
  // "said, however, that …": the adverb set between commas is no part of the claim.
  if (MID_ADVERBS.has(w(j)) && tokens[j - 1]?.text === "," && tokens[j + 1]?.text === ",") j = pastAside(tokens, j - 1);
  const day = WEEKDAYS.has(w(j)) || NEAR_DAYS.has(w(j));
  // ("said late on Friday that …": a day's opener too.)
  if (circumstanceOpener(w(j))) {
    for (let k = j + 1; k <= end && k <= j + THAT_WITHIN; k++) {
      if (tokens[k].lower === "that" && tokens[k].word) return k;
      // A quotation, a colon or a clause's own subject or verb: the claim has started without its "that" ("said on
      // Tuesday it had suspended milling": at its subject).
      const clause = SUBJECT_PRONOUNS.has(tokens[k].lower) || tokens[k].lower === "it";
      if (clause && k > j + 1 && endsCircumstance(tokens[k - 1])) return k;
      // ("said on Monday the plan would work", "said in a statement the company had …": or at a determiner opening
      // its subject, after a day or the way it was said; after a place, "said in Ohio the plan was dead", the place
      // may be the claim's.)
      const prev = tokens[k - 1];
      if (
        DETERMINERS.has(tokens[k].lower) &&
        k > j + 1 &&
        endsCircumstance(prev) &&
        (!prev.cap || WEEKDAYS.has(prev.lower))
      )
        return k;
      if (OPEN_QUOTES.has(tokens[k].text) || tokens[k].text === ":" || clause || BE_FORMS.has(tokens[k].lower)) break;
    }
    if (day && tokens[j + 1]?.word) return j + 1;
  }
  // "said, citing data from the ministry, that …", "said, speaking on condition of anonymity, that …": the claim is
  // the clause after the aside; "According to a source, who asked not to be named …, the tranche …" too.
  if (tokens[j - 1]?.text === "," && (w(j).endsWith("ing") || w(j) === "who")) {
    const unnamed = unnamedAside(tokens, j);
    for (let k = j + 2; k <= end && k <= j + THAT_WITHIN; k++) {
      if (w(k) === "that" && tokens[k - 1].text === ",") return k;
      if (unnamed && tokens[k].text === "," && tokens[k + 1]?.word && k < end) return k + 1;
    }
  }
  // "urged for the United States to …", "referred to the government's brief": a preposition before its object.
  // ("warned of rising prices", "spoke out against the plan": any word after all but "to", which may open an
  // infinitive.)
  const object = tokens[j + 1]?.word && (w(j) !== "to" || tokens[j + 1].cap || DETERMINERS.has(w(j + 1)));
  if (OBJECT_PREPOSITIONS.has(w(j)) && object && w(j + 1) !== "that") return j + 1;
  return j;
}
