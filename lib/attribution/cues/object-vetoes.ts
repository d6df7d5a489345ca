/**
 * Vetoes that read a verb's object, or what follows it: what was claimed (a prize, a death toll), rejected (a
 * proposal), announced (nothing), expected (a schedule), added (an amount), agreed (terms), discussed (a topic), shown
 * (no sign) or seen (a document) says the verb reports no claim. Plain acts (a request refused, a price asked, a
 * charge laid) are in act-vetoes.ts, orders and requests in order-vetoes.ts; the rest of the table is in
 * verb-vetoes.ts and noun-use-vetoes.ts.
 */
import { afterBe } from "../phrases/subject";
import { isTimeWord } from "../phrases/time";
import {
  ADMITTED_PLACES,
  AGREED_OBJECTS,
  AUXILIARIES,
  DOCUMENT_HEADS,
  CLAIMED_PRIZES,
  INVOKED_RULES,
  DETERMINERS,
  PERSON_PRONOUNS,
  SCHEDULED,
  DISMISSED_MATTERS,
  OPEN_QUOTES,
  POSSESSIVE_PRONOUNS,
  REJECTED_PLANS,
  REPORTED_TO_PLACES,
  SCORES_CONCEDED,
  PREPOSITIONS,
  THAT_CLAIM_NOUNS,
} from "../words";
import { after, before, COUNT, FINITE, objectHead, pronounBefore, sayingVerb, type Veto } from "./veto-kit";

/** What an election's loser concedes, or when ("conceded defeat", "conceded the race", "conceded shortly after"). */
const CONCEDED_RACES =
  /^(?:defeat|race|election|seat|contest|primary|runoff|nomination|shortly|graciously|early|late)$/;

/** Words after a verb that open no claim, only when ("only six weeks earlier", "last year", "in March"). */
const NOTHING_AFTER = /^(?:only|last|earlier|previously|recently|just|in|on|at|since|before|this|back)$/;

/** What a side defends that is a score: "defended their lead", "defended a modest total". */
const KEPT_LEADS = new Set(["lead", "total"]);
/** After a count a side defends: how it was kept ("defended eight off the final over", "defended 12 runs"). */
const SCORE_AFTER = /^(?:off|runs|from|in|with|at|,|\.)$/;

/** Words after "is expected" that say when or where something happens. */
const SCHEDULE_AFTER = /^(?:at|on|in|by|next|this|later|soon|within|early|late|before|after|until|shortly)$/;

/** Words of a count between "claimed" and "lives" ("tens of thousands of", "at least 40"). */
const TOLL_WORDS =
  /^(?:tens|hundreds|thousands|millions|dozens|of|more|than|at|least|about|nearly|some|over|up|to|many)$/;

export const OBJECT_VETOES: readonly Veto[] = [
  // "The agreement, announced at a news conference at the state Capitol, ends …": when and where an event was, no
  // claim made.
  {
    id: "verb/announced-event",
    words: ["announced", "unveiled"],
    test: (v) => before(v) === "," && /^(at|on|in|last|this|earlier|during)$/.test(after(v)),
  },
  // "roughly double what the company has offered", "a higher share than the government has offered for any other
  // plant": the amount of an offer, nothing said.
  {
    id: "verb/what-offered",
    words: ["offered", "offers", "offer"],
    test: (v) => v.tokens.slice(Math.max(0, v.i - 4), v.i).some((t) => t.lower === "what" || t.lower === "than"),
  },
  // "every increase adds about 0.1 percentage point", "adds up to a majority": a sum, not a word said.
  {
    id: "verb/adds-amount",
    words: ["add", "adds", "added", "adding"],
    test: (v) =>
      /^(about|roughly|nearly|some|up|around|almost|another)$/.test(after(v)) || /^[$£€\d]/.test(v.next?.text ?? ""),
  },
  // "Hradecka, who claimed the Altamar title", "claiming his third victory": a prize won, not a claim made.
  {
    id: "verb/claimed-prize",
    words: ["claim", "claims", "claimed", "claiming"],
    // ("who claimed 5 for 61": a bowler's wickets for runs; "claimed three of them": a count of what was won;
    // "claimed linebacker Devin Strayhorn off waivers": a player signed.)
    test: (v) =>
      objectHead(v.tokens, v.i + 1, CLAIMED_PRIZES) ||
      v.tokens.slice(v.i + 1, v.i + 7).some((t, k, near) => t.lower === "off" && near[k + 1]?.lower === "waivers") ||
      (/^\d+$/.test(after(v)) && after(v, 2) === "for") ||
      (/^(?:\d+|two|three|four|five|six|seven|eight|nine|ten)$/.test(after(v)) &&
        after(v, 2) === "of" &&
        /^(?:them|those|these)$/.test(after(v, 3))),
  },
  // "instead compared the tracks with sediment 200 metres away": set side by side, no view given ("compared him to
  // Nixon" says something of him, and is read so).
  {
    id: "verb/compared-things",
    words: ["compared", "compares", "compare", "comparing"],
    test: (v) => {
      if (!/^(?:the|a|an|its|their|these|those)$/.test(after(v))) return false;
      const with_ = v.tokens.slice(v.i + 2, v.i + 8).findIndex((t) => t.lower === "with");
      return with_ >= 0 && v.tokens.slice(v.i + 2, v.i + 2 + with_).every((t) => t.word);
    },
  },
  // "invoked his right against self-incrimination", "invoked Article 50": a right or a rule used, an act.
  {
    id: "verb/invoked-right",
    words: ["invoked", "invokes", "invoke", "invoking"],
    test: (v) => objectHead(v.tokens, v.i + 1, INVOKED_RULES),
  },
  // "was cited for a dangerous clean-out", "was cited for bravery": charged or commended, no one cited as a source.
  {
    id: "verb/cited-for",
    words: ["cited"],
    // ("State inspectors cited Willow Crest in 2021 for failing to report …": a body named, then what for.)
    test: (v) =>
      (after(v) === "for" && /^(?:was|were|been|is|are|be|being)$/.test(before(v))) ||
      (!!v.next?.cap &&
        v.tokens
          .slice(v.i + 2, v.i + 7)
          .some((t, k, near) => t.lower === "for" && /ing$/.test(near[k + 1]?.lower ?? ""))),
  },
  // "had the charge dismissed", "got the case thrown out": what a court did for someone, no one dismissing a claim.
  {
    id: "verb/had-it-dismissed",
    words: ["dismissed"],
    test: (v) =>
      (DISMISSED_MATTERS.has(before(v)) || /^charges?$/.test(before(v))) &&
      DETERMINERS.has(before(v, 2)) &&
      /^(?:had|has|have|having|got|get|gets)$/.test(before(v, 3)),
  },
  // "Investigators questioned Regent Harjono Wibisono for nine hours", "police questioned him over the fire": an
  // interrogation, no doubt put ("questioned whether", "questioned the figures"; "MPs questioned Rachel Reeves over
  // the figures" asks).
  {
    id: "verb/questioned-someone",
    words: ["questioned", "questioning"],
    // ("reporters questioned Press Secretary Josh Earnest about the details": questions asked, as "asked … about".)
    test: (v) => {
      const person = /^(?:him|her|them|suspects?|witnesses)$/.test(after(v)) || !!v.tokens[v.i + 1]?.cap;
      const next = v.tokens.slice(v.i + 2, v.i + 8).find((t) => !t.cap)?.lower ?? "";
      const questioners = /^(?:police|detectives|investigators|officers|agents|prosecutors)$/.test(before(v));
      const over = /^(?:him|her|them)$/.test(after(v)) ? after(v, 2) : next;
      return person && (over === "for" || (questioners && over === "over"));
    },
  },
  // "had conceded 24 goals", "conceded a single and a two": a score let in, no truth owned up to (nouns.json
  // scoresConceded).
  {
    id: "verb/conceded-score",
    words: ["conceded", "concede", "concedes", "conceding"],
    // ("conceded the penalty was deserved": a clause, whose subject the noun is.)
    test: (v) => {
      const head = v.tokens.slice(v.i + 1, v.i + 6).findIndex((t) => SCORES_CONCEDED.has(t.lower));
      const next = v.tokens[v.i + 2 + head]?.lower ?? "";
      return head >= 0 && objectHead(v.tokens, v.i + 1, SCORES_CONCEDED) && !FINITE.test(next);
    },
  },
  // "Tillman conceded shortly after 10 p.m.", "conceded defeat", "conceded the race": an election lost, nothing owned
  // up to ("conceded that …" owns up; "“…,” he conceded." has its words before it).
  {
    id: "verb/conceded-race",
    words: ["conceded", "concede", "concedes", "conceding"],
    test: (v) =>
      (CONCEDED_RACES.test(after(v)) || (after(v) === "the" && CONCEDED_RACES.test(after(v, 2)))) &&
      !v.tokens.slice(v.i + 1, v.i + 9).some((t) => t.lower === "that" || t.text === ":" || OPEN_QUOTES.has(t.text)),
  },
  // "defended eight off the final over", "defended a 1-0 lead": a total kept, no position argued for.
  {
    id: "verb/defended-total",
    words: ["defended", "defend", "defends", "defending"],
    test: (v) => (COUNT.test(after(v)) && SCORE_AFTER.test(after(v, 2))) || objectHead(v.tokens, v.i + 1, KEPT_LEADS),
  },
  // "patients admitted to the ward", "admitted to hospital": taken in, not owning up ("admitted to lying").
  {
    id: "verb/admitted-to-place",
    words: ["admitted"],
    test: (v) => after(v) === "to" && objectHead(v.tokens, v.i + 2, ADMITTED_PLACES),
  },
  // "The vote is now expected at the council's next meeting", "a ruling is expected on Friday": a schedule, not an
  // estimate (DESIGN.md).
  {
    id: "verb/expected-schedule",
    words: ["expected"],
    // ("with the work expected to transfer to a sister plant": a plan's verb after "to", its "be" left out.)
    test: (v) =>
      (afterBe(v.tokens, v.i) && (SCHEDULE_AFTER.test(after(v)) || isTimeWord(after(v)))) ||
      // ("With losses expected to be as much as $2 billion": "be" and a figure is an estimate.)
      (after(v) === "to" &&
        after(v, 2) !== "be" &&
        SCHEDULED.has(after(v, 2)) &&
        !PERSON_PRONOUNS.has(before(v)) &&
        !v.tokens[v.i - 1]?.cap),
  },
  // "the rover pointed its mast camera at a ledge": aiming, not pointing out.
  {
    id: "verb/pointed-at",
    words: ["pointed", "points", "pointing"],
    test: (v) => {
      // (Aimed "at" something, and not "pointing this out".)
      const next = v.tokens.slice(v.i + 1, v.i + 6).map((t) => t.lower);
      return (
        (DETERMINERS.has(next[0]) || POSSESSIVE_PRONOUNS.has(next[0])) && next.includes("at") && !next.includes("out")
      );
    },
  },
  // "which, as its name indicates, reads …": a name's meaning, no source.
  {
    id: "verb/as-name-says",
    words: ["indicates", "suggests", "implies"],
    test: (v) => before(v) === "name" && before(v, 3) === "as",
  },
  // "The quake claimed 212 lives": a death toll, not a claim.
  {
    id: "verb/claimed-lives",
    words: ["claim", "claims", "claimed", "claiming"],
    test: (v) => {
      // Only a count between: "claimed 212 lives", "claimed tens of thousands of lives" (not "claimed the vaccine had
      // saved lives").
      for (let k = v.i + 1; k < v.i + 7 && k < v.tokens.length; k++) {
        const w = v.tokens[k].lower;
        if (w === "lives" || w === "life") return true;
        if (!/^\d/.test(w) && !TOLL_WORDS.test(w)) return false;
      }
      return false;
    },
  },
  // "reported to campus in June", "reported for duty": arriving, not reporting.
  {
    id: "verb/reported-arriving",
    words: ["report", "reports", "reported", "reporting"],
    test: (v) =>
      /^(to|for)$/.test(after(v)) &&
      REPORTED_TO_PLACES.has(after(v, 2)) &&
      !v.tokens.slice(v.i + 3, v.i + 6).some((t) => t.lower === "that"),
  },
  // "Oakham was charged Monday with murder": a charge a court will hear, not words anyone reported.
  { id: "verb/charged-passive", words: ["charged"], test: (v) => afterBe(v.tokens, v.i) },
  // "ministers rejected an earlier proposal", "the board rejected the bid": a decision on a plan, no claim rejected
  // ("rejected the idea that the cut was to blame" rejects a claim).
  {
    id: "verb/rejected-plan",
    words: ["reject", "rejects", "rejected", "rejecting"],
    test: (v) =>
      // ("has rejected two earlier approaches": or a count.)
      // ("again rejected calls to scrap it": or the plan's plural straight after.)
      (((/^(a|an|the|its|their|his|her|our)$/.test(after(v)) || COUNT.test(after(v))) &&
        objectHead(v.tokens, v.i + 2, REJECTED_PLANS)) ||
        (/s$/.test(after(v)) && REJECTED_PLANS.has(after(v)) && after(v, 2) !== "that")) &&
      !(after(v, 2) === "idea" && after(v, 3) === "that"),
  },
  // "withdrew 140 grants that it had announced only six weeks earlier", "the cuts which they reported last year": the
  // noun before "that" is what the verb announced, a thing, and nothing said follows it.
  {
    id: "verb/relative-object",
    test: (v) => {
      let k = v.i - 1;
      while (k > 0 && AUXILIARIES.has(v.tokens[k].lower)) k--;
      const relative =
        /^(?:that|which)$/.test(v.tokens[k - 1]?.lower ?? "") && /^(?:it|they|he|she|we)$/.test(v.tokens[k].lower);
      const noun = v.tokens[k - 2];
      // (Nor a claim further on: "It is clear that they announced in March that fares would rise".)
      const claimLater = v.tokens
        .slice(v.i + 1, v.i + 8)
        .some((t) => t.lower === "that" || t.text === ":" || OPEN_QUOTES.has(t.text));
      const nothing = (!v.next?.word || NOTHING_AFTER.test(after(v)) || isTimeWord(after(v))) && !claimLater;
      // (A thing counted or determined, "140 grants", "the cuts"; not "no doubt that he …", "in which he declares".)
      const counted = (!!noun?.word && /[^s]s$/.test(noun.lower)) || DETERMINERS.has(v.tokens[k - 3]?.lower ?? "");
      const thing = !!noun?.word && !noun.cap && !PREPOSITIONS.has(noun.lower) && !THAT_CLAIM_NOUNS.has(noun.lower);
      return relative && thing && counted && nothing;
    },
  },
  // "€10m more than the offer Brancaforte rejected last week": the plan before the clause that turned it down.
  {
    id: "verb/plan-rejected-before",
    words: ["reject", "rejects", "rejected", "rejecting"],
    test: (v) =>
      [2, 3].some((k) => REJECTED_PLANS.has(before(v, k)) && v.tokens.slice(v.i - k + 1, v.i).every((t) => t.cap)) &&
      !/^(?:that|as)$/.test(after(v)),
  },
  // "the judge dismissed a bail application", "The club dismissed its manager", "The case was dismissed on Friday":
  // a case thrown out or a person let go, unless "as" says what it was taken for ("dismissed him as a crank").
  {
    id: "verb/dismissed-case-or-post",
    words: ["dismiss", "dismisses", "dismissed", "dismissing"],
    test: (v) => {
      const clause = v.tokens.slice(v.i + 1, v.i + 12);
      const end = clause.findIndex((t) => t.text === "," || t.text === ";" || t.lower === "that");
      if (clause.slice(0, end < 0 ? undefined : end).some((t) => t.lower === "as")) return false;
      return afterBe(v.tokens, v.i) || objectHead(v.tokens, v.i + 1, DISMISSED_MATTERS);
    },
  },
  // "asked Dube whether she had reported the instruction", "It is unclear whether he said so": the question's own
  // verb, no claim reported (the question is the asker's).
  {
    id: "verb/in-a-question",
    test: (v) => {
      for (let k = v.i - 1; k >= 0 && k >= v.i - 5; k--) {
        if (v.tokens[k].lower === "whether") return true;
        if (!v.tokens[k].word) return false;
      }
      return false;
    },
  },
  // "a freelance journalist who has reported on protests against mining": a reporter's beat, no claim ("reported
  // on Tuesday that …", "reported on its website that …" are claims).
  {
    id: "verb/reported-on-a-subject",
    words: ["reported", "reports", "reporting", "report"],
    test: (v) =>
      after(v) === "on" &&
      !isTimeWord(after(v, 2)) &&
      !/^\d/.test(v.tokens[v.i + 2]?.text ?? "") &&
      !v.tokens.slice(v.i + 2).some((t) => t.lower === "that" || t.text === ":" || OPEN_QUOTES.has(t.text)),
  },
  // "The memo tells a different story", "the figures told another tale": what something shows, in a figure of speech.
  {
    id: "verb/tells-a-story",
    words: ["tell", "tells", "told", "telling"],
    test: (v) =>
      // ("a memoir that tells the story of a family": a thing telling it; "Obama never tires of telling the story").
      (/^(a|an|another)$/.test(after(v)) || (after(v) === "the" && /^(that|which)$/.test(before(v)))) &&
      v.tokens.slice(v.i + 2, v.i + 4).some((t) => t.lower === "story" || t.lower === "tale"),
  },
  // "has agreed terms to sell the site", "agreed a new pay deal": a bargain struck (nouns.json agreedObjects), unless
  // a clause follows ("agreed the deal was fair").
  {
    id: "verb/agreed-terms",
    words: ["agreed", "agree", "agrees", "agreeing"],
    test: (v) => {
      const k = v.tokens.slice(v.i + 1, v.i + 5).findIndex((t) => AGREED_OBJECTS.has(t.lower));
      if (k < 0) return false;
      const between = v.tokens.slice(v.i + 1, v.i + 1 + k);
      return between.every((t) => t.word && !t.cap) && !AUXILIARIES.has(after(v, k + 2));
    },
  },
  // "The board discussed a reduction of 18%", "Parcelink's board discussed the rebate programme", "would be discussed
  // by its review panel": talk about a topic, no claim (but "discussed how …" or "that …" says something).
  {
    id: "verb/discussed-topic",
    words: ["discussed", "discuss", "discusses", "discussing"],
    test: (v) => DETERMINERS.has(after(v)) || /['’]s$/.test(after(v)) || afterBe(v.tokens, v.i),
  },
  // "The company has shown no public sign of settling", "with neither side showing any sign of backing down": nothing
  // shown, no finding.
  {
    id: "verb/shown-no-sign",
    words: ["shown", "showed", "shows", "show", "showing"],
    test: (v) => after(v) === "no" || (/^(little|any)$/.test(after(v)) && /^signs?$/.test(after(v, 2))),
  },
  // "sirens sounded across the county", "he sounded confident": no warning sounded ("sounded the alarm" is one).
  {
    id: "verb/sounded-no-warning",
    words: ["sounded", "sounds", "sound", "sounding"],
    test: (v) => !DETERMINERS.has(after(v)),
  },
  // "Daily Maverick has seen documents which show …", "The Guardian has seen a copy of the letter": the outlet saw
  // the evidence, which speaks itself. ("Critics have seen the plan as a giveaway": a view of it, which reports.)
  {
    id: "verb/seen-document",
    words: ["seen", "saw"],
    test: (v) => {
      const k = DOCUMENT_HEADS.has(after(v)) ? 1 : DETERMINERS.has(after(v)) && DOCUMENT_HEADS.has(after(v, 2)) ? 2 : 0;
      return k > 0 && after(v, k + 1) !== "as";
    },
  },
  // "Kavunda responded a week later by imposing a fee": an act in return, no words.
  {
    id: "verb/responded-by-doing",
    words: ["responded", "responds", "respond", "responding"],
    test: (v) => {
      // ("responded by saying", "by calling him a liar": words, which report.)
      const by = v.tokens.slice(v.i + 1, v.i + 7).findIndex((t) => t.lower === "by");
      const doing = v.tokens[v.i + 2 + by]?.lower ?? "";
      return by >= 0 && /ing$/.test(doing) && !sayingVerb(doing);
    },
  },
  // "the titles listed in the complaint", "companies listed on the exchange": where a thing appears, no list read out.
  // (After a thing, not after someone: "he listed in his filing …" lists.)
  {
    id: "verb/listed-where",
    words: ["listed"],
    test: (v) =>
      /^(in|on|as|among|below|above|at|under)$/.test(after(v)) && !v.tokens[v.i - 1]?.cap && !pronounBefore(v),
  },
  // "The company listed liabilities of $1.4 billion and assets of …", "some units were still listed for sale": a
  // filing's figures or goods offered, not a list of claims.
  {
    id: "verb/listed-figures",
    words: ["listed", "lists"],
    test: (v) => /^(?:liabilities|assets|debts|debt|revenue|losses)$/.test(after(v)) || after(v) === "for",
  },
  // "Farrow-Kuti and her colleagues observed four transits", "observed a minute's silence": watching or keeping
  // something, no remark ("observed that …" remarks).
  {
    id: "verb/observed-thing",
    words: ["observed", "observes", "observe", "observing"],
    test: (v) =>
      /^(a|an|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds)$/.test(after(v)),
  },
];
