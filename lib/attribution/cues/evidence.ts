/**
 * "[X has collected] evidence indicating …" ("no evidence that …", "cited as evidence that …" claim nothing).
 * ("information that went beyond the news", "documents that track spending": "that" opens a relative clause.)
 */
import { appositiveSource } from "../phrases/appositive";
import { nounPhraseLeft } from "../phrases/noun-phrase";
import { skipAuxLeft } from "../phrases/subject-end";
import { contentAfter } from "../text/quotes";
import { EVIDENCE_NOUNS, EVIDENCE_THAT_NOUNS, INDICATING_VERBS, NO_EVIDENCE } from "../words";
import { raw, type SentenceScan } from "./raw";

export function evidence(s: SentenceScan, i: number): number | undefined {
  const { tokens } = s;
  const w = tokens[i].lower;
  const next = tokens[i + 1];
  const states =
    next &&
    // ("asked staff for data showing whether the trainings worked": a question, no finding.)
    // ("There is no data showing if …": after "no", "if" asks too.)
    ((INDICATING_VERBS.has(next.lower) &&
      tokens[i + 2]?.lower !== "whether" &&
      !(tokens[i + 2]?.lower === "if" && tokens[i - 1]?.lower === "no")) ||
      (next.lower === "that" &&
        EVIDENCE_THAT_NOUNS.has(w) &&
        !NO_EVIDENCE.has(tokens[i - 1]?.lower ?? "") &&
        !NO_EVIDENCE.has(tokens[i - 2]?.lower ?? "")));
  if (!EVIDENCE_NOUNS.has(w) || !states) return undefined;
  let from = i;
  // Take the verb group before the noun ("has collected").
  let j = i - 1;
  if (j >= 0 && tokens[j].word && /(ed|found|seen|got|has|have)$/.test(tokens[j].lower) && !tokens[j].cap) {
    from = j;
    j = skipAuxLeft(tokens, j - 1);
    while (from > 0 && from - 1 > j) from--;
  }
  // "The data suggests …": with no one collecting it, the evidence itself is the source.
  const own = from === i && next.lower !== "that" ? nounPhraseLeft(tokens, i) : null;
  const a = raw(
    tokens,
    "evidence",
    own ? "evidence/speaks" : "evidence/collected",
    own ? [i + 1, i + 1] : [from, i + 1],
  );
  if (own) a.source = own;
  else if (j >= 0 && tokens[j].text === ",") {
    const app = appositiveSource(tokens, j);
    if (app) {
      a.source = app.source;
      a.appositive = app.head;
    }
  } else if (from < i) a.source = nounPhraseLeft(tokens, j);
  a.content = contentAfter(tokens, i + 1);
  s.take(a);
  return i + 1;
}
