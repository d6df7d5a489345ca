/**
 * What a person's name and a body's name look like in running text: a title and a surname, a given name and a
 * surname, capitalised words joined by "of" or "and"; and the words no person's name holds.
 */
import { companyDescriptor } from "./source-shapes";
import {
  CLAUSE_WORDS,
  DETERMINERS,
  isBodyNameWord,
  MONTHS,
  NOT_NAMES,
  ORGANISATION_HEADS,
  PREPOSITIONS,
  SEATS_OF_GOVERNMENT,
  STATES,
  SUBORDINATORS,
  TITLES,
  WEEKDAYS,
} from "../words";

/**
 * A given name, an initial perhaps, and a surname: "Ada Obi", "Edwin G. Monroy"; or initials and a surname, as South
 * Asian copy writes names ("S. Venkataraman", "M.K. Stalin"; not a place's, "U.S. Senate", "D.C. Council"). Spaced
 * by spaces only: a name never runs across a line break, as a headline's last word and a paragraph's first would.
 */
export const FULL_NAME =
  "(?:\\p{Lu}\\p{Ll}+(?:[^\\S\\n]+\\p{Lu}\\.)?|(?<![\\p{L}.])(?!(?:U\\.[SKN]|E\\.U|D\\.C|N\\.[YJ]|L\\.A|P\\.M|A\\.M)\\.)" +
  "\\p{Lu}\\.(?:[^\\S\\n]?\\p{Lu}\\.){0,2})[^\\S\\n]+\\p{Lu}[\\p{L}'’-]+";
export const NAME = new RegExp(
  `\\b(?:(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Professor|Judge|Justice|Senator|Governor|Sir|Dame|Lord|Lady|Cllr|Coun)\\.?\\s+(\\p{Lu}[\\p{L}'’-]+(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’-]+)?)|(${FULL_NAME}))`,
  "gu",
);
/** NAME's pattern, for a reader compiling its own. */
export const NAME_PATTERN = NAME.source;
/** A third capitalised name after a full one, not a day or a month ("… said Jane Roe Tuesday"). */
export const THIRD_NAME =
  "(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|" +
  "August|September|October|November|December)\\b)\\p{Lu}\\p{Ll}[\\p{L}'’-]*";

/** "the " right before a match: capitals after it name a place or a thing ("at the Silver Pine diner"). */
const THE_BEFORE = /\b[Tt]he\s$/;
/**
 * A preposition of place before two capitalised words makes them a place ("arrived at Abu Gisir", "a camp near Port
 * Harcourt"), never the person a later "she" stands for; a title makes a person wherever it stands ("at Mr Obi's").
 */
const PLACE_BEFORE = /\b(?:at|in|near|outside|inside|across|around|towards?)\s$/;

/** Whether a word can be no part of a person's name: a body's head, a state, a title, a month, a function word. */
export const noName = (w: string) => {
  const l = w.toLowerCase().replace(/['’]s$/, "");
  // ("Toronto-listed Quillqa", "London-based Arlow": a company's listing or seat, no given name.)
  if (companyDescriptor(l)) return true;
  return (
    ORGANISATION_HEADS.has(l) ||
    STATES.has(l) ||
    NOT_NAMES.has(l) ||
    TITLES.has(l) ||
    MONTHS.has(l) ||
    WEEKDAYS.has(l) ||
    DETERMINERS.has(l) ||
    PREPOSITIONS.has(l) ||
    CLAUSE_WORDS.has(l) ||
    SUBORDINATORS.has(l)
  );
};

/** The person a NAME match names, or null when its words name no one. */
export function personOf(m: RegExpExecArray): string | null {
  const name = m[2] ?? m[3];
  if (m[3] && THE_BEFORE.test(m.input.slice(Math.max(0, m.index - 4), m.index))) return null;
  // ("in Harvey Weinstein's screening room": a possessive is a person's.)
  if (m[3] && !/['’]s$/.test(name) && PLACE_BEFORE.test(m.input.slice(Math.max(0, m.index - 8), m.index))) return null;
  const words = name.split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w));
  if (words.some(noName) || SEATS_OF_GOVERNMENT.has(name.toLowerCase()) || STATES.has(name.toLowerCase())) return null;
  // ("the share price of Haesung Chemical": a company's word after the first says it is a company's name.)
  if (words.slice(1).some((w) => isBodyNameWord(w.toLowerCase().replace(/['’]s$/, "")))) return null;
  return name.replace(/['’]s$/, "");
}

/**
 * A body's name: capitalised words, joined by "of", "for", "and" or "&" ("Kwun Lok Properties", "Bank of X"), within
 * a paragraph (a headline's last words are no part of the name that opens the story).
 */
export const SPACE = "(?:[^\\S\\n]+|[^\\S\\n]*\\n[^\\S\\n]*)";
export const BODY_NAME = `\\p{Lu}[\\p{L}&'’-]*(?:${SPACE}(?:(?:of|for)${SPACE}(?:the${SPACE})?|(?:and|&)${SPACE})?\\p{Lu}[\\p{L}&'’-]*)*`;
