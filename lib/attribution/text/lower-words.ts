/**
 * Whether a text writes a word in lower case anywhere ("internal" beside a sentence's "Internal documents show"):
 * then its capital at a sentence's start is the sentence's, not a name's. The words are collected once per text, on
 * first use, so a page of a thousand speakers stays linear.
 */
let last: { text: string; words: Set<string> } | null = null;

export function writtenInLowerCase(text: string, word: string): boolean {
  if (last?.text !== text) last = { text, words: new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu)) };
  return last.words.has(word.toLowerCase());
}
