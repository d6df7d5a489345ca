/**
 * Vetoes for verbs that report no proposition where their object or what follows says so (DESIGN.md: a view needs
 * one): support given or thanks, things unveiled or shared, undertakings and actions going on, comparisons with what
 * something suggests, reactions with no words, results posted, goods recalled, terms offered. With a "that" clause or
 * a quotation they stay claims. The rest of the table is in verb-vetoes.ts, no-statement-vetoes.ts, object-vetoes.ts
 * and noun-use-vetoes.ts.
 */
import { isTimeWord } from "../phrases/time";
import { circumstanceOpener } from "../text/quotes";
import {
  ARGUED_MATTERS,
  AUXILIARIES,
  CONJUNCTIONS,
  DETERMINERS,
  LIVES_CLAIMED,
  OFFERED_TERMS,
  OPEN_QUOTES,
  POSSESSIVE_PRONOUNS,
  POSTED_RESULTS,
  PREPOSITIONS,
  RECALLED_GOODS,
  HELPED_PEOPLE,
  SUBJECT_PRONOUNS,
  VERB_AUXILIARIES,
} from "../words";
import { after, amountAt, before, hearerAt, objectHead, sayingVerb, type VerbAt, type Veto } from "./veto-kit";

/** A "that" clause, a colon or a quotation after the verb: what was said is there. */
const wordsFollow = (v: VerbAt, more: RegExp = /^that$/, within = Infinity) =>
  v.tokens
    .slice(v.i + 1, v.i + 1 + within)
    .some((t) => more.test(t.lower) || t.text === ":" || OPEN_QUOTES.has(t.text));

/** Feelings expressed with no claim after them ("expressed concern over the delay"). */
const FEELINGS_EXPRESSED =
  /^(?:concern|concerns|dismay|disappointment|regret|sadness|shock|anger|frustration|gratitude|sympathy|condolences|optimism|dissatisfaction|displeasure|satisfaction|outrage|alarm|appreciation|solidarity|fear|fears|worries|hope|hopes)$/;
/** Words of degree before a feeling ("strong dissatisfaction", "deep shock"). */
const FEELING_DEGREE = /^(?:strong|deep|grave|serious|profound|great|sincere|heartfelt|utmost|cautious)$/;

/** Words after a feeling that say what it is about ("concern over the delay"). */
const FEELING_ABOUT = /^(?:over|about|at|for|with|on|regarding|after|following|towards?|in)$/;

/** What figures tell ("tell a different story"). */
const STORIES = new Set(["story", "tale"]);

/** An opening quotation mark. */
const OPENING_QUOTE = /^["“‘]$/;

export const NO_PROPOSITION_VETOES: readonly Veto[] = [
  // "With Berlin wavering and Budapest firmly opposed, …", "Most members remain opposed.": a side taken, nothing said
  // ("opposed the plan" is an act, read elsewhere; "opposed, saying …" reports through its participle).
  {
    id: "verb/opposed-alone",
    words: ["opposed"],
    test: (v) => !v.next?.word && v.next?.text !== ":" && !OPEN_QUOTES.has(v.next?.text ?? ""),
  },
  // "Paris sees it differently", "the regulator saw things the same way": a view with no proposition.
  {
    id: "verb/sees-it-differently",
    words: ["see", "sees", "saw", "seen", "view", "views", "viewed"],
    test: (v) =>
      /^(?:it|things|matters|this|that)$/.test(after(v)) &&
      (/^(?:differently|otherwise)$/.test(after(v, 2)) || (after(v, 2) === "the" && after(v, 3) === "same")),
  },
  // "Others worry about construction accidents", "fretted over the cost": a feeling about a thing ("worry that …"
  // holds a claim).
  {
    id: "verb/worry-about",
    words: ["worry", "worries", "worried", "fret", "frets", "fretted"],
    test: (v) => /^(?:about|over|for)$/.test(after(v)) && !wordsFollow(v, /^that$/, 6),
  },
  // "Farmers threaten a fresh wave of protests", "threatened legal action": an act menaced, no words reported
  // ("threatened to strike", "threatened that …" say what they would do).
  {
    id: "verb/threaten-thing",
    words: ["threaten", "threatens", "threatened"],
    test: (v) => (DETERMINERS.has(after(v)) || after(v) === "legal") && !wordsFollow(v, /^(?:that|to)$/, 3),
  },
  // "before the window slams shut": a door or a deadline closing, no criticism.
  { id: "verb/slams-shut", words: ["slams", "slam", "slammed", "slamming"], test: (v) => after(v) === "shut" },
  // "They disagree about who should be allowed to …", "disagreed over the timetable": a dispute, no claim made.
  {
    id: "verb/disagree-about",
    words: ["disagree", "disagrees", "disagreed", "differ", "differs", "differed"],
    test: (v) => /^(?:about|over|on|as)$/.test(after(v)) && !wordsFollow(v, /^that$/, 4),
  },
  // "The miss summed up City's season", "Their season was summed up by a 5-0 defeat": an event that says it all, no
  // one speaking; a summing-up that reports comes with its words ("summed up the mood: …", "summed up that …").
  {
    id: "verb/summed-up-without-words",
    words: ["summed", "sums", "sum", "summing"],
    test: (v) =>
      !v.tokens.slice(v.i + 1).some((t) => t.text === ":" || t.lower === "that" || OPENING_QUOTE.test(t.text)),
  },
  // "the board ultimately backed the plan", "shared a black-and-white picture", "unveiled a package of tax cuts",
  // "thanked her family and her coach", "the board also discussed allegations of …", "opposed the bill": support, a
  // thing shown, thanks given or a topic talked over; "backed the claim that …" keeps one. ("defended the decision"
  // argues it was right, and is read as a claim.) (Read up to a comma: "backed the minister, telling ZDF that …" gives
  // its words in the participle.)
  {
    id: "verb/thing-without-proposition",
    words: (
      "backed backs back backing shared shares sharing unveiled unveils unveiling thanked thanks thanking discussed " +
      "opposed opposes oppose opposing"
    ).split(" "),
    test: (v) => {
      if (!DETERMINERS.has(after(v)) && !POSSESSIVE_PRONOUNS.has(after(v))) return false;
      const comma = v.tokens.findIndex((t, k) => k > v.i && t.text === ",");
      return !wordsFollow(v, /^(?:that|as)$/, comma < 0 ? Infinity : comma - v.i - 1);
    },
  },
  // "the Supreme Court agreed last spring to hear her appeal", "operators continued to stockpile memory", "the
  // company continued shipping stock": an undertaking or an action going on ("agreed that …", "continued to insist
  // that …" are claims).
  {
    id: "verb/agreed-or-continued-to-act",
    words: ["agreed", "agrees", "agree", "continued", "continues", "continue"],
    test: (v) => {
      // (A time or a partner may come between: "agreed early on Sunday to triple funding".)
      let k = v.i + 1;
      while (k < v.i + 5 && v.tokens[k]?.word && !/^(?:to|that)$/.test(v.tokens[k].lower)) k++;
      const act = v.tokens[k]?.lower === "to" ? v.tokens[k + 1] : undefined;
      const acts = !!act?.word && !act.cap && !DETERMINERS.has(act.lower) && !sayingVerb(act.lower);
      return acts || (v.w.startsWith("contin") && /ing$/.test(after(v)) && !sayingVerb(after(v)));
    },
  },
  // "fading faster than its rhetoric suggests": a comparison with what something implies, no claim reported ("than
  // 400 colonies" counts them).
  {
    id: "verb/than-it-suggests",
    words: ["suggests", "suggested", "suggest", "implies", "implied", "imply", "indicates", "indicated", "indicate"],
    test: (v) =>
      v.tokens
        .slice(Math.max(0, v.i - 4), v.i)
        .some((t, k, near) => t.lower === "than" && !/^\d/.test(near[k + 1]?.text ?? "")),
  },
  // "parents expressed concern over the delay": a feeling shown, no claim ("expressed concern that …" has one).
  {
    id: "verb/expressed-feeling",
    words: ["expressed", "expresses", "express", "expressing"],
    // ("expressed strong dissatisfaction with …": past a word of degree. "expressed hope that the works will create
    // jobs" is a wish, as "hopes the ceasefire will hold" is; "expressed concern that …" keeps its claim.)
    test: (v) => {
      const k = FEELING_DEGREE.test(after(v)) ? 2 : 1;
      const next = v.tokens[v.i + k + 1];
      if (/^(?:hope|hopes)$/.test(after(v, k))) return true;
      return FEELINGS_EXPRESSED.test(after(v, k)) && (!next?.word || FEELING_ABOUT.test(next.lower));
    },
  },
  // "Unions reacted angrily.", "Markets reacted calmly": a reaction, nothing said unless words follow ("reacted by
  // saying …"). ("Valdessa responded within the hour" is left marked: PolNeAR marks a response, words or none.)
  {
    id: "verb/reacted-without-words",
    words: ["reacted", "reacts", "react", "reacting"],
    test: (v) => !wordsFollow(v, /^(?:that|saying|by)$/),
  },
  // "the company posted a 31% drop in profit", "hospitals posted negative operating margins", "announced $38.6 million
  // for new pipes": results (nouns.json postedResults) or a sum, not a post; "posted at 11:48 p.m.: …" is one.
  {
    id: "verb/posted-results",
    words: ["posted", "posts", "post", "posting", "announced", "announces", "announce", "announcing"],
    test: (v) =>
      objectHead(v.tokens, v.i + 1, POSTED_RESULTS) ||
      amountAt(v, v.i + 1) ||
      (/^(?:a|an)$/.test(after(v)) && amountAt(v, v.i + 2)),
  },
  // "Marlowe has recalled more than 48,000 cars": goods called back (nouns.json recalledGoods), not a memory.
  {
    id: "verb/recalled-goods",
    words: ["recalled", "recalls", "recall", "recalling"],
    test: (v) => objectHead(v.tokens, v.i + 1, RECALLED_GOODS),
  },
  // "a charity supporting at-risk kids": people helped (nouns.json helpedPeople), not a side taken.
  {
    id: "verb/supporting-people",
    words: ["supporting", "supports", "support", "supported"],
    test: (v) => objectHead(v.tokens, v.i + 1, HELPED_PEOPLE),
  },
  // "an incident claimed the lives of two drill operators": lives taken (nouns.json livesClaimed), not a claim.
  {
    id: "verb/claimed-lives",
    words: ["claimed", "claims", "claim", "claiming"],
    // (The lives right after the verb or its determiner: "claimed the vaccine had saved lives" keeps its claim.)
    test: (v) => LIVES_CLAIMED.has(after(v)) || (LIVES_CLAIMED.has(after(v, 2)) && !v.tokens[v.i + 1]?.cap),
  },
  // "testified against the bill": a side taken, no claim in the sentence ("testified against him that …" keeps one;
  // PolNeAR marks "testified before the committee", a witness's account).
  {
    id: "verb/testified-for-or-against",
    words: ["testified", "testifies", "testify", "testifying"],
    test: (v) => /^(against|for)$/.test(after(v)) && !wordsFollow(v, /^that$/, 12),
  },
  // "when the first three witnesses will testify.", "Runquist plans to testify.": an appearance still to come, with
  // nothing said yet ("will testify before the committee about the decision" is an account, as PolNeAR marks it).
  {
    id: "verb/will-testify",
    words: ["testify"],
    test: (v) => /^(will|would|shall|to)$/.test(before(v)) && !v.next?.word,
  },
  // "The numbers tell a more complicated story", "The pressure on the board may yet tell.": a story told by figures,
  // or an effect felt, no one telling anything.
  {
    id: "verb/tells-a-story",
    // (Only in the present, what figures do: "Fox told a different tale" is Fox's account.)
    words: ["tell", "tells"],
    test: (v) => {
      if (!v.next?.word) return /^(may|might|will|could|yet|soon)$/.test(before(v));
      // ("told the story of six security operators" recounts one.)
      const story = v.tokens.slice(v.i + 1, v.i + 5).findIndex((t) => STORIES.has(t.lower));
      return /^(a|an)$/.test(after(v)) && story > 0 && !/^(of|about)$/.test(after(v, story + 2));
    },
  },
  // "… would be withheld until the panel reports.": a report still to come, nothing in it yet.
  {
    id: "verb/report-to-come",
    words: ["report", "reports", "rules", "decides", "concludes"],
    test: (v) =>
      !v.next?.word &&
      !OPEN_QUOTES.has(v.next?.text ?? "") &&
      [2, 3, 4].some((k) => /^(until|till|before|once|when|after)$/.test(before(v, k))),
  },
  // "the lawyer who argued the case in February": a case put to a court (nouns.json arguedMatters), not a view.
  {
    id: "verb/argued-case",
    words: ["argued", "argues", "argue", "arguing"],
    test: (v) => ARGUED_MATTERS.has(after(v)) || (DETERMINERS.has(after(v)) && ARGUED_MATTERS.has(after(v, 2))),
  },
  // "Little is known about Capt Kandé", "Much was known of the plan": how much is known, no one knowing a claim.
  {
    id: "verb/little-is-known",
    words: ["known"],
    test: (v) => /^(?:is|was|are|were)$/.test(before(v)) && /^(?:little|much|nothing|less|more)$/.test(before(v, 2)),
  },
  // "Two rival bidders offered lower per-minute rates", "has offered landowners $18 per foot", "offered a 3% rise":
  // money or terms put on the table (nouns.json offeredTerms).
  {
    id: "verb/offered-terms",
    words: ["offer", "offers", "offered", "offering"],
    test: (v) => {
      if (objectHead(v.tokens, v.i + 1, OFFERED_TERMS)) return true;
      // ("offered some of them a 5 per cent discount": past whom it was offered to.)
      for (let k = v.i + 1; k < v.i + 7 && k < v.tokens.length; k++) {
        if (amountAt(v, k)) return true;
        if (!v.tokens[k].word || v.tokens[k].lower === "that") return false;
      }
      return false;
    },
  },
  // "what Northvale reports to federal regulators", "She reports to the chief executive", "The theft was reported to
  // police": whom something is handed or someone answers to, no claim ("reported to police that …" is one; "is
  // reported to have fled", an infinitive, is a hedge).
  {
    id: "verb/reports-to-someone",
    words: ["report", "reports", "reported", "reporting"],
    test: (v) => after(v) === "to" && hearerAt(v.tokens, v.i + 2) && !wordsFollow(v),
  },
  // "The work adds to a long-running debate", "…, adding to the confusion": something added to, no claim ("added to
  // reporters that …" keeps one).
  {
    id: "verb/adds-to-something",
    words: ["add", "adds", "added", "adding"],
    // (A "that" further on is another clause's: "adds to a growing list of cases that …".)
    // ("The ruling adds to pressure on large business groups": or to anything, with no words after.)
    test: (v) => after(v) === "to" && !wordsFollow(v, /^that$/, 6),
  },
  // "a project the governor had championed", "half the volume Lone Mesa requested", "the compensation promised in
  // 2019": a thing wanted or pledged, standing before its verb, with nothing said after it ("promised that …" is a
  // claim; "a charge the company denied" is heard: DESIGN.md).
  {
    id: "verb/thing-wanted-before",
    words: "promised pledged requested championed proposed demanded sought backed".split(" "),
    test: (v) => nothingAfter(v) && objectBefore(v),
  },
  // "the salary arrears promised to employees", "industrial fans promised by management", "culverts promised in the
  // design": a participle after the things pledged, and to whom, by whom or where, no one promising here ("Residents
  // promised to fight" promise to do something).
  {
    id: "verb/things-promised",
    words: ["promised", "pledged"],
    test: (v) => {
      const thing = v.tokens[v.i - 1];
      if (!thing?.word || thing.cap || !/[^s]s$/.test(thing.lower) || SUBJECT_PRONOUNS.has(thing.lower)) return false;
      const next = v.tokens[v.i + 2];
      if (/^(?:by|in|under|for|during)$/.test(after(v))) return true;
      return (
        after(v) === "to" && !!next?.word && (DETERMINERS.has(next.lower) || next.cap || /[^s]s$/.test(next.lower))
      );
    },
  },
];

/** Nothing said after the verb: the sentence or clause ends, or only when or where follows. */
function nothingAfter(v: VerbAt): boolean {
  const next = v.tokens[v.i + 1];
  return !next?.word || circumstanceOpener(next.lower) || isTimeWord(next.lower);
}

/**
 * A noun phrase the verb's object stands in, before its subject ("a project [the governor had]", "the volume [Lone
 * Mesa]", "the systems [it had]", "which [the council]") or right before a participle ("of the compensation promised").
 */
function objectBefore(v: VerbAt): boolean {
  const { tokens } = v;
  const w = (k: number) => (tokens[k]?.word ? tokens[k].lower : "");
  // A plain noun with a determiner one or two words before it: where that determiner stands, or -1.
  const objectAt = (k: number) => {
    const noun = tokens[k];
    if (!noun?.word || noun.cap || !/^[a-z-]+$/.test(noun.lower) || sayingVerb(noun.lower)) return -1;
    if (PREPOSITIONS.has(noun.lower) || DETERMINERS.has(noun.lower) || CONJUNCTIONS.has(noun.lower)) return -1;
    return DETERMINERS.has(w(k - 1)) ? k - 1 : DETERMINERS.has(w(k - 2)) ? k - 2 : -1;
  };
  let k = v.i - 1;
  while (k >= 0 && (AUXILIARIES.has(w(k)) || VERB_AUXILIARIES.has(w(k)))) k--;
  const participle = k === v.i - 1 ? objectAt(k) : -1;
  if (participle > 0 && PREPOSITIONS.has(w(participle - 1))) return true;
  if (SUBJECT_PRONOUNS.has(w(k)) || w(k) === "it") k--;
  else if (tokens[k]?.cap) {
    while (k >= 0 && tokens[k].cap && tokens[k].word) k--;
    if (w(k) === "the") k--;
  } else if (w(k - 1) === "the") k -= 2;
  else return false;
  return w(k) === "which" || objectAt(k) >= 0;
}
