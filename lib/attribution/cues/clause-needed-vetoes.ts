/**
 * Vetoes for verbs that report only with a clause after them ("informed the exchanges that …", "accepted that it had
 * been dark", "has learnt that …"), tried after the others: what they did not turn down. Part of the table in
 * verb-vetoes.ts.
 */
import { afterBe } from "../phrases/subject";
import { timePhraseLeft } from "../phrases/time";
import { ONLY_BEFORE_THAT, VOUCHING_AT_END } from "../words";
import { after, type Veto } from "./veto-kit";

/** Verbs that report only with a clause after them, tried last: what the other vetoes did not turn down. */
export const CLAUSE_NEEDED_VETOES: readonly Veto[] = [
  // "informed the exchanges that the penalty would be provided for" reports; "informed Kallstrom of the decision",
  // "notified the police" passes news on, unsaid.
  {
    id: "verb/informed-without-that",
    words: ["inform", "informs", "informed", "informing", "notify", "notifies", "notified", "notifying"],
    test: (v) => !v.tokens.slice(v.i + 1, v.i + 7).some((t) => t.lower === "that"),
  },
  // "accepted that it had been dark" concedes; "accepted the offer" takes it.
  // (A day may come between: "projects on Tuesday that …".)
  {
    id: "verb/needs-that",
    words: [...ONLY_BEFORE_THAT],
    test: (v) => {
      // ("…, the BBC has learned.": an outlet vouching after the claim; "the two learned of a meeting": news of it.)
      // ("The cause has not been established.": a passive vouches for nothing.)
      // (And set off by a comma, ", The Patriot has established.": "the company her father established." founded it.)
      const comma = v.tokens.slice(Math.max(0, v.i - 6), v.i).some((t) => t.text === ",");
      const vouchingAtEnd = VOUCHING_AT_END.has(v.w) && !afterBe(v.tokens, v.i) && comma;
      // ("Mr Tanko, PREMIUM TIMES has learnt, is …": or between commas, an aside.)
      if (vouchingAtEnd && (/^[.;,]?$/.test(v.next?.text ?? "") || after(v) === "of")) return false;
      const that = v.tokens.findIndex((t, k) => k > v.i && k <= v.i + 4 && t.lower === "that");
      // ("has learned, however, that …": an aside between commas may come between; so may where it was said, "swore in
      // an affidavit that …", "under oath".)
      const aside = v.next?.text === "," && v.tokens[that - 1]?.text === ",";
      // ("accepted under cross-examination that …".)
      const where =
        (v.next?.lower === "under" || (v.next?.lower === "in" && /^sw(?:ear|ears|ore|orn|earing)$/.test(v.w))) &&
        v.tokens.slice(v.i + 2, that).every((t) => t.word);
      return !(
        that === v.i + 1 ||
        (that > v.i + 1 && (timePhraseLeft(v.tokens, that - 1) === v.i + 1 || aside || where))
      );
    },
  },
];
