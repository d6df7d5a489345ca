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

/** A given name right before a word ("Stephanie " before "McCrummen", "Lawrence H. " before "Summers", "Mr "). */
const GIVEN_BEFORE =
  /(?:^|[^\p{L}])(?!(?:The|A|An|And|But|Of|In|On|At|For|To|By|With|From)\b)(?:\p{Lu}\p{Ll}+|Mr|Mrs|Ms|Dr)\.?(?:[^\S\n]+\p{Lu}\.)?[^\S\n]+$/u;
/** How many mentions of a word are read for a given name before it. */
const MENTIONS = 24;

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
    seen = false;
    // (The first mentions only, each read a few characters back: a page that repeats a word stays linear.)
    let read = 0;
    for (let at = text.indexOf(word); at >= 0 && !seen && read++ < MENTIONS; at = text.indexOf(word, at + 1))
      seen =
        !/[\p{L}'’-]/u.test(text[at + word.length] ?? "") && GIVEN_BEFORE.test(text.slice(Math.max(0, at - 30), at));
    lastSurnames.seen.set(word, seen);
  }
  return seen;
}

/** Lets go of the last text read (the background worker reads every tab's pages: none is kept past its reading). */
export function forgetLastText(): void {
  last = null;
  lastSurnames = null;
}
