/**
 * "Asked whether he would run, Ryan said no.", "Ryan, asked whether he would run, said no": the question put to the
 * speaker is no claim of anyone's, and the answer is marked where it is given ("Ryan said"). DESIGN.md marks what a
 * source is credited with; the outlet corpus's labellers, reading it, never marked the question (PolNeAR, marking
 * more, does).
 */
import { ASKED_NEXT } from "../words";
import { type SentenceScan } from "./raw";

export function asked(s: SentenceScan, i: number): number | undefined {
  const { tokens } = s;
  const next = tokens[i + 1];
  // ("Galvin, asked about Pace's claim, said": the question between commas, after the speaker's name.)
  const aside = i > 1 && tokens[i - 1].text === "," && tokens[i - 2].cap;
  // ("Asked Tuesday whether …", "Asked at the lobby briefing whether …": a time or a place may come first.)
  const opening = i === 0 && !!next?.word && tokens.slice(i + 1, i + 8).some((t) => ASKED_NEXT.has(t.lower));
  if (
    tokens[i].lower !== "asked" ||
    !(i === 0 || (i === 1 && tokens[0].lower === "when") || aside) ||
    !next?.word ||
    !(ASKED_NEXT.has(next.lower) || opening)
  )
    return undefined;
  // (Nor are the question's own words: "Asked whether he would endorse anyone, Johnson demurred.")
  s.veto("asked/question", i);
  const comma = tokens.findIndex((t, k) => k > i && t.text === ",");
  return comma > 0 ? comma : i;
}
