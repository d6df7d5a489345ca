/**
 * Vetoes for "call" where nothing is said: a call made or answered on the telephone ("called her lawyer", "called the
 * toll-free number"), for help or to order, a strike or a meeting called, witnesses or a player called up, a visit
 * ("called round after work"); "called the plan a disgrace", "called for an inquiry" and "called over her shoulder,
 * '…'" say something. Part of the table in verb-vetoes.ts.
 */
import { ANONYMOUS_HEADS, CALLED_ACTS, OPEN_QUOTES, PERSON_HEADS, ROLE_NOUNS, SEXED_NOUNS } from "../words";
import { COUNT, after, type Veto } from "./veto-kit";

/** The head of a telephone line called ("the toll-free number", "the after-hours line", "a hotline"). */
const PHONE_LINES = /^(?:number|numbers|line|hotline|helpline|switchboard|999|911|112|000)$/;

/** What one calls for in an emergency ("called for help", "called for an ambulance"). */
const HELP_CALLED = /^(?:help|backup|back-up|assistance|reinforcements|ambulance|ambulances|rescue|rescuers|medics)$/;

/** What follows someone phoned ("called her lawyer on Monday", "to say …", "and asked …"). */
const PHONED_THEN = /^(?:on|to|and|at|from|after|before|in|back|again|for|but|who|when|while)$/;

export const CALL_VETOES: readonly Veto[] = [
  // "An employee who answered the phone at the head office": a call taken, no answer given.
  {
    id: "verb/answered-call",
    words: ["answered", "answers", "answering", "answer"],
    // ("who answered her door … and said": kept, as the verb that gives "said" its speaker.)
    test: (v) => after(v) === "the" && /^(?:phone|phones|door|call|calls|telephone|bell)$/.test(after(v, 2)),
  },
  // "called the police", "called a meeting", "called an election": an act, not a claim.
  {
    id: "verb/called-act",
    words: ["called", "calls", "call", "calling"],
    // ("called a 10-minute recess"; but "called the vote “a solution in search of a problem”" names what it is.)
    test: (v) =>
      !v.tokens.slice(v.i + 1, v.i + 6).some((t) => OPEN_QUOTES.has(t.text)) &&
      (CALLED_ACTS.has(after(v)) ||
        (/^(a|an|the)$/.test(after(v)) && [2, 3, 4].some((k) => CALLED_ACTS.has(after(v, k))))),
  },
  // "called her lawyer", "called his mother to say she was safe": someone phoned; "called him a liar", "called her
  // lawyer a fraud" say what someone is.
  {
    id: "verb/called-someone",
    words: ["called", "calls", "call", "calling"],
    test: (v) => {
      const next = v.tokens[v.i + 3];
      const person = [ANONYMOUS_HEADS, ROLE_NOUNS, PERSON_HEADS, SEXED_NOUNS].some((heads) => heads.has(after(v, 2)));
      const ends = !next || (!next.word && !OPEN_QUOTES.has(next.text)) || PHONED_THEN.test(next.lower);
      return /^(?:his|her|their|its|my|our|the|a)$/.test(after(v)) && person && ends;
    },
  },
  // "calling in a substitute", "called in the army": someone summoned.
  {
    id: "verb/called-in",
    words: ["call", "calls", "called", "calling"],
    test: (v) => after(v) === "in" && /^(a|an|the|his|her|their|sick)$/.test(after(v, 2)),
  },
  // "after they called for help", "called for an ambulance": help sent for, no demand made.
  {
    id: "verb/called-for-help",
    words: ["call", "calls", "called", "calling"],
    // ("Aid agencies called for assistance for the two million displaced": an appeal on others' behalf.)
    test: (v) => {
      const k = /^(an|medical)$/.test(after(v, 2)) ? 3 : 2;
      return after(v) === "for" && HELP_CALLED.test(after(v, k)) && after(v, k + 1) !== "for";
    },
  },
  // "The Speaker called the house to order": the chair's act, nothing said.
  {
    id: "verb/called-to-order",
    words: ["called", "calls", "call", "calling"],
    test: (v) => [2, 3, 4].some((k) => after(v, k) === "to" && after(v, k + 1) === "order"),
  },
  // "He tendered 38 result sheets and called 19 witnesses", "she called round after work": witnesses summoned, a visit.
  {
    id: "verb/called-witnesses-or-round",
    words: ["called", "calls", "call", "calling"],
    // ("called over her shoulder, 'His comments are not helping'" says something.)
    test: (v) =>
      (/^(?:round|over)$/.test(after(v)) &&
        !v.tokens
          .slice(v.i + 2, v.i + 9)
          .some((t) => OPEN_QUOTES.has(t.text) || t.text === ":" || t.lower === "that")) ||
      ((/^\d/.test(after(v)) || COUNT.test(after(v))) && /^(?:witnesses|people|experts|players)$/.test(after(v, 2))),
  },
  // "Durham have also called up left-handed batter Euan Marsh": a player picked, nothing said.
  {
    id: "verb/called-up",
    words: ["called", "calls", "call", "calling"],
    // ("called up reporters to say she would run" has its words after.)
    test: (v) => after(v) === "up" && !v.tokens.slice(v.i + 2, v.i + 8).some((t) => /^(?:to|that|and)$/.test(t.lower)),
  },
  // "Passengers can claim by calling the authority's toll-free number", "Residents who called the council's
  // after-hours line": a telephone call, nothing said.
  {
    id: "verb/called-a-number",
    words: ["called", "calling", "call", "calls"],
    test: (v) =>
      [2, 3, 4, 5].some((k) => PHONE_LINES.test(after(v, k)) && !v.tokens.slice(v.i + 1, v.i + k).some((t) => !t.word)),
  },
];
