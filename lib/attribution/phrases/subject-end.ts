/**
 * Where a subject ends, read leftwards from its verb: past the auxiliaries and adverbs between them ("has also
 * told", "Obama passionately rebuked"), a time phrase ("The agency on Tuesday said"), a document's period ("Accounts
 * for the year to March 2023 show") and the participle that says who made or saw a document ("Internal documents
 * seen by The Verge show").
 */
import { nounPhraseLeft } from "./noun-phrase";
import { timePhraseLeft } from "./time";
import { type Token } from "../text/sentences";
import {
  ANONYMOUS_HEADS,
  ASPECT_VERBS,
  AUXILIARIES,
  DATING_PARTICIPLES,
  DETERMINERS,
  DOCUMENT_HEADS,
  DOCUMENT_PARTICIPLES,
  FLOATING_QUANTIFIERS,
  LY_NOUNS,
  MID_ADVERBS,
  MONTHS,
  PERSON_ENDINGS,
  PREPOSITIONS,
  PREVERB_ADVERBS,
  REPORTING_PERIOD_WORDS,
} from "../words";

/** "-ly" adverbs between a subject and its verb: "Obama passionately rebuked". */
export const isAdverb = (w: string) => w.length > 4 && w.endsWith("ly") && !LY_NOUNS.has(w);

/** "so far", "thus far" between a subject and its verb ("it had so far confirmed"): either word of it. */
const soFar = (tokens: Token[], i: number) =>
  (tokens[i].lower === "far" && /^(so|thus)$/.test(tokens[i - 1]?.lower ?? "")) ||
  (/^(so|thus)$/.test(tokens[i].lower) && tokens[i + 1]?.lower === "far");

/** Skips auxiliaries and adverbs leftwards from `i`; returns the index of the token before them. */
export function skipAuxLeft(tokens: Token[], i: number): number {
  while (
    i >= 0 &&
    tokens[i].word &&
    (AUXILIARIES.has(tokens[i].lower) ||
      ASPECT_VERBS.has(tokens[i].lower) ||
      PREVERB_ADVERBS.has(tokens[i].lower) ||
      MID_ADVERBS.has(tokens[i].lower) ||
      FLOATING_QUANTIFIERS.has(tokens[i].lower) ||
      isAdverb(tokens[i].lower) ||
      soFar(tokens, i)) &&
    !tokens[i].cap
  )
    i--;
  return i;
}

/**
 * Like skipAuxLeft, and past a time phrase too when a noun phrase stands
 * before it ("Spicer on Thursday evening said"); "a poll released Sunday
 * showed" keeps "Sunday".
 */
export function subjectEndLeft(tokens: Token[], i: number): number {
  return pastWhoSawIt(tokens, pastReportingPeriod(tokens, timeOrSubjectEnd(tokens, i)));
}

/**
 * Whether the noun phrase ending at `end` opens its clause ("… clashed with Hollis over the clerk's budget for 2024,
 * says" is an object's, not a subject's).
 */
function opensClause(tokens: Token[], end: number): boolean {
  const np = nounPhraseLeft(tokens, end);
  const before = np ? tokens[np[0] - 1] : undefined;
  return !!np && (!before?.word || CLAUSE_OPENERS_BEFORE_SUBJECT.test(before.lower));
}
const CLAUSE_OPENERS_BEFORE_SUBJECT = /^(?:and|but|that|while|as|after|because)$/;

/**
 * "Accounts for the year to March 2023 show", "Figures for the three months ending June 30, 2024, showed": the period
 * a document covers is no part of who speaks (and "March 2023" no person); the subject ends at the document.
 */
function pastReportingPeriod(tokens: Token[], end: number): number {
  for (let k = end; k >= 1 && k > end - 12; k--) {
    const w = tokens[k].lower;
    if (w === "for")
      return k < end && DOCUMENT_HEADS.has(tokens[k - 1].lower) && opensClause(tokens, k - 1) ? k - 1 : end;
    if (!REPORTING_PERIOD_WORDS.has(w) && !MONTHS.has(w) && !/^(?:fy)?\d/.test(w)) return end;
  }
  return end;
}

/**
 * "Internal documents seen by The Verge show", "a survey conducted from Sept. 12 to 15 showed", "Economists polled
 * by Reuters had expected": the document or the people are the subject, past the participle that says who made,
 * saw or asked them.
 */
function pastWhoSawIt(tokens: Token[], end: number): number {
  // A participle right after a document or a group of people, a few words back and in the same clause: cheap to
  // look for, and rare, so most subjects cost nothing more.
  for (let k = end; k >= 1 && k > end - 10; k--) {
    const t = tokens[k];
    if (!t.word && t.text !== "." && t.text !== "-" && t.text !== "’" && t.text !== "'") return end;
    if (!DOCUMENT_PARTICIPLES.has(t.lower)) continue;
    const head = tokens[k - 1].lower;
    // ("Finance directors contacted for this article said": or people by what they do.)
    // (Not an active verb with its object: "Researchers contacted the company but a spokesman said".)
    const agent = /^(?:by|for|to)$/.test(tokens[k + 1]?.lower ?? "");
    const trade = /^[a-z]{3,}s$/.test(head) && PERSON_ENDINGS.test(head.slice(0, -1)) && agent;
    const people = (ANONYMOUS_HEADS.has(head) && (agent || tokens[k].lower !== "contacted")) || trade;
    return DOCUMENT_HEADS.has(head) || people ? k - 1 : end;
  }
  return end;
}

function timeOrSubjectEnd(tokens: Token[], i: number): number {
  const left = skipAuxLeft(tokens, i);
  const time = left > 0 ? timePhraseLeft(tokens, left) : -1;
  if (time <= 0) return left;
  const before = skipAuxLeft(tokens, time - 1);
  const b = tokens[before];
  // "a poll released last week showed": the poll, past the participle that dates it.
  if (b?.word && DATING_PARTICIPLES.has(b.lower) && tokens[before - 1]?.word && nounPhraseLeft(tokens, before - 1))
    return before - 1;
  // "Trump, who had been feuding with leaders, on Friday described": the subject's description ends at the comma.
  if (b?.text === ",") return before;
  // ("China's Ministry of Commerce (MOFCOM) on Thursday urged": or at a name's bracketed acronym.)
  const named = b?.word ? !DETERMINERS.has(b.lower) && !PREPOSITIONS.has(b.lower) : b?.text === ")";
  return named && nounPhraseLeft(tokens, before) ? before : left;
}
