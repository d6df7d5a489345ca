/**
 * Vetoes for a reporting verb used as a participle after its noun, or as a passive, with a thing in view and no
 * statement: "a video posted to her account", "the incidents reported to ANSSI", "the input prices charged by each
 * contractor", "a memo obtained by Reuters". The rest of the table is in verb-vetoes.ts.
 */
import { afterBe, passiveWithoutAgent } from "../phrases/subject";
import {
  ANONYMOUS_HEADS,
  AUXILIARIES,
  CLAIM_NOUNS,
  HEDGE_NOUNS,
  DETERMINERS,
  DOCUMENT_HEADS,
  DOCUMENT_PARTICIPLES,
  OPEN_QUOTES,
  ORGANISATION_HEADS,
  PERSON_ENDINGS,
  PERSON_HEADS,
  PERSON_PRONOUNS,
  ROLE_NOUNS,
  TITLES,
} from "../words";
import { after, before, pronounBefore, type Veto, type VerbAt } from "./veto-kit";

/**
 * Things in the plural before the verb, which cannot speak ("prices", "figures"; not "officials", "organisers",
 * "ministries", nor claims a speaker can deny, "allegations"): a participle after them describes them.
 */
function thingsBefore(v: VerbAt): boolean {
  const t = v.tokens[v.i - 1];
  if (!t?.word || t.cap || !/[^s'’]s$/.test(t.lower) || t.lower.length < 4) return false;
  // ("was reported by", "his claims reported by": a passive's auxiliary, a pronoun.)
  if (AUXILIARIES.has(t.lower) || pronounBefore(v)) return false;
  return namesThing(t.lower);
}

/** Whether a noun, in the singular or the plural, names a thing: no people, no body, no claim ("prices", "funds"). */
const namesThing = (w: string) => ![w, w.slice(0, -1), w.replace(/e?s$/, "")].some(speakingNoun);

/** A noun for people, a body, or a claim one can make or deny: what may speak or be spoken, not a thing. */
const speakingNoun = (n: string) =>
  ANONYMOUS_HEADS.has(n) ||
  ORGANISATION_HEADS.has(n) ||
  PERSON_HEADS.has(n) ||
  ROLE_NOUNS.has(n) ||
  TITLES.has(n) ||
  PERSON_ENDINGS.test(n) ||
  CLAIM_NOUNS.has(n) ||
  HEDGE_NOUNS.has(n);

/** What follows a participle that describes the thing before it ("promised to them", "posted briefly online"). */
const AFTER_THING = /^(?:to|by|at|on|in|under|during|online|briefly|earlier|last|since|for|,|\.)$/;
/** Words before a verb that shares its subject, or qualifies it ("and posted", "then promised", "also pledged"). */
const SHARING = /^(?:and|but|or|then|also|later|first|once|again|never|not|since|who|which|that)$/;
/** Objects of "to" that make it a preposition, not an infinitive's ("promised to them", "promised to the area"). */
const TO_WHOM = /^(?:them|him|her|us|me|you|it)$/;

/**
 * "the cash assistance promised to them", "a slide deck posted briefly online", "the benefits promised at the outset":
 * a participle after a thing in the singular or the plural, and a preposition or an adverb after it; "he promised to
 * resign" vows, and "the ministry promised to" is a body's.
 */
function afterThing(v: VerbAt): boolean {
  const t = v.tokens[v.i - 1];
  if (!t?.word || t.cap || AUXILIARIES.has(t.lower) || pronounBefore(v) || /ly$/.test(t.lower)) return false;
  // ("…, but posted on social media that he was confident": a verb the subject before shares.)
  if (SHARING.test(t.lower) || !AFTER_THING.test(after(v))) return false;
  const object = v.tokens[v.i + 2];
  if (after(v) === "to" && !(DETERMINERS.has(after(v, 2)) || TO_WHOM.test(after(v, 2)) || object?.cap)) return false;
  return namesThing(t.lower);
}

/** "by a passing taxi driver", "by a neighbour": a person in lower case, no outlet or body, after "reported". */
function alarmRaisedBy(v: VerbAt): boolean {
  if (after(v) !== "by" || !/^(?:a|an)$/.test(after(v, 2))) return false;
  const agent = v.tokens.slice(v.i + 3, v.i + 7).filter((t) => t.word);
  return agent.every((t) => !t.cap) && !agent.some((t) => ORGANISATION_HEADS.has(t.lower));
}

/** A passive with no agent and no words after it ("features were added", "if air defence is maintained"). */
const passiveWithNoWords = (v: VerbAt) =>
  passiveWithoutAgent(v.tokens, v.i) && after(v) !== "that" && !OPEN_QUOTES.has(v.next?.text ?? "");

/** What follows "by" when it says how something was said, not who said it ("confirmed by email"). */
const MEANS = /^(?:phone|telephone|email|e-mail|text|letter|video|videolink|satellite|zoom|whatsapp|fax|post|mail)$/;

export const PARTICIPLE_VETOES: readonly Veto[] = [
  { id: "verb/promised-after-thing", words: ["promised", "posted", "pledged"], test: afterThing },
  // "a video posted to her account", "was offered a scholarship": the post, the offer, not who made it, are in view.
  {
    id: "verb/posted-offered",
    words: ["posted", "offered"],
    test: (v) => afterBe(v.tokens, v.i),
  },
  // "the ransomware incidents reported to ANSSI": a participle after its noun, an event reported, no claim.
  {
    id: "verb/reported-to",
    words: ["reported"],
    test: (v) =>
      after(v) === "to" &&
      !!v.tokens[v.i - 1]?.word &&
      !v.tokens[v.i - 1].cap &&
      v.tokens[v.i - 1].lower.endsWith("s") &&
      !AUXILIARIES.has(before(v)) &&
      !pronounBefore(v),
  },
  // "the input prices charged by each contractor", "the figures quoted by the minister": a participle after things
  // that cannot speak, with the passive's agent after it: the things in view, no statement ("the ministry confirmed by
  // email", "officials said by phone" speak; "as reported by Reuters", "allegations denied by the firm" report).
  {
    id: "verb/participle-by",
    test: (v) => after(v) === "by" && v.w.endsWith("ed") && !MEANS.test(after(v, 2)) && thingsBefore(v),
  },
  // "a licensing regime unveiled by the government on Tuesday": a thing launched, the participle after its noun with
  // the passive's agent (DESIGN.md: a plain act).
  {
    id: "verb/launched-by",
    // ("The death toll announced by the health ministry" is the ministry's figure.)
    words: ["unveiled", "launched"],
    test: (v) => {
      const noun = v.tokens[v.i - 1];
      return after(v) === "by" && !!noun?.word && !AUXILIARIES.has(noun.lower) && !pronounBefore(v);
    },
  },
  // "A widely cited 2021 paper", "an often quoted remark": a participle describing the noun after it, no one citing.
  {
    id: "verb/adverb-participle-before-noun",
    test: (v) =>
      /ed$/.test(v.w) &&
      /^(?:widely|often|frequently|much|oft|commonly|heavily|repeatedly)$/.test(before(v)) &&
      /^(?:a|an|the|this|that|its|their|his|her)$/.test(before(v, 2)),
  },
  // "rights that had been denied victims", "the request was denied": refused, not denied as untrue.
  { id: "verb/denied-refused", words: ["denied"], test: (v) => passiveWithoutAgent(v.tokens, v.i) },
  // "as more drugs are added", "features were added": something put in, no words.
  {
    id: "verb/added-passive",
    words: ["added"],
    test: passiveWithNoWords,
  },
  // "if the current level of air defence is maintained": kept up, no view held ("it is maintained that …" holds one).
  {
    id: "verb/maintained-passive",
    words: ["maintained"],
    test: passiveWithNoWords,
  },
  // "The combination was first reported in November": news of it came out then, no claim ("was first reported by
  // Politico" names who reported it; "was reported to have …" is a hedge).
  // ("The fire was first reported by a passing taxi driver": someone who raised the alarm, no one making a claim.)
  {
    id: "verb/first-reported",
    words: ["reported"],
    test: (v) =>
      afterBe(v.tokens, v.i) &&
      (before(v) === "first" || before(v) === "initially") &&
      (!v.tokens.slice(v.i + 1, v.i + 5).some((t) => /^(?:to|by|that)$/.test(t.lower)) || alarmRaisedBy(v)),
  },
  // "The quote was attributed to Lincoln", "terror attacks attributed to the group": whose the words or the deeds are
  // said to be; "The report attributed the rise to rents" names a cause, and reports.
  { id: "verb/attributed-to", words: ["attributed"], test: (v) => after(v) === "to" || afterBe(v.tokens, v.i) },
  // "the loss of awareness described in the report was …": a participle after its noun, pointing at a document.
  {
    id: "verb/described-in-document",
    words: ["described", "detailed", "outlined", "cited", "mentioned"],
    test: (v) =>
      /^(in|by)$/.test(after(v)) &&
      DETERMINERS.has(after(v, 2)) &&
      DOCUMENT_HEADS.has(after(v, 3)) &&
      !!v.tokens[v.i - 1]?.word &&
      !v.tokens[v.i - 1].cap &&
      !AUXILIARIES.has(before(v)) &&
      !PERSON_PRONOUNS.has(before(v)),
  },
  // "briefing documents the agency posted on Tuesday": the document is in view, not what was posted in it.
  {
    id: "verb/document-posted",
    words: ["posted", "released", "published", "issued", "filed"],
    test: (v) => DOCUMENT_HEADS.has(before(v, 3)) && /^(the|a|an|its|their)$/.test(before(v, 2)),
  },
  // "Internal documents seen by The Verge show …", "a memo obtained by Reuters": the document is in view, not its
  // reader.
  {
    id: "verb/document-participle",
    words: [...DOCUMENT_PARTICIPLES],
    test: (v) => (after(v) === "by" || after(v) === "to") && DOCUMENT_HEADS.has(before(v)),
  },
  // "a home guard posted at the station", "troops posted to the border": stationed there ("posted at 11:48 p.m.:" is
  // a time, and "posted to the forum that …" says something).
  {
    id: "verb/posted-stationed",
    words: ["posted"],
    test: (v) =>
      (after(v) === "at" || after(v) === "to") &&
      DETERMINERS.has(after(v, 2)) &&
      !v.tokens.slice(v.i + 3, v.i + 8).some((t) => t.lower === "that" || t.text === ":" || OPEN_QUOTES.has(t.text)),
  },
  // "Writing on Facebook, the mayor thanked emergency crews", "Tweeting on Monday, the president said …": a participle
  // opening the sentence with where or when names the medium; the main clause after the comma carries whatever was
  // said ("Announcing that the deal was done, …" has its own claim).
  {
    id: "verb/opening-participle-medium",
    test: (v) => v.i === 0 && v.w.endsWith("ing") && MEDIUM_PREPOSITIONS.has(after(v)) && asideToComma(v),
  },
];

/** Prepositions that give a post's or an article's medium, or its time ("on Facebook", "in the Telegraph"). */
const MEDIUM_PREPOSITIONS = new Set(["on", "in", "to", "for", "via", "from", "at", "during", "after", "before"]);

/** A comma a few words on, with no claim opened before it (no "that", colon or quotation mark). */
function asideToComma(v: VerbAt): boolean {
  for (let k = v.i + 2; k < v.tokens.length && k <= v.i + 10; k++) {
    const t = v.tokens[k];
    if (t.text === ",") return true;
    if (t.lower === "that" || t.text === ":" || OPEN_QUOTES.has(t.text)) return false;
  }
  return false;
}
