/** Who a document speaks for: its owner named before its head, or its maker named after it ("by", "from", "in"). */
import type { Token } from "../text/sentences";
import {
  DOCUMENT_HEADS,
  DOCUMENT_MODIFIERS,
  ORGANISATION_HEADS,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  ROLE_ACRONYMS,
  ROLE_NOUNS,
  STATES,
  TITLES,
} from "../words";
import { byAt, isBodyNoun, makerStart, nameEnd, readingParticiple } from "../phrases/maker";
import { participleWord } from "../phrases/head-word";
import { isTimeWord } from "../phrases/time";
import { writtenInLowerCase } from "../text/lower-words";
import { COURTESY, cleanName, isAcronym, join, withoutPossessive } from "./name-text";

/** A trial's phase in Roman numerals ("a phase III trial"), which names no owner ("an internal X memo" is X's). */
const ROMAN = /^(?:II|III|IV)$/;

/**
 * The name a body's phrase gives: a document's maker when capitalised words name one before it ("A Public
 * Accounts Office report" → "Public Accounts Office", "the council's annual review" → "council"), else the phrase.
 */
export function documentOwner(named: Token[], headWord: string, text: string, articled: boolean): string {
  // ("His appeal said", "Their budget shows": a pronoun capitalised by the sentence owns it, and names no one.)
  if (named.length > 1 && named[0].cap && POSSESSIVE_PRONOUNS.has(named[0].lower)) named = named.slice(1);
  if (DOCUMENT_HEADS.has(headWord)) {
    // ("an internal Home Office assessment", "a leaked Treasury memo": past the describing words to the owner;
    // "her Twitter account" is hers.)
    const described = named.findIndex((t) => t.cap && !ROMAN.test(t.text));
    const describing = (t: Token) => !t.cap && t.word && !/['’]s?$/.test(t.text) && !POSSESSIVE_PRONOUNS.has(t.lower);
    if (described > 0 && named.slice(0, described).every(describing)) named = named.slice(described);
    // ("A June 12 Treasury memo", "a 2019 Home Office review": past its date to the owner.)
    let date = 0;
    while (date < named.length - 1 && /^(?:\d+|\p{L}+)$/u.test(named[date].text) && dateWord(named[date])) date++;
    if (date > 0 && named[date].cap) named = named.slice(date);
    // The owner runs to a possessive, or over the capitals and numbers before the head, and the small words joining
    // them ("a Ministry of Trade and Cooperatives briefing paper").
    const possessive = named.findIndex((t) => /['’]s?$/.test(t.text));
    let end = possessive + 1;
    // ("A Bank of England May forecast": past a joining word, a date ends the owner.)
    const joins = (k: number) => /^(?:of|and|for|on)$/.test(named[k].lower) && k > 0 && !!named[k + 1]?.cap;
    let joined = false;
    if (possessive < 0)
      while (end < named.length - 1 && (named[end].cap || /\d/.test(named[end].text) || joins(end))) {
        if (joined && (isTimeWord(named[end].lower) || /\d/.test(named[end].text))) break;
        joined ||= joins(end);
        end++;
      }
    // ("Monday's poll", "last week's report": a day owns nothing; "a Channel 4 News investigation": a small number
    // inside a name is no date.)
    const inName = (k: number) => /^\d{1,2}$/.test(named[k].text) && !!named[k - 1]?.cap && !!named[k + 1]?.cap;
    const dated = named.slice(0, end).some((t, k) => isTimeWord(withoutPossessive(t.lower)) && !inName(k));
    // ("a phase III trial": a numeral, Roman or not, owns nothing.)
    const owner = dated ? [] : named.slice(0, end).filter((t) => !/^\d+$/.test(t.text) && !ROMAN.test(t.text));
    // One capitalised word with no article before it may be a sentence's first ("Internal documents show").
    // ("Opta data showed": a word the text never writes in lower case is a name, sentence's first or not.)
    const first = owner[0] ?? named[0];
    const surelyAName =
      owner.length > 1 ||
      articled ||
      isAcronym(first) ||
      (owner.length > 0 && !writtenInLowerCase(text, first.text) && !describesDocument(first.lower));
    if (owner.length && (possessive >= 0 || (owner.some((t) => t.cap) && surelyAName)))
      return cleanName(join(owner, text));
  }
  return cleanName(join(named, text));
}

/** A word of a date: a day, a month, a year or a day's number. */
const dateWord = (t: Token) => /^\d{1,4}$/.test(t.text) || isTimeWord(t.lower);

/** A sentence's first word that describes a document rather than naming its maker ("Leaked", "Internal", "New"). */
const describesDocument = (lower: string) =>
  DOCUMENT_MODIFIERS.has(lower) || (/(?:ed|al|ive|ous|ary|ic)$/.test(lower) && !STATES.has(lower));

/**
 * Whether the capitalised run at `k` names a body or an office ("Office of the Auditor General", "Auditor-General"),
 * and ends the phrase ("the Labour Party membership" is the members).
 */
function namesBodyOrOffice(words: Token[], k: number, acronymOnly = false): boolean {
  let body = false,
    j = k;
  for (; j < words.length && (words[j].cap || /^(?:of|for|the|and)$/.test(words[j].lower)); j++)
    body ||= acronymOnly
      ? j === k && isAcronym(words[j]) && !words[j + 1]?.cap
      : words[j].cap &&
        (ORGANISATION_HEADS.has(words[j].lower) || words[j].lower.split("-").some((w) => TITLES.has(w)));
  const next = words[j];
  return body && !(next?.word && !PREPOSITIONS.has(next.lower) && !participleWord(next));
}

/**
 * Documents whose "of" says who made them ("a report of the Auditor General", "an internal audit of VWS"), and parts of
 * a body that speak for it ("the Lagos chapter of the Petroleum Products Retailers Forum").
 */
const OF_AUTHOR =
  /^(?:report|reports|findings|statement|determination|records|register|minutes|accounts|audit|data|figures|statistics|chapter|branch|wing|unit)$/;

/**
 * The body named after a document's head ("by the Living Standards Foundation", "from Gallup"), or null; `head`, the
 * document's head word, says whether an "of" may name it.
 */
export function authorAfter(after: Token[], text: string, head = ""): string | null {
  // "… filed Tuesday by the County Attorney's Office": past the participle and its date to "by".
  // ("The criminal complaint, filed by the Queens District Attorney's Office,": between commas too.)
  const comma = after[0]?.text === "," && !!after[1] && participleWord(after[1]) ? 1 : 0;
  let p = comma;
  while (p < comma + 2 && after[p] && participleWord(after[p])) p++;
  // ("A survey carried out by the Qatar Parents Forum": a participle's particle.)
  if (p > comma && /^(?:out|up)$/.test(after[p]?.lower ?? "") && after[p + 1]?.lower === "by") p++;
  // "a memo seen by POLITICO", "documents obtained by Reuters": who read it, not who wrote it.
  if (after.slice(0, p).some((t) => readingParticiple(t.lower))) return null;
  // ("A report in The Deccan Courier claimed": a publication it appeared in, when the name ends as a body's does.)
  const inPaper = p === 0 && after[0]?.lower === "in";
  // ("a report of the Office of the Auditor General": or "of the" and a body's or an office's name.)
  // ("A 2023 internal audit of VWS": or an acronym's.) Only for a document whose "of" names who wrote it: "an
  // investigation of the Police Department", "a poll of the Conservative Party" are of what they look at.
  const ofBody =
    OF_AUTHOR.test(head) &&
    after[p]?.lower === "of" &&
    (after[p + 1]?.lower === "the" ? namesBodyOrOffice(after, p + 2) : namesBodyOrOffice(after, p + 1, true));
  const by = inPaper || ofBody ? p : byAt(after, p, /^(by|from)$/);
  if (by < 0) return null;
  let first = makerStart(after, by);
  let k = nameEnd(after, first);
  // ("A 2014 study by Loyola Law School professor Justin Levitt": the person, of the school.)
  const role = after[k];
  if (
    k > first &&
    role?.word &&
    !role.cap &&
    (ROLE_NOUNS.has(role.lower) || TITLES.has(role.lower)) &&
    after[k + 1]?.cap
  ) {
    first = k + 1;
    k = nameEnd(after, first);
  }
  // ("A survey of 3,408 GPs by the college": a body of a kind the story named, for the speakers to find.)
  const kind = after[first];
  const close = !after[first + 1]?.word || PREPOSITIONS.has(after[first + 1].lower);
  // ("A study by her center last year": or its own.)
  const determined = after[by + 1]?.lower === "the" || POSSESSIVE_PRONOUNS.has(after[by + 1]?.lower ?? "");
  if (k === first && determined && kind && isBodyNoun(kind) && close) return kind.lower;
  // "a briefing document from March": a time, no author.
  if (k === first + 1 && isTimeWord(after[first].lower)) return null;
  if (inPaper && !(k > first && ORGANISATION_HEADS.has(after[k - 1].lower))) return null;
  // ("a study by Dr Jane Roe": the person, as their name is written without the title.)
  // ("a memo from CEO Dana Whitcombe": an office's letters before the name too.)
  const titled = k > first + 2 && (COURTESY.test(after[first].lower) || ROLE_ACRONYMS.has(after[first].lower)) ? 1 : 0;
  // ("the University of Regina's Centre for Transportation Safety": the centre, of the university.)
  const owner = after.findLastIndex((t, j) => j >= first && j < k - 2 && /['’]s$/.test(t.text));
  const from = owner >= 0 ? owner + 1 : first + titled;
  return k > first ? cleanName(join(after.slice(from, k), text)) : null;
}
