/** Hedges that give no source: "is believed to", "it is reported that", "allegedly", "alleged covert operations". */
import { contentAfter } from "../text/quotes";
import type { Token } from "../text/sentences";
import { approximationLength } from "../phrases/approximation";
import { isMonthShort } from "../phrases/time";
import {
  IRREGULAR_PARTICIPLES,
  IRREGULAR_PAST,
  AUXILIARIES,
  BE_FORMS,
  DESCRIBED_AS,
  DESCRIBED_WITHOUT_AS,
  SEEN_FORECASTING,
  DETERMINERS,
  HEDGE_ADJECTIVES,
  HEDGE_ADVERBS,
  HEDGE_AUXILIARIES,
  HEDGE_GAP,
  IT_EMERGED,
  MID_ADVERBS,
  NP_STOP_WORDS,
  PASSIVE_HEDGE_VERBS,
  PREPOSITIONS,
  ESTIMATING,
  MONTHS,
  SCHEDULED,
  SCHEDULED_BEFORE_NAMES,
  WEEKDAYS,
  STRONG_VERBS,
  SUBJECT_PRONOUNS,
  WEAK_VERBS,
} from "../words";
import { clauseStartsAt } from "../phrases/subject";
import { isAdverb } from "../phrases/subject-end";
import { raw, type SentenceScan } from "./raw";
import { reportingVerb } from "./reporting-verb";
import { knownToAs, knownToSomeone } from "./naming-vetoes";
import { passiveAgent } from "./speaker-after";
import { hearerAt } from "./veto-kit";

/**
 * Passive hedges with no agent: "is believed to", "are said to", "it is reported that", "is widely seen as", "is
 * known for" (a reputation; "known as" is a name), "the deficit is expected to reach" (an estimate; "is expected to
 * attend" is a schedule, and no attribution).
 */
export function passiveHedge(s: SentenceScan, i: number): number | undefined {
  const { tokens } = s;
  // ("It’s understood cabinet considered …": "it is" written as one word.)
  const contracted = tokens[i].lower === "it's";
  if (!PASSIVE_HEDGE_BE.has(tokens[i].lower) && !contracted) return undefined;
  let v = i + 1;
  while (tokens[v]?.word && (HEDGE_GAP.has(tokens[v].lower) || isAdverb(tokens[v].lower))) v++;
  const verb = tokens[v]?.word ? tokens[v].lower : "";
  const after = tokens[v + 1]?.word ? tokens[v + 1].lower : "";
  // "It is understood that …", and "It is understood the hull was …" with its "that" left out.
  // ("It has been learnt that …": "it" before the auxiliary.)
  const perfect = tokens[i].lower === "been" && /^(has|had)$/.test(tokens[i - 1]?.lower ?? "") ? 1 : 0;
  const itAt = tokens[i - 1 - perfect]?.lower === "it" ? i - 1 - perfect : -1;
  const dummyIt = contracted || itAt >= 0;
  // (Written "It's understood", as speech has it, a clause follows however it opens: "It's understood cabinet …"; and
  // so it does after "It is understood" opening the sentence, with a noun and a verb, "It is understood council staff
  // raised …".)
  const clause =
    after === "that" || (dummyIt && clauseStartsAt(tokens, v + 1, itAt === 0)) || (contracted && !!tokens[v + 1]?.word);
  // "The board's medical team, it is learnt, had cleared him": the same hedge set between commas.
  const aside =
    dummyIt && tokens[contracted ? i - 1 : itAt - 1]?.text === "," && /^[,.]$/.test(tokens[v + 1]?.text ?? "");
  const shape =
    (PASSIVE_HEDGE_VERBS.has(verb) &&
      (after === "to" || (dummyIt && clause) || aside) &&
      !knownToAs(tokens, v) &&
      !knownToSomeone(tokens, v)) ||
    (DESCRIBED_AS.has(verb) && after === "as" && !passiveAgent(tokens, v)) ||
    (DESCRIBED_WITHOUT_AS.has(verb) && DETERMINERS.has(after) && !passiveAgent(tokens, v)) ||
    (verb === "known" && after === "for") ||
    // ("Inflation is seen peaking at 7%": wire copy's forecast, no one forecasting.)
    (verb === "seen" && SEEN_FORECASTING.has(after));
  if (!shape) return undefined;
  // ("is expected to reach Porto Empedocle on Wednesday": a journey's schedule; "to reach 70 percent", an estimate.)
  const next = tokens[v + 2]?.lower ?? "";
  // (Not an amount in a currency written with capitals, "to reach E120 million", "R5 billion": an estimate.)
  // ("to reach the Senate floor in January": past an article too.)
  const place = tokens[v + 3]?.lower === "the" ? v + 4 : v + 3;
  const arriving =
    SCHEDULED_BEFORE_NAMES.has(next) &&
    !!tokens[place]?.cap &&
    !/^\p{Lu}{1,3}\$?\d/u.test(tokens[place].text) &&
    // ("to reach Rp 48 trillion", "to reach US$6 billion": a currency's letters before its sum.)
    !/^[\d$£€¥₹]/.test(tokens[place + 1]?.text ?? "");
  // ("The operation is expected to run until mid-August", "to run for eight weeks": how long something lasts.)
  // ("Replacement buses are expected to run from 3pm": when a service runs.)
  const until =
    /^(until|till)$/.test(tokens[v + 3]?.lower ?? "") ||
    (next === "run" && /^(?:for|from|between)$/.test(tokens[v + 3]?.lower ?? ""));
  // ("is expected to be named on Monday", "to be in court on Friday" are a schedule; "to be out for eight weeks", "to
  // be higher next year" an estimate.)
  let b = v + 3;
  while (tokens[b]?.word && tokens[b].lower.endsWith("ly") && tokens[b + 1]?.word) b++;
  const beWhat = tokens[b]?.word ? tokens[b].lower : "";
  const beScheduled =
    /^(?:in|at|on|present|there|here|ready|available|operational|open)$/.test(beWhat) ||
    /(?:ed|en)$/.test(beWhat) ||
    IRREGULAR_PARTICIPLES.has(beWhat) ||
    IRREGULAR_PAST.has(beWhat) ||
    tokens[b + 1]?.lower === "by";
  // ("is expected to raise about $28 million", "to handle around 90,000 appointments": money, a share or a figure after
  // "about" right after the verb is an estimate whatever the verb; "to visit 12 countries" is still a schedule.)
  // ("to move up to 12 million tons", "to cost more than $380 million": or a phrase of two or three words.)
  const approximation = approximationLength(tokens, v + 3);
  const f = v + 3 + approximation;
  const amount = /^(?:%|percent|per|million|billion|trillion|crore|lakh|bn|m)$/.test(tokens[f + 1]?.lower ?? "");
  // (After a phrase, money or an amount word: "to name up to 30 players on Friday" is a schedule still.)
  const figure =
    /^[$£€¥]/.test(tokens[f]?.text ?? "") || (/^\d/.test(tokens[f]?.text ?? "") && (approximation === 1 || amount));
  // ("is expected to set out the group's strategy": a plan presented.)
  const setOut = next === "set" && tokens[v + 3]?.lower === "out";
  // ("Inflation is expected to stay within the target range", "to remain elevated": where a figure will stand, an
  // estimate; "to stay in office", "to remain in custody" are still a schedule.)
  let l = v + 3;
  while (tokens[l]?.word && (/ly$/.test(tokens[l].lower) || tokens[l].lower === "well")) l++;
  const levelWord = tokens[l]?.lower ?? "";
  const figureNear = tokens
    .slice(l + 1, l + 5)
    .some(
      (t) => /^\d/.test(t.text) || /^(?:target|range|level|levels|percent|%|digits|teens|territory)$/.test(t.lower),
    );
  const level =
    /^(?:stay|remain)$/.test(next) &&
    (LEVEL_ADJECTIVE.test(levelWord) || (LEVEL_PREPOSITION.test(levelWord) && figureNear));
  // ("is expected to formally launch": past an adverb of ceremony to the verb; "to gradually return to 2 percent" is
  // an estimate still.)
  const verbAfter = /^(?:formally|officially|publicly|personally|finally|also|again|jointly)$/.test(next)
    ? (tokens[v + 3]?.lower ?? "")
    : next;
  // ("to roughly triple": an estimate's verb past any adverb in -ly.)
  const pastAdverb = /ly$/.test(next) && tokens[v + 3]?.word ? tokens[v + 3].lower : verbAfter;
  // (A plan's verbs are many and an estimate's few: a verb of neither list is a plan unless a figure follows in its
  // clause, "to furlough 3,000 workers"; hedges.json scheduled, estimating. "to set a new record" is an estimate.)
  const record = verbAfter === "set" && tokens.slice(v + 4, v + 7).some((t) => t.lower === "record");
  const estimating = ESTIMATING.has(pastAdverb) || record;
  const planned = (SCHEDULED.has(verbAfter) && !record) || setOut;
  // (A share or a hedged sum ahead makes even a schedule's verb an estimate: "to finish at about 88 per cent", "to
  // take a hit of as much as $40 million"; "to sign a $2bn deal on Friday" stays a plan.)
  const ahead = figureAhead(tokens, v + 3);
  const scheduled =
    !figure && !level && (next === "be" ? beScheduled : ahead !== "share" && (planned || (!estimating && !ahead)));
  if (verb === "expected" && after === "to" && (scheduled || arriving || until)) {
    s.veto("hedge/expected-schedule", i);
    return v + 1;
  }
  // ("The theft was reported to police": whom it was handed to, no hedge.)
  if (verb === "reported" && after === "to" && hearerAt(tokens, v + 2)) {
    s.veto("hedge/reported-to-someone", i);
    return v + 1;
  }
  const thatLeftOut = (clause || aside) && after !== "that" && after !== "to";
  const withoutAs = DESCRIBED_WITHOUT_AS.has(verb) && after !== "as" && after !== "to";
  const end = after === "to" && tokens[v + 2]?.word ? v + 2 : thatLeftOut || withoutAs ? v : v + 1;
  const from = dummyIt && !contracted && (clause || aside) && after !== "to" ? itAt : i;
  const a = raw(tokens, "hedge", "hedge/passive", [from, end]);
  a.content = contentAfter(tokens, end);
  s.take(a);
  return end;
}

/**
 * The figure that follows in the clause from `from`, if any: a share ("12 per cent", "6%") or a hedged sum ("as much as
 * $40 million"), or another figure ("to furlough 3,000 workers", "to top AED10bn", "to run into millions of pounds":
 * money, an amount's word, or a number not dating or timing anything). A date or a time ends the search, since what
 * follows it is the plan's ("to meet on Thursday to discuss £2.1m", "in 2027", "a 12-week review").
 */
function figureAhead(tokens: Token[], from: number): "share" | "figure" | null {
  for (let k = from; k < from + FIGURE_READ && tokens[k] && !/^[.,;:!?]$/.test(tokens[k].text); k++) {
    const t = tokens[k].text;
    const lower = tokens[k].lower.replace(/\.$/, "");
    if (
      WEEKDAYS.has(lower) ||
      MONTHS.has(lower) ||
      isMonthShort(lower) ||
      (lower === "may" && /^\d/.test(tokens[k + 1]?.text ?? ""))
    )
      return null;
    if (/^(?:%|percent|pc)$/.test(lower) || (lower === "per" && tokens[k + 1]?.lower === "cent") || /\d%$/.test(t))
      return "share";
    // (A sum hedged by "as much as", "about", "up to" is an estimate's: "to take a hit of as much as $40 million".)
    const money = /^[$£€¥₹]/.test(t) || CURRENCY_LETTERS.test(t);
    if (money && tokens.slice(Math.max(from, k - 3), k).some((x) => SUM_HEDGES.test(x.lower))) return "share";
    if (money || AMOUNT_WORDS.test(lower)) return "figure";
    // ("to become four to eight times more frequent": a multiple; "four times a week" is how often.)
    if (
      lower === "times" &&
      /^(?:more|less|higher|lower|larger|greater|bigger|smaller|as)$/.test(tokens[k + 1]?.lower ?? "")
    )
      return "figure";
    if (!/^\d/.test(t)) continue;
    const year = /^(?:19|20)\d\d(?:[-–/]\d+)?$/.test(t);
    const measure = /^\d+-\p{L}/u.test(t) || /^\d{1,2}(?::\d\d)?(?:am|pm)$/i.test(t);
    const timed = TIMING_BEFORE.test(tokens[k - 1]?.lower ?? "") || TIMING_AFTER.test(tokens[k + 1]?.lower ?? "");
    if (year || measure || timed) return null;
    // (A share written after its number: "about 88 per cent".)
    return /^(?:%|percent|pc|per)$/.test(tokens[k + 1]?.lower ?? "") ? "share" : "figure";
  }
  return null;
}
/** Words that hedge a sum after them ("as much as", "about", "up to", "more than", "at least"). */
const SUM_HEDGES = /^(?:much|about|around|roughly|nearly|almost|up|than|least|approximately|some)$/;
/** How far past the verb a figure is looked for (words): "to push the city into a deficit of at least $600,000". */
const FIGURE_READ = 10;
/** Words that make an amount ("hundreds of thousands", "several million", "12 per cent"). */
const AMOUNT_WORDS =
  /^(?:hundreds|thousands|millions|billions|trillions|million|billion|trillion|bn|mn|percent|per|%|dozens)$/;
/** A sum after a currency's letters ("Rs190", "AED10bn", "KSh41bn", "R15-billion", "S$712,000"), not "FP10". */
const CURRENCY_LETTERS = /^(?:Rs|R|RM|Rp|Sh|KSh|Ksh|AED|SAR|QR|N|P|K|E|Tk|Nu|Le|GHS|S\$|A\$|HK\$|US\$|C\$|NZ\$)\d/;
/** Words before a number that date or time a plan ("by 12", "within 30 days"). */
const TIMING_BEFORE = /^(?:on|in|at|by|until|till|from|before|after|since|within|next|last|over|for)$/;
/** Words after a number that make it a date, a time or a span ("12 March", "3 pm", "30 days"). */
const TIMING_AFTER = /^(?:am|pm|a\.m\.|p\.m\.|gmt|bst|days?|weeks?|months?|years?|hours?|minutes?)$/;

/** How a figure stands after "stay" or "remain" ("elevated", "flat"): an estimate's words. */
const LEVEL_ADJECTIVE =
  /^(?:flat|high|higher|low|lower|elevated|stable|steady|unchanged|subdued|weak|weaker|strong|stronger|negative|positive|volatile|tight|firm|sluggish)$/;
/**
 * Where a figure stands, before a number, a target or a range ("at 4.2 per cent", "within the target range", "in the
 * high single digits"; "in custody" is a place).
 */
const LEVEL_PREPOSITION = /^(?:at|in|within|below|above|under|over|around|near|between)$/;

const PASSIVE_HEDGE_BE = new Set(["is", "are", "was", "were", "been", "being"]);

/** The passive hedges a reduced relative clause keeps without its "is" ("people believed to be trapped"). */
export const REDUCED_HEDGE_VERBS = [
  "believed",
  "thought",
  "said",
  "reported",
  "feared",
  "rumoured",
  "rumored",
  "alleged",
];

/** Of those, the ones that hedge before any verb ("believed to contain"), not only before "be" or "have" ("thought",
 * a noun too, does not: "gave little thought to safety"). */
const BELIEVING = new Set(["believed", "feared", "rumoured", "rumored"]);
/** Words after "to" that are no verb: "believed to the end", "feared to himself". */
const NOT_VERBS = new Set([
  ...["the", "a", "an", "this", "that", "these", "those", "them", "him", "her", "me", "us", "it"],
  ...["himself", "herself", "themselves", "itself", "his", "their", "its", "my", "our", "your"],
]);

/**
 * "dozens of people believed to be trapped", "a man said to have fled": a passive hedge in a reduced relative clause,
 * with no "is" and no source; not after a pronoun ("He said to be careful") or an auxiliary, nor in a clause a "what"
 * or "which" opened ("what many people believed to be a campaign killer": they believe it).
 */
export function reducedHedge(s: SentenceScan, i: number): number | undefined {
  const { tokens } = s;
  const prev = tokens[i - 1];
  // ("The original wharf, thought to have been built in the 1960s, …": or set between commas after what it describes.)
  const aside = prev?.text === "," && !!tokens[i - 2]?.word;
  // ("a haversack believed to contain gold": a verb of believing before any verb; "said to" and "reported to"
  // only before "be" or "have", for "officials said to reporters".)
  const verbAfter = tokens[i + 2]?.word && /^\p{Ll}+$/u.test(tokens[i + 2].text) && !NOT_VERBS.has(tokens[i + 2].lower);
  const believing = BELIEVING.has(tokens[i].lower) && verbAfter;
  if (
    tokens[i + 1]?.lower !== "to" ||
    !(/^(be|have)$/.test(tokens[i + 2]?.lower ?? "") || believing) ||
    !(prev?.word || aside)
  )
    return undefined;
  if (BE_FORMS.has(prev.lower) || AUXILIARIES.has(prev.lower) || SUBJECT_PRONOUNS.has(prev.lower)) return undefined;
  if (tokens.slice(Math.max(0, i - 6), i).some((t) => /^(what|which|whom|that)$/.test(t.lower))) return undefined;
  const a = raw(tokens, "hedge", "hedge/reduced", [i, i + 1]);
  a.content = contentAfter(tokens, i + 1);
  // (An aside's claim ends at its closing comma.)
  const close = aside ? tokens.findIndex((t, k) => k > i + 1 && t.text === ",") : -1;
  if (a.content && close > a.content[0]) a.content = [a.content[0], Math.min(a.content[1], close - 1)];
  s.take(a);
  return i + 1;
}

/**
 * "Leaupepe, widely seen as the form tighthead, …", "the plan, regarded as the boldest in years, …": "seen as" with
 * no one seeing it, set between commas after what it describes (DESIGN.md's agentless "seen as").
 */
export function asideHedge(s: SentenceScan, i: number): number | undefined {
  const { tokens } = s;
  if (!DESCRIBED_AS.has(tokens[i].lower) || tokens[i + 1]?.lower !== "as") return undefined;
  // ("Altavela, long seen as …", "once regarded as": an adverb of degree or time before it.)
  const adverb =
    tokens[i - 1]?.word && (isAdverb(tokens[i - 1].lower) || /^(?:long|once|still)$/.test(tokens[i - 1].lower));
  const from = adverb ? i - 1 : i;
  if (tokens[from - 1]?.text !== "," || passiveAgent(tokens, i)) return undefined;
  // (What it is seen as runs to the aside's closing comma, which must be there; "The company, considered as a
  // whole, made a loss" sees nothing as anything.)
  let end = i + 2;
  while (end < tokens.length && tokens[end].text !== "," && tokens[end].word) end++;
  const whole = end === i + 4 && tokens[i + 2].lower === "a" && tokens[i + 3].lower === "whole";
  if (end === i + 2 || tokens[end]?.text !== "," || whole) return undefined;
  const a = raw(tokens, "hedge", "hedge/aside", [from, i + 1]);
  a.content = [i + 2, end - 1];
  s.take(a);
  return i + 1;
}

/** Hedge adverbs: "[is] allegedly attempting", "has reportedly increased". */
export function hedgeAdverb(s: SentenceScan, i: number): number | undefined {
  const { tokens } = s;
  if (!HEDGE_ADVERBS.has(tokens[i].lower)) return undefined;
  const after = tokens[i + 1];
  // The verb after it carries it ("reportedly told aides that …"), unless the verb reports nothing ("reportedly
  // rejected an approach"): then the hedge stands alone.
  if (after?.word && (STRONG_VERBS.has(after.lower) || WEAK_VERBS.has(after.lower))) {
    const taken = s.out.length;
    const next = reportingVerb(s, i + 1);
    if (s.out.length > taken) return next;
  }
  let from = i;
  if (i > 0 && tokens[i - 1].word && HEDGE_AUXILIARIES.has(tokens[i - 1].lower)) from = i - 1;
  const to = after?.word && !NP_STOP_WORDS.has(after.lower) && !after.cap ? i + 1 : i;
  const a = raw(tokens, "hedge", "hedge/adverb", [from, to]);
  a.content = contentAfter(tokens, to);
  s.take(a);
  return to;
}

/**
 * Hedge adjectives: "alleged covert operations" (not "the police alleged": a verb after its subject); "reported"
 * only before a figure, "drew a reported 18,000 fans" ("the reported cases" names what was reported).
 */
export function hedgeAdjective(s: SentenceScan, i: number): number | undefined {
  const { tokens } = s;
  const w = tokens[i].lower;
  const prev = tokens[i - 1];
  if (w === "reported") {
    const figure = `${tokens[i + 1]?.text ?? ""}${tokens[i + 2]?.text ?? ""}`;
    if (!/^(?:a|an)$/.test(prev?.lower ?? "") || !/^[$£€¥₹]?\d/.test(figure)) return undefined;
    s.take(raw(tokens, "hedge", "hedge/adjective", [i, i]));
    return i;
  }
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

/** "It has emerged that …", "it later transpired that …": news the article gives with no one it came from. */
export function itEmerged(s: SentenceScan, i: number): number | undefined {
  const { tokens } = s;
  if (!IT_EMERGED.has(tokens[i].lower) || tokens[i + 1]?.lower !== "that") return undefined;
  let k = i - 1;
  const between = (w: string) => w === "has" || w === "had" || MID_ADVERBS.has(w) || isAdverb(w);
  while (k >= 0 && tokens[k].word && between(tokens[k].lower)) k--;
  if (tokens[k]?.lower !== "it") return undefined;
  const a = raw(tokens, "hedge", "hedge/it-emerged", [k, i + 1]);
  a.content = contentAfter(tokens, i + 1);
  s.take(a);
  return i + 1;
}
