/** "according to X", and "as per X" (South Asian English): the cue carries its source after it. */
import { nounPhraseRight } from "../phrases/noun-phrase";
import { contentAfter } from "../text/quotes";
import { raw, type SentenceScan } from "./raw";

export function accordingTo(s: SentenceScan, i: number): number | undefined {
  const { tokens } = s;
  const w = tokens[i].lower;
  const next = tokens[i + 1];
  const asPer = w === "per" && tokens[i - 1]?.lower === "as" && next?.word;
  if (!((w === "according" && next?.word && next.lower === "to") || asPer)) return undefined;
  const a = raw(
    tokens,
    "according-to",
    asPer ? "according-to/as-per" : "according-to",
    asPer ? [i - 1, i] : [i, i + 1],
  );
  // Mid-sentence the source may carry an appositive ("X, a Y,"); at the start a comma ends it.
  const atStart = !tokens.slice(0, a.cue[0]).some((x) => x.word);
  a.source = nounPhraseRight(tokens, a.cue[1] + 1, atStart);
  if (a.source && !atStart) {
    // Stop the source at the clause's end punctuation.
    let e = a.source[0];
    while (e < a.source[1] && tokens[e + 1] && tokens[e + 1].text !== ";") e++;
    a.source = [a.source[0], e];
  }
  if (!a.source) return s.veto("according-to/no-source", i);
  a.content = a.cue[0] > 2 ? [0, a.cue[0] - 1] : contentAfter(tokens, a.source[1]);
  s.take(a);
  return a.source[1];
}
