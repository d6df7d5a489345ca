/**
 * Whether a text writes a word in lower case anywhere ("internal" beside a sentence's "Internal documents show"):
 * then its capital at a sentence's start is the sentence's, not a name's. Each word is looked up once per text, and
 * at most LOOKUPS words, so a page of a thousand sentence-opening names stays linear (past that, a capital is a name).
 */
import { escapeRegExp } from "../../escape-regexp";

let last: { text: string; seen: Map<string, boolean> } | null = null;
const LOOKUPS = 64;

export function writtenInLowerCase(text: string, word: string): boolean {
  if (last?.text !== text) last = { text, seen: new Map() };
  const lower = word.toLowerCase();
  let seen = last.seen.get(lower);
  if (seen === undefined) {
    if (last.seen.size >= LOOKUPS) return false;
    seen = text.includes(` ${lower} `) || text.includes(` ${lower},`) || text.includes(` ${lower}.`);
    last.seen.set(lower, seen);
  }
  return seen;
}

let lastSurnames: { text: string; seen: Map<string, boolean> } | null = null;

/**
 * Whether a text writes a word as a surname, after a given name ("Stephanie McCrummen"): then it names a person
 * wherever it stands alone. Looked up as writtenInLowerCase is, once per word and LOOKUPS words per text (past that,
 * every word may be a surname).
 */
export function writtenAsSurname(text: string, word: string): boolean {
  if (lastSurnames?.text !== text) lastSurnames = { text, seen: new Map() };
  let seen = lastSurnames.seen.get(word);
  if (seen === undefined) {
    if (lastSurnames.seen.size >= LOOKUPS) return true;
    seen = new RegExp(`\\p{Lu}\\p{Ll}+[^\\S\\n]+${escapeRegExp(word)}(?![\\p{L}])`, "u").test(text);
    lastSurnames.seen.set(word, seen);
  }
  return seen;
}
