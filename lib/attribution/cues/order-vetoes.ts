/**
 * Vetoes for orders and requests, which report no claim: what someone was told, asked or urged to do ("Residents were
 * told to register", "has asked hospitals to postpone surgery", "demanded to be served"), and the terms of an interview
 * ("asked that her surname not be used"); a question ("asked Clinton about her emails") is marked as said. Part of
 * the table in verb-vetoes.ts.
 */
import { afterBe } from "../phrases/subject";
import { DETERMINERS, OBJECT_PRONOUNS, OPEN_QUOTES, POSSESSIVE_PRONOUNS } from "../words";
import { after, before, type Veto, type VerbAt } from "./veto-kit";

/** "was withdrawn from the draw and told": a passive verb before "and", a few words back, shares its "was". */
function passiveBeforeAnd(v: VerbAt): boolean {
  if (before(v) !== "and") return false;
  for (let k = v.i - 2; k >= 0 && k > v.i - 14 && v.tokens[k].text !== ","; k--)
    if (afterBe(v.tokens, k) && /(?:ed|en|wn)$/.test(v.tokens[k].lower)) return true;
  return false;
}

/** "told to contact": "to", then a verb in lower case (not "to the court", "to him", "to Reuters"). */
const verbAfterTo = (v: VerbAt) => {
  const t = v.tokens[v.i + 2];
  return (
    after(v) === "to" &&
    !!t?.word &&
    !t.cap &&
    !DETERMINERS.has(t.lower) &&
    !OBJECT_PRONOUNS.has(t.lower) &&
    !/^(anyone|anybody|everyone|everybody|someone|somebody|whoever|all)$/.test(t.lower) &&
    !/s$/.test(t.lower)
  );
};

export const ORDER_VETOES: readonly Veto[] = [
  // "went into the shop and demanded to be served": what someone wanted done, no claim.
  {
    id: "verb/demanded-to-be",
    words: ["demand", "demands", "demanded", "demanding"],
    test: (v) => after(v) === "to" && after(v, 2) === "be",
  },
  // "a care assistant who asked that her surname not be used": the terms of an interview, as "asking not to be named".
  {
    id: "verb/asked-not-named",
    words: ["asked", "asking", "requested"],
    test: (v) =>
      after(v) === "that" &&
      v.tokens.some((t, k) => k > v.i + 1 && k < v.i + 9 && t.lower === "not" && v.tokens[k + 1]?.lower === "be"),
  },
  // "junior producers were told to keep her name off", "Residents were told to register", "She was persuaded to stay
  // by the chief whip": an order or an act talked into, no claim; so is a warning that forbids ("staff have been
  // warned not to talk to the press", "warned against speaking").
  {
    id: "verb/told-to",
    words: ["told", "warned", "advised", "instructed", "urged", "persuaded"],
    // ("Staff were told of their redundancy at a meeting": given news of an event, no claim said.)
    // ("was withdrawn from the draw and told to leave": passive still, past "and"; "said its members were entitled to
    // due process and warned against …" is the speaker's own warning.)
    // ("with the organiser told to contact her bank": the passive with its "be" left out, "to" and a verb after.)
    test: (v) =>
      // ("a candidate who can be too easily persuaded to go": "persuaded to" is talked into however it stands.)
      (afterBe(v.tokens, v.i) || v.w === "persuaded" || (v.w === "told" && (passiveBeforeAnd(v) || verbAfterTo(v)))) &&
      (after(v, after(v) === "not" ? 2 : 1) === "to" ||
        (v.w === "warned" && after(v) === "against") ||
        (v.w === "told" && after(v) === "of")),
  },
  // "has told dealers to stop selling", "asked us not to print the number", "has asked hospitals in the western
  // region to postpone surgery", "has asked the utility for daily updates", "was formed and asked to report within a
  // week": an order or a request, no claim (a question, "asked Clinton about her emails", is marked as said).
  {
    id: "verb/told-someone-to",
    words: ["told", "tells", "tell", "telling", "asked", "asks", "ask", "asking", "persuaded", "persuade"],
    test: (v) => {
      const asking = v.w.startsWith("ask");
      // (Whom, in up to three words, or seven after "asked", then "(not) to" or "asked … for": "told the court he
      // wanted to leave" is a claim.)
      for (let k = asking ? v.i + 1 : v.i + 2; k <= v.i + (asking ? 8 : 4); k++) {
        const w = v.tokens[k - 1];
        if (k > v.i + 1 && (!w?.word || /^(?:that|he|she|they|we|i|you|whether|if)$/.test(w.lower))) return false;
        if (asking && k > v.i + 1 && v.tokens[k]?.lower === "for") return true;
        const to = v.tokens[k]?.lower === "not" ? k + 1 : k;
        if (v.tokens[to]?.lower !== "to") continue;
        // A verb after "to" ("visitors to his palace" is a place), and no quotation of what was asked.
        const next = v.tokens[to + 1];
        return (
          !!next?.word &&
          !next.cap &&
          !DETERMINERS.has(next.lower) &&
          !POSSESSIVE_PRONOUNS.has(next.lower) &&
          !v.tokens.slice(to).some((t) => OPEN_QUOTES.has(t.text))
        );
      }
      return false;
    },
  },
  // "lawmakers requested more than 7,400 earmarks", "requested a recount": things asked for, no claim; "requested
  // that the hearing be delayed" is read as the request it is elsewhere.
  {
    id: "verb/requested-things",
    words: ["requested", "request", "requests", "requesting"],
    test: (v) => !!v.next?.word && after(v) !== "that" && !OPEN_QUOTES.has(v.next.text) && !afterBe(v.tokens, v.i),
  },
  // "were now being asked “to fund the recovery twice”": what someone was asked to do, no claim.
  {
    id: "verb/asked-passive-to",
    words: ["asked"],
    test: (v) =>
      afterBe(v.tokens, v.i) && (after(v) === "to" || (OPEN_QUOTES.has(v.next?.text ?? "") && after(v, 2) === "to")),
  },
];
