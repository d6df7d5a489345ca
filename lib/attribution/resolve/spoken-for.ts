/**
 * Whom an unnamed spokesperson speaks for, read from the words around "spokesperson" (DESIGN.md: for a named body or
 * person, institutional). `readSource` (source-kind.ts) is passed in, as the reading of a whole source phrase calls
 * this one.
 */
import type { Token } from "../text/sentences";
import { LEADING, ORGANISATION_HEADS, POSSESSIVE_PRONOUNS } from "../words";
import { cleanName, join, peoplesOrState, withoutPossessive } from "./name-text";
import type { SourceReading } from "./source-kind";

/**
 * Places whose government speaks by their kind ("the city said", "the province said in a news release"), and a court
 * by its bench ("the bench held").
 */
export const PLACES_ACTING = /^(?:city|county|town|municipality|borough|province|bench)$/;

/** A name cut from its title ("for the Minister of Housing" read as "of Housing"): the title is the name. */
const TITLE_CUT = /^(?:of|for)\s/;

/**
 * Whom a spokesperson speaks for: "a spokesperson for the European Commission", "a Treasury spokesperson", "a
 * ministry spokesman" (the body as the story names it). Null when the phrase names no one ("a spokesman said").
 */
export function spokenFor(
  words: Token[],
  h: number,
  text: string,
  first: number,
  readSource: (tokens: Token[], text: string) => SourceReading,
): string | null {
  const after = words.slice(h + 1);
  // ("A spokeswoman for Premier Dominic Varga": a person by their name, not their title.)
  const person = after.length > 1 && /^(for|of)$/.test(after[0].lower) ? readSource(after.slice(1), text) : null;
  if (person?.kind === "person" && person.name?.includes(" ") && !TITLE_CUT.test(person.name)) return person.name;
  if (after.length > 1 && /^(for|of|at)$/.test(after[0].lower)) {
    // ("for the ministry’s General Department of Residency Affairs": the body named after its owner's possessive.)
    const owner = after.findLastIndex((t, k) => k > 0 && !t.cap && /['’]s$/.test(t.text) && !!after[k + 1]?.cap);
    const named = after.slice(owner > 0 ? owner + 1 : 1);
    const name = cleanName(join(named, text));
    return TITLE_CUT.test(name)
      ? join(
          named.filter((t) => !LEADING.has(t.lower)),
          text,
        )
      : name;
  }
  const before = words.slice(0, first).filter((t) => !LEADING.has(t.lower));
  // ("a No 10 spokesman", "a Channel 4 spokeswoman": a number after a capital is part of the name.)
  // ("His spokesman said": a person's spokesperson, that person not named here; the phrase says whose.)
  if (before.length === 1 && POSSESSIVE_PRONOUNS.has(before[0].lower)) return `${before[0].lower} ${words[h].lower}`;
  const named = before.filter((t, k) => t.cap || (/^\d+$/.test(t.text) && before[k - 1]?.cap));
  // ("A Welsh government spokesperson": a body's kind in lower case after a people's word is part of its name;
  // "a Tourism department spokesperson" is the department the story names, by its short form.)
  const kindAfter = before[before.indexOf(named[named.length - 1]) + 1];
  // ("A North Mercia police spokesperson": a force or a government written in lower case after its place's name.)
  const people = named.length === 1 && peoplesOrState(named[0].text);
  const force = /^(?:police|government)$/.test(kindAfter?.lower ?? "");
  if (
    (people || force) &&
    kindAfter &&
    ORGANISATION_HEADS.has(kindAfter.lower) &&
    kindAfter === before[before.length - 1]
  )
    return cleanName(join([...named, kindAfter], text));
  if (named.length) return cleanName(join(named, text));
  // ("a ministry spokesman", "a city spokesperson", "the agency's spokesperson": the body by its kind.)
  const kind = (t: Token) => withoutPossessive(t.lower);
  const generic = before.filter((t) => ORGANISATION_HEADS.has(kind(t)) || PLACES_ACTING.test(kind(t)));
  return generic.length ? kind(generic[generic.length - 1]) : null;
}
