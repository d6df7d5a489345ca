/**
 * Marks a name carries that the tokenizer reads as part of it: an acronym in brackets after a body's name ("(TFRA)",
 * "[BPS]"), a nickname in quotation marks between a given name and a surname ('Augustin "Tiger" Xavier'), and a name
 * whose first letter alone is small ("iWitness News"). Each look reads a few characters, never the text's start.
 */

/** An acronym: capitals, "&", or a small letter between two capitals ("DfE", the Department for Education). */
export const ACRONYM = "[A-Z](?:[A-Z&]|[a-z](?=[A-Z])){1,7}";

/** An acronym in square brackets, read as one in round ones: "The Bermuda Police Service [BPS] said". */
const SQUARE_ACRONYM = new RegExp(`^\\[${ACRONYM}\\]`);
/** The longest "[ACRONYM]": a bracket, eight letters, a bracket. */
const SQUARE_REACH = 10;

/** Whether the "[" at `i` opens a bracketed acronym. */
export const squareOpen = (text: string, i: number) => SQUARE_ACRONYM.test(text.slice(i, i + SQUARE_REACH));

/** Whether the "]" at `i` closes a bracketed acronym (looked for a few characters back: a page of "]" stays linear). */
export function squareClose(text: string, i: number): boolean {
  const from = Math.max(0, i - SQUARE_REACH + 1);
  const open = text.slice(from, i).lastIndexOf("[");
  return open >= 0 && squareOpen(text, from + open);
}

/** A name whose first letter alone is small: "iWitness News", "eBay", "i24NEWS" (not "kWh", "mRNA", "pH"). */
const LOWER_FIRST = /^[a-z](?:[A-Z][a-z]{2,}|\d+[A-Z]{2,})/;
export const smallFirstLetter = (word: string) => LOWER_FIRST.test(word);

/**
 * A nickname in double quotation marks, one word (initials may hold stops: "J.R."), before a surname's capital:
 * '"Tiger" Xavier'. A quoted word ending in a stop is a quotation ("told Reuters "Outrageous." He …").
 */
const QUOTED_NICKNAME = String.raw`["“]\p{Lu}(?:[\p{L}'’-]|\.(?=\p{L})){1,20}["”](?=[^\S\n]+\p{Lu}\p{Ll})`;
const NICKNAME = new RegExp(`^${QUOTED_NICKNAME}`, "u");
/** The same, inside a name as written, with the space before it. */
const NICKNAME_IN_NAME = new RegExp(String.raw`[^\S\n]+` + QUOTED_NICKNAME, "gu");
/**
 * A given name right before a space: capital then small letters, no stop at its end ("Trump. " ends a sentence), and
 * no word a title-case headline capitalises ("He", "To", "Not").
 */
const GIVEN_NAME_BEFORE =
  /(?<![\p{L}'’.-])(?!(?:He|She|It|We|You|They|To|Not|The|A|An|Of|By|For|On|In|At|Who|What|Is|Was)\s)\p{Lu}\p{Ll}[\p{L}'’-]*[^\S\n]$/u;

/** The length of a nickname in quotation marks that opens at `i` after a given name, or 0. */
export function nicknameAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== 34 && c !== 0x201c) return 0;
  const nick = NICKNAME.exec(text.slice(i, i + 28));
  return nick && GIVEN_NAME_BEFORE.test(text.slice(Math.max(0, i - 30), i)) ? nick[0].length : 0;
}

/** A name as written, without the nickname inside it: 'Augustin "Tiger" Xavier' is Augustin Xavier. */
export const withoutNickname = (name: string) => name.replace(NICKNAME_IN_NAME, "");
