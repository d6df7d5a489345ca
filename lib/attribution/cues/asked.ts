/** "Asked whether …, Ryan said": the question is put to the speaker of the main clause. */
import { namedAfter } from "../phrases/subject";
import { ASKED_NEXT } from "../words";
import { raw, type SentenceScan } from "./raw";

export function asked(s: SentenceScan, i: number): number | undefined {
  const { tokens } = s;
  const next = tokens[i + 1];
  if (
    tokens[i].lower !== "asked" ||
    !(i === 0 || (i === 1 && tokens[0].lower === "when")) ||
    !next?.word ||
    !ASKED_NEXT.has(next.lower)
  )
    return undefined;
  const a = raw(tokens, "weak-verb", "asked", [i === 1 ? 0 : i, i]);
  s.pendingAsked.push(a);
  s.take(a);
  return i;
}

/** Gives each "Asked …" the speaker of the clause that answers it; those with none are dropped. */
export function answerAsked(s: SentenceScan): void {
  const { tokens, out } = s;
  for (const a of s.pendingAsked) {
    // The answer comes after the question's clause: "Asked whether he would run, Ryan said no."
    const comma = tokens.findIndex((x, k) => k > a.cue[1] && x.text === ",");
    const answer = out.find((x) => x !== a && (x.source || x.sharedSource) && x.cue[0] > comma);
    if (answer) a.sharedSource = answer.appositive ?? answer.source ?? answer.sharedSource!;
    else {
      // "Asked whether …, Johnson demurred": whoever the main clause is about was asked.
      const who = comma > 0 ? namedAfter(tokens, comma + 1) : null;
      if (who) a.sharedSource = who;
    }
  }
}
