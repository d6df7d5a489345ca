/**
 * The person who opens the sentence before a pronoun's ("Johanna Brekke, chief economist at Skarvik Bank, was less
 * sure. She said …"), by full name or by a surname alone written in full earlier ("Asante-Reeve did not respond");
 * and whether anyone is named, outside a quotation, between two places.
 */
import { writtenInLowerCase } from "../text/lower-words";
import { FULL_NAME, NAME_PATTERN, noName, personOf } from "./name-patterns";
import {
  endsAsPublication,
  ANONYMOUS_HEADS,
  AUXILIARIES,
  CAPITALISED_OPENERS,
  CONJUNCTIONS,
  ORGANISATION_HEADS,
  ROLE_NOUNS,
  TITLES,
} from "../words";

/** A sentence's end: a stop (and a closing quotation mark) before white space, or a line break. */
const SENTENCE_END = /[.!?]["”’]?\s+|\n/g;
/** A person's name opening a stretch of text. */
const OPENING_NAME = new RegExp(`^(?:${NAME_PATTERN})`, "u");
/** A role after an owner's "’s", then the person holding it between commas ("’s trainer, Conor Madigan,"). */
const OWNED_ROLE_NAMED = new RegExp(`^['’]s (?:[\\p{Ll}-]+ ){0,4}?(?:[\\p{Ll}-]+), (${FULL_NAME}),`, "u");
/**
 * A role of one to four words opening a sentence with a capital, then a full name ("Opposition leader Kemi
 * Badenoch"; not "… U.N. secretary general Kofi Annan", a stop inside a sentence).
 */
const ROLE_THEN_NAME = new RegExp(`^(\\p{Lu}[\\p{L}-]* (?:[\\p{L}-]+ ){0,3})(${FULL_NAME})`, "u");
/** One capitalised word opening a sentence, then a word in lower case: a surname, maybe ("Asante-Reeve did not …"). */
const SURNAME_OPENING = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) (\p{Ll}[\p{L}'’-]*)/u;
/** People or a body a name may describe ("Suns officials", "Harwell staff"). */
const PEOPLE_AFTER: ReadonlySet<string> = new Set([...ANONYMOUS_HEADS, ...ORGANISATION_HEADS, ...ROLE_NOUNS]);
/** How far back a surname's full name is looked for (characters): a long article's first mention of someone. */
const SURNAME_REACH = 10_000;
/** How many of the surname's places before are read: enough for an article, bounded for a hostile page. */
const SURNAMES_READ = 24;

/**
 * Whether a person is named between `from` and `to` outside a quotation ("… Their lawyer, Tom Reid, was not
 * available. Later he said"): a short stretch, read once.
 */
export function personNamedBetween(text: string, from: number, to: number): boolean {
  const stretch = text.slice(from, to);
  let open = false;
  let last = 0;
  const re = new RegExp(NAME_PATTERN, "gu");
  for (let m = re.exec(stretch); m; m = re.exec(stretch)) {
    open = quoteOpenAfter(stretch.slice(last, m.index), open);
    last = m.index;
    if (!open && personOf(m) !== null && !endsAsPublication(m[0])) return true;
  }
  return false;
}

/** Whether a quotation is open after `stretch`, given whether one was open before it (“ opens, ” closes, " turns). */
function quoteOpenAfter(stretch: string, open = false): boolean {
  for (const q of stretch.matchAll(/[“”"]/g)) open = q[0] === "“" ? true : q[0] === "”" ? false : !open;
  return open;
}

/** Whether `at` is inside a quotation its paragraph opened (read from the paragraph's start, a bounded stretch). */
function insideQuotation(text: string, at: number): boolean {
  // (Read inside a bounded window: a page with no line break is searched no further back than it.)
  const floor = Math.max(0, at - SENTENCE_REACH * 4);
  const window = text.slice(floor, at);
  return quoteOpenAfter(window.slice(window.lastIndexOf("\n") + 1));
}

/**
 * The one full name before `at` that ends with `surname` ("Imogen Asante-Reeve" for "Asante-Reeve"), or null: none,
 * or two people of that surname ("Bill Clinton", "Hillary Clinton"), whom the surname alone does not tell apart.
 */
export function fullNameEndingWith(text: string, surname: string, at: number): string | null {
  const from = Math.max(0, at - SURNAME_REACH);
  // (Searched inside the window only: a surname written nowhere near costs the window, not the whole page.)
  const window = text.slice(from, at);
  let found: string | null = null;
  let read = 0;
  for (
    let w = window.lastIndexOf(` ${surname}`, window.length - surname.length - 1);
    w > 0 && read < SURNAMES_READ;
    read++
  ) {
    const p = from + w;
    const end = p + 1 + surname.length;
    const next = window.lastIndexOf(` ${surname}`, w - 1);
    if (!/[\p{L}'’-]/u.test(text[end] ?? "")) {
      // ("Jim Yong Kim", "Loretta E. Lynch": a given name of two words or an initial, less any title before it,
      // "Secretary John Kerry".)
      const given = /(?:^|[^\p{L}'’.-])((?:\p{Lu}\p{Ll}+ )?\p{Lu}\p{Ll}+(?: \p{Lu}\.)?)$/u.exec(
        text.slice(Math.max(from, p - 40), p),
      );
      const words = given?.[1].split(" ") ?? [];
      while (words.length && noName(words[0])) words.shift();
      // ("Hillary Rodham Clinton" and "Hillary Clinton" are one person, by the fuller name; "Bill Clinton" another.)
      if (words.length) {
        const full = `${words.join(" ")} ${surname}`;
        if (found && found.split(" ")[0] !== words[0]) return null;
        if (!found || full.length > found.length) found = full;
      }
    }
    w = next;
  }
  return found;
}

/** How far back the sentence before a position is looked for (characters). */
const SENTENCE_REACH = 400;

/**
 * Where the sentence before the one that starts at `sentenceStart` starts, or -1 when none is within reach: it ends
 * at `sentenceStart` (its own stop, with no space after it once trimmed, is not read).
 */
export function sentenceBefore(text: string, sentenceStart: number): number {
  if (sentenceStart <= 0) return -1;
  const floor = Math.max(0, sentenceStart - SENTENCE_REACH);
  const window = text.slice(floor, sentenceStart).trimEnd();
  let last = -1;
  for (const m of window.matchAll(SENTENCE_END)) last = floor + m.index + m[0].length;
  return last >= 0 ? last : floor === 0 ? 0 : -1;
}

/**
 * The person named first in the sentence before the one that starts at `sentenceStart` ("Johanna Brekke, chief
 * economist at Skarvik Bank, was less sure. She said …"), with where that sentence starts; null when it opens with
 * no person's name. `surnames`: a surname alone opening it counts too, as the one full name before that ends with it;
 * `roles`: so does a full name after a role ("Opposition leader Kemi Badenoch") — not as evidence of sex, since the
 * pronoun after such a sentence is as often another person's ("FBI Director James Comey said … She did receive …").
 */
/** "For Lindqvist, …", "For Maria Arriaga, …": a sentence opening with the person it is about. */
const FOR_NAME = /^For (\p{Lu}[\p{Ll}'’-]+(?:[^\S\n]\p{Lu}[\p{Ll}'’-]+)?),/u;

export function personOpeningSentenceBefore(
  text: string,
  sentenceStart: number,
  { surnames = false, roles = false } = {},
): { name: string; at: number } | null {
  const start = sentenceBefore(text, sentenceStart);
  // (A sentence inside a quotation opens the speaker's words, not the article's: "… Obama had will.i.am. …," he said.)
  if (start < 0 || insideQuotation(text, start)) return null;
  const head = text.slice(start, start + 160);
  // ("For Lindqvist, the lesson is simple.": the person an opening "For" is about, named before in full.)
  const about = FOR_NAME.exec(head)?.[1];
  if (about) {
    const full = about.includes(" ")
      ? about
      : surnames && !noName(about) && !writtenInLowerCase(text, about)
        ? fullNameEndingWith(text, about, start)
        : null;
    if (full) return { name: full, at: start };
  }
  const opening = OPENING_NAME.exec(head);
  // ("Moonlit Ferry’s trainer, Conor Madigan, was more cautious": the owner opens it, the person is after the role.)
  const owner = opening && /^(.*?)['’]s$/u.exec(opening[0]);
  if (owner) {
    const held = OWNED_ROLE_NAMED.exec(head.slice(owner[1].length));
    return held ? { name: held[1], at: start } : null;
  }
  if (!opening) {
    // ("Opposition leader Kemi Badenoch is responding.": a role in a few words, then its holder's full name.)
    const held = roles ? ROLE_THEN_NAME.exec(head) : null;
    const role = held?.[1].trimEnd().split(" ").at(-1)?.toLowerCase() ?? "";
    if (held && (ROLE_NOUNS.has(role) || TITLES.has(role) || ANONYMOUS_HEADS.has(role)))
      return { name: held[2], at: start };
    // ("Asante-Reeve did not respond …": a surname alone, of a full name written before it.)
    if (!surnames) return null;
    const opening = SURNAME_OPENING.exec(head);
    // ("Suns officials declined …": a name describing the people after it, no one's surname.)
    const described = opening && PEOPLE_AFTER.has(opening[2].toLowerCase());
    const surname = described ? undefined : opening?.[1];
    // (Never a word the article writes in lower case too: "On", "He", "Sanders'".)
    const full =
      surname && !noName(surname) && !writtenInLowerCase(text, surname)
        ? fullNameEndingWith(text, surname, start)
        : null;
    return full ? { name: full, at: start } : null;
  }
  const name = personOf(opening as RegExpExecArray);
  // ("Neither Hillary …", "Was Szlachta …", "Most Southern …": a sentence's first word that is no given name.)
  const first = name?.split(" ")[0].toLowerCase() ?? "";
  if (!name || CONJUNCTIONS.has(first) || AUXILIARIES.has(first) || CAPITALISED_OPENERS.has(first)) return null;
  return { name, at: start };
}
