/**
 * Whether a stretch of text capitalises its words as a headline does ("Debris From EgyptAir Jet Found", "Bernie
 * Sanders Says He’s Ready"): words of four letters or more are counted, so "of" and "to" do not decide; at least four
 * of them, and nearly all capitalised. A headline's capitals name no one, and its verbs are capitalised too. Read
 * char by char: it runs on every line that holds a name.
 */
export function headlineCased(text: string, from = 0, to = text.length): boolean {
  let words = 0;
  let lower = 0;
  for (let k = from; k < to;) {
    if (!isLetter(text.charCodeAt(k))) {
      k++;
      continue;
    }
    const start = k;
    while (k < to && isLetter(text.charCodeAt(k))) k++;
    if (k - start < 4) continue;
    words++;
    const c = text[start];
    if (c === c.toLowerCase()) lower++;
  }
  return words >= 4 && lower <= words / 10;
}

/** A word written in capitals only, two letters or more ("KUALA", "NHS", "WALLACE"): a dateline, an acronym, a name. */
export const allCapitals = (word: string) => /^\p{Lu}{2,}$/u.test(word);

/** A letter: ASCII by its code, anything past Latin-1's symbols counted as one but general punctuation (’ “ —). */
const isLetter = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 191 && !(c >= 0x2000 && c <= 0x206f));

/**
 * Where the line holding `at` starts, looked for at most LINE_SEARCH back: past that (a page on one line) the line is
 * cut into stretches of that length, so that a huge line stays linear.
 */
function lineStart(text: string, at: number): number {
  const floor = Math.max(0, at - LINE_SEARCH);
  for (let k = at - 1; k >= floor; k--) if (text.charCodeAt(k) === 10) return k + 1;
  return floor === 0 ? 0 : at - (at % LINE_SEARCH);
}
const LINE_SEARCH = 2000;

/** How much of a line is read to tell a headline from prose. */
const LINE_READ = 320;
/** Lines already judged, by where they start, for the last text read: names are looked up line by line. */
let judged: { text: string; lines: Map<number, boolean> } = { text: "", lines: new Map() };

/** Lets go of the last text read (see lower-words.ts forgetLastText). */
export function forgetLastLines(): void {
  judged = { text: "", lines: new Map() };
}

/**
 * Whether the line holding `at` capitalises its words as a headline does ("Debris From EgyptAir Jet Found",
 * "Grassley Compares Trump’s Remarks"): its capitals are no name. Words of four letters or more are counted, so "of"
 * and "to" do not decide.
 */
export function inTitleCase(text: string, at: number): boolean {
  const from = lineStart(text, at);
  if (judged.text !== text) judged = { text, lines: new Map() };
  let title = judged.lines.get(from);
  if (title === undefined) {
    const to = text.indexOf("\n", from);
    title = headlineCased(text, from, Math.min(to < 0 ? text.length : to, from + LINE_READ));
    judged.lines.set(from, title);
  }
  return title;
}
