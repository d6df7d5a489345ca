/**
 * The shapes a source phrase can take that say whom it stands for: an office held by one person ("the mayor", "its
 * chairman"), a document a body's pronoun made ("figures it published"), a full name closing a long role ("Opposition
 * leader in the Sindh Assembly Salman Warsi"), the phrase a "who" or "which" stands for.
 */
import { nounPhraseLeft } from "../phrases/noun-phrase";
import type { Token } from "../text/sentences";
import {
  DOCUMENT_HEADS,
  HEAD_BREAKS,
  MAKING_PARTICIPLES,
  ORGANISATION_HEADS,
  ORIGIN,
  PERSON_HEADS,
  PREPOSITIONS,
  PUBLISHING_VERBS,
  ROLE_ACRONYMS,
  ROLE_NOUNS,
  TITLES,
} from "../words";

/**
 * A word written in CamelCase ("WikiLeaks", "FrontPage", "PubPeer"): a body's or a product's name, not a person's
 * ("McDonald", "DeSantis", "FitzGerald" are surnames).
 */
export const camelCased = (word: string) =>
  /^\p{Lu}\p{Ll}+\p{Lu}/u.test(word) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}\p{Ll}/u.test(word);

/** A word saying where a company is listed, based or owned ("Toronto-listed", "London-based"): no given name. */
export const companyDescriptor = (word: string) => /-(?:listed|based|owned|backed|headquartered)$/i.test(word);

/**
 * Words before a given name that is all a person gives ("a woman identified only as Maria", "who gave his name as
 * Chinedu"): the person is named, if only just.
 */
export const GIVEN_ONLY_AS =
  /\b(?:(?:identified|named|known|described) only as|who gave (?:her|his|their) name(?: only)? as)\s+$/;

/** Whether the text gives `word` as someone's given name alone, at a mention before `at`. */
export function givenOnlyAs(word: string, text: string, at = text.length): boolean {
  for (let p = text.indexOf(word); p >= 0 && p < at; p = text.indexOf(word, p + word.length))
    if (GIVEN_ONLY_AS.test(text.slice(Math.max(0, p - 40), p))) return true;
  return false;
}

/** Words that say a role was held, not held now ("the former governor", "the late chairman", "ex-minister"; not
 * "a late-night presenter"). */
export const PAST_ROLE = /(?<![\p{L}-])(?:(?:former|late|then)(?![\p{L}-])|ex-|ex(?![\p{L}-]))/iu;
/** A person's age written as a noun ("the 24-year-old"), which news uses for someone named before. */
export const AGE = /^\d+-year-old$/;

/** Whether every word is a title ("Prime Minister", "Deputy Governor"): an office, no name among them. */
export const titlesOnly = (words: Token[]) => words.every((t) => TITLES.has(t.lower));

/**
 * "the mayor", "The Vermont senator", "the presumptive Republican nominee": "the", then words that describe one
 * holder of an office or a part ("senator", "front-runner"), ending the phrase. The phrase's words, or null.
 */
export function singleOffice(words: Token[], owned = false): Token[] | null {
  let said = words.filter((t) => t.word);
  // ("the 44-year-old mother of three from Lowfold": an age, then who the person is.)
  if (said.length > 2 && said[0].lower === "the" && AGE.test(said[1].lower)) return said.slice(0, 2);
  // "the MP for Akyem Asuboa", "the senator from Vermont": the seat's place after the office.
  const of = said.findIndex((t, k) => k > 1 && /^(for|from|of)$/.test(t.lower) && said[k + 1]?.cap);
  if (of > 0 && said.slice(of + 1).every((t) => t.cap)) said = said.slice(0, of);
  const head = said[said.length - 1];
  // "the Waterford TD", "the local MP": a seat written in capitals is an office too, and so is a title ("The
  // Governor added", as British and South Asian papers write it).
  const capitalised = head?.cap && !ROLE_ACRONYMS.has(head.lower) && !(said.length >= 2 && titlesOnly(said.slice(1)));
  // ("its chairman", "their director": with `owned`, a body's pronoun opens it too, or a place's name, "Tamaroa’s
  // prime minister".)
  const opener =
    said[0]?.lower === "the" ||
    (owned && (/^(its|their)$/.test(said[0]?.lower ?? "") || (said[0]?.cap && /['’]s$/.test(said[0].text))));
  if (said.length < 2 || !opener || !head || capitalised) return null;
  // ("the 24-year-old", as news calls a person named before by age.)
  const aged = AGE.test(head.lower);
  if (!(TITLES.has(head.lower) || PERSON_HEADS.has(head.lower) || ROLE_NOUNS.has(head.lower) || head.cap || aged))
    return null;
  // "the senator from Vermont" ends at "senator" already; "the head of …" or "the party's leader" do not describe one.
  // (With `owned`, the body's possessive may come first: "the Defense Department's press secretary".)
  return said.slice(1, -1).every((t) => !HEAD_BREAKS.has(t.lower) && (owned || !/['’]s$/.test(t.lower))) ? said : null;
}

/**
 * The kind of a document a body's pronoun made or owns ("figures it published in January", "a report it released",
 * "its latest quarterly filing", "their annual report"), or null.
 */
export function pronounsDocument(words: Token[]): string | null {
  // "its latest quarterly filing", "its filing with state regulators", "its published decisions", "its own website".
  if (/^(its|their)$/.test(words[0]?.lower ?? "")) {
    for (let k = 1; k < words.length && k <= 4 && !PREPOSITIONS.has(words[k].lower); k++) {
      const w = words[k].lower;
      if (DOCUMENT_HEADS.has(w)) return w;
      if (DOCUMENT_HEADS.has(w.replace(/s$/, ""))) return w.replace(/s$/, "");
    }
  }
  const head = words.findIndex((t, k) => k < 3 && DOCUMENT_HEADS.has(t.lower));
  const made = words[head + 2]?.lower ?? "";
  const byIt =
    head >= 0 && words[head + 1]?.lower === "it" && (MAKING_PARTICIPLES.has(made) || PUBLISHING_VERBS.has(made));
  return byIt ? words[head].lower : null;
}

/** Where a run of two or more capitalised words that name no body ends a phrase ("… Salman Warsi"), or -1. */
export function fullNameAtEnd(words: Token[]): number {
  let k = words.length;
  while (k > 0 && words[k - 1].word && words[k - 1].cap && !ORGANISATION_HEADS.has(words[k - 1].lower)) k--;
  // ("a headteacher in the North West": a place "the" opens names no one.)
  const placeAfterThe = words[k - 1]?.lower === "the" && PREPOSITIONS.has(words[k - 2]?.lower ?? "");
  // ("the Prime Minister", "the Deputy Governor": titles in capitals, no name among them.)
  const office = titlesOnly(words.slice(k));
  return words.length - k >= 2 && k > 0 && !/['’]s$/.test(words[k - 1].text) && !placeAfterThe && !office ? k : -1;
}

/**
 * "Ilse Varga, the finance minister, who": a role "the" opens, set off after a full name (two capitalised words or
 * more, no body's), is that person's; "the Capitol, the senator, who" names no one before the role.
 */
function afterFullName(tokens: Token[], np: [number, number]): boolean {
  if (tokens[np[0]].lower !== "the" || tokens[np[0] - 1]?.text !== ",") return false;
  let k = np[0] - 1;
  while (k > 0 && tokens[k - 1].word && tokens[k - 1].cap && !ORGANISATION_HEADS.has(tokens[k - 1].lower)) k--;
  return np[0] - 1 - k >= 2 && !titlesOnly(tokens.slice(k, np[0] - 1)) && tokens[k - 1]?.lower !== "the";
}

/** Where people are: the prepositions before a list of places ("drivers in Jakarta, Bandung, and Surabaya who"). */
const AT_PLACES = /^(?:in|at|near|across|around|throughout|outside)$/;

/**
 * "drivers in Jakarta, Bandung, and Surabaya who told …": capitals after a preposition of place are where the people a
 * "who" stands for are, and the noun in lower case before the preposition is them. Null when the phrase is no such.
 */
function peopleBeforePlaces(tokens: Token[], np: [number, number]): [number, number] | null {
  if (!tokens.slice(np[0], np[1] + 1).every((t) => t.cap)) return null;
  let k = np[0] - 1;
  while (k > 0 && (tokens[k].text === "," || tokens[k].lower === "and" || (tokens[k].word && tokens[k].cap))) k--;
  const people = tokens[k - 1];
  if (!AT_PLACES.test(tokens[k]?.lower ?? "") || !people?.word || people.cap || !/s$/.test(people.lower)) return null;
  return nounPhraseLeft(tokens, k - 1);
}

/** The noun phrase a "who" or "which" right after token `end` stands for. */
export function relativeHead(tokens: Token[], end: number): [number, number] | null {
  const np = nounPhraseLeft(tokens, end);
  if (!np) return null;
  const placed = peopleBeforePlaces(tokens, np);
  if (placed) return placed;
  // "Megan Doyle, 34, from Livingston, who", "Lucia Ferrante, 71, a retired teacher who": the person described.
  const from = ORIGIN.has(tokens[np[0] - 1]?.lower ?? "") ? 2 : 1;
  const described = from === 2 || /^(a|an)$/.test(tokens[np[0]].lower) || (np[0] > 0 && afterFullName(tokens, np));
  if (!described || tokens[np[0] - from]?.text !== ",") return np;
  // Back over the comma and an age (", 24,") to the person.
  let k = np[0] - from;
  while (k > 0 && (tokens[k].text === "," || /^\d+$/.test(tokens[k].text))) k--;
  return nounPhraseLeft(tokens, k) ?? np;
}
