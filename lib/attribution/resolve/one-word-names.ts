/**
 * A speaker named by one capitalised word ("Hale said", "Ondra said", "Forecasters said"), read once the whole
 * article is known, the way a sub-editor would: news introduces a person by full name (or title and name) before
 * a bare surname, so
 * - the article names them in full somewhere ("Martin Hale", "Ms Hale"): a person, by that name;
 * - the word is a plural of people by what they do ("Forecasters", "Traders"): an unnamed group;
 * - the article speaks of it as a body — "it" or "its" in what it says and no "he" or "she", or "Ondra's
 *   shares", "a spokesperson for Ondra" — or it is written in CamelCase: a body, a company, an
 *   agency, a country speaking as a state ("Ofwat said it would …", "WikiLeaks");
 * - "he", "she", "his" or "her" in what it says or right after a mention: a person famous enough to go
 *   without a first name ("Trump said he …");
 * - otherwise a body: a single word never introduced as a person ("Verizon said", "Gallup found").
 */
import { explainAttribution } from "../explain";
import { inTitleCase } from "../text/headline";
import { writtenInLowerCase } from "../text/lower-words";
import { isAbbreviation } from "../text/sentences";
import type { Attribution } from "../types";
import {
  ANONYMOUS_HEADS,
  isBodyNameWord,
  NAME_PARTICLES,
  ORGANISATION_HEADS,
  PERSON_HEADS,
  ROLE_ACRONYMS,
  ROLE_NOUNS,
  TITLES,
} from "../words";
import { escapeRegExp } from "../../escape-regexp";
import { camelCased, givenOnlyAs } from "./source-shapes";
import { COMPANY_ENDING } from "./name-run";
import { AGENT_PLURAL, MENTIONS_READ, fullNameOf, nameStartingWith } from "./one-word-full-names";

/** A person's pronoun, any case. */
export const PERSONAL = /\b(?:he|she|him|his|her|himself|herself)\b/i;
const PRONOUN_SOURCE = /^(?:he|she)$/i;

/** The speakers some "he" or "she" source was linked to: the article calls them people, whatever their names. */
export function calledHeOrShe(all: Attribution[]): Set<string> {
  const people = new Set<string>();
  for (const a of all) if (a.speaker && a.source && PRONOUN_SOURCE.test(a.source.text)) people.add(a.speaker);
  return people;
}

/** One-word speakers settled per article: each reads the text, and a page of a thousand names stays linear. */
export const NAMES_READ = 200;
const ITSELF = /\b(?:it|its|itself)\b/i;
/** What only a body has: "Ondra's shares", "Ondra's chief executive", "a spokesperson for Ondra". */
const BODY_PARTS =
  "shares|board|chief executive|chairman|headquarters|spokes(?:man|woman|person)|website|subsidiary|employees|head of|offices|directors";
const BODY_CONTEXT = (word: string) =>
  new RegExp(`\\b${word}['’]s (?:${BODY_PARTS})\\b|\\bspokes(?:man|woman|person) for ${word}\\b`, "u");
/**
 * Whether the word stands before a role and someone's name as a body's name does ("Rheinsfeld defender Jonas Velde",
 * "Halden team principal Aldo Ferri"): a body whose people the story names. Asked only of a word never given a full
 * name, whom a person's "adviser Kellyanne Conway" would have named in full.
 */
function rolesAtBody(word: string, text: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  let read = 0;
  for (const end of mentionEnds(word, text)) {
    ROLE_AND_NAME.lastIndex = end;
    const m = ROLE_AND_NAME.exec(text);
    if (!m || read++ >= MENTIONS_READ) continue;
    // (A title capitalised as American copy writes it too: "Halden Chief Executive Marcus Delane".)
    const role = m[1].toLowerCase();
    if (ROLE_NOUNS.has(role) || TITLES.has(role)) return true;
  }
  return false;
}
/**
 * After a mention, up to two words and a role's, then a capital: "defender Jonas", "team principal Aldo". (Words in
 * lower case between, but no joining one: "Crofter and bed-and-breakfast owner Catriona MacAulay" are two of her
 * trades.)
 */
const ROLE_AND_NAME = /[ \t]+(?:(?!(?:and|or|of|the|a)[ \t])[\p{L}-]+[ \t]+){0,2}?([\p{L}-]+)[ \t]+\p{Lu}/uy;

/**
 * Where each whole-word mention of `word` ends, its first few (mentions are found with indexOf: one pattern of the
 * word over the whole text would try every position, which a page of names makes slow).
 */
function* mentionEnds(word: string, text: string): Generator<number> {
  let seen = 0;
  for (let at = text.indexOf(word); at >= 0 && seen < MENTIONS_SCANNED; at = text.indexOf(word, at + word.length)) {
    const end = at + word.length;
    if (/[\p{L}-]/u.test(text[at - 1] ?? "") || /[\p{L}\p{N}]/u.test(text[end] ?? "")) continue;
    seen++;
    yield end;
  }
}
/** How many mentions of a word are looked at, whatever follows them. */
const MENTIONS_SCANNED = 4 * MENTIONS_READ;

/** After a mention, the capitalised words that may end a company's name ("Brands Inc.", "Generics"). */
const NAME_AFTER_WORD = /(?:[ \t]+\p{Lu}[\p{L}&’'-]*\.?){1,4}/uy;

/**
 * The company name `word` opens, to a legal ending or a body's word ("Halden Brands Inc.", "Halvorsen Generics"), read
 * at its first few mentions.
 */
function companyOpenedBy(word: string, text: string): string | null {
  let read = 0;
  let longest: string | null = null;
  for (const end of mentionEnds(word, text)) {
    NAME_AFTER_WORD.lastIndex = end;
    const m = NAME_AFTER_WORD.exec(text);
    // (Not a headline's capitals: "Don't Let The Media …".)
    if (!m || read++ >= MENTIONS_READ || inTitleCase(text, end - word.length)) continue;
    const rest = m[0].trim().split(/[ \t]+/);
    // (Or with a body's word, "Halvorsen Generics", "Corvana Therapeutics".)
    const ending = rest.findLastIndex((w) => {
      const lower = w.toLowerCase().replace(/['’]s$/, "");
      return COMPANY_ENDING.test(lower) || isBodyNameWord(lower.replace(/\.$/, ""));
    });
    if (ending < 0) continue;
    // (The stop of an abbreviation is the name's, "Inc.", "Corp."; after "LLC" it ends the sentence.)
    let name = `${word} ${rest.slice(0, ending + 1).join(" ")}`.replace(/['’]s$/, "");
    if (!/\b(?:Inc|Corp|Co|Ltd)\.$/.test(name)) name = name.replace(/\.$/, "");
    // (The first it names, written its fullest: "Calloway Biosystems" in a headline, "Calloway Biosystems Inc." after;
    // one more word only: not another body the name opens, "Castlebridge Town Supporters' Trust".)
    const more = longest && name.startsWith(`${longest} `) ? name.slice(longest.length + 1) : null;
    if (!longest || (more && !more.includes(" "))) longest = name;
  }
  return longest;
}

/** How far after a mention (characters) a "he" or "her" still speaks of it: the rest of its sentence and the next. */
const PRONOUN_AFTER = 250;

/**
 * Whether "he", "she", "his" or "her" follows a mention of `word` closely, or opens its sentence ("Asked whether he
 * would run, Ryan said no"): the article treats it as a person.
 */
function personalNear(word: string, text: string): boolean {
  let read = 0;
  // ("the trainer", "the businessman": a word in lower case takes its determiner whoever it is.)
  const capitalised = /^\p{Lu}/u.test(word);
  for (let at = text.indexOf(word); at >= 0 && read++ < MENTIONS_READ; at = text.indexOf(word, at + word.length)) {
    // ("Asked whether he would run, Ryan said": a pronoun before the mention in its sentence; not the sentence's own
    // subject, "He insisted the municipality had paid Eskom".)
    // ("advisers in some Teagasc offices had found themselves … She advised": a name a determiner opens, "some Teagasc
    // offices", "the Ondra board", names a thing of the body's or a person's, not who a "she" is.)
    if (capitalised && ATTRIBUTIVE.test(text.slice(Math.max(0, at - 12), at))) continue;
    const opening = text.slice(sentenceStartBefore(text, at), at).replace(OPENING_PRONOUN, "");
    if (pronounSpeaksOf(opening) || pronounSpeaksOf(text.slice(at + word.length, at + PRONOUN_AFTER))) return true;
  }
  return false;
}

/** A determiner right before a mention: the name modifies what follows it. */
const ATTRIBUTIVE = /\b(?:the|a|an|some|any|every|each|its|their|other|several|many)[ \t]+$/i;

/** A sentence's subject pronoun at its start ("He insisted …"), which speaks of someone before the sentence. */
const OPENING_PRONOUN = /^\s*["“]?(?:he|she)\b/i;

/**
 * A title and a name ("Mr. Trump", "Senator Cruz") or a full name ("Brian Krzanich"): a person a "he" near a mention
 * may speak of instead.
 */
const PERSON_NAMED = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}*)\.?[ \t]+\p{Lu}\p{Ll}/gu;
/** Before two capitalised words, what makes them a place or a body's name ("in New York", "the White House"). */
const PLACE_BEFORE = /\b(?:the|in|at|from|to|of|near|on|for|by|with|into|across)[ \t]+$/i;

/**
 * Whether a "he", "she", "his" or "her" in `stretch` (the text after a mention, or its sentence's opening before
 * it) may speak of the mention: no other person is named before the pronoun ("Intel said … A spokeswoman for
 * Mr. Trump did not return a message. He is holding a rally": "He" is Mr. Trump). A place or a body named between
 * ("Asked in New York whether he would run") is no one a "he" stands for.
 */
function pronounSpeaksOf(stretch: string): boolean {
  const pronoun = PERSONAL.exec(stretch);
  if (!pronoun) return false;
  const before = stretch.slice(0, pronoun.index);
  for (const m of before.matchAll(PERSON_NAMED))
    if (TITLES.has(m[1].toLowerCase()) || (m.index > 0 && !PLACE_BEFORE.test(before.slice(0, m.index)))) return false;
  return true;
}
/** How far before a mention a "he" in its sentence's opening is looked for. */
const PRONOUN_BEFORE = 120;

/**
 * Where the sentence holding `at` starts (after the last ".", "!" or "?" and a space); `at` itself when that is
 * more than PRONOUN_BEFORE back, where a "he" is too far from the mention to stand for it.
 */
export function sentenceStartBefore(text: string, at: number): number {
  const floor = Math.max(0, at - PRONOUN_BEFORE);
  for (let k = at - 1; k > floor; k--)
    if (/\s/.test(text[k]) && /[.!?]/.test(text[k - 1]) && !(text[k - 1] === "." && isAbbreviation(text, k - 1)))
      return k;
  return floor === 0 ? 0 : at;
}

/** Whether `name` is written inside a longer capitalised name, after "of" or a word that is no title. */
function insideBodyName(name: string, text: string): boolean {
  const before = new RegExp(`(?:\\bof|(\\p{Lu}[\\p{L}'’-]*))[ \\t]+${escapeRegExp(name)}\\b`, "u").exec(text);
  return !!before && (!before[1] || !TITLES.has(before[1].toLowerCase().replace(/\.$/, "")));
}

/** A description after a name, to its comma or stop: "Freshta, another Kabul resident,". */
const DESCRIPTION = (word: string) =>
  new RegExp(
    `\\b${escapeRegExp(word)},[^\\S\\n]+(?:a|an|another|one|the)[^\\S\\n]+[^,.;:\\n]{0,50}?([\\p{Ll}-]+)(?=[,.;:])`,
    "u",
  );

/**
 * Whether the text describes `word` as a person by what they are ("Freshta, another Kabul resident", "Sutrisno, a
 * farmer"); a body's kind ("Ondra, the carrier") says nothing of the kind.
 */
/**
 * Whether a role in lower case stands right before a mention of `word`: "deputy chair Sugiarto", "spokesman Zhou"
 * (Indonesian and Chinese copy often gives a person one name).
 */
function roledAsPerson(word: string, text: string): boolean {
  // Each mention found with indexOf and the word before it read back: one pattern of a word and the name over the
  // whole text tries every position, which a page of names makes slow.
  let read = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    if (WORD_CHAR.test(text[at + word.length] ?? "")) continue;
    let end = at;
    while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
    if (end === at) continue;
    let start = end;
    while (start > 0 && ROLE_CHAR.test(text[start - 1])) start--;
    // The role's first letter in lower case, and no letter or digit right before it: the whole run, or what follows
    // a hyphen inside it ("Ex-spokesman" → "spokesman").
    let from = -1;
    for (let q = start; q < end && from < 0; q++)
      if (LOWER.test(text[q]) && (q === 0 || !WORD_CHAR.test(text[q - 1]))) from = q;
    if (from < 0) continue;
    if (read++ >= MENTIONS_READ) break;
    const role = text.slice(from, end);
    if (ROLE_NOUNS.has(role) || TITLES.has(role)) return true;
  }
  return false;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ROLE_CHAR = /[\p{L}-]/u;
const LOWER = /\p{Ll}/u;

function describedAsPerson(word: string, text: string): boolean {
  const head = DESCRIPTION(word).exec(text)?.[1];
  return (
    !!head &&
    !ORGANISATION_HEADS.has(head) &&
    !GROUPS.has(head) &&
    (ANONYMOUS_HEADS.has(head) || ROLE_NOUNS.has(head) || PERSON_HEADS.has(head))
  );
}
/** Heads of no one in particular ("some", "people"), in nouns.json's anonymousHeads beside people's kinds. */
const GROUPS = new Set([
  "some",
  "both",
  "many",
  "few",
  "most",
  "several",
  "people",
  "person",
  "someone",
  "staff",
  "crew",
]);

function verdictOn(
  word: string,
  claim: string,
  text: string,
  heOrShe: boolean,
): { tier: Attribution["tier"]; speaker: string | null } {
  // ("Manufacturers say", beside "squeezed manufacturers" and the "Association of Nigerian Packaging
  // Manufacturers": people by their trade, which the article writes in lower case too, are no one's surname.)
  const full = fullNameOf(word, text);
  // ("Larry Summers" … "Hotter summers": a person's full name, written with a title or alone, keeps the surname.)
  if (AGENT_PLURAL.test(word) && writtenInLowerCase(text, word) && (!full || insideBodyName(full, text)))
    return { tier: "anonymous", speaker: null };
  // "Sporting Almada", "Ashworth United": a fuller name of two words, one a body's, is a club's or a company's.
  const words = full?.split(" ") ?? [];
  if (words.length === 2 && words.some((w) => isBodyNameWord(w.toLowerCase())))
    return { tier: "institutional", speaker: full };
  if (full?.includes(" ")) return { tier: "on-record", speaker: full };
  // ("Halden Brands Inc.'s deal" … "Halden said": the word opens a company's name with its legal ending.)
  const company = full ? null : companyOpenedBy(word, text);
  if (company) return { tier: "institutional", speaker: company };
  // ("chairman Zhou Baiting" … "Zhou said": a name with a role before it is a person's, by the whole name; a title
  // before the word alone, "Chairman Zhou", says only that it is a person's.)
  const starting = nameStartingWith(word, text);
  if (starting?.titled) return { tier: "on-record", speaker: starting.name };
  if (full) return { tier: "on-record", speaker: full };
  // "The Duke of Sussex", "the Pope": a title is a person's.
  if (TITLES.has(word.toLowerCase()) || PERSON_HEADS.has(word.toLowerCase()))
    return { tier: "on-record", speaker: word };
  if (AGENT_PLURAL.test(word)) return { tier: "anonymous", speaker: null };
  // ("Sutrisno, 52, a farmer": a name with an age after it is a person's, as Indonesian single names are written.)
  const aged = new RegExp(`\\b${escapeRegExp(word)},[^\\S\\n]+\\d{1,3},`, "u").test(text);
  // ("A man known only as Ahmed": a given name that is all the person gave.)
  const person =
    heOrShe ||
    aged ||
    PERSONAL.test(claim) ||
    givenOnlyAs(word, text) ||
    describedAsPerson(word, text) ||
    roledAsPerson(word, text) ||
    personalNear(word, text);
  // A body's marks outweigh a "he" nearby; with no "he" at all it is a body anyway, so they are not looked for.
  const body =
    !person ||
    camelCased(word) ||
    (ITSELF.test(claim) && !PERSONAL.test(claim)) ||
    BODY_CONTEXT(word.replace(/\W/g, "")).test(text) ||
    rolesAtBody(word, text);
  return body ? { tier: "institutional", speaker: word } : { tier: "on-record", speaker: starting?.name ?? word };
}

/**
 * Settles every one-word on-record speaker with no role as a person, a group or a body (see the file comment),
 * reading `article` for its full name and pronouns when `text` is a slice of it.
 */
export function settleOneWordSpeakers(all: Attribution[], text: string, article = text): void {
  const verdicts = new Map<string, { tier: Attribution["tier"]; speaker: string | null }>();
  // An office read as on record ("the MP for Akyem Asuboa" after the MP was named) is no surname to settle.
  // "Mr Frayne", "Judge Colquhoun", "Mathenge, who was named Player of the Match,", "Vance, a 23-year-old in his
  // second season": a name with a title or a description may have its full name elsewhere in the article; only
  // that is taken from its verdict (below).
  // ("Al Mannai said": a surname with its particle is settled as one word is.)
  const oneName = (name: string) =>
    !/\s/.test(name) ||
    (/^\p{Lu}\p{Ll}* \p{Lu}[\p{L}'’-]+$/u.test(name) && NAME_PARTICLES.has(name.split(" ")[0].toLowerCase()));
  const settled = (a: Attribution) =>
    !!a.speaker && oneName(a.speaker) && a.tier === "on-record" && !ROLE_ACRONYMS.has(a.speaker.toLowerCase());
  // What each word is credited with, its own claims and those of verbs that share it ("Asked whether he …, Ryan").
  const claims = new Map<string, string[]>();
  // Words some "he" or "she" source was linked to ("…,” he added. … Obama stated."): the article calls them people.
  const pronounFor = calledHeOrShe(all);
  for (const a of all) {
    if (!settled(a) || !a.content) continue;
    const said = claims.get(a.speaker!) ?? claims.set(a.speaker!, []).get(a.speaker!)!;
    said.push(text.slice(a.content.start, a.content.end));
  }
  for (const a of all) {
    const word = a.speaker!;
    if (!settled(a) || verdicts.has(word) || verdicts.size > NAMES_READ) continue;
    // (A surname with its particle, "Al Mannai", takes only a fuller name: "Al From" may be a given name and surname.)
    if (word.includes(" ")) {
      const full = fullNameOf(word, article);
      // (Kept either way: a name with no fuller one is not looked for again.)
      verdicts.set(word, { tier: "on-record", speaker: full && full.length > word.length ? full : word });
    } else if (a.source?.text.includes(word))
      verdicts.set(word, verdictOn(word, (claims.get(word) ?? []).join(" "), article, pronounFor.has(word)));
    else {
      // ("Ms Lindqvist is unpersuaded. “…,” she said": a "she" that stands for a surname takes its full name too.)
      const full = fullNameOf(word, article) ?? nameStartingWith(word, article)?.name;
      if (full?.includes(" ")) verdicts.set(word, { tier: "on-record", speaker: full });
    }
  }
  for (const a of all) {
    // ("“Go now,” Marsh said in a statement. The statement added …": her document, by her full name.)
    const made = a.tier === "institutional" && a.speaker ? verdicts.get(a.speaker) : undefined;
    if (made?.tier === "on-record" && made.speaker?.endsWith(` ${a.speaker}`)) {
      a.speaker = made.speaker;
      a.explanation = explainAttribution(a, false);
      continue;
    }
    const v = settled(a) ? verdicts.get(a.speaker!) : undefined;
    if (!v || (v.tier === a.tier && v.speaker === a.speaker)) continue;
    // A titled or described name is a person's, whatever else the article says of the word.
    if (a.role && !(v.tier === "on-record" && v.speaker?.endsWith(` ${a.speaker}`))) continue;
    // ("In a post to her followers, she wrote": a "he" or "she" is a person's, whatever the word it was linked to is.)
    if (v.tier !== "on-record" && a.source && /^(?:he|she)$/i.test(a.source.text)) continue;
    a.tier = v.tier;
    a.speaker = v.speaker;
    a.explanation = explainAttribution(a, false);
  }
}
