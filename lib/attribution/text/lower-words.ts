/**
 * Whether a text writes a word in lower case anywhere ("internal" beside a sentence's "Internal documents show"):
 * then its capital at a sentence's start is the sentence's, not a name's. Each word is looked up once per text, and
 * at most LOOKUPS words, so a page of a thousand sentence-opening names stays linear (past that, a capital is a name).
 */
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
