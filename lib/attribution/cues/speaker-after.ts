/**
 * Sources found after the verb: the agent of a passive ("was criticised by the mayor"), an inverted speaker ("…,”
 * said Tom Smith"), the name or description after one ("said his best friend, Bruce Turry", "said Dean Baker,
 * co-director of …"), and the quotation marks that close a quotation before it.
 */
import { nounPhraseRight } from "../phrases/noun-phrase";
import { isTimeWord, withoutTimeTail } from "../phrases/time";
import type { Token } from "../text/sentences";
import {
  ANONYMOUS_HEADS,
  CLOSE_QUOTES,
  COUNTING_WORDS,
  DESCRIPTION_OPENERS,
  DETERMINERS,
  INVERTING_VERBS,
  OPEN_QUOTES,
  ORGANISATION_HEADS,
  OTHER_PRONOUNS,
  PERSON_PRONOUNS,
  ROLE_NOUNS,
  SUBORDINATORS,
  TITLES,
  VERB_AUXILIARIES,
} from "../words";

/** "by the end of …", "by the time …": a deadline after "by", not an agent. */
const BY_WHEN = /^(?:end|time|close|start|middle|turn|deadline)$/;

/**
 * The agent of a passive verb at `i`: "by" and a name, a determiner, a known head or a role before a name
 * ("by royal biographer Clementine Varley-Hatch") within eight words, or right after a quoted description ("was
 * described as “chilling” by Ms Anstey").
 */
export function passiveAgent(tokens: Token[], i: number): [number, number] | null {
  let from = i + 1;
  if (tokens[from]?.lower === "as" && OPEN_QUOTES.has(tokens[from + 1]?.text ?? "")) {
    const close = tokens.findIndex((t, j) => j > from + 1 && CLOSE_QUOTES.has(t.text));
    if (close > 0 && tokens[close + 1]?.lower === "by") from = close + 1;
  }
  for (let k = from; k < tokens.length && k <= from + 7 && (tokens[k].word || tokens[k].text === ","); k++) {
    // ("were told it had been approved by the head of compliance": a clause of its own has its own agent.)
    if ((VERB_AUXILIARIES.has(tokens[k].lower) && tokens[k].lower !== "not") || tokens[k].lower === "that") return null;
    if (tokens[k].lower !== "by") continue;
    const r = nounPhraseRight(tokens, k + 1);
    const first = r && tokens[r[0]];
    // ("is due to be agreed by the end of the month", "by Friday": when, not who.)
    // ("by 59.6 percent of voters" is who: a number is a time only as a year.)
    const when = first && (/^\d/.test(first.text) ? /^(?:19|20)\d\d$/.test(first.text) : isTimeWord(first.lower));
    if (first && (when || (first.lower === "the" && BY_WHEN.test(tokens[r[0] + 1]?.lower ?? "")))) continue;
    // ("by opposition parties", "by world leaders": or people or bodies by their head, in the plural.)
    const head = r ? tokens[r[1]].lower : "";
    const headOfSomeone = [head, head.replace(/s$/, ""), head.replace(/ies$/, "y")].some(
      (h) => ANONYMOUS_HEADS.has(h) || ORGANISATION_HEADS.has(h),
    );
    if (
      r &&
      first &&
      (first.cap ||
        DETERMINERS.has(first.lower) ||
        ANONYMOUS_HEADS.has(first.lower) ||
        COUNTING_WORDS.has(first.lower) ||
        ORGANISATION_HEADS.has(first.lower) ||
        headOfSomeone ||
        tokens.slice(r[0], r[1] + 1).some((t) => t.cap))
    )
      return withoutTimeTail(tokens, r);
    return null;
  }
  return null;
}

/** "The statement read in part, “…”", "the sign reads: “…”": a quotation read out after the verb. */
export function quoteReadOut(tokens: Token[], i: number): boolean {
  let k = i + 1;
  if (tokens[k]?.lower === "in" && /^(part|full)$/.test(tokens[k + 1]?.lower ?? "")) k += 2;
  if (tokens[k]?.text === ":" || tokens[k]?.text === ",") k++;
  return k > i + 1 && OPEN_QUOTES.has(tokens[k]?.text ?? "");
}

/** Quotation marks of any kind at `k` and before it, right after a comma, "?" or "!": the end of a quotation. */
export function endsQuotation(tokens: Token[], k: number): boolean {
  let j = k;
  while (j >= 0 && (OPEN_QUOTES.has(tokens[j].text) || CLOSE_QUOTES.has(tokens[j].text) || tokens[j].text === "'")) j--;
  return j < k && j >= 0 && QUOTATION_ENDS.has(tokens[j].text);
}
const QUOTATION_ENDS = new Set([",", "?", "!"]);

/**
 * A straight single mark at `k` closing a quotation that one opened earlier in the sentence: "'We have won the
 * talks' says the minister", where with no comma "talks'" could be read as a plural's possessive.
 */
function straightSingleCloses(tokens: Token[], k: number): boolean {
  const [mark, before, after] = [tokens[k], tokens[k - 1], tokens[k + 1]];
  if (mark?.text !== "'" || !before || before.end !== mark.start || (after && after.start === mark.end)) return false;
  return tokens.some(
    (t, j) => j < k - 1 && t.text === "'" && tokens[j + 1].start === t.end && (j === 0 || tokens[j - 1].end < t.start),
  );
}

/** Lower-case words inside a capitalised title: "Minister of Forestry and Land Stewardship". */
const TITLE_JOINS = /^(?:of|for|and)$/;

/** Inverted: "…,” said Tom Smith, a spokesman." / "said the official" / "said one Western diplomat". */
export function invertedSpeaker(tokens: Token[], i: number, from: number): [number, number] | null {
  const w = tokens[i].lower;
  const next = tokens[i + 1];
  const prev = tokens[from - 1];
  // "…,“ said" (a mark the wrong way round) and "…,''' said" close a quotation as "…,” said" does.
  const quoteClosed =
    CLOSE_QUOTES.has(prev?.text ?? "") || endsQuotation(tokens, from - 1) || straightSingleCloses(tokens, from - 1);
  // "So says Jane Roe", "So said the minister": the sentence's "So" points back at what was said.
  const so = from === 1 && prev?.lower === "so";
  // "…, McConnell said Tuesday." names a day, not a speaker.
  const inverts =
    !w.endsWith("ing") &&
    (!prev || prev.text === "," || quoteClosed || so) &&
    (INVERTING_VERBS.has(w) || quoteClosed) &&
    next?.word &&
    !["that", "it", "in", "on", "at", "to", "of", "this"].includes(next.lower) &&
    !isTimeWord(next.lower);
  if (!inverts) return null;
  const r = nounPhraseRight(tokens, i + 1);
  // "said Dan Golvach when asked about it": a clause of its own may follow the speaker; so may one that describes them
  // ("said a contract engineer who worked on the system").
  const after = r ? tokens[r[1] + 1] : undefined;
  const closed = r && (!after?.word || SUBORDINATORS.has(after.lower) || /^(?:who|whose)$/.test(after.lower));
  const first = r && tokens[r[0]];
  // "said former Gov. Bill Richardson": a lower-case role before a name.
  const named = r && tokens.slice(r[0], r[1] + 1).some((t) => t.cap);
  const speaks =
    first &&
    (first.cap ||
      named ||
      DETERMINERS.has(first.lower) ||
      COUNTING_WORDS.has(first.lower) ||
      PERSON_PRONOUNS.has(first.lower) ||
      OTHER_PRONOUNS.has(first.lower));
  // "reads a Wednesday editorial in The Des Moines Register": a source may run to ten words; a title and a name in
  // capitals to fourteen ("said Minister of Forestry and Land Stewardship Datuk Amar Rosli Ahmad Tuah"), though not
  // through "the", which opens a body's name ("Chief Executive of the Royal Society for the Protection of Birds").
  const inCapitals = r && tokens.slice(r[0], r[1] + 1).every((t) => !t.word || t.cap || TITLE_JOINS.test(t.lower));
  // ("…,” said the minister on Tuesday.": the day is no part of who spoke; nor is "after the match" or "at a press
  // conference in Boston" after a name.)
  return r && closed && r[1] - r[0] < (inCapitals ? 14 : 10) && speaks
    ? withoutCircumstance(tokens, withoutTimeTail(tokens, r))
    : null;
}

/** Where or when after a name: "Mikel Arteta after the match", "Jane Roe at a press conference". */
const CIRCUMSTANCE_AFTER_NAME = /^(?:after|before|during|following|at|in|outside|from|ahead)$/;

function withoutCircumstance(tokens: Token[], [s, e]: [number, number]): [number, number] {
  for (let k = s + 1; k <= e; k++) {
    // (Not a name's own particle: "Sophie in 't Veld".)
    const particle = /^['’]$/.test(tokens[k + 1]?.text ?? "") && tokens[k + 2]?.lower === "t";
    if (tokens[k - 1].cap && !tokens[k].cap && CIRCUMSTANCE_AFTER_NAME.test(tokens[k].lower) && !particle)
      return [s, k - 1];
  }
  return [s, e];
}

/**
 * The last token of a description right after a comma at `end + 1` that runs to the sentence's end or its next
 * comma ("…, a Democratic pollster.", "…, who served as a senator for 36 years,"), or -1. It opens as a
 * description does: an article, "who", a role or a capitalised title ("Democrat of Delaware").
 */
export function describedAfter(tokens: Token[], end: number): number {
  const first = tokens[end + 2];
  if (tokens[end + 1]?.text !== "," || !first?.word) return -1;
  // "co-director of …", "managing partner at …": a role of a body.
  const roleOf = tokens.slice(end + 3, end + 6).some((t) => /^(of|at|for)$/.test(t.lower));
  if (!(
    DESCRIPTION_OPENERS.has(first.lower) ||
    ROLE_NOUNS.has(first.lower) ||
    TITLES.has(first.lower) ||
    first.cap ||
    roleOf
  ))
    return -1;
  let k = end + 2;
  while (k < tokens.length && k < end + 30 && tokens[k].text !== "," && tokens[k].text !== ".") k++;
  // A participle after it opens a claim of its own (", adding …"): the description still ends at its comma.
  return k < end + 30 && (k === tokens.length || tokens[k].text === "," || tokens[k].text === ".") ? k - 1 : -1;
}

/** The last token of a person's name right after a comma at `end + 1` ("…, Bruce Turry."), or -1. */
export function nameAfterComma(tokens: Token[], end: number): number {
  if (tokens[end + 1]?.text !== ",") return -1;
  let k = end + 2;
  while (k < tokens.length && k < end + 7 && tokens[k].word && tokens[k].cap) k++;
  const after = tokens[k];
  const closes = !after || !after.word || after.lower === "of";
  return k - (end + 2) >= 2 && closes ? k - 1 : -1;
}
