/**
 * Vetoes for "add" where nothing is said: a count, a thing or time added ("the economy added 200,000 jobs", "added
 * fees for paper bills", "…,” adding a crying-laughing emoji", "in the fourth minute of added time"); "added that …"
 * and "adding: …" still report. Part of the table in verb-vetoes.ts.
 */
import { DETERMINERS_AFTER, MODALS, OPEN_QUOTES } from "../words";
import { after, before, COUNT, type Veto } from "./veto-kit";

/** What a count added is of: time, a score, places, jobs. */
const COUNTED_UNITS =
  /^(?:seconds|minutes|hours|days|weeks|months|years|points|runs|goals|wickets|seats|jobs|percent|per)$/;
const ORDINALS = /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/;

export const ADDED_VETOES: readonly Veto[] = [
  // "the company added 40 new lines", "the economy added 200,000 jobs": a count added, not words.
  // ("substitute Dean Mowbray added a late third": a goal; "added that the third …" still reports.)
  {
    id: "verb/added-count",
    words: ["added", "adds", "adding"],
    test: (v) =>
      /^\d/.test(after(v)) ||
      // ("which has added jobs at the slowest pace": what is counted, no count.)
      (COUNTED_UNITS.test(after(v)) && !v.tokens.slice(v.i + 2, v.i + 8).some((t) => t.lower === "that")) ||
      // ("Central banks added a net 244 tonnes": an article and a word of measure before the figure.)
      (/^(a|an)$/.test(after(v)) &&
        /^(net|further|record|total|combined)$/.test(after(v, 2)) &&
        /^\d/.test(after(v, 3))) ||
      // ("had added several weeks to lead times", "added two points": a count in words, then what it counts.)
      ((COUNT.test(after(v)) || after(v) === "several") &&
        COUNTED_UNITS.test(after(v, 2)) &&
        !v.tokens.slice(v.i + 3, v.i + 8).some((t) => t.text === ":" || OPEN_QUOTES.has(t.text))) ||
      (/^(a|an|the|his|her|their|its)$/.test(after(v)) &&
        v.tokens.slice(v.i + 2, v.i + 4).some((t) => ORDINALS.test(t.lower))),
  },
  // "…,” adding a crying-laughing emoji": a thing put after the words, no words of its own ("adding a caveat that …"
  // and "adding: …" say something).
  {
    id: "verb/adding-a-thing",
    words: ["adding"],
    // ("adding a decision on the bridge would be made next week": a clause with its verb, its "that" left out.)
    test: (v) =>
      /^(a|an)$/.test(after(v)) &&
      !v.tokens
        .slice(v.i + 1, v.i + 10)
        .some(
          (t) =>
            t.lower === "that" ||
            t.text === ":" ||
            OPEN_QUOTES.has(t.text) ||
            MODALS.has(t.lower) ||
            /^(?:is|are|was|were|has|have|had)$/.test(t.lower),
        ),
  },
  // "in the fourth minute of added time": football's stoppage time.
  { id: "verb/added-time", words: ["added"], test: (v) => after(v) === "time" },
  // "if the alliance keeps adding barrels", "kept adding lanes": an act going on, not words added.
  { id: "verb/keeps-adding", words: ["adding"], test: (v) => /^(?:keep|keeps|kept|keeping)$/.test(before(v)) },
  // "added fees for paper bills": a thing added, not words.
  {
    id: "verb/added-thing",
    words: ["added", "adds", "adding"],
    test: (v) =>
      !!v.next?.word &&
      /s$/.test(after(v)) &&
      !v.next.cap &&
      !DETERMINERS_AFTER.has(after(v)) &&
      /^(for|to|on|in|of)$/.test(after(v, 2)),
  },
];
