/** "according to X", and "as per X" (South Asian English): the cue carries its source after it. */
import { nounPhraseRight } from "../phrases/noun-phrase";
import { ANONYMOUS_HEADS, PREPOSITIONS } from "../words";
import { isTimeWord } from "../phrases/time";
import { contentAfter } from "../text/quotes";
import { raw, type SentenceScan } from "./raw";

/** What "per" divides by, never a source ("per cent", "per capita", "per share"). */
const UNITS = /^(?:cent|capita|annum|share|head|person|day|week|month|year|hour)$/;

/** What things go according to, not a source: "went according to plan", "as per schedule". */
const PLANS = /^(?:plan|plans|schedule|script|expectations|custom|tradition|protocol|procedure)$/;
/** Words after which the phrase has ended: "went according to plan and …", "according to plan if it rains". */
const PHRASE_ENDS = new Set(["and", "or", "but", "if", "as", "so", "when", "unless", "until", "because"]);

export function accordingTo(s: SentenceScan, i: number): number | undefined {
  const { tokens } = s;
  const w = tokens[i].lower;
  const next = tokens[i + 1];
  const asPer = w === "per" && tokens[i - 1]?.lower === "as" && next?.word;
  // "…, per a Senate GOP aide", "per a memo obtained by Axios", "Per the memo, …", "per sportsbook OddsHaus": after a
  // comma or opening the sentence, before an article, a name or a kind and its name ("$5 per share", "per cent" name
  // no one).
  const per =
    w === "per" &&
    !asPer &&
    (tokens[i - 1]?.text === "," || i === 0) &&
    !!next?.word &&
    // ("…, per sources.": or the unnamed people themselves.)
    (next.cap ||
      /^(a|an|the)$/.test(next.lower) ||
      ANONYMOUS_HEADS.has(next.lower) ||
      // ("…, per league sources": a word saying whose, then the unnamed people.)
      (ANONYMOUS_HEADS.has(tokens[i + 2]?.lower ?? "") && !UNITS.test(next.lower)) ||
      (!!tokens[i + 2]?.word && tokens[i + 2].cap && !UNITS.test(next.lower) && !isTimeWord(tokens[i + 2].lower)));
  if (!((w === "according" && next?.word && next.lower === "to") || asPer || per)) return undefined;
  // "go according to plan", "as per schedule": how something goes, no one's account.
  // ("according to plans submitted to the council" names a document: only a plan the phrase ends on is no source.)
  const plan = w === "according" ? i + 2 : i + 1;
  const ends = !tokens[plan + 1]?.word || PHRASE_ENDS.has(tokens[plan + 1].lower);
  // (A bare lowercase "plan" before a preposition or a time is the idiom too, "went according to plan in March";
  // "according to plan documents seen by the Guardian" names documents.)
  const after = tokens[plan + 1]?.lower ?? "";
  const bare =
    /^[a-z]+$/.test(tokens[plan]?.text ?? "") &&
    !tokens[plan].lower.endsWith("s") &&
    (PREPOSITIONS.has(after) || isTimeWord(after));
  if (PLANS.test(tokens[plan]?.lower ?? "") && (ends || bare)) return s.veto("according-to/plan", i);
  const a = raw(
    tokens,
    "according-to",
    asPer ? "according-to/as-per" : per ? "according-to/per" : "according-to",
    asPer ? [i - 1, i] : per ? [i, i] : [i, i + 1],
  );
  // The source ends at a comma (DESIGN.md: without a following appositive) or a spaced dash, which open the claim
  // or an aside ("according to the poll, 46 percent …", "according to the Tax Policy Center - half a point").
  a.source = nounPhraseRight(tokens, a.cue[1] + 1);
  if (a.source) {
    const dash = tokens.slice(a.source[0] + 1, a.source[1] + 1).findIndex((t) => t.text === "-");
    if (dash >= 0) a.source = [a.source[0], a.source[0] + dash];
  }
  if (!a.source) return s.veto("according-to/no-source", i);
  a.content = a.cue[0] > 2 ? [0, a.cue[0] - 1] : contentAfter(tokens, a.source[1]);
  s.take(a);
  return a.source[1];
}
