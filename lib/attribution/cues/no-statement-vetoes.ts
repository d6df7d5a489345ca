/**
 * Vetoes for verbs that say nothing was said (DESIGN.md: "declined to comment" is no attribution): a reply, a comment
 * or a confirmation negated with no words after it, a refusal, a question left open, "without disclosing", "too early
 * to say". A negated reply or confirmation with a "that" clause, a colon or a quotation still reports. The rest of
 * the table is in verb-vetoes.ts.
 */
import { passiveWithoutAgent } from "../phrases/subject";
import { OPEN_QUOTES, WH_WORDS } from "../words";
import { after, before, type Veto, type VerbAt } from "./veto-kit";

/**
 * A negation among the three words before the verb, and no punctuation between ("“I think not” she replied" is no
 * negated reply).
 */
function negatedBefore(v: VerbAt, words: RegExp): boolean {
  for (let k = v.i - 1; k >= 0 && k >= v.i - 3; k--) {
    const t = v.tokens[k];
    if (!t.word) return false;
    if (words.test(t.lower) || t.lower.endsWith("n't")) return true;
  }
  return false;
}

export const NO_STATEMENT_VETOES: readonly Veto[] = [
  // "without disclosing the size", "without specifying": what was not said.
  { id: "verb/without", test: (v) => before(v) === "without" },
  // "The firm neither admitted nor denied the allegations": neither said, as "declined to comment".
  {
    id: "verb/neither-nor",
    test: (v) =>
      (before(v) === "neither" && v.tokens.slice(v.i + 1, v.i + 4).some((t) => t.lower === "nor")) ||
      (before(v) === "nor" && v.tokens.slice(Math.max(0, v.i - 4), v.i - 1).some((t) => t.lower === "neither")),
  },
  // "a bigger share of the risk than has been disclosed", "more than was reported": a measure of what was said, not a
  // claim.
  {
    id: "verb/than-passive",
    test: (v) =>
      passiveWithoutAgent(v.tokens, v.i) &&
      [2, 3, 4].some((k) => before(v, k) === "than" && v.tokens.slice(v.i - k + 1, v.i).every((t) => t.word)),
  },
  // "Lianjing has not commented on those talks", "Rhys has not commented publicly", "did not weigh in on the fight":
  // no words, as "declined to comment" (DESIGN.md).
  {
    id: "verb/not-commented",
    // ("Lindqvist wouldn't discuss individual customers", "has not disclosed the figure".)
    words: ["commented", "weigh", "weighed", "discuss", "discussed", "disclose", "disclosed"],
    test: (v) => negatedBefore(v, /^(not|never|n't)$/),
  },
  // "The report could not be independently confirmed", "has not been verified": the outlet saying what it could not
  // check, no one's claim.
  {
    id: "verb/not-confirmed",
    words: ["confirmed", "verified", "corroborated"],
    test: (v) =>
      passiveWithoutAgent(v.tokens, v.i) &&
      v.tokens.slice(Math.max(0, v.i - 5), v.i).some((t) => /^(not|never|cannot|n't|couldn't|can't)$/.test(t.lower)),
  },
  // "He did not say how many were hurt", "Officials would not immediately say whether …": no claim, a question left
  // open.
  {
    id: "verb/did-not-say-wh",
    words: ["say", "said", "says", "disclose", "specify", "confirm", "comment", "realised", "realized", "know", "knew"],
    test: (v) =>
      (WH_WORDS.has(after(v)) || after(v) === "whether" || after(v) === "if") && negatedBefore(v, /^(not|never|n't)$/),
  },
  // "He did not provide a letter when asked": a question put, the answer (if any) marked where it is given.
  {
    id: "verb/when-asked",
    words: ["asked"],
    test: (v) => /^(?:when|if|once|unless|as)$/.test(before(v)) && !v.tokens[v.i + 1]?.word,
  },
  // "He would not speculate on whether …": a refusal to comment, as "declined to speculate" is.
  {
    id: "verb/would-not-speculate",
    words: ["speculate"],
    test: (v) => negatedBefore(v, /^(not|never|n't)$/),
  },
  // "Riders can also weigh in through an online survey": an invitation to speak, nothing said yet.
  {
    id: "verb/can-weigh-in",
    words: ["weigh"],
    test: (v) =>
      /^(can|could|may|will)$/.test(before(v)) || (before(v) === "also" && /^(can|could|may|will)$/.test(before(v, 2))),
  },
  // "Thibodeaux has not been accused of wrongdoing": nobody's accusation.
  {
    id: "verb/not-accused",
    words: ["accused"],
    test: (v) => /^(been|be)$/.test(before(v)) && negatedBefore(v, /^(not|never|n't)$/),
  },
  // "declined to comment on the ruling, citing the ongoing legal process": the reason for saying nothing.
  {
    id: "verb/citing-reason-for-silence",
    words: ["citing"],
    test: (v) =>
      v.tokens
        .slice(Math.max(0, v.i - 10), v.i)
        .some(
          (t, k, near) => /^(declined|refused|declines|refuses)$/.test(t.lower) && near[k + 2]?.lower === "comment",
        ),
  },
  // "Most of them have not been asked.", "Parents were told.": a passive with nothing after it reports nothing.
  {
    id: "verb/asked-nothing",
    words: ["asked", "told"],
    test: (v) => /^(been|be|being|was|were|is|are)$/.test(before(v)) && !v.next?.word,
  },
  // "Neither side has disclosed the figure", "Nobody has confirmed it": a subject that says no one spoke; "neither
  // side disputes that …" still reports what both accept.
  {
    id: "verb/no-one-spoke",
    test: (v) => {
      let k = v.i - 1;
      while (
        k > 0 &&
        /^(?:has|have|had|was|were|is|are|will|would|could|publicly|yet|so|far|ever)$/.test(v.tokens[k].lower)
      )
        k--;
      const head = v.tokens.slice(Math.max(0, k - 1), k + 1).map((t) => t.lower);
      const none = head.includes("neither") || head.includes("nobody") || (head[0] === "no" && head[1] === "one");
      return none && after(v) !== "that" && !OPEN_QUOTES.has(v.next?.text ?? "") && v.next?.text !== ":";
    },
  },
  // 'answered "no comment" to every question': a refusal in a phrase of its own.
  {
    id: "verb/answered-no-comment",
    words: ["answered", "answers", "answering", "replied", "said", "says"],
    test: (v) => {
      const k = OPEN_QUOTES.has(v.next?.text ?? "") ? v.i + 2 : v.i + 1;
      return v.tokens[k]?.lower === "no" && v.tokens[k + 1]?.lower === "comment";
    },
  },
  // "declined to say whether", "refused to discuss": a refusal, no statement (as "declined to comment").
  {
    id: "verb/declined-to",
    test: (v) => before(v) === "to" && /^(declined|refused|declines|refuses|declining|refusing)$/.test(before(v, 2)),
  },
  // "it was too early to say what had gone wrong": nothing said yet.
  {
    id: "verb/too-early-to-say",
    test: (v) => before(v) === "to" && /^(early|soon|hard|difficult|impossible|premature)$/.test(before(v, 2)),
  },
  // "He had not replied by the time of publication", "the DPOA has not publicly confirmed any freeze", "though neither
  // has confirmed any interest": nothing said,
  // as "declined to comment" (DESIGN.md); "did not confirm that …" and a quotation after still report.
  {
    id: "verb/not-replied",
    words: ["reply", "replies", "replied", "respond", "responds", "responded", "confirm", "confirms", "confirmed"],
    test: (v) =>
      negatedBefore(v, /^(not|never|n't|neither|nobody)$/) &&
      after(v) !== "that" &&
      !OPEN_QUOTES.has(v.next?.text ?? "") &&
      v.next?.text !== ":",
  },
  // "did not respond to a request for comment", "has not replied to requests for comment", "did not reply to an email
  // seeking comment": no statement (DESIGN.md, as "declined to comment").
  {
    id: "verb/no-comment",
    words: ["respond", "responds", "responded", "reply", "replies", "replied"],
    test: (v) =>
      v.tokens
        .slice(v.i + 1, v.i + 7)
        .some((t, k, after) => t.lower === "comment" && /^(?:for|seeking)$/.test(after[k - 1]?.lower ?? "")),
  },
];
