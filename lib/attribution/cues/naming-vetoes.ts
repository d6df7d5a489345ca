/**
 * Vetoes for a reporting verb that gives a name (DESIGN.md: names and nicknames are no attributions): "a program
 * called Sandy Hook Promise", "a scientist named Carmen Ruiz", "known as", "calls itself". "called the plan a
 * disaster" still says what someone thinks. The rest of the table is in verb-vetoes.ts.
 */
import { passiveWithoutAgent } from "../phrases/subject";
import type { Token } from "../text/sentences";
import { DETERMINERS, NAMING_BEFORE, OBJECT_PRONOUNS, REFLEXIVES } from "../words";
import { after, before, type Veto } from "./veto-kit";
import { namingNoun } from "./verb-senses";

const POSSESSIVE = /^(?:his|her|its|their|our|my|your)$/;

/** Words that date a name ("now called", "formerly called"). */
const DATED_NAMING = /^(?:now|then|formerly|previously|once|originally|later|since|officially|also)$/;

/**
 * "known to employees as …", "known among drivers as …" at `v`: a name some people use ("is known to have fled" is
 * a hedge).
 */
export function knownToAs(tokens: Token[], v: number): boolean {
  // ("known in the dressing room as …", "known on the Hill as …", "known for years as …": where or how long the name
  // is used, too.)
  if (tokens[v].lower !== "known" || !/^(?:to|among|by|in|on|around|for|within)$/.test(tokens[v + 1]?.lower ?? ""))
    return false;
  // (Whom it is known to, a noun phrase: "to employees", "to her family", "to Ms Reid"; not "to have worked as".)
  const whom = tokens[v + 2];
  if (!whom?.word || !(whom.cap || DETERMINERS.has(whom.lower) || POSSESSIVE.test(whom.lower) || /s$/.test(whom.lower)))
    return false;
  for (let k = v + 2; k < v + 7 && tokens[k]?.word; k++) if (tokens[k].lower === "as") return k > v + 2;
  return false;
}

/** People someone may be known to ("known to police"), after which "to" opens no infinitive. */
const KNOWN_TO = /^(?:police|officers|authorities|investigators|detectives|staff|residents|neighbours|neighbors)$/;

/**
 * "was known to police", "known to the victim", "known to Ms Reid" at `v`: someone known to others, no hedge and
 * nothing said ("is known to have fled" is a hedge).
 */
export function knownToSomeone(tokens: Token[], v: number): boolean {
  const whom = tokens[v + 2];
  return (
    tokens[v].lower === "known" &&
    tokens[v + 1]?.lower === "to" &&
    !!whom?.word &&
    (whom.cap || DETERMINERS.has(whom.lower) || OBJECT_PRONOUNS.has(whom.lower) || KNOWN_TO.test(whom.lower))
  );
}

export const NAMING_VETOES: readonly Veto[] = [
  // "a program called Sandy Hook Promise", "Texas was called for Cruz", "called to mind": naming, a race, a memory.
  {
    id: "verb/called-naming",
    words: ["called"],
    test: (v) =>
      // (Not a body calling its object something, "the company called the ruling 'deeply flawed'": a determiner and
      // a word in lower case after the body's noun; "commonly called the bedroom tax" names.)
      (NAMING_BEFORE.has(before(v)) &&
        !(!before(v).endsWith("ly") && DETERMINERS.has(after(v)) && !v.tokens[v.i + 2]?.cap)) ||
      namingNoun(v.tokens, v.i) ||
      (after(v) === "to" && after(v, 2) === "mind") ||
      passiveWithoutAgent(v.tokens, v.i) ||
      // "The drug, called lenoraglide, is made by …": a name between commas.
      (v.tokens[v.i - 1]?.text === "," && v.tokens[v.i + 2]?.text === ",") ||
      // "The resort, now called Trump National Doral,", "The group, formerly called the Patriot Front,": a name of a
      // time, between a comma and a capital.
      (DATED_NAMING.test(before(v)) &&
        v.tokens[v.i - 2]?.text === "," &&
        (!!v.next?.cap || (v.next?.lower === "the" && !!v.tokens[v.i + 2]?.cap))),
  },
  // "One of the suspects is named as …", "she was named chair", "a scientist named Carmen Ruiz": naming or appointing.
  // ("Durham named a 13-man squad", "a former auditor named to the post by the bloc": a side picked, a post filled.)
  {
    id: "verb/named-appointed",
    words: ["named"],
    test: (v) =>
      passiveWithoutAgent(v.tokens, v.i) ||
      !!v.next?.cap ||
      (after(v) === "to" && /^(?:the|a|an|his|her|its|their)$/.test(after(v, 2))) ||
      v.tokens.slice(v.i + 1, v.i + 5).some((t) => /^(?:squad|side|team|xi|line-up|lineup|bench)$/.test(t.lower)),
  },
  // "the docuseries, titled “Long Way Home”": a name given (DESIGN.md: names are no attributions).
  { id: "verb/titled-name", words: ["titled"], test: (v) => !v.next?.word || !!v.next?.cap },
  // "he was known as “the dock doctor”", "is known to employees as “Mr. Shop Floor”": a nickname (DESIGN.md: names
  // are no attributions).
  // ("the road, known locally as …", "known widely as": an adverb between.)
  {
    id: "verb/known-as",
    words: ["known"],
    test: (v) => after(v) === "as" || (/ly$/.test(after(v)) && after(v, 2) === "as") || knownToAs(v.tokens, v.i),
  },
  // "Corvid calls the feature Glance": a name given (DESIGN.md: names are no attributions).
  {
    id: "verb/calls-name-given",
    words: ["calls", "call", "called"],
    test: (v) => DETERMINERS.has(after(v)) && !!v.tokens[v.i + 3]?.cap && !v.tokens[v.i + 4]?.word,
  },
  // "A ransomware group that calls itself Black Lantern": a name it goes by (DESIGN.md: names and nicknames).
  {
    id: "verb/calls-itself",
    words: ["call", "calls", "called", "calling"],
    test: (v) => REFLEXIVES.has(after(v)) && !!v.tokens[v.i + 2]?.cap,
  },
  // "the feature, which Halvard calls Recall", "the tool that the agency calls Sentinel": a name given, not a claim
  // ("which he called “an evil, hateful act”" judges it).
  {
    id: "verb/calls-name",
    words: ["calls", "call", "called"],
    test: (v) => [2, 3, 4].some((k) => /^(which|that)$/.test(before(v, k))) && !!v.next?.cap,
  },
];
