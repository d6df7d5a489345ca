/**
 * "Mr Obi arrived late. He said …": the person a "he" or "she" stands for
 * may be named in a sentence that credits no one. Looked for in the text
 * before the pronoun, the nearest name written as news writes a person's: a
 * title and a surname ("Mr Obi", "Dr. Ruiz") or a given name and a surname
 * ("Ada Obi"), never a body, a place or a month.
 */
import {
  CLAUSE_WORDS,
  DETERMINERS,
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

/** How far back a pronoun looks for a name (characters): a paragraph or two. */
const REACH = 600;
const NAME =
  /\b(?:(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s+(\p{Lu}[\p{L}'’-]+)|(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+))/gu;

const noName = (w: string) => {
  const l = w.toLowerCase().replace(/['’]s$/, "");
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

/** The nearest person's name before `at`, within `reach` characters, or null. */
export function personNamedBefore(text: string, at: number, reach = REACH): string | null {
  const from = Math.max(0, at - reach);
  const stretch = text.slice(from, at);
  let found: string | null = null;
  NAME.lastIndex = 0;
  for (let m = NAME.exec(stretch); m; m = NAME.exec(stretch)) {
    const name = m[2] ?? m[3];
    const words = name.split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w));
    if (words.some(noName) || SEATS_OF_GOVERNMENT.has(name.toLowerCase()) || STATES.has(name.toLowerCase())) continue;
    found = name.replace(/['’]s$/, "");
  }
  return found;
}
