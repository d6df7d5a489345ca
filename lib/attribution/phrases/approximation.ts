/** Words that say a figure is approximate: "about", "nearly" (grammar.json approximators), "up to", "as much as". */
import type { Token } from "../text/sentences";
import { APPROXIMATORS } from "../words";

/** Phrases of more than one word ("up to 12 million", "more than $380 million", "as much as $1,100"). */
const APPROXIMATING_PHRASES = [
  "up to",
  "more than",
  "less than",
  "fewer than",
  "at least",
  "as many as",
  "as much as",
  "closer to",
  "close to",
  "between",
];

/** How many tokens at `k` approximate the figure after them: 0 when none do. */
export function approximationLength(tokens: Token[], k: number): number {
  const phrase = APPROXIMATING_PHRASES.find((p) => p.split(" ").every((w, j) => tokens[k + j]?.lower === w));
  if (phrase) return phrase.split(" ").length;
  return APPROXIMATORS.has(tokens[k]?.lower ?? "") ? 1 : 0;
}
