/**
 * "The inquest heard that …", "a court has heard": evidence given at a hearing by people the sentence does not
 * name. The hearing is where it was said, not who said it: the claim's source is unnamed (anonymous), as for
 * "witnesses said".
 */
import { nounPhraseLeft } from "../phrases/noun-phrase";
import { clauseStartsAt, skipAuxLeft } from "../phrases/subject";
import { contentAfter } from "../text/quotes";
import { HEARING_BODIES } from "../words";
import { raw, type SentenceScan } from "./raw";

export function heardAtHearing(s: SentenceScan, i: number): number | undefined {
  const { tokens } = s;
  if (tokens[i].lower !== "heard") return undefined;
  const left = skipAuxLeft(tokens, i - 1);
  const np = left >= 0 && !s.used[left] ? nounPhraseLeft(tokens, left) : null;
  if (!np || !HEARING_BODIES.has(tokens[np[1]].lower)) return undefined;
  // "heard that …", "heard how …", "heard the pair had been arguing" (a clause without its "that"), or nothing
  // after ("…, a court has heard."): not "heard the case in private".
  const next = tokens[i + 1];
  if (next?.word && !/^(that|how|from)$/.test(next.lower) && !clauseStartsAt(tokens, i + 1)) return undefined;
  const from = tokens[i - 1]?.lower === "has" || tokens[i - 1]?.lower === "had" ? i - 1 : i;
  const a = raw(tokens, "weak-verb", "hearing/heard", [from, i]);
  a.source = np;
  a.content = next?.word ? contentAfter(tokens, i) : np[0] > 1 ? [0, np[0] - 2] : null;
  s.take(a);
  return i;
}
