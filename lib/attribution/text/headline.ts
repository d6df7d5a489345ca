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

/** A letter: ASCII by its code, anything past Latin-1's symbols counted as one but general punctuation (’ “ —). */
const isLetter = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 191 && !(c >= 0x2000 && c <= 0x206f));
