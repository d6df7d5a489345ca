/**
 * "put" in the senses that report: words quoted ("as Tom Ridge put it", "put it bluntly: “…”"), an assertion put to a
 * witness ("put it to the witness that …"), or an estimate set at a figure ("police put the figure at 900").
 */
import { approximationLength } from "../phrases/approximation";
import type { Token } from "../text/sentences";
import { MODALS, PARTICLES, SURVEY_NOUNS } from "../words";
import { COUNT, isAmount } from "./veto-kit";

/** Words saying how something was put ("put it more bluntly", "put it this way", "put it best"). */
const PUT_IT_MANNER = /^(?:more|most|best|this|that|another|way|differently|simply|so|thus|like|better)$/;

/** Whether "put" or "puts" at `i` reports ("to put it mildly", "put the phone down" do not). */
export function putReports(tokens: Token[], i: number): boolean {
  // "as Tom Ridge, a former secretary, put it" quotes, counsel "put it to the witness that …" asserts, and "Wennberg
  // put it more bluntly: “…”" quotes after a colon; "let me put it this way", "to put it mildly" do not.
  const putItTo =
    tokens[i + 1]?.lower === "it" &&
    tokens[i + 2]?.lower === "to" &&
    tokens.slice(i + 3, i + 10).some((x) => x.lower === "that");
  // (Only a manner between "it" and the colon: "put it on the table: …" sets something down.)
  const colonAt = tokens.findIndex((x, k) => k > i + 1 && k < i + 6 && x.text === ":");
  const putItColon =
    tokens[i + 1]?.lower === "it" &&
    !/^(?:to|me|us|let)$/.test(tokens[i - 1]?.lower ?? "") &&
    colonAt > 0 &&
    tokens.slice(i + 2, colonAt).every((x) => /ly$/.test(x.lower) || PUT_IT_MANNER.test(x.lower));
  // ("as the party put together its platform" puts no words: "as … put it" does.)
  const putAs = tokens[i + 1]?.lower === "it" && tokens.slice(Math.max(0, i - 14), i).some((x) => x.lower === "as");
  return putItTo || putItColon || putAs || putsFigureAt(tokens, i);
}

/**
 * "Brussels police put the figure at closer to 900", "the firm's own accounts put the deficit at £7m", "which it puts
 * at £780,000": an estimate, the verb's object set at a figure ("putting 380 jobs at risk" sets none).
 */
function putsFigureAt(tokens: Token[], i: number): boolean {
  // ("A poll puts Labour 12 points ahead": a poll's margin; "The win puts Arsenal 3 points clear" is a table's.)
  const margin = tokens.slice(i + 2, i + 8).findIndex((t) => /^(?:ahead|behind|clear)$/.test(t.lower));
  const poll = tokens.slice(Math.max(0, i - 8), i).some((t) => SURVEY_NOUNS.has(t.lower));
  if (poll && margin > 0 && tokens.slice(i + 1, i + 2 + margin).some((t) => /^\d/.test(t.text))) return true;
  let k = i + 1;
  // (Not past a particle: "put the phone down at 9pm" sets something down.)
  while (k < i + 14 && tokens[k]?.word && tokens[k].lower !== "at" && !PARTICLES.has(tokens[k].lower)) k++;
  if (tokens[k]?.lower !== "at") return false;
  // ("…, which would put the approach at barely seven times earnings": a figure's own sum, no one's estimate.)
  if (/^(?:which|that)$/.test(tokens[i - 1]?.lower ?? "") || MODALS.has(tokens[i - 1]?.lower ?? "")) return false;
  const at = k + 1 + approximationLength(tokens, k + 1);
  const figure = tokens[at];
  // (A clock's time is no figure: "at 9pm", "at 9 a.m.".)
  const clock = /\d(?:am|pm)$/i.test(figure?.text ?? "") || /^(?:am|pm|a\.m|p\.m)/.test(tokens[at + 1]?.lower ?? "");
  return !!figure && !clock && (isAmount(figure) || COUNT.test(figure.lower));
}
