/**
 * People named once with a description and called by it later: "Jon Brandt, a former hammer thrower, …" … "the former
 * hammer thrower said" is Jon Brandt; "grandmaster Li Wen" … "the grandmaster"; "Tan's lawyer, Mr Daniel Koh," … "the
 * lawyer". Unless one of that kind who asked not to be named came after ("a judge, who spoke on condition of
 * anonymity").
 */
import type { Token } from "../text/sentences";
import {
  ANONYMOUS_HEADS,
  COMPANY_KINDS,
  isBodyNameWord,
  ORGANISATION_HEADS,
  PERSON_ENDINGS,
  ROLE_NOUNS,
  TITLES,
  UNNAMED_ON_PURPOSE,
} from "../words";
import { FULL_NAME, THIRD_NAME, noName } from "./name-patterns";
import { AGE, PAST_ROLE } from "./source-shapes";

/**
 * A pattern built once per title and kept (a page names few titles; the cache is emptied past a few hundred, so a
 * hostile page cannot grow it).
 */
function perTitle(make: (title: string) => RegExp): (title: string) => RegExp {
  const cache = new Map<string, RegExp>();
  return (title) => {
    let re = cache.get(title);
    if (!re) {
      if (cache.size > 256) cache.clear();
      cache.set(title, (re = make(title)));
    }
    return re;
  };
}

/** "an immigration judge …, who spoke on condition of anonymity": one of this title who gave no name. */
export const unnamedBefore = perTitle(
  (title) => new RegExp(`\\b(?:an?|one)\\s+(?:[\\p{L}-]+\\s+){0,3}${title}\\b[^.]{0,120}?${UNNAMED_ON_PURPOSE}`, "iu"),
);

/**
 * "A detective constable told the court …": one holder of a title brought in with "a", and not one a name follows
 * ("a detective constable, Ruth Kane,").
 */
export const introducedBefore = perTitle(
  (title) => new RegExp(`\\b(?:[Aa]n?|[Oo]ne)\\s+(?:[\\p{L}-]+\\s+){0,3}${title}\\b(?![\\s,]+\\p{Lu})`, "gu"),
);

/**
 * "Principal Secretary Phumzile Shongwe-Mavuso" … "the PS said": a title, its words' initials a capitalised
 * abbreviation, then a full name (a courtesy title maybe between).
 */
const byInitials = perTitle(
  (letters) =>
    new RegExp(
      `(?<![\\p{L}])(${[...letters].map((l) => `[${l}${l.toLowerCase()}]\\p{Ll}+`).join("(?:[^\\S\\n]+|-)")})` +
        `[^\\S\\n]+(?:(?:Mr|Mrs|Ms|Dr)\\.?[^\\S\\n]+)?(${FULL_NAME}(?:[^\\S\\n]+${THIRD_NAME})?)`,
      "gu",
    ),
);

/** The person last named, within `reach` before `at`, with the title whose initials are `initials` ("PS", "DG"). */
export function titleInitialsHolder(text: string, initials: string, at: number, reach: number): string | null {
  if (!/^[A-Z]{2,4}$/.test(initials)) return null;
  let name: string | null = null;
  for (const m of text.slice(Math.max(0, at - reach), at).matchAll(byInitials(initials))) {
    // (A title's words, "Principal Secretary", "Chief Financial Officer"; not a body's, "Police Conduct Authority".)
    if (m[1].split(/[\s-]+/).some((w) => TITLES.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase()))) name = m[2];
  }
  return name && !name.split(/\s+/).some(noName) ? name : null;
}

/**
 * The person a description stands for ("the former hammer thrower", "the Taipei-born grandmaster"), when the text
 * before gave a named person that description, and no unnamed one since; or null. `former`: whether the mention says
 * the role was held before ("the former governor").
 */
export function describedPerson(
  words: Token[],
  former: boolean,
  text: string,
  at: number,
  reach: number,
): string | null {
  if (words.length < 2 || words[0].lower !== "the" || !words.every((t) => t.word)) return null;
  const noun = words[words.length - 1];
  if (noun.cap || !describes(noun.lower)) return null;
  const described = describedBefore(text, noun.lower, former, at, reach);
  // (Unless one of that kind who asked not to be named came after the description.)
  return described && !unnamedBefore(noun.lower).test(text.slice(described.at, at)) ? described.name : null;
}

/**
 * Whether a word can head a description of someone, a person's or a body's ("thrower", "grandmaster", "system",
 * "director-general").
 */
const describes = (w: string) =>
  /^\p{Ll}[\p{Ll}-]+$/u.test(w) &&
  !AGE.test(w) &&
  (ANONYMOUS_HEADS.has(w) ||
    w.split("-").some((part) => ROLE_NOUNS.has(part) || TITLES.has(part)) ||
    bodyNoun(w) ||
    PERSON_ENDINGS.test(w));
/** A noun for a body ("company", "ministry", "system"). */
const bodyNoun = (w: string) => COMPANY_KINDS.has(w) || ORGANISATION_HEADS.has(w) || isBodyNameWord(w);

/**
 * The person last described by this noun before `at` ("Jon Brandt, a former hammer thrower,", "grandmaster Li
 * Wen", "Tan's lawyer, Mr Daniel Koh," for "thrower", "grandmaster", "lawyer"), or null: news calls someone named
 * so "the former hammer thrower" later, with where the description is. `former`: whether the later mention says the
 * person was one ("the former governor"), as the description must.
 */
function describedBefore(
  text: string,
  noun: string,
  former: boolean,
  at: number,
  reach: number,
): { name: string; at: number } | null {
  // Only the stretch within reach is read, nearest first, and in it only the words around the last few places the
  // noun is written (cheap to find, and most often nowhere): each mention costs the same on any page.
  const from = Math.max(0, at - reach);
  const tail = noun.slice(1);
  // (Searched inside the stretch within reach only: a noun written nowhere near costs the stretch, not the page.)
  const window = text.slice(from, at);
  let seen = 0;
  for (let w = window.lastIndexOf(tail, window.length - tail.length); w > 0 && seen < DESCRIPTIONS_READ;) {
    const p = from + w;
    const start = p - 1,
      end = p + tail.length;
    const next = window.lastIndexOf(tail, w - 1);
    // The noun as a word of its own, in either case ("Grandmaster Li Wen" opening a sentence).
    const word =
      text[start].toLowerCase() === noun[0] &&
      !/[\p{L}-]/u.test(text[start - 1] ?? "") &&
      !/[\p{L}'’-]/u.test(text[end] ?? "");
    w = next;
    if (!word) continue;
    seen++;
    const before = text.slice(Math.max(from, start - DESCRIPTION_BEFORE), start);
    const after = text.slice(end, Math.min(at, end + DESCRIPTION_AFTER));
    // "Jon Brandt, a former hammer thrower," (the noun heads the description: no preposition or clause word before
    // it, "a nurse at the clinic" describes no clinic); or "grandmaster Li Wen", "Tan's lawyer, Mr Daniel Koh,".
    const described = DESCRIPTION_ENDS.test(after) ? NAME_DESCRIBED_AS.exec(before) : null;
    const titled = described ? null : NAME_AFTER_NOUN.exec(after);
    const name = described?.[1] ?? titled?.[1];
    if (!name || name.split(/\s+/).some(noName)) continue;
    // ("Christine Todd Whitman, the former New Jersey governor," is not "the governor" now.)
    const words = described ? described[2] : (WORDS_BEFORE_NOUN.exec(before)?.[0] ?? "");
    if (PAST_ROLE.test(words) === former) return { name, at: start };
  }
  return null;
}

/** How far a description may start before its noun, and a name run on after it (characters). */
const DESCRIPTION_BEFORE = 160;
const DESCRIPTION_AFTER = 70;
/** How many of the noun's places before a mention are read for a description: the nearest few. */
const DESCRIPTIONS_READ = 6;
/** Words that end a description's head before its noun ("a nurse at the clinic", "a friend who …"). */
const DESCRIPTION_BREAKS = "at|of|for|from|in|on|with|by|to|and|or|who|which|that|whose|the|a|an";
/** A full name and a description ending where its noun is ("Jon Brandt, a former hammer "). */
const NAME_DESCRIBED_AS = new RegExp(
  `(?<![\\p{L}'’-])(${FULL_NAME}(?:[^\\S\\n]+${THIRD_NAME})?)(?:, \\d+)?, (?:a|an|the) ` +
    `((?:(?!(?:${DESCRIPTION_BREAKS})(?![\\p{L}'’-]))[\\p{L}\\d'’-]+ ){0,4})$`,
  "u",
);
/** What may follow a description's noun: punctuation, a preposition or a clause ("…, a nurse at the clinic,"). */
const DESCRIPTION_ENDS = new RegExp(`^(?:[,.;:)]| (?:${DESCRIPTION_BREAKS}|based|known|now)\\b)`);
/** A name right after a noun, past a comma and a courtesy title maybe ("grandmaster Li Wen", "lawyer, Mr Dan Koh"). */
const NAME_AFTER_NOUN = new RegExp(`^,? (?:(?:Mr|Mrs|Ms|Dr)\\.? )?(${FULL_NAME})`, "u");
/** The few words before a noun, which say whether a role was held before ("former Clinton pollster"). */
const WORDS_BEFORE_NOUN = /(?:[\p{L}-]+ ){0,3}$/u;
