/** A source's name as text: cleaned of its article and kind, and the word shapes that say what a name is. */
import type { Token } from "../text/sentences";
import { AUXILIARIES, isBodyNameWord, KINDS_AFTER_NAME, STATES, STATES_ALSO_SURNAMES, TITLES } from "../words";
import { withoutNickname } from "../text/name-marks";

/** The text a run of tokens covers, less a nickname inside it. */
export function join(tokens: Token[], text: string): string {
  if (tokens.length === 0) return "";
  return withoutNickname(text.slice(tokens[0].start, tokens[tokens.length - 1].end));
}

/** An acronym's shape ("NHS", "OfS"), not a numeral after a name ("Nana Ofosu Darko III"). */
export function isAcronym(t: Token): boolean {
  // ("Nana Ofosu Darko III", "John Doe II": a numeral after a name is no body's initials.)
  return t.text.length >= 2 && t.text.length <= 6 && /^[A-Z][A-Z0-9.&]+$/.test(t.text) && !ROMAN.test(t.text);
}

const ROMAN = /^(?:II|III|IV|VI|VII|VIII)$/;

/** Courtesy titles before a name ("a study by Dr Jane Roe"), not titles that open bodies' names ("Justice"). */
export const COURTESY = /^(?:dr|prof|professor|mr|mrs|ms|miss|sir|dame)\.?$/;

/** A people's adjective ("Libyan", "Chinese", "Turkish", "Iraqi") by its ending. */
const PEOPLES_OR_STATES = /^(?:\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch)|Welsh|Swiss|Greek|Basque)$/u;

/** Whether a capitalised word names a people or a country ("Israeli", "Kenya"), not a body. */
export const peoplesOrState = (word: string) => PEOPLES_OR_STATES.test(word) || STATES.has(word.toLowerCase());

/** "the Vienna-based International Petroleum Forum", "the Kesselbrück-based group": where it is based, no name. */
export const BASED_IN = /^(?:\p{Lu}[\p{L}.'’]*\s+)*[\p{L}-]+-(?:based|listed|headquartered|registered)\s+/u;

/** A word without its possessive ending ("agency's" → "agency", "Hauliers'" → "Hauliers"). */
export const withoutPossessive = (word: string) => word.replace(/['’]s?$/, "");

/**
 * The place a story is about, owning a body ("the country's", "the state's"); not one it ranks ("the country's largest
 * association").
 */
const PLACE_OWNS =
  /^(?:country|nation|state|city|prefecture|province|region|county|island|kingdom|territory|emirate)['’]s\s+(?!\p{L}+est\b|(?:top|main|leading|only|own)\b)(?=\S)/iu;

/** "The Pakistan army's" → "Pakistan army". */
export function cleanName(name: string): string {
  // ("Agricultural Marketing Board (AMB": a bracket the phrase cut open is no part of the name.)
  const named = name
    .replace(/^(the|a|an)\s+/i, "")
    // ("the country's emergency situations ministry", "the prefecture's Minamikawa public health center": the place
    // the story is about owns it, no part of its name.)
    .replace(PLACE_OWNS, "")
    // (Or a square one: "Bermuda Police Service [BPS".)
    .replace(/\s*[([][^)\]]*$/, "")
    // ("Lomond Research for The Scotsman": a body working for an outlet, whose capital "The" opens another name.)
    .replace(/\s+for\s+The\s+\p{Lu}.*$/u, "");
  // ("Phoenix-based Ridgeline Sonoran Communities", "Toronto-listed Halvard Mining": where it is, not its name.)
  const clean = withoutPossessive(named.replace(BASED_IN, "")).trim();
  // "the Save Hollins Fields group", "Channel 12 news", "the Kan public broadcaster": the name, not the kind said
  // after it in lower case (nouns.json kindsAfterName), unless the "name" is a people's ("the Israeli broadcaster").
  if (!KINDS_AFTER_NAME.has(clean.slice(clean.lastIndexOf(" ") + 1))) return clean;
  const kindAfter = KIND_AFTER_NAME.exec(clean);
  if (!kindAfter) return clean;
  return peoplesOrState(kindAfter[1].slice(kindAfter[1].lastIndexOf(" ") + 1)) ? clean : kindAfter[1];
}

const KIND_AFTER_NAME =
  /^((?:(?:\p{Lu}[\p{L}'’&-]*|\d+)\s+)*\p{Lu}[\p{L}'’&-]*(?:\s+\d+)?)\s+(?:\p{Ll}+\s+)?(\p{Ll}+)$/u;

/**
 * Whether a title's word opens a company's name rather than a title and its holder: "General Motors", "Regent
 * Properties", "Cardinal Health" end as companies do, with no portfolio's "of" ("Minister of Mines and Mineral
 * Resources Foday Kamara").
 */
export const titleOpensCompanyName = (words: string[]) =>
  TITLES.has(words[0].toLowerCase()) &&
  !words.includes("of") &&
  isBodyNameWord(withoutPossessive(words[words.length - 1].toLowerCase()));

/** Whether a name ends in a country or state no person bears as a surname ("Medisupply Kenya", not "Kathy Ireland"). */
export function stateClosesName(words: Token[]): boolean {
  const last = words[words.length - 1].lower.replace(/['’]s$/, "");
  return STATES.has(last) && !STATES_ALSO_SURNAMES.has(last);
}

/** A title's plural ("commissioners", "governors", "trustees"): a board named by what its members are. */
export const pluralTitle = (lower: string) => lower.endsWith("s") && TITLES.has(lower.slice(0, -1));

/** Where a name that runs on from `h` through "of" ("Friends of the Earth", "Friends of Porthcarrow Beach") ends; 0. */
export function namedOf(words: Token[], h: number): number {
  if (words[h + 1]?.lower !== "of") return 0;
  let k = words[h + 2]?.lower === "the" ? h + 3 : h + 2;
  if (!words[k]?.cap) return 0;
  while (words[k + 1]?.cap) k++;
  return k;
}

/**
 * A sentence's subject as a body's name may be written, less its "The": capitals only, no possessive and no
 * country ("One of Britain's largest operators", "Emergency departments were closed", "Kenya" name no body), and a
 * verb right after ("The NHS waiting list" is no name); else null.
 */
export function subjectName(tokens: Token[], [from, to]: [number, number]): Token[] | null {
  const words = tokens.slice(from, to + 1).filter((t, k) => k > 0 || t.lower !== "the");
  const next = tokens[to + 1]?.lower ?? "";
  const named =
    words.length > 0 &&
    words.every((t) => (t.cap && !/['’]s?$/.test(t.text)) || /^(?:of|for|and|&)$/.test(t.lower)) &&
    !(words.length === 1 && peoplesOrState(words[0].text)) &&
    (AUXILIARIES.has(next) || /(?:ed|s)$/.test(next));
  return named ? words : null;
}
