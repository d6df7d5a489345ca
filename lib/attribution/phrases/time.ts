/** Time phrases, which stand beside a verb or a name ("said Tuesday", "Last year the agency said") but never speak. */
import { type Token, wordBefore } from "../text/sentences";
import {
  AGO_COUNTS,
  AGO_SPANS,
  DAY_OPENERS,
  DAY_PARTS,
  FREQUENCY_WORDS,
  MONTHS,
  MONTH_OPENERS,
  NEAR_DAYS,
  PERIODS,
  PERIOD_OPENERS,
  STRONG_VERBS,
  WEAK_VERBS,
  WEEKDAYS,
} from "../words";

export const isYear = (w: string) => /^(1[89]|20)\d\d$/.test(w);

/** A month as wire copy shortens it, without its full stop ("Nov", "Sept"); "May" is the whole word. */
export const isMonthShort = (w: string) => /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/.test(w);

/**
 * The first token of a time phrase ending at `i` ("on Thursday evening", "last week", "yesterday", "two weeks
 * ago", "twice"), or -1.
 */
export function timePhraseLeft(tokens: Token[], i: number): number {
  const w = (k: number) => (tokens[k]?.word ? tokens[k].lower : "");
  const last = w(i);
  // ("Fairer Finance Now", "USA Today": capitalised inside a sentence, before a word in lower case, the last word of
  // a name; a headline capitalises every word.)
  if (
    (NEAR_DAYS.has(last) || FREQUENCY_WORDS.has(last)) &&
    !(tokens[i]?.cap && !tokens[i + 1]?.cap && wordBefore(tokens, i))
  )
    return i;
  if (last === "ago") {
    if (!AGO_SPANS.has(w(i - 1))) return -1;
    // "two weeks ago", "a few years ago", "long ago": the count, if any, belongs to it.
    let k = i - 1;
    while (k > i - 6 && (AGO_COUNTS.has(w(k - 1)) || /^\d+$/.test(w(k - 1)))) k--;
    return k;
  }
  if (isYear(last)) return w(i - 1) === "in" ? i - 1 : MONTHS.has(w(i - 1)) ? timePhraseLeft(tokens, i - 1) : -1;
  // "in January", "last March", "on 3 May": a month with its opener or day.
  if (MONTHS.has(last)) {
    const k = /^\d{1,2}$/.test(w(i - 1)) ? i - 1 : i;
    return MONTH_OPENERS.has(w(k - 1)) ? k - 1 : -1;
  }
  if (PERIODS.has(last)) {
    // ("Earlier in the week Penhallow had been quoted", "later in the day".)
    if (w(i - 1) === "the" && w(i - 2) === "in" && /^(?:earlier|later)$/.test(w(i - 3))) return i - 3;
    if (PERIOD_OPENERS.has(w(i - 1))) return w(i - 2) === "earlier" || w(i - 2) === "later" ? i - 2 : i - 1;
    // ("Tuesday evening": else a part of a day after its day, read below.)
  }
  let k = i;
  if (DAY_PARTS.has(last) && WEEKDAYS.has(w(k - 1))) k--;
  if (!WEEKDAYS.has(w(k))) return -1;
  // ("The Sunday Ledger reported": a day after "the" and before a capital is in a paper's name.)
  if (k === i && w(k - 1) === "the" && tokens[i + 1]?.cap) return -1;
  return DAY_OPENERS.has(w(k - 1)) ? k - 1 : k;
}

/** A word that starts or is a time: a day, a month, "last", "this", a number. */
export const isTimeWord = (w: string) =>
  WEEKDAYS.has(w) || NEAR_DAYS.has(w) || MONTHS.has(w) || w === "may" || /^(last|this|earlier|\d.*)$/.test(w);

/**
 * A noun phrase without a trailing time or a next clause ("Senator Smith on Monday", "The Athletic last week and
 * rejected …" → "Senator Smith", "The Athletic").
 */
export function withoutTimeTail(tokens: Token[], [s, e]: [number, number]): [number, number] {
  for (let k = s + 1; k <= e; k++) {
    const w = tokens[k].lower;
    if ((w === "on" || w === "in" || w === "at") && k < e && isTimeWord(tokens[k + 1].lower)) return [s, k - 1];
    // "by The Athletic last week and rejected", "by police yesterday": a time or a next clause ends the name.
    if (!tokens[k].cap && PERIOD_OPENERS.has(w) && PERIODS.has(tokens[k + 1]?.lower ?? "")) return [s, k - 1];
    if (!tokens[k].cap && NEAR_DAYS.has(w)) return [s, k - 1];
    // "… and rejected out of hand": a next verb, where "by doctors and nurses" names two agents.
    const next = tokens[k + 1]?.lower ?? "";
    if ((w === "and" || w === "but") && (next.endsWith("ed") || STRONG_VERBS.has(next) || WEAK_VERBS.has(next)))
      return [s, k - 1];
  }
  return [s, e];
}
