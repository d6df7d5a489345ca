/**
 * Vetoes for a verb form that is a noun or a modifier where it stands: "a Montreal think tank", "15 times forecast
 * earnings", "That claim is unlikely", "earnings calls", "a notice posted on Friday by the bureau said …". The rest of
 * the table is in verb-vetoes.ts and object-vetoes.ts.
 */
import { documentOfContactClause } from "../phrases/maker";
import { approximationLength } from "../phrases/approximation";
import { isTimeWord } from "../phrases/time";
import { pluralApostrophe, type Token } from "../text/sentences";
import {
  APPROXIMATORS,
  AUXILIARIES,
  CLAIM_KINDS,
  CLAIM_NOUNS,
  DETERMINERS,
  DOCUMENT_HEADS,
  IRREGULAR_PAST,
  PAST_FORMS_NO_NOUN,
  MONEY_CLAIMED,
  MODALS,
  MONTHS,
  PREPOSITIONS,
} from "../words";
import { after, before, FINITE, type VerbAt, type Veto } from "./veto-kit";

/** Words that rank a noun after a determiner ("the bigger worry", "the main concern", "her chief fear"). */
const RANKING =
  /^(?:bigger|biggest|greater|greatest|larger|largest|main|wider|broader|deeper|overriding|lingering|growing|immediate)$/;

/** Words after "a" that count people ("a few think", "a fifth say", "a plurality believe"), not describe a thing. */
const COUNTED =
  /^(?:few|lot|handful|number|majority|minority|plurality|couple|dozen|share|proportion|percentage|half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)$/;

/** Words that only describe a noun, never its subject ("the large listed groups"). */
const DESCRIBING = /^(?:large|small|big|major|other|certain|various|numerous|smaller|larger|biggest|largest)$/;
/** Counts that may be a subject ("Several warned") or, inside a noun phrase, describe one. */
const QUANTIFIERS = /^(?:several|many|some|few|most|all)$/;

/** What "charging" describes ("charging pads", "charging stations"). */
const CHARGING_THINGS =
  /^(?:pads?|case|cases|stations?|points?|ports?|cables?|network|infrastructure|speeds?|hubs?|docks?|bays?|times?|company|companies|firms?|business|providers?|operators?|sites?|units?|equipment|cycles?)$/;

/**
 * Whether the word before an -ed form makes it an adjective ("despite repeated attempts", "made repeated complaints",
 * "to buy listed shares"), not a verb with its subject ("Biden repeated warnings that …", "The audit listed banks").
 */
const adjectiveBefore = (v: VerbAt) =>
  /^(despite|after|following|amid|with|of|by|in|the|his|her|their|its|our|that|and|which|at|for|among|other|many|most|some|all|made|make|makes|making|faced|face|faces|received|ignored)$/.test(
    before(v),
  ) || /^(to|may|can|could|will|would|must|should)$/.test(before(v, 2));

/** Where a figure with its unit, or a year, ends right before token `i` ("1.1 %", "$ 40bn", "2024"), or -1. */
function figureBefore(tokens: Token[], i: number): number {
  const [unit, number] = [tokens[i - 1]?.text ?? "", tokens[i - 2]?.text ?? ""];
  if (unit === "%" && /^\d/.test(number)) return i - 2;
  if (/^\d[\d.,]*(?:bn|m|k|tn)?$/.test(unit) && /^[$£€¥₹]$/u.test(number)) return i - 2;
  return /^(?:(?:19|20)\d\d|\d+\.\d+)$/.test(unit) ? i - 1 : -1;
}

/** Words between a modal and its verb, which are no verb themselves ("would also say", "will not claim"). */
const NOT_A_VERB =
  /^(?:also|never|not|still|even|only|just|then|now|soon|later|probably|likely|be|have|he|she|they|it|we|i)$/;
const verbOfModal = (t: Token | undefined) =>
  !!t?.word && !t.cap && !NOT_A_VERB.test(t.lower) && !t.lower.endsWith("ly");

/**
 * An apostrophe closing a plural right before the verb ("analysts' forecasts"), where the sentence opened no single
 * quotation before it ("'We have won the talks' says …" closes one).
 */
function pluralPossessiveBefore(v: VerbAt): boolean {
  if (!pluralApostrophe(v.tokens, v.i - 1) || v.tokens[v.i - 1].end === v.tokens[v.i].start) return false;
  return !v.tokens
    .slice(0, v.i - 2)
    .some((t, k) => t.text === "‘" || (t.text === "'" && (k === 0 || v.tokens[k - 1].end < t.start)));
}

/** What follows a past participle describing a noun: a place or a second participle. */
const PARTICIPLE_AFTER = /^(?:in|at|on|by|among|inside|near|under|behind|beside|from|with|\w+ed)$/;

/**
 * "fell short of Wall Street estimates, saying …", "in line with Bloomberg estimates.": a plural after a preposition
 * and the capitals of whose figures they are, with nothing after it, is the noun.
 */
function ownersEstimates(v: VerbAt): boolean {
  if (!v.w.endsWith("s") || v.next?.word) return false;
  let k = v.i - 1;
  while (k > v.i - 4 && v.tokens[k]?.cap) k--;
  return k < v.i - 1 && PREPOSITIONS.has(v.tokens[k]?.lower ?? "");
}

/** Nouns whose "in" names an act by its gerund ("an error in forecasting its budget", "a delay in reporting"). */
const ACT_IN =
  /^(?:error|errors|mistake|mistakes|failure|failures|delay|delays|role|experience|expertise|skill|skills|interest|difficulty|difficulties|problems|lapse|lapses)$/;

export const NOUN_USE_VETOES: readonly Veto[] = [
  // "Profits would miss forecasts", "The council will consider claims": a plural after a modal and its verb is that
  // verb's object ("A May forecast says": a month, no modal).
  {
    id: "verb/object-after-modal-verb",
    test: (v) =>
      v.w.endsWith("s") && MODALS.has(before(v, 2)) && !v.tokens[v.i - 2].cap && verbOfModal(v.tokens[v.i - 1]),
  },
  // "up from the 1.1% forecast in March", "the 2024 report", "a $40bn estimate": a figure or a year between a
  // determiner and the word makes it a noun ("The 12 said they would appeal" counts people).
  {
    id: "verb/figure-noun",
    test: (v) => {
      const from = figureBefore(v.tokens, v.i);
      return from > 0 && DETERMINERS.has(v.tokens[from - 1].lower);
    },
  },
  // "Sales beat analysts' forecasts": a plural's possessive apostrophe, not a closing quotation mark, before it.
  { id: "verb/after-plural-possessive", test: (v) => pluralPossessiveBefore(v) },
  // "has recorded 31 confirmed cases", "has issued 11 recalls so far": a number the verb before it counts, then what
  // it counts ("Of those polled, 31 said" and "about 31 said" count people who speak).
  {
    id: "verb/counted-object",
    test: (v) => {
      const [number, verb] = [v.tokens[v.i - 1], v.tokens[v.i - 2]];
      if (!number?.word || !/^\d[\d,.]*$/.test(number.text) || !verb?.word || verb.cap) return false;
      return /(?:ed|s)$/.test(verb.lower) && !DETERMINERS.has(verb.lower) && !APPROXIMATORS.has(verb.lower);
    },
  },
  // "…, reports filed with the Missouri Ethics Commission show": documents and what was done with them, the subject of
  // the verb after ("Reuters reports filed …" is left to the verb's own reading: a capital names who reports).
  {
    id: "verb/reports-filed",
    words: ["reports", "statements", "claims"],
    test: (v) =>
      !v.tokens[v.i - 1]?.cap &&
      /^(?:filed|released|published|obtained|seen|compiled|submitted|lodged|posted)$/.test(after(v)) &&
      /^(?:with|by|to|in|on|at|under|from)$/.test(after(v, 2)),
  },
  // "the large listed groups", "the management of several shared reservoirs": a participle describing the noun after
  // it, inside a noun phrase ("Several warned that …", "Many reported problems" are people speaking).
  {
    id: "verb/describing-participle",
    test: (v) => {
      if (!v.w.endsWith("ed") || !/^[a-z]+s$/.test(after(v)) || /ing$/.test(after(v))) return false;
      const inPhrase = /^(?:the|of|in|at|on|for|with|from|by|its|their)$/.test(before(v, 2));
      return DESCRIBING.test(before(v)) || (QUANTIFIERS.test(before(v)) && inPhrase);
    },
  },
  // "Coravel's Halo charging pads", "a charging station": charging as a kind of thing, not an accusation.
  { id: "verb/charging-thing", words: ["charging"], test: (v) => CHARGING_THINGS.test(after(v).replace(/['’]s$/, "")) },
  // "an error in forecasting its 2026 budget", "a delay in reporting the cases": the act a noun is about.
  { id: "verb/act-in", test: (v) => v.w.endsWith("ing") && before(v) === "in" && ACT_IN.test(before(v, 2)) },
  // "beating the consensus estimate of $198.7 million", "estimates of the cost vary": the figure, not an estimating.
  {
    id: "verb/estimate-noun",
    words: ["estimate", "estimates"],
    // ("trimmed their earnings estimates", "the revenue estimate": a figure's name before it, or an owner's.)
    test: (v) =>
      /^(consensus|earnings|revenue|profit|sales|price|growth|their|its|our|his|her)$/.test(before(v)) ||
      after(v) === "of" ||
      ownersEstimates(v),
  },
  // "despite repeated attempts", "after repeated warnings": the adjective before a plural.
  {
    id: "verb/repeated-things",
    words: ["repeated"],
    test: (v) =>
      adjectiveBefore(v) &&
      /^(attempts|calls|requests|efforts|warnings|questions|visits|complaints|delays|tries|pleas|appeals|demands|reminders|queries|failures|breaches|violations|incidents|offences|offenses)$/.test(
        after(v),
      ),
  },
  // "€380,000 in Covid-19 business supports", "fraud involving State supports": aid of a kind, the noun.
  {
    id: "verb/supports-noun",
    words: ["supports"],
    test: (v) =>
      /^(business|income|state|government|price|farm|welfare|social|financial|wage|covid-19|pandemic)$/.test(before(v)),
  },
  // "down from 1.6% in the March forecast", "the autumn forecast": a forecast by its date, the noun.
  {
    id: "verb/dated-forecast",
    words: ["forecast", "forecasts"],
    // ("The Fed in September forecast two more cuts": a month as an adverb, the verb after it; "The budget forecast
    // that debt would peak" forecasts.)
    test: (v) =>
      /^(the|its|their|a|this|last|that|no)$/.test(before(v, 2)) &&
      (MONTHS.has(before(v)) || /^(spring|summer|autumn|winter|budget|latest|previous|official)$/.test(before(v))) &&
      after(v) !== "that",
  },
  // "the multiple at which listed peers trade", "Listed companies must …", "shares in listed rival Meridian": the
  // adjective before a company's kind.
  {
    id: "verb/listed-things",
    words: ["listed"],
    test: (v) =>
      (adjectiveBefore(v) || !v.tokens[v.i - 1]?.word) &&
      /^(?:peers?|compan(?:y|ies)|firms?|shares|stocks|entit(?:y|ies)|banks?|rivals?|groups?|subsidiar(?:y|ies))$/.test(
        after(v),
      ),
  },
  // "The views expressed in this article": the participle describing views, no one expressing them.
  {
    id: "verb/views-expressed",
    words: ["expressed"],
    test: (v) => /^(views|opinions|concerns|sentiments|fears)$/.test(before(v)),
  },
  // "with 11 new cases reported on Tuesday": a count of cases the report is of, no one reporting.
  {
    id: "verb/cases-reported",
    words: ["reported"],
    test: (v) =>
      /^(cases|deaths|infections|incidents|fatalities|injuries|crimes|thefts)$/.test(before(v)) &&
      v.tokens.slice(Math.max(0, v.i - 4), v.i - 1).some((t) => /^\d/.test(t.text)) &&
      !/^(were|was|have|had|been)$/.test(before(v, 2)),
  },
  // "An RTI reply from the block office states …", "a BBC warning": a noun after an article and an acronym, which a
  // verb in its base form could not follow ("An RTI replies" would).
  {
    id: "verb/noun-after-article-and-name",
    test: (v) =>
      /^(a|an)$/.test(before(v, 2)) &&
      /^[A-Z]{2,6}$/.test(v.tokens[v.i - 1]?.text ?? "") &&
      !/(?:s|ed)$/.test(v.w) &&
      !IRREGULAR_PAST.has(v.w) &&
      !v.tokens[v.i].cap,
  },
  // "A willfulness finding allows the judge to …": a finding of a kind, the noun.
  {
    id: "verb/finding-noun",
    words: ["finding"],
    test: (v) =>
      /^(?:a|an|the|this|that|its)$/.test(before(v, 2)) && !!v.tokens[v.i - 1]?.word && !v.tokens[v.i - 1].cap,
  },
  // "a Montreal think tank": a body, not a thought.
  { id: "verb/think-tank", words: ["think"], test: (v) => after(v) === "tank" || after(v) === "tanks" },
  // "values the group at about 15 times forecast earnings": a forecast figure, no one forecasting.
  { id: "verb/times-forecast", words: ["forecast"], test: (v) => before(v) === "times" },
  // "That claim is unlikely to survive", "This warning was ignored": a noun after a demonstrative, its verb after it.
  {
    id: "verb/demonstrative-noun",
    test: (v) => /^(that|this|these|those)$/.test(before(v)) && (AUXILIARIES.has(after(v)) || after(v) === "has"),
  },
  // "company earnings calls", "a conference call": a meeting by telephone, no call for anything.
  {
    id: "verb/earnings-calls",
    words: ["calls", "call"],
    test: (v) => /^(earnings|conference|phone|video)$/.test(before(v)),
  },
  // "A notice posted on Friday by the bureau said …", "the statement issued late on Monday": a document and what
  // was done with it, the verb after it the report.
  {
    id: "verb/document-participle",
    test: (v) =>
      /ed$/.test(v.w) &&
      DOCUMENT_HEADS.has(before(v)) &&
      !v.tokens[v.i - 1].cap &&
      (/^(on|by|in|at|online|earlier|late|last|this)$/.test(after(v)) || isTimeWord(after(v))),
  },
  // "left little doubt about where she stands", "The bigger worry for investors is …": a base form after a
  // quantity or a ranking word is a noun (nouns.json: none needed, the words below are few and closed).
  {
    id: "verb/ranked-noun",
    test: (v) =>
      !/(?:s|ed|ing)$/.test(v.w) &&
      !IRREGULAR_PAST.has(v.w) &&
      // (Not a clause's verb: "Voters who know little say they will stay home", "Supporters of Ms Little say".)
      !/^(?:they|he|she|we|i|it)$/.test(after(v)) &&
      ((/^(?:little|less|no)$/.test(before(v)) && !v.tokens[v.i - 1].cap) ||
        (RANKING.test(before(v)) && /^(?:the|a|an|his|her|their|its|our|my)$/.test(before(v, 2)))),
  },
  // "no official finding has been made", "no warning": an -ing noun after "no", and no one finding or warning.
  {
    id: "verb/no-ing-noun",
    // ("said no, adding that …", "is no longer claiming": a reply or a negation before a verb.)
    test: (v) => {
      if (!v.w.endsWith("ing")) return false;
      const between = v.tokens[v.i - 1];
      if (before(v) === "no") return before(v, 2) !== "said" && before(v, 2) !== "say";
      return (
        before(v, 2) === "no" &&
        between.word &&
        !between.cap &&
        between.lower !== "longer" &&
        !/(?:ly|ing)$/.test(between.lower)
      );
    },
  },
  // "compares with consensus estimates of $3.12 a share", "analyst forecasts of growth": a figure's noun before "of".
  {
    id: "verb/estimates-of",
    words: ["estimates", "forecasts", "projections"],
    test: (v) =>
      after(v) === "of" &&
      /^(?:consensus|analyst|analysts'|official|market|earlier|previous|its|their)$/.test(before(v)),
  },
  // "a framed letter found in the clinic's basement", "documents found at his home": where a document turned up, no
  // finding of its own.
  {
    id: "verb/document-found-somewhere",
    words: ["found"],
    // (A finding goes on to what was found: "found at least 40 cases", "found in several cases that …", "found on
    // the balance of probabilities that …".)
    test: (v) =>
      DOCUMENT_HEADS.has(before(v)) &&
      /^(?:in|at|on|among|inside|under|behind)$/.test(after(v)) &&
      !/^(?:least|most)$/.test(after(v, 2)) &&
      !isTimeWord(after(v, 2)) &&
      !/^\d/.test(after(v, 2)) &&
      !v.tokens.slice(v.i + 1).some((t) => t.lower === "that"),
  },
  // "a paper the company presented in February reports", "a survey the district sent to families found": the verb of a
  // document's contact clause, which says who made it; the verb after it reports.
  { id: "verb/document-contact-clause", test: (v) => documentOfContactClause(v.tokens, v.i) >= 0 },
  // "described the decision as a white flag", "a bold claim": a base form after "a" and a word describing it is a
  // noun ("a few think …" counts people who do think).
  // ("A study found the drug cut deaths": a past form that is never a noun reports, unless a place or a participle
  // follows it, "a letter found in the archive", "a letter found tucked into his bag".)
  {
    id: "verb/article-and-describing-word",
    test: (v) => {
      const between = v.tokens[v.i - 1];
      if (!/^(a|an)$/.test(before(v, 2)) || !between?.word || between.cap || /ly$/.test(between.lower)) return false;
      // (A claim noun with its proposition is read as one: "a bold claim that …"; not a relative clause's verb after
      // "that", "a slide show that predicted …".)
      if (after(v) === "that" && (CLAIM_NOUNS.has(v.w) || !/(?:ed|s)$/.test(after(v, 2)))) return false;
      return (
        !/(?:s|ed|ing)$/.test(v.w) &&
        !IRREGULAR_PAST.has(v.w) &&
        !(PAST_FORMS_NO_NOUN.has(v.w) && !PARTICIPLE_AFTER.test(after(v))) &&
        !COUNTED.test(between.lower)
      );
    },
  },
  // "a separate civil claim", "every roof claim above $40,000", "worked Odessa claims for Coral Harbor", "£5m per
  // claim", "Total claims arising from the collapse": a demand for money (nouns.json claimKinds), or one a figure,
  // its payer or its cause follows.
  {
    id: "verb/claim-for-money",
    words: ["claim", "claims"],
    test: (v) =>
      CLAIM_KINDS.has(before(v)) ||
      before(v) === "per" ||
      /^(above|below|worth|totalling|totaling|for|against|arising)$/.test(after(v)),
  },
  // "Claims must be filed within 90 days": the noun, before a verb of its own.
  {
    id: "verb/claims-noun",
    words: ["claims"],
    test: (v) => /^(?:must|will|can|should|may|might|could|would|cannot|are|were|have|had)$/.test(after(v)),
  },
  // "can claim compensation through the scheme", "claimed damages": money asked for, no view put.
  {
    id: "verb/claimed-money",
    words: ["claim", "claims", "claimed", "claiming"],
    // ("claim benefits will outweigh the costs", "claimed expenses were within the rules": a clause, whose subject the
    // noun is.)
    // ("fraudulently claiming more than €380,000", "claiming 41 percent of the vote": or a sum or a share; "claimed
    // nearly 400 delegates participated" counts a claim's subject.)
    test: (v) => {
      if (MONEY_CLAIMED.has(after(v)) && !FINITE.test(after(v, 2))) return true;
      const k = v.i + 1 + approximationLength(v.tokens, v.i + 1);
      const figure = /^[$£€¥₹]/u.test(v.tokens[k]?.text ?? "") || /^(?:%|percent|per)$/.test(after(v, k - v.i + 1));
      // ("claimed $3 billion in aid had been diverted", "claimed 60 percent of voters supported it": a clause.)
      let e = k;
      while (
        /^(?:[$£€¥₹]|[\d.,]+|million|billion|trillion|bn|m|crore|lakh|percent|%)$/u.test(v.tokens[e + 1]?.lower ?? "")
      )
        e++;
      // ("claimed £2,400 in expenses linked to a second home": a participle before a preposition describes.)
      const clause = v.tokens
        .slice(e + 1, e + 5)
        .some(
          (t, j, near) =>
            FINITE.test(t.lower) ||
            (/^\p{Ll}+ed$/u.test(t.text) && !/^(to|by|in|with|from|for|at|on)$/.test(near[j + 1]?.lower ?? "")),
        );
      // ("charged with fraudulently claiming more than €380,000 …": a gerund after a preposition names the act.)
      const by = /ly$/.test(before(v)) ? before(v, 2) : before(v);
      const act = /ing$/.test(v.w) && /^(with|of|for|by|after|before|from)$/.test(by);
      return figure && (act || !clause);
    },
  },
  // "a $412-million land claim settlement", "the claims process": a claim as a thing, with a noun after it.
  {
    id: "verb/claim-compound",
    words: ["claim", "claims"],
    test: (v) => /^(settlement|settlements|process|form|forms|payment|payments|deadline|tribunal)$/.test(after(v)),
  },
];
