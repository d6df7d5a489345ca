/**
 * "The inquest heard that …", "a court has heard": evidence given at a hearing by people the sentence does not
 * name. It is on the record of the court (or inquiry) the story names, a body a reader can look up: institutional,
 * not a source kept unnamed (resolve/tier.ts; docs/engine.md).
 */
import { nounPhraseLeft } from "../phrases/noun-phrase";
import { isTimeWord } from "../phrases/time";
import { clauseStartsAt } from "../phrases/subject";
import { skipAuxLeft } from "../phrases/subject-end";
import { contentAfter } from "../text/quotes";
import { HEARING_BODIES } from "../words";
import { raw, type SentenceScan } from "./raw";

export function heardAtHearing(s: SentenceScan, i: number): number | undefined {
  const { tokens } = s;
  if (tokens[i].lower !== "heard") return undefined;
  const left = skipAuxLeft(tokens, i - 1);
  const np = left >= 0 && !s.used[left] ? nounPhraseLeft(tokens, left) : null;
  if (!np) return undefined;
  // ("The inquest in Enniskillen heard …": the hearing, then where it sat.)
  const sat = tokens
    .slice(np[0], np[1])
    .some(
      (t, k) =>
        HEARING_BODIES.has(t.lower) &&
        /^(?:in|at)$/.test(tokens[np[0] + k + 1]?.lower ?? "") &&
        tokens.slice(np[0] + k + 2, np[1] + 1).every((x) => x.cap),
    );
  if (!HEARING_BODIES.has(tokens[np[1]].lower) && !sat) return undefined;
  // "heard that …", "heard how …", "heard the pair had been arguing" (a clause without its "that"), or nothing
  // after ("…, a court has heard."): not "heard the case in private".
  // ("…, the High Court heard yesterday.", "…, the court heard on Monday.": a day closing it is nothing after.)
  let j = i + 1;
  if (/^(?:on|in)$/.test(tokens[j]?.lower ?? "") && isTimeWord(tokens[j + 1]?.lower ?? "")) j++;
  while (
    j < i + 4 &&
    tokens[j]?.word &&
    (isTimeWord(tokens[j].lower) || /^(?:week|month|morning|afternoon)$/.test(tokens[j].lower))
  )
    j++;
  const dated = j > i + 1 && !tokens[j]?.word;
  const next = dated ? tokens[j] : tokens[i + 1];
  // ("The inquiry also heard from Dr Nandra" names a witness, whose words come after.)
  if (next?.word && !/^(that|how)$/.test(next.lower) && !clauseStartsAt(tokens, i + 1)) return undefined;
  const from = tokens[i - 1]?.lower === "has" || tokens[i - 1]?.lower === "had" ? i - 1 : i;
  const a = raw(tokens, "weak-verb", "hearing/heard", [from, i]);
  a.source = np;
  a.content = next?.word ? contentAfter(tokens, i) : np[0] > 1 ? [0, np[0] - 2] : null;
  s.take(a);
  return i;
}

/**
 * ", we're told.", "are, I am told, quietly testing", "I'm told that …": the outlet passing on what people it does
 * not name told it (anonymous, as "sources said"), set off by commas or opening the sentence with "I" and "that";
 * "We are told that …" opens a columnist's complaint as often, and "we are told the money is coming" in a quotation
 * is someone's own.
 */
export function toldAside(s: SentenceScan, i: number): number | undefined {
  const { tokens } = s;
  if (tokens[i].lower !== "told" || s.quoted(i)) return undefined;
  const contracted = /^(?:we|i)['’](?:re|m)$/.test(tokens[i - 1]?.lower ?? "");
  const spelled = /^(?:are|am)$/.test(tokens[i - 1]?.lower ?? "") && /^(?:we|i)$/.test(tokens[i - 2]?.lower ?? "");
  const from = contracted ? i - 1 : spelled ? i - 2 : -1;
  const opening = from === 0 && tokens[i + 1]?.lower === "that" && tokens[0].lower.startsWith("i");
  const aside = from > 0 && tokens[from - 1].text === "," && /^[,.;]$/.test(tokens[i + 1]?.text ?? "");
  if (!opening && !aside) return undefined;
  const a = raw(tokens, "weak-verb", "hearing/told-aside", [from, i]);
  let end = tokens.length - 1;
  while (end > 0 && !tokens[end].word) end--;
  // The claim: what follows "that", the sentence around a mid-sentence aside, or what came before a closing one.
  a.content = opening ? contentAfter(tokens, i) : tokens[i + 1].text === "," ? [0, end] : [0, from - 2];
  s.take(a);
  return i;
}
