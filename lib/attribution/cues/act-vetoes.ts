/**
 * Vetoes for a verb that names an act and reports nothing (DESIGN.md: plain actions): a request refused, a vote, a
 * price asked, a charge laid, an event called, a thing shared, counsel for a side, accounts published, a fault
 * reported to someone. The rest of the table is in verb-vetoes.ts and object-vetoes.ts.
 */
import { isTimeWord } from "../phrases/time";
import { DENIED_REQUESTS, DETERMINERS, OPEN_QUOTES, POSSESSIVE_PRONOUNS, PREPOSITIONS, PRICES_ASKED } from "../words";
import { after, amountAt, before, COUNT, FINITE, objectHead, type Veto } from "./veto-kit";

/** What is called that is an event, not words ("called a strike", "called a snap election"). */
const EVENTS_CALLED = new Set([
  "strike",
  "strikes",
  "walkout",
  "election",
  "elections",
  "referendum",
  "meeting",
  "vote",
  "halt",
  "ceasefire",
  "truce",
  "recess",
  "protest",
  "protests",
  "demonstration",
  "demonstrations",
]);

/** Who lays a charge ("Police charged him with murder"). */
const LAW_ENFORCERS =
  /^(?:police|prosecutors?|prosecution|detectives|officers|investigators|authorities|service|gardaí|fbi)$/;

/** What a holder discloses by owning it ("a short position", "a 5% stake"). */
const HOLDINGS = new Set(["position", "positions", "stake", "stakes", "holding", "holdings", "shareholding"]);

/** An analyst's call on a stock ("a Sell rating", "its price target", "its buy recommendation"). */
const RATINGS = new Set(["rating", "ratings", "target", "targets", "recommendation"]);

/** Things shared that say nothing themselves ("shared a photo", "shared the petition"). */
const SHARED_THINGS = new Set([
  "photo",
  "photos",
  "image",
  "images",
  "picture",
  "pictures",
  "video",
  "videos",
  "clip",
  "clips",
  "screenshot",
  "screenshots",
  "link",
  "links",
  "petition",
  "post",
  "posts",
  "selfie",
]);

/** What a company reports when it publishes its accounts. */
const FINANCIAL_RESULTS = new Set(["earnings", "results"]);
/** Words before them that say which accounts ("its full-year results", "quarterly earnings", "first-half results"). */
const ACCOUNTS_WORDS =
  /^(?:its|their|quarterly|annual|interim|full|full-year|half-year|fiscal|preliminary|q[1-4]|[a-z]+-(?:quarter|half))$/;

export const ACT_VETOES: readonly Veto[] = [
  // "Police charged him with murder", "prosecutors charged three men with fraud": a charge laid, not an accusation
  // put in words ("charged that …" is one).
  {
    id: "verb/charged-with",
    words: ["charge", "charges", "charged", "charging"],
    test: (v) => {
      const clause = v.tokens.slice(v.i + 1, v.i + 6);
      const w = clause.findIndex((t) => t.lower === "with");
      if (w <= 0 || !clause.slice(0, w).every((t) => t.word && t.lower !== "that")) return false;
      // ("Critics charged the minister with misleading parliament": an accusation put in words, as "accused".)
      const enforcer = v.tokens.slice(Math.max(0, v.i - 3), v.i).some((t) => LAW_ENFORCERS.test(t.lower));
      return enforcer || !/ing$/.test(clause[w + 1]?.lower ?? "");
    },
  },
  // "Judge Helen Marroquin denied Valcrest's motion to dismiss", "denied him bail", "denied the permit in March": a
  // request refused, not a claim called untrue (nouns.json deniedRequests; "denied the request was ever made" denies
  // one, the object a clause's subject).
  {
    id: "verb/denied-request",
    words: ["deny", "denies", "denied", "denying"],
    test: (v) => {
      for (let k = v.i + 1; k < v.i + 9 && k < v.tokens.length; k++) {
        const t = v.tokens[k];
        if (DENIED_REQUESTS.has(t.lower)) {
          const next = v.tokens[k + 1];
          return !next?.word || next.lower === "to" || next.lower === "and" || PREPOSITIONS.has(next.lower);
        }
        // (The object's words: "Valcrest Metals Recovery LLC's", "him", "a separate"; "denied making a bid", "denied
        // any bid to interfere" deny a claim.)
        // ("denied two of the county's appeals": a count's "of" runs on to what was counted.)
        const counted = t.lower === "of" && COUNT.test(v.tokens[k - 1]?.lower ?? "");
        const stop =
          t.lower === "that" || t.text === "," || FINITE.test(t.lower) || (PREPOSITIONS.has(t.lower) && !counted);
        if (stop || /^(?:any|having)$/.test(t.lower) || (!t.cap && /ing$/.test(t.lower))) return false;
      }
      return false;
    },
  },
  // "are reportedly charging interest of up to 60%", "charging a tourist 1,200 baht", "quoted a premium of USD 4.85
  // per barrel": a price asked, not an accusation or words quoted (nouns.json pricesAsked).
  {
    id: "verb/price-asked",
    words: ["charge", "charges", "charged", "charging", "quote", "quotes", "quoted", "quoting"],
    test: (v) => {
      // ("$38,000 charged to a line item", "buses were charging above the ceiling": billed, or a price.)
      if (
        /^charg/.test(v.w) &&
        /^(to|above|below|over|extra|more|less)$/.test(after(v)) &&
        !/^(with)$/.test(after(v, 2))
      )
        return true;
      // ("the levy, charged on top of existing stall fees,": a price added to another.)
      if (/^charg/.test(v.w) && after(v) === "on" && after(v, 2) === "top") return true;
      // ("charging thousands of pounds for work never finished": a sum in words.)
      if (/^charg/.test(v.w) && /^(thousands|hundreds|millions|tens)$/.test(after(v)) && after(v, 2) === "of")
        return true;
      // ("quoted the commission as saying …", "quoted a tax official as saying …": words quoted.)
      const clause = v.tokens.slice(v.i + 1, v.i + 10);
      if (clause.some((t, k) => t.lower === "as" && /ing$/.test(clause[k + 1]?.lower ?? ""))) return false;
      // (Past one object, a person charged: "charging a tourist 1,200 baht".)
      const k = /^(?:a|an|the|him|her|them|us|me|customers|tourists|residents|patients|users)$/.test(after(v))
        ? v.i + 2
        : v.i + 1;
      const t = v.tokens[k];
      // (A currency's code only before its figure: "USD 4.85", not "the BBC".)
      const code = !!t && /^[A-Z]{3}$/.test(t.text) && /^\d/.test(v.tokens[k + 1]?.text ?? "");
      const amount = amountAt(v, k) || code;
      return amount || objectHead(v.tokens, v.i + 1, PRICES_ASKED);
    },
  },
  // "Unions have called a new day of nationwide strikes", "called a snap election": an event called, no claim.
  {
    id: "verb/called-event",
    words: ["call", "calls", "called", "calling"],
    test: (v) => {
      if (!/^(?:a|an|the|another|fresh|new|snap)$/.test(after(v))) return false;
      for (let k = v.i + 1; k < v.i + 8 && k < v.tokens.length; k++) {
        const t = v.tokens[k];
        // ("called the strike a success", "called the vote “a betrayal”" name it, and say something.)
        if (EVENTS_CALLED.has(t.lower)) {
          const next = v.tokens[k + 1];
          return !next || (!next.word && !OPEN_QUOTES.has(next.text)) || PREPOSITIONS.has(next.lower);
        }
        if (!t.word || t.lower === "that" || t.lower === "for") return false;
      }
      return false;
    },
  },
  // "ships calling at Romanian ports": a ship's stop, no call made.
  {
    id: "verb/calling-at-port",
    words: ["call", "calls", "called", "calling"],
    test: (v) =>
      after(v) === "at" && v.tokens.slice(v.i + 2, v.i + 6).some((t) => /^(?:ports?|harbou?rs?)$/.test(t.lower)),
  },
  // "Duarte shared a photo of a royalty statement", "Several cast members shared the petition": a thing passed on, no
  // claim ("shared her concerns that …" has one).
  {
    id: "verb/shared-thing",
    words: ["share", "shares", "shared", "sharing"],
    test: (v) => objectHead(v.tokens, v.i + 1, SHARED_THINGS),
  },
  // "Graywater disclosed a short position in VoltPath", "disclosed a 5% stake": a holding made public, no claim.
  {
    id: "verb/disclosed-holding",
    words: ["disclose", "discloses", "disclosed", "disclosing"],
    test: (v) => objectHead(v.tokens, v.i + 1, HOLDINGS),
  },
  // "reiterated a Sell rating", "initiated coverage with a Buy rating": an analyst's call on a stock, an act.
  {
    id: "verb/rating-given",
    words: ["reiterated", "reiterates", "reiterate", "reaffirmed", "reaffirms", "maintained", "maintains"],
    // ("reaffirmed its recommendation that Ghana cut spending" says something.)
    test: (v) =>
      objectHead(v.tokens, v.i + 1, RATINGS) &&
      !v.tokens
        .slice(v.i + 1, v.i + 7)
        .some((t, k, near) => t.lower === "that" && near.slice(0, k).every((x) => x.text !== ",")),
  },
  // "Arguing for Mercer, Caroline Westbrook told …", "Jennifer Oyelaran, who argued for the workers, told": counsel
  // for a side, the report after ("argued for years that …" argues).
  {
    id: "verb/argued-for-side",
    words: ["argued", "arguing", "argues"],
    test: (v) => {
      if (after(v) !== "for") return false;
      const rest = v.tokens.slice(v.i + 2, v.i + 8);
      const comma = rest.findIndex((t) => t.text === ",");
      return comma > 0 && rest.slice(0, comma).every((t) => t.word && t.lower !== "that" && !isTimeWord(t.lower));
    },
  },
  // "when it reports earnings next month", "is due to report quarterly results on Thursday": accounts published, no
  // claim ("reported that earnings fell" is one).
  {
    id: "verb/reports-results",
    words: ["report", "reports", "reported", "reporting"],
    test: (v) => {
      // ("reported similar results in spring wheat" reports a finding; "reported results that contradicted …",
      // "reported quarterly earnings fell 20%" a claim: a clause goes on after the noun.)
      let k = v.i + 1;
      while (k < v.i + 5 && ACCOUNTS_WORDS.test(v.tokens[k]?.lower ?? "")) k++;
      const next = v.tokens[k + 1];
      const ends = !next?.word || isTimeWord(next.lower) || /^(?:on|for|in|at|next|this|later)$/.test(next.lower);
      return FINANCIAL_RESULTS.has(v.tokens[k]?.lower ?? "") && ends;
    },
  },
  // "the county board voted to deny the company a permit", "MPs voted to reject it": a vote taken, no claim made.
  {
    id: "verb/voted-to",
    test: (v) => before(v) === "to" && /^vot(?:e|es|ed|ing)$/.test(before(v, 2)),
  },
  // "Whitlock reported the flaw to Latchwell", "she reported the incident to police": a thing told to someone who
  // must act on it, no claim; "reported to the board that …" still reports one.
  {
    id: "verb/reported-thing-to",
    words: ["report", "reports", "reported", "reporting"],
    test: (v) => {
      if (!DETERMINERS.has(after(v)) && !POSSESSIVE_PRONOUNS.has(after(v))) return false;
      for (let k = v.i + 2; k < v.i + 6 && k < v.tokens.length; k++) {
        const t = v.tokens[k];
        if (t.lower === "to") return !!v.tokens[k + 1]?.word && !/^(?:\d|be$)/.test(v.tokens[k + 1].lower);
        if (t.lower === "that" || !t.word || PREPOSITIONS.has(t.lower) || /^\d/.test(t.text)) return false;
      }
      return false;
    },
  },
];
