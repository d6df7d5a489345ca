/**
 * Vetoes for a reporting verb that tells of time, not words: what time went on ("spent years arguing", "was
 * continuing"), a statement still to come ("is expected to announce", "could be confirmed next week") and a figure
 * forecast with no one forecasting ("79 cents expected"). The rest of the table is in verb-vetoes.ts.
 */
import { nounPhraseLeft } from "../phrases/noun-phrase";
import { passiveWithoutAgent } from "../phrases/subject";
import { isTimeWord } from "../phrases/time";
import { ASKING_VERBS, BE_FORMS, MID_ADVERBS, MODALS, PREPOSITIONS } from "../words";
import { after, before, COUNT, type Veto } from "./veto-kit";

export const TIME_VETOES: readonly Veto[] = [
  // "had not been answered at the time of writing", "at the time of going to press": the writer's own moment.
  {
    id: "verb/time-of-writing",
    test: (v) => before(v) === "of" && before(v, 2) === "time" && v.w.endsWith("ing"),
  },
  // "stopped short of saying the deal was dead", "are wary of saying anything": words not said ("made a point of
  // saying" says them).
  {
    id: "verb/not-saying",
    words: ["saying"],
    test: (v) => before(v) === "of" && /^(?:short|wary|afraid|careful|shy)$/.test(before(v, 2)),
  },
  // "the county had spent years arguing over who should pay": what time went on, not a claim.
  {
    id: "verb/spent-time-doing",
    test: (v) =>
      v.w.endsWith("ing") &&
      /^(years|months|weeks|days|decades|hours|time)$/.test(before(v)) &&
      /^(spent|spend|spends|spending)$/.test(before(v, 2) === "the" ? "" : before(v, 2)),
  },
  // "84 cents adjusted vs. 79 cents expected": a figure forecast, written as a table's cell, with no one expecting.
  {
    id: "verb/figure-expected",
    words: ["expected"],
    test: (v) => /\d|^(cents|percent|billion|million|trillion|%)$/.test(before(v)) && !/^(to|that)$/.test(after(v)),
  },
  // "at a pace not seen since 2019", "a level never seen before", "was last seen on Friday": how rare, or when, not a
  // view.
  {
    id: "verb/not-seen-since",
    words: ["seen"],
    test: (v) => /^(?:not|never|rarely|seldom|last|unseen)$/.test(before(v)),
  },
  // "The valley has seen a surge of projects", "Chile has seen record exports": what happened there, not a view
  // ("have seen the plan as a giveaway" holds one).
  {
    id: "verb/has-seen-events",
    words: ["seen"],
    test: (v) =>
      /^(?:has|have|had)$/.test(before(v)) &&
      (/^(?:a|an|its|their|record|more|fewer|no|some|several|many)$/.test(after(v)) || /^\d/.test(after(v))) &&
      !v.tokens.slice(v.i + 1, v.i + 8).some((t) => /^(?:as|that)$/.test(t.lower)),
  },
  // "Tsuchiya is expected to announce the package", "is set to unveil", "is due to be agreed by the end of the
  // month": a statement still to come.
  {
    id: "verb/to-come",
    test: (v) => {
      const to = before(v) === "be" ? 2 : 1;
      return before(v, to) === "to" && /^(expected|set|due|scheduled|poised)$/.test(before(v, to + 1));
    },
  },
  // "had been arguing for almost three years over a fence": a quarrel that lasted, not a case made ("has argued for
  // years that the system is unfair" makes one).
  {
    id: "verb/arguing-for-a-time",
    words: ["arguing", "argued", "argue", "argues"],
    test: (v) =>
      after(v) === "for" &&
      [2, 3, 4].some(
        (k) => /^(years?|months?|weeks?|days?|hours?|decades?)$/.test(after(v, k)) && after(v, k + 1) !== "that",
      ),
  },
  // "work at the rest was continuing around the clock": still going on, no one speaking ("is continuing to insist"
  // still says something).
  {
    id: "verb/still-going-on",
    words: ["continuing"],
    test: (v) => BE_FORMS.has(before(v)) && after(v) !== "to",
  },
  // "is expected to be announced Thursday", "could be confirmed next week", "must therefore be agreed": an event to
  // come, no one reporting.
  {
    id: "verb/passive-to-come",
    test: (v) => {
      if (before(v) !== "be" || !passiveWithoutAgent(v.tokens, v.i)) return false;
      let k = 2;
      while (before(v, k).endsWith("ly") || MID_ADVERBS.has(before(v, k))) k++;
      return before(v, k) === "to" || MODALS.has(before(v, k));
    },
  },
  // "The project will be announced by the premier on Sunday", "is to be unveiled by the minister": a statement still
  // to come, whoever will make it.
  {
    id: "verb/announcement-to-come",
    words: ["announced", "unveiled", "released", "launched", "confirmed", "named", "revealed"],
    test: (v) => before(v) === "be" && (MODALS.has(before(v, 2)) || before(v, 2) === "to"),
  },
  // "officers had come under fire in each of the incidents cited.": a participle describing a preposition's object,
  // the clause's end right after it.
  // ("…, data from the institute showed.", "one of the people cautioned." still report: only the words that describe.)
  {
    id: "verb/trailing-participle",
    words: ["cited", "mentioned", "listed", "named", "quoted", "described", "offered"],
    test: (v) => {
      if (!v.w.endsWith("ed") || !/^[.,;]$/.test(v.next?.text ?? "") || v.tokens[v.i - 1]?.cap) return false;
      return /^(?:the|these|those)$/.test(before(v, 2)) && (PREPOSITIONS.has(before(v, 3)) || before(v, 3) === "about");
    },
  },
  // "breached a payment arrangement concluded in 2023", "the deal announced on Monday": a participle describing the
  // thing before it and when it came about, no one reporting ("The minister concluded in May that …" says something).
  {
    id: "verb/dated-participle",
    test: (v) => {
      const noun = v.tokens[v.i - 1];
      // ("… cuts agreed last year": or "last" and its span.)
      const dated =
        (/^(?:in|on|last)$/.test(after(v)) && isTimeWord(after(v, 2))) ||
        (after(v) === "last" && /^(?:year|week|month|summer|winter|spring|autumn|fall|night)$/.test(after(v, 2)));
      if (!dated || !v.w.endsWith("ed") || !noun?.word || noun.cap) return false;
      const np = nounPhraseLeft(v.tokens, v.i - 1);
      const nothingSaid = !v.tokens.slice(v.i + 3, v.i + 8).some((t) => t.lower === "that" || t.text === ":");
      return !!np && np[0] < v.i - 1 && /^(?:a|an)$/.test(v.tokens[np[0]].lower) && nothingSaid;
    },
  },
  // "well short of the 7,500 promised under the deal", "Two physicians called by the family testified": a participle
  // describing the noun before it, and under what or who summoned it, no one reporting ("The minister promised under
  // oath that …" says something).
  {
    id: "verb/participle-after-noun",
    test: (v) => {
      const noun = v.tokens[v.i - 1];
      // (Under something; by someone only when summoned or asked: "the country described by the president" is his
      // description, a passive with its agent.)
      // ("the overpotentials reported in the main text": or where a figure was given, in a document.)
      const how =
        after(v) === "under" ||
        (after(v) === "by" && ASKING_VERBS.has(v.w)) ||
        (after(v) === "in" && /^(?:reported|cited|listed|described|published|outlined)$/.test(v.w));
      if (!how || !v.w.endsWith("ed") || !noun?.word || noun.cap) return false;
      const np = nounPhraseLeft(v.tokens, v.i - 1);
      const counted =
        !!np &&
        v.tokens
          .slice(np[0], v.i)
          .some((t) => /^(?:the|these|those)$/.test(t.lower) || /^\d/.test(t.text) || COUNT.test(t.lower));
      const nothingSaid = !v.tokens.slice(v.i + 2, v.i + 10).some((t) => t.lower === "that" || t.text === ":");
      // ("an accusation the agency's chief denied under oath": a noun right before the phrase makes it a clause's
      // subject, the verb its own.)
      const before = np ? v.tokens[np[0] - 1] : undefined;
      const clause =
        !!before?.word && !before.cap && !PREPOSITIONS.has(before.lower) && !/^(?:that|and|or|but)$/.test(before.lower);
      return !!np && np[0] < v.i - 1 && counted && nothingSaid && !clause;
    },
  },
];
