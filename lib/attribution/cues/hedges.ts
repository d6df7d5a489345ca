/** Hedges that give no source: "is believed to", "it is reported that", "allegedly", "alleged covert operations". */
import { contentAfter } from "../text/quotes";
import {
  DETERMINERS,
  HEDGE_ADJECTIVES,
  HEDGE_ADVERBS,
  HEDGE_AUXILIARIES,
  NP_STOP_WORDS,
  PASSIVE_HEDGE_VERBS,
  PREPOSITIONS,
  STRONG_VERBS,
  WEAK_VERBS,
} from "../words";
import { raw, type SentenceScan } from "./raw";

/** Passive hedges: "is believed to", "are said to", "it is reported that". */
export function passiveHedge(s: SentenceScan, i: number): number | undefined {
  const { tokens } = s;
  const w = tokens[i].lower;
  const next = tokens[i + 1];
  if (
    !(w === "is" || w === "are" || w === "was" || w === "were" || w === "been" || w === "being") ||
    !next?.word ||
    !PASSIVE_HEDGE_VERBS.has(next.lower)
  )
    return undefined;
  const after = tokens[i + 2];
  if (!(after?.word && (after.lower === "to" || (after.lower === "that" && tokens[i - 1]?.lower === "it"))))
    return undefined;
  const end = after.lower === "to" && tokens[i + 3]?.word ? i + 3 : i + 2;
  const from = after.lower === "that" ? i - 1 : i;
  const a = raw(tokens, "hedge", "hedge/passive", [from, end]);
  a.content = contentAfter(tokens, end);
  s.take(a);
  return end;
}

/** Hedge adverbs: "[is] allegedly attempting", "has reportedly increased". */
export function hedgeAdverb(s: SentenceScan, i: number): number | undefined {
  const { tokens } = s;
  if (!HEDGE_ADVERBS.has(tokens[i].lower)) return undefined;
  const after = tokens[i + 1];
  if (after?.word && (STRONG_VERBS.has(after.lower) || WEAK_VERBS.has(after.lower)))
    return s.veto("hedge/adverb-before-verb", i); // the verb carries it
  let from = i;
  if (i > 0 && tokens[i - 1].word && HEDGE_AUXILIARIES.has(tokens[i - 1].lower)) from = i - 1;
  const to = after?.word && !NP_STOP_WORDS.has(after.lower) && !after.cap ? i + 1 : i;
  const a = raw(tokens, "hedge", "hedge/adverb", [from, to]);
  a.content = contentAfter(tokens, to);
  s.take(a);
  return to;
}

/** Hedge adjectives: "alleged covert operations" (not "the police alleged": a verb after its subject). */
export function hedgeAdjective(s: SentenceScan, i: number): number | undefined {
  const { tokens } = s;
  const w = tokens[i].lower;
  const prev = tokens[i - 1];
  if (
    !HEDGE_ADJECTIVES.has(w) ||
    (w === "alleged" &&
      prev?.word &&
      !DETERMINERS.has(prev.lower) &&
      !PREPOSITIONS.has(prev.lower) &&
      prev.lower !== "these")
  )
    return undefined;
  let to = i;
  for (
    let j = i + 1;
    j <= i + 2 &&
    tokens[j]?.word &&
    !tokens[j].cap &&
    !NP_STOP_WORDS.has(tokens[j].lower) &&
    !PREPOSITIONS.has(tokens[j].lower);
    j++
  )
    to = j;
  if (!(to > i || tokens[i + 1]?.cap)) return undefined;
  if (to === i && tokens[i + 1]?.cap) to = i + 1;
  s.take(raw(tokens, "hedge", "hedge/adjective", [i, to]));
  return to;
}
