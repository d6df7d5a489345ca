/** A reporting verb's cue as DESIGN.md marks it: with its auxiliaries and negation before it, its particle after. */
import { isAdverb } from "../phrases/subject-end";
import { isTimeWord } from "../phrases/time";
import type { Token } from "../text/sentences";
import { AUXILIARIES, MID_ADVERBS, PARTICLES_OF, PREVERB_ADVERBS, VERB_AUXILIARIES } from "../words";
import type { SentenceScan } from "./raw";

/**
 * Where a verb's cue ends once a particle that completes it is counted ("warned of", "called for", "railed
 * against", "pointed to"; rules/verbs.json, particlesByVerb), as DESIGN.md marks a cue; not before a time
 * ("commented on Tuesday").
 */
export function withParticle(tokens: Token[], end: number): number {
  const particle = tokens[end + 1];
  if (!particle?.word || !PARTICLES_OF.get(tokens[end].lower)?.has(particle.lower)) return end;
  const next = tokens[end + 2];
  if (!next?.word || isTimeWord(next.lower) || isTimeWord(tokens[end + 3]?.lower ?? "")) return end;
  return end + 1;
}
/**
 * Where a verb's cue starts once its auxiliaries, negation and the adverbs between them are counted ("might be
 * asking", "had basically said", "does not deny", "was rejected"), as DESIGN.md marks a cue: not a leading
 * adverb with no auxiliary before it ("openly ridiculed" is cued at "ridiculed"), never over words already taken.
 */
export function withAuxiliaries(s: SentenceScan, from: number): number {
  const { tokens, used } = s;
  let start = from;
  for (let k = from - 1; k >= 0 && !used[k] && tokens[k].word && !tokens[k].cap; k--) {
    const w = tokens[k].lower;
    if (VERB_AUXILIARIES.has(w)) start = k;
    else if (!AUXILIARIES.has(w) && !PREVERB_ADVERBS.has(w) && !MID_ADVERBS.has(w) && !isAdverb(w)) break;
  }
  return start;
}
