/**
 * The full name an article gives a person it later writes by one word: the name that ends with the word ("Martin
 * Hale" for "Hale"), past titles, roles and a nickname before it, or one that starts with it, as family names written
 * first and tabloids' first names are ("Zhou Baiting" for "Zhou", "Tamsin Hale" for "Tamsin").
 */
import { inTitleCase } from "../text/headline";
import { writtenInLowerCase } from "../text/lower-words";
import {
  isBodyNameWord,
  CAPITALISED_OPENERS,
  CONJUNCTIONS,
  LEADING,
  MONTHS,
  NOT_NAMES,
  ORGANISATION_HEADS,
  PARTY_WORDS,
  PERSON_HEADS,
  PORTFOLIO_WORDS,
  ROLE_NOUNS,
  SUBORDINATORS,
  TITLES,
  WEEKDAYS,
} from "../words";
import { companyDescriptor } from "./source-shapes";

/** Plurals of people by what they do, which a sentence's start capitalises ("Forecasters", "Economists"). */
export const AGENT_PLURAL = /^\p{Lu}\p{Ll}{2,}(?:ers|ors|ists|ants|ents|ians|ives)$/u;
/** After a word, the rest of a body's name: its possessive before the body's head ("Hauliers' Association"). */
const BODY_GOES_ON = /^['’]s?[^\S\n]+(\p{Lu}\p{Ll}+)/u;
/**
 * A capitalised word, or initials with their stops ("J.", "H.R."), or Philippine copy's "Ma." for Maria ("Ma. Teresa
 * Abenojar"), right before a mention on its line: not "Ikea."
 * ending a sentence, nor a headline's last word.
 */
const WORD_BEFORE = /(?<![\p{L}\p{N}.])(\p{Lu}[\p{L}'’-]*|\p{Lu}\.(?:\p{Lu}\.){0,2}|Ma\.)[ \t]+$/u;
/** A nickname in quotation marks right before a mention ("Carmela "Mela" Dizon-Roxas"). */
const NICKNAME_BEFORE = /[ \t]+["“‘'](?:\p{Lu}[\p{L}'’.-]*)["”’'][ \t]+$/u;
/** A name's particle in lower case right before a mention ("bin", "van", "de"). */
const PARTICLE_BEFORE = /(?<![\p{L}\p{N}])(bin|binti|bint|ibn|van|von|de|da|del|dos|das|der|den)[ \t]+$/u;
/** Mentions of a word read for its full name: news names a person in full early; a page of names stays linear. */
export const MENTIONS_READ = 30;

const roleWord = (w: string) =>
  [w, w.replace(/s$/, "")].some(
    // ("Minister of Equipment and Water Nizar Bensouda": a portfolio's word too.)
    (x) =>
      TITLES.has(x) || ROLE_NOUNS.has(x) || PERSON_HEADS.has(x) || ORGANISATION_HEADS.has(x) || PORTFOLIO_WORDS.has(x),
  );

/** The fullest name the article gives `word` ("Martin Hale", or "Hale" after "Ms"), or null if it gives none. */
export function fullNameOf(word: string, text: string): string | null {
  const plural = AGENT_PLURAL.test(word);
  let found: string | null = null;
  let opening: string | null = null;
  let read = 0;
  for (let at = text.indexOf(word); at >= 0 && read++ < MENTIONS_READ; at = text.indexOf(word, at + word.length)) {
    const after = text[at + word.length] ?? " ";
    if (/[\p{L}\p{N}]/u.test(after)) continue;
    // ("Independent Hauliers' Association": a plural of people inside a body's name.)
    const head = plural ? BODY_GOES_ON.exec(text.slice(at + word.length, at + word.length + 40))?.[1] : undefined;
    if (head && ORGANISATION_HEADS.has(head.toLowerCase())) continue;
    const words: string[] = [];
    // ("Senator Carmela "Mela" Dizon-Roxas": a nickname in quotation marks stands inside the name.)
    let before = text.slice(Math.max(0, at - 60), at).replace(NICKNAME_BEFORE, " ");
    for (let m = WORD_BEFORE.exec(before); m && words.length < 3; m = WORD_BEFORE.exec(before)) {
      words.unshift(m[1]);
      before = before.slice(0, m.index);
      // ("Khalid bin Rashid Al Mannai" … "Al Mannai said": a particle in lower case inside the name.)
      const particle = PARTICLE_BEFORE.exec(before);
      if (particle && WORD_BEFORE.test(before.slice(0, particle.index))) {
        words.unshift(particle[1]);
        before = before.slice(0, particle.index);
      }
    }
    // ("When Ana Lindqvist stepped down", "But Mr Obi", "Though Trump said": a sentence's opening word is no part of
    // the name.)
    const opener = (w: string) =>
      [CONJUNCTIONS, SUBORDINATORS, CAPITALISED_OPENERS].some((list) => list.has(w.toLowerCase()));
    if (words.length && opener(words[0])) words.shift();
    // ("Democrat Elena Marchetti", "Republican Dale Prewitt": a party before the name, as a role is.)
    if (words.length > 1 && PARTY_WORDS.has(words[0].toLowerCase())) words.shift();
    const named = words.filter((w) => !LEADING.has(w.toLowerCase()) && !NOT_NAMES.has(w.toLowerCase()));
    if (!named.length || named.length !== words.length || inTitleCase(text, at)) continue;
    // "Police Chief Calvin Williams", "Senators Charles E. Grassley", "Secretary of State John Kerry": the name
    // starts after the last word of a role.
    // ("the times of Donald J. Trump": a given name and an initial after "of" are the name's.)
    let cut = /\bof[ \t]+$/.test(before) && !/^\p{Lu}\.$/u.test(named[1] ?? "") ? 1 : 0;
    named.forEach((w, k) => {
      const lower = w.toLowerCase().replace(/\.$/, "");
      // (So does a possessive, "Fox News’ Sean Hannity", or a word closing a quotation, "Thin-skinned' Trump"; and a
      // family's word, "Mum-of-three Jade Morgan".)
      if (roleWord(lower) || /['’]s?$/.test(w) || /-of-/.test(lower) || (k === 0 && CONJUNCTIONS.has(lower)))
        cut = k + 1;
    });
    // ("Toronto-listed Quillqa": a company's listing or seat right before the word names no person.)
    if (companyDescriptor(named[named.length - 1])) continue;
    const title = cut > 0;
    const first = named.slice(cut);
    // A sentence's first word is capitalised anyway ("Internal Trump University records …"): one the article also
    // writes in lower case is kept only if no other mention gives a name.
    const opens = first.length > 0 && /(?:^|\n|[.!?]["”’]?)\s*$/.test(before) && writtenInLowerCase(text, first[0]);
    if (first.length && !opens) return `${first.join(" ")} ${word}`;
    if (first.length) opening ??= `${first.join(" ")} ${word}`;
    else if (title) found = word;
  }
  return opening ?? found;
}

/**
 * A person's name that starts with `word` ("chairman Zhou Baiting" … "Zhou said"; "Tamsin Hale" … "Tamsin posted"):
 * a family name written first, or a first name alone as tabloids use it; `titled` when a role or a title stands
 * before it, which makes it a person's. Read when no mention gives a name ending with the word.
 */
export function nameStartingWith(word: string, text: string): { name: string; titled: boolean } | null {
  // (A word in lower case, "the star", is a role, not a name's start.)
  if (
    !/^\p{Lu}/u.test(word) ||
    [CAPITALISED_OPENERS, CONJUNCTIONS, SUBORDINATORS, LEADING].some((list) => list.has(word.toLowerCase()))
  )
    return null;
  let found: { name: string; titled: boolean } | null = null;
  let read = 0;
  for (let at = text.indexOf(word); at >= 0 && read++ < MENTIONS_READ; at = text.indexOf(word, at + word.length)) {
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? " ")) continue;
    const next = NAME_AFTER.exec(text.slice(at + word.length, at + word.length + 40))?.[1];
    const lower = next?.toLowerCase() ?? "";
    // (Not a day, a month, a body's word or a programme: "Earlier Wednesday", "Maddow Show", "Ford Motor"; nor a
    // headline's capitals.)
    const notName = lower
      .split(/\s+/)
      .some(
        (w) =>
          [NOT_NAMES, ORGANISATION_HEADS, TITLES, WEEKDAYS, MONTHS].some((list) => list.has(w)) ||
          isBodyNameWord(w) ||
          NOT_AFTER_NAME.test(w),
      );
    if (!next || notName || inTitleCase(text, at)) continue;
    const before = WORD_BEFORE_NAME.exec(text.slice(Math.max(0, at - 30), at))?.[1].toLowerCase() ?? "";
    // ("Lyonpo Pema Wangchen" … "Lyonpo said": a title used alone stands for its holder, named after it.)
    found = TITLES.has(word.toLowerCase())
      ? { name: next, titled: true }
      : { name: `${word} ${next}`, titled: roleWord(before) };
    if (found.titled) break;
  }
  return found;
}

/** Words after a name that make it a programme's or a company's ("Maddow Show", "Ford Motor", "Democracy Corps"). */
const NOT_AFTER_NAME = /^(?:show|motor|corps|live|today|tonight|weekly|daily)$/;

/** The word right before a name ("chairman " Zhou Baiting). */
const WORD_BEFORE_NAME = /([\p{L}.-]+)[ \t]+$/u;

/**
 * One or two capitalised words right after a name, ending there ("Zhou Baiting said", "Ng Kuok Wa asked", not "Zhou
 * Baiting Chen Li").
 */
const NAME_AFTER = /^[ \t]+(\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*)?)(?![\p{L}'’-]|[ \t]+\p{Lu})/u;
