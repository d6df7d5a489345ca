/**
 * The maker named after "by" ("data compiled by the Office for National Statistics", "a report by Gallup"): who
 * made a document speaks through it. One reading of the name, forwards from "by" or backwards from its last word.
 */
import type { Token } from "../text/sentences";
import { isTimeWord } from "./time";
import {
  ANONYMOUS_HEADS,
  COMPANY_KINDS,
  DETERMINERS,
  DOCUMENT_HEADS,
  DOCUMENT_PARTICIPLES,
  isBodyNameWord,
  LEADING,
  MAKING_PARTICIPLES,
  NP_FUNCTION_WORDS,
  ORGANISATION_HEADS,
  POSSESSIVE_PRONOUNS,
  SUBJECT_PRONOUNS,
  PERSON_ENDINGS,
  ROLE_NOUNS,
  TITLES,
} from "../words";
import { commaInBodyName, nounPhraseLeft } from "./noun-phrase";
import { timePhraseLeft } from "./time";

const BY = /^by$/;

/**
 * Heads a name runs on from through "for the" ("Center for the Study of …", "Campaign for the Protection of …"); a
 * firm's "for the" names a client ("Castlegate Research for the Campaign for Rural Homes").
 */
const FOR_THE_HEADS =
  /^(?:center|centre|institute|office|society|foundation|council|commission|association|coalition|alliance|committee|campaign|league|fund|trust|museum|school)$/;

/**
 * "Bank of England", "Office for National Statistics": a lower-case "of" or "for" joins two capitalised words, and
 * after one of them, or before a body's head, so does "and" ("Center for Media and Public Affairs", "Securities and
 * Exchange Commission", not "Monmouth University and CNN"); "&" always does ("Procter & Gamble").
 */
function joinsName(tokens: Token[], k: number, from: number): boolean {
  const w = tokens[k]?.lower ?? "";
  // "for" joins after a body's head ("Office for National Statistics") or a name's one word ("Americans for
  // Prosperity"); after a name of two words or more it names a client ("a survey by Castleford Insight for Beacon
  // News").
  const oneWordBefore = k - from === 1;
  const joining =
    /^(of|&)$/.test(w) ||
    // ("the Northern Alliance on Thursday": a day is no part of the name.)
    (/^(for|on)$/.test(w) &&
      !isTimeWord(tokens[k + 1]?.lower ?? "") &&
      (ORGANISATION_HEADS.has(tokens[k - 1]?.lower ?? "") || (w === "for" && oneWordBefore))) ||
    (w === "and" && (tokens.slice(from, k).some((t) => /^(of|for)$/.test(t.lower)) || bodyHeadNext(tokens, k + 1)));
  // ("the Office of the Auditor": "of the" before capitals joins too; "Center for the Study of …", "for the" after a
  // body's head.)
  const joinsThe = (j: number) =>
    tokens[j]?.lower === "of" || (tokens[j]?.lower === "for" && FOR_THE_HEADS.test(tokens[j - 1]?.lower ?? ""));
  const ofThe =
    (joinsThe(k) && tokens[k + 1]?.lower === "the" && !!tokens[k + 2]?.cap && !!tokens[k - 1]?.cap) ||
    (w === "the" && joinsThe(k - 1) && !!tokens[k - 2]?.cap && !!tokens[k + 1]?.cap);
  // ("Ministry of Education, Skills, Youth and Information", "Department of Agriculture, Food and the Marine": the
  // commas and the "the" listing a body's parts.)
  const listing =
    commaInBodyName(tokens, k) ||
    (w === "the" &&
      !!tokens[k + 1]?.cap &&
      (commaInBodyName(tokens, k - 1) ||
        (tokens[k - 1]?.lower === "and" && tokens.slice(from, k).some((t) => t.text === ","))));
  return ofThe || listing || (joining && !!tokens[k - 1]?.cap && !!tokens[k + 1]?.cap);
}

/** A body's head among the capitals from `k` ("Securities and Exchange Commission", not "Smith and Jones"). */
function bodyHeadNext(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + 4 && tokens[j].cap; j++)
    if (ORGANISATION_HEADS.has(tokens[j].lower)) return true;
  return false;
}

/** Index just past the capitalised name that starts at `k` (`k` itself when none does). */
export function nameEnd(tokens: Token[], k: number): number {
  const from = k;
  while (tokens[k] && (tokens[k].cap || joinsName(tokens, k, from))) k++;
  return k;
}

/** "seen", "obtained", "reviewed": a document's reader ("a memo seen by POLITICO"), not its maker ("compiled"). */
export const readingParticiple = (w: string) => DOCUMENT_PARTICIPLES.has(w) && !MAKING_PARTICIPLES.has(w);

/** A lower-case word naming a kind of body ("firm", "newspaper"), not a role ("spokesman" before a name). */
export const isBodyNoun = (t: Token) => !t.cap && ORGANISATION_HEADS.has(t.lower) && !ANONYMOUS_HEADS.has(t.lower);

/**
 * Where the maker's name starts after "by" at `by`: past "the", and past the kind of body news puts before a name
 * ("from research firm Lumen Ludic", "by think tank Bruegel", "by data provider Kpler").
 */
export function makerStart(tokens: Token[], by: number): number {
  const opening =
    by + (LEADING.has(tokens[by + 1]?.lower ?? "") || POSSESSIVE_PRONOUNS.has(tokens[by + 1]?.lower ?? "") ? 2 : 1);
  // ("by the Malta-based trade publication Mediterranean Energy Monitor": where it is based is no part of the name;
  // nor a place's name before its kind, "by Johannesburg research firm Maropeng Insights".)
  const placeThenKind =
    !!tokens[opening]?.cap &&
    !tokens[opening + 1]?.cap &&
    !!tokens[opening + 1]?.word &&
    [2, 3].some((n) => !!tokens[opening + n - 1] && isBodyNoun(tokens[opening + n - 1]) && !!tokens[opening + n]?.cap);
  const first = /-based$/.test(tokens[opening]?.lower ?? "") || placeThenKind ? opening + 1 : opening;
  let k = first;
  while (k < first + 3 && tokens[k] && tokens[k].word && !tokens[k].cap) k++;
  // ("by the state Hydrology Office": a word that only places the body before its name.)
  const placing = k === first + 1 && NP_FUNCTION_WORDS.has(tokens[first].lower);
  if (k > first && tokens[k]?.cap && (isBodyNoun(tokens[k - 1]) || placing)) return k;
  // ("from market researcher Brightwater Analytics", "by the nonpartisan Office of Fiscal Analysis": words saying what
  // the body is, then its name, which holds a body's word.)
  if (k > first && tokens[k]?.cap) {
    const words = tokens.slice(k, nameEnd(tokens, k)).map((t) => t.lower.replace(/[’']s$|\.$/, ""));
    if (words.some((w) => isBodyNameWord(w) || ORGANISATION_HEADS.has(w))) return k;
  }
  // ("by forensic accountants Halden Pryce", "by statistician Peter Lomas": a trade in the plural, then the firm's
  // name; or a person's, then theirs.)
  const trade = tokens[k - 1];
  // (Not a post at a body, "written by senior planning officer Helen Marsh": the body's document; but a name of one
  // word after a trade is a firm's, "from market researcher Crumbview", people being named in full.)
  // (A title before one word is a surname's, "professor Lindqvist".)
  const post = TITLES.has(trade.lower) || (ROLE_NOUNS.has(trade.lower) && nameEnd(tokens, k) > k + 1);
  if (
    k > first &&
    tokens[k]?.cap &&
    (/^[a-z-]{3,}[^su]s$/.test(trade.lower) || (PERSON_ENDINGS.test(trade.lower) && !post))
  )
    return k;
  // ("by Istanbul brokerage Meridyen Yatırım": a place, then the company's kind, then its name.)
  const kind = tokens[first + 1];
  const placed = tokens[first]?.cap && kind?.word && !kind.cap && (COMPANY_KINDS.has(kind.lower) || isBodyNoun(kind));
  return placed && tokens[first + 2]?.cap ? first + 2 : first;
}

/** Whether the capitalised name ending at `k` follows "by" or "by the" ("compiled by Bloomberg"). */
export function madeByBefore(tokens: Token[], k: number): boolean {
  while (k > 0 && (tokens[k].cap || joinsName(tokens, k, Math.max(0, k - 6)))) k--;
  return tokens[k]?.lower === "by" || (tokens[k]?.lower === "the" && tokens[k - 1]?.lower === "by");
}

/**
 * Where "by" (or another of `preps`) stands at `k`, or just past a time phrase that starts at `k` ("released on
 * Tuesday by the Treasury", "filed last week by the County Attorney's Office") or a few words of what a survey was
 * of or whom a document went to ("of 2,300 firms by the Bank's Decision Maker Panel"); else -1.
 */
export function byAt(tokens: Token[], k: number, preps = BY): number {
  for (let b = k; b < k + 5 && tokens[b]; b++)
    if (preps.test(tokens[b].lower))
      return b === k || timePhraseLeft(tokens, b - 1) === k || ofWords(tokens, k, b) ? b : -1;
  return -1;
}

/**
 * "of" or "to" at `k` (what a survey was of, whom a note went to: "a note to clients by Harbourline"), words only up to
 * a "by" at `b`, and none that reads a document ("a copy of the letter seen by").
 */
const ofWords = (tokens: Token[], k: number, b: number) =>
  /^(?:of|to)$/.test(tokens[k].lower) &&
  tokens[b].lower === "by" &&
  tokens.slice(k + 1, b).every((t) => t.word && !readingParticiple(t.lower));

/** The most words a maker runs to in a document's contact clause ("the state health department"). */
const CONTACT_MAKER_WORDS = 4;

/**
 * The maker in a document's contact clause, from `k` right after the document's head: "a notice [the carrier] filed
 * with the state", "figures [it] shared with Khmer Times", "a survey [the district] sent to families". [first, last]
 * of the maker, or null; the verb that follows is at last + 1.
 */
export function contactMaker(tokens: Token[], k: number): [number, number] | null {
  const first = tokens[k];
  if (!first?.word) return null;
  let end = k;
  if (SUBJECT_PRONOUNS.has(first.lower) || first.lower === "it") end = k + 1;
  else if (first.cap || DETERMINERS.has(first.lower) || POSSESSIVE_PRONOUNS.has(first.lower)) {
    end = k + 1;
    while (end < k + CONTACT_MAKER_WORDS && tokens[end]?.word && !DOCUMENT_PARTICIPLES.has(tokens[end].lower)) end++;
  }
  return end > k && DOCUMENT_PARTICIPLES.has(tokens[end]?.lower ?? "") ? [k, end - 1] : null;
}

/**
 * Where the document whose contact clause holds the verb at `v` starts ("[A survey] the district sent to families
 * found", "[a paper] the company presented in February"), or -1.
 */
export function documentOfContactClause(tokens: Token[], v: number): number {
  if (!DOCUMENT_PARTICIPLES.has(tokens[v]?.lower ?? "")) return -1;
  for (let d = v - 2; d >= 0 && d >= v - 1 - CONTACT_MAKER_WORDS; d--) {
    // (Capitalised only as the sentence's first word: "Figures it shared with Khmer Times show".)
    const opening = d === 0 || (d === 1 && !tokens[0].word);
    if (!DOCUMENT_HEADS.has(tokens[d].lower) || (tokens[d].cap && !opening)) continue;
    const maker = contactMaker(tokens, d + 1);
    if (maker?.[1] !== v - 1) continue;
    return nounPhraseLeft(tokens, d)?.[0] ?? d;
  }
  return -1;
}

/** Whether a phrase names a document: its last word is a document's head, or a word before its "of" is ("a survey of
 * 2,300 firms"). */
export function documentEnds(tokens: Token[], [from, to]: [number, number]): boolean {
  for (let k = from; k <= to; k++)
    if (DOCUMENT_HEADS.has(tokens[k].lower) && (k === to || tokens[k + 1].lower === "of")) return true;
  return false;
}

/**
 * The document a maker at `maker` made, named before its "by": "A report by …", "A report released in March by …".
 * Null when no document stands a few words before the "by".
 */
export function documentMadeBy(tokens: Token[], maker: number): [number, number] | null {
  const by = maker - 1;
  const word = tokens[by]?.lower;
  if (word !== "by" && word !== "from") return null;
  for (let k = by - 1; k >= 0 && k >= by - 6; k--) {
    if (!tokens[k].word) return null;
    if (!DOCUMENT_HEADS.has(tokens[k].lower)) continue;
    const np = nounPhraseLeft(tokens, k);
    return np && documentEnds(tokens, np) ? np : null;
  }
  return null;
}
