/**
 * Decides what kind of source a noun phrase names — a person, an
 * organisation, an unnamed source — and pulls out the name and role.
 */
import {
  ANONYMOUS_HEADS,
  APPROXIMATORS,
  isBodyNameWord,
  DOCUMENT_HEADS,
  LEADING,
  MONTHS,
  NEAR_DAYS,
  ORGANISATION_HEADS,
  OTHER_PRONOUNS,
  PARTY_MEMBERS,
  PERSON_HEADS,
  PERSON_POSSESSIVES,
  PERSON_PRONOUNS,
  ROLE_ACRONYMS,
  ROLE_NOUNS,
  STATE_COLLECTIVES,
  COMPANY_KINDS,
  COUNTING_WORDS,
  SPEAKING_FOR,
  STAFF_MODIFIERS,
  STYLES_OF_ADDRESS,
  TITLES,
  WEEKDAYS,
  PARTIES_BY_MEMBERS,
  DETERMINERS,
  UNNAMED_BODIES,
  PORTFOLIO_WORDS,
} from "../words";
import { withoutContraction, type Token } from "../text/sentences";
import { contactMaker } from "../phrases/maker";
import { isMonthShort } from "../phrases/time";
import { headIndex } from "../phrases/head-word";
import { allCapitals, inTitleCase } from "../text/headline";
import { acronymsIn } from "./acronyms";
import { COURTESY, isAcronym, join, namedOf, peoplesOrState, withoutPossessive } from "./name-text";
import { authorAfter, documentOwner } from "./document-owners";
import { collectiveReading } from "./collective-sources";
import { listedBodyName } from "./listed-names";
import { readNameRun } from "./name-run";
import { spokenFor } from "./spoken-for";
import { titlesOnly } from "./source-shapes";
import { writtenAsSurname, writtenInLowerCase } from "../text/lower-words";

export type SourceKind = "person" | "organisation" | "anonymous" | "pronoun-person" | "pronoun-other";

export interface SourceReading {
  kind: SourceKind;
  /** The name as written, for people and organisations ("Ehsanullah Ehsan", "Pakistan army"). */
  name: string | null;
  /** Words before a person's name that say who they are ("Former TTP commander"). */
  role: string | null;
  /** Further people named with "and" ("Senators John Smith and Mary Jones"). */
  others?: string[];
}

/**
 * Readings of "a spokesperson for X": X speaks through someone unnamed (DESIGN.md: institutional, a person too). Kept
 * aside, not as a field, so that every reading keeps one shape for the engine's hot paths.
 */
export const SPOKEN_FOR = new WeakSet<SourceReading>();

/** "His Highness", "Her Excellency", "His Majesty": a style that stands for the person named before, as "he" does. */
export const styleOfAddress = (words: Token[]) =>
  words.length === 2 && /^(his|her)$/.test(words[0].lower) && STYLES_OF_ADDRESS.has(words[1].lower);

/** A web address written as a name: a word, a stop, and a domain in lower case ("Legit.ng", "Kenyans.co.ke"). */
const WEB_ADDRESS = /^[\p{L}\d-]+(?:\.[a-z]{2,}){1,2}$/u;

/** A person's pronoun and their team: "she and her colleagues", "he and his co-authors". */
const PRONOUN_AND_TEAM = /^(?:he|she) (?:and|with) (?:(?:his|her|their) )?(?:colleagues|co-?authors|team)$/;

/** Reads a source phrase. `text` is the analysed string the tokens point into. */
/** The side a party sits on, before its name ("the opposition Greens", "the ruling Social Democrats"). */
const PARTY_SIDES = /^(?:opposition|ruling|governing)$/;

const CLOSING_NUMBER = /^\d{1,3}$/;
const DAY_NUMBER = /^\d{1,2}(?:st|nd|rd|th)?$/;
/** What may stand before a body's full name in its source phrase: "the", or a place's possessive ("Pakistan's"). */
const OWNER_BEFORE_NAME = /^(?:the\s+|The\s+)?(?:\p{Lu}\p{L}*['’]s\s+)?$/u;

export function readSource(tokens: Token[], text: string): SourceReading {
  // A trailing parenthesis annotates the name ("Rep. Jason Chaffetz (R-Utah)"): it is not part of it.
  const open = tokens.findLastIndex((t) => t.text === "(");
  if (open > 0 && tokens.slice(open).every((t) => t.text !== ")" || t === tokens[tokens.length - 1])) {
    // ("Pakistan's Inter-Services Public Relations (ISPR)": a name its bracketed acronym spells out is a body's,
    // when it is the whole phrase, past "the" or a place's possessive; "Forecaster Jun Pagdanganan of the …
    // Bureau (PAMB)" is the forecaster.)
    const phrase = text.slice(tokens[0].start, tokens[open].start).trimEnd();
    const [full] = acronymsIn(text.slice(tokens[0].start, tokens[tokens.length - 1].end)).values();
    if (full && phrase.endsWith(full) && OWNER_BEFORE_NAME.test(phrase.slice(0, -full.length)))
      return { kind: "organisation", name: withoutPossessive(full), role: null };
    tokens = tokens.slice(0, open);
  }
  // ("Lieutenant Colonel (Ret’d) Everton Baptiste", "Solicitor General (SDSG) Priyangika Jayamanne": so is a note or
  // a title's letters inside it, but not a body's, "Department’s (NMD) Santacroix station".)
  else if (open > 0) {
    const close = tokens.findIndex((t, k) => k > open && t.text === ")");
    // ("upazila nirbahi officer (UNO) Farzana Haque Mitu": a role's letters too.)
    const titled = TITLES.has(tokens[open - 1].lower) || ROLE_NOUNS.has(tokens[open - 1].lower);
    const note = titled || tokens.slice(open + 1, close).some((t) => t.word && !allCapitals(t.text));
    if (close > open && note && tokens[close + 1]?.cap) tokens = [...tokens.slice(0, open), ...tokens.slice(close + 1)];
  }
  const listed = listedBodyName(tokens, text);
  if (listed) return { kind: "organisation", name: listed, role: null };
  const words = tokens.filter((t) => t.word);
  if (words.length === 0) return { kind: "anonymous", name: null, role: null };
  // ("A user posting under the pseudonym Hyalomma", "the handle Hyperion Lynx": a name that hides who it is.)
  if (words.some((t) => PSEUDONYMS.test(t.lower))) return { kind: "anonymous", name: null, role: null };
  const holder = holderAfterCourtesy(words, text);
  if (holder) return holder;
  // "in his view", "in their words": a possessive stands for its owner as the pronoun would.
  const only = words.length === 1 ? withoutContraction(words[0].lower) : "";
  // ("she and her colleagues propose": the one she stands for, and her team.)
  const withTeam =
    words.length >= 3 &&
    words.length <= 5 &&
    /^(?:he|she)$/.test(words[0].lower) &&
    PRONOUN_AND_TEAM.test(words.map((t) => t.lower).join(" "));
  if (PERSON_PRONOUNS.has(only) || PERSON_POSSESSIVES.has(only) || styleOfAddress(words) || withTeam)
    return { kind: "pronoun-person", name: null, role: null };
  if (OTHER_PRONOUNS.has(only) || only === "their") return { kind: "pronoun-other", name: null, role: null };
  // ("Legit.ng reports", "road.cc understands": a web address names a site, a body.)
  const site = words.find((t) => WEB_ADDRESS.test(t.text));
  if (site && words.length <= 2) return { kind: "organisation", name: site.text, role: null };
  // "The Conservatives said": a party named by its members, after "the" (nouns.json partiesByMembers).
  // ("The opposition Greens": or after the side it sits on.)
  const side = words[0].lower === "the" && PARTY_SIDES.test(words[1]?.lower ?? "") ? 2 : 1;
  const party = words[0].lower === "the" && words.every((t, k) => k < side || t.cap);
  if (
    party &&
    PARTIES_BY_MEMBERS.has(
      words
        .slice(side)
        .map((t) => t.lower)
        .join(" "),
    )
  )
    return { kind: "organisation", name: join(words.slice(side), text), role: null };
  // "The Prime Minister said", "the Deputy Governor": titles alone, capitalised as British and South Asian papers
  // write them, are an office (singleOffice; its holder found in tier.ts), not a person named "Minister".
  if (words.length >= 3 && words[0].lower === "the" && titlesOnly(words.slice(1)))
    return { kind: "anonymous", name: null, role: null };
  // ("One of the diplomats, a European, said": a person of a people, "a" says so; names take no article.)
  if (words.length === 2 && /^an?$/.test(words[0].lower) && words[1].cap && !isAcronym(words[1]))
    return { kind: "anonymous", name: null, role: null };
  // "One wrote on X", "Another said": one of a group the story has in view, no one named; so are "Those close to
  // him".
  // ("those filings", "these figures": a document the story has in view, read below.)
  const those = /^th(ose|ese)$/.test(words[0].lower) && !words[1]?.cap && !DOCUMENT_HEADS.has(words[1]?.lower);
  if (only === "one" || only === "another" || those) return { kind: "anonymous", name: null, role: null };

  // ("About 31 said", "Nearly 40 percent of voters say": people counted, no one named.)
  if (words.length >= 2 && APPROXIMATORS.has(words[0].lower) && /^\d/.test(words[1].text))
    return { kind: "anonymous", name: null, role: null };
  // A day or a month is never the speaker ("… said Tuesday" read back to front), nor a date ("Oct. 23").
  const date = (t: Token) =>
    WEEKDAYS.has(t.lower) ||
    MONTHS.has(t.lower) ||
    NEAR_DAYS.has(t.lower) ||
    (t.lower.endsWith(".") && isMonthShort(t.lower.slice(0, -1)));
  if (words.every((t) => date(t) || (DAY_NUMBER.test(t.text) && words.some(date))))
    return { kind: "anonymous", name: null, role: null };
  // ("Number 10 said", "Formula 1 said": a name closed by a number is an office's, a body's or a series'; a person's
  // age stands after a comma, "Mr Smith, 54".)
  const last = tokens[tokens.length - 1];
  if (CLOSING_NUMBER.test(last.text) && tokens[tokens.length - 2]?.cap && words.slice(0, -1).every((t) => t.cap))
    return { kind: "organisation", name: join(words, text), role: null };
  // A people named by its plural ("Mexicans often say", "Iranians") names no one.
  if (words.length === 1 && /^\p{Lu}\p{Ll}+(?:ians|icans|eans)$/u.test(words[0].text))
    return { kind: "anonymous", name: null, role: null };
  const collective = collectiveReading(tokens, words, text, readSource);
  if (collective) return collective;
  // "a notice the carrier filed with the state", "figures it shared with Khmer Times": a document and its maker.
  let document = 0;
  while (
    document < 4 &&
    document < words.length &&
    !(DOCUMENT_HEADS.has(words[document].lower) && (!words[document].cap || document === 0))
  )
    document++;
  const contact = document < 4 && document < words.length - 1 ? contactMaker(words, document + 1) : null;
  if (contact) {
    const maker = readSource(words.slice(contact[0], contact[1] + 1), text);
    return maker.kind === "person" || maker.kind === "organisation"
      ? maker
      : { kind: "organisation", name: null, role: null };
  }
  const h = headIndex(words);
  // "Channel 5", "Radio 4": a number ending a capitalised name is part of it.
  const numbered = h > 0 && /^\d+$/.test(words[h].text) && words[h - 1].cap;
  const head = numbered ? { ...words[h], cap: true } : words[h];
  const phrase = words.slice(0, h + 1);

  const headWord = head.lower.replace(/'s$/, "");
  // "Sources", "Officials" at the start of a sentence are capitalised but name no one.
  // A plural of them stays a group in title case too ("Democrat Voters Worried …", "Republican Voters said"), unless
  // a body names it ("Senate Democrats").
  const capitalisedBefore = phrase.slice(0, h).filter((t) => t.cap && !LEADING.has(t.lower));
  // ("Ngubane Mokoena Attorneys", "Harcourt Lane Solicitors": names, then a firm's word, name a firm.)
  // ("Halvard Advisors warned": one name before a firm's word, inside a sentence, names a firm too.)
  const firm =
    head.cap &&
    isBodyNameWord(headWord) &&
    (capitalisedBefore.length >= 2 ||
      (capitalisedBefore.length === 1 && !opensSentence(text, capitalisedBefore[0].start)));
  // ("Fishermen in Wadi Samra say", "Producers said": people by their trade, capitalised by the sentence; never a
  // surname, "Sanders" or "McCrummen", which the article writes after a given name, or in lower case nowhere.)
  const trade =
    h === (LEADING.has(phrase[0].lower) ? 1 : 0) &&
    (/(?:\p{Ll}{3,}men|women)$/u.test(headWord) ||
      // (Or any plural the sentence capitalises, "Landlords", "Principals": the article writes it in lower case too.)
      ((/(?:ers|ors|ists|ians|ees)$/.test(headWord) || /^\p{Lu}\p{Ll}{2,}s$/u.test(head.text)) &&
        (writtenInLowerCase(text, headWord) || writtenInLowerCase(text, headWord.slice(0, -1))))) &&
    !writtenAsSurname(text, head.text);
  // ("Civic group Kwaggasfontein Concerned Residents said", "The United Auto Workers said": people's word capitalised
  // after a run of two capitalised words or more, not opening the sentence, ends a group's name; a line in title case
  // capitalises every word.)
  let run = h;
  while (run > 0 && phrase[run - 1].cap) run--;
  const namedGroup =
    head.cap && h - run >= 2 && !opensSentence(text, phrase[run].start) && !inTitleCase(text, head.start);
  // ("The Friends of Porthcarrow Beach group", "Friends of the Earth" inside a sentence: "Friends" capitalised where
  // the sentence does not capitalise it, opening the phrase, then "of" and capitals, names a body.)
  const opening = h === 0 || (h === 1 && words[0].lower === "the");
  const ofName =
    headWord === "friends" && head.cap && opening && !opensSentence(text, head.start) ? namedOf(words, h) : 0;
  if (ofName) return { kind: "organisation", name: join(words.slice(h, ofName + 1), text), role: null };
  const group =
    (ANONYMOUS_HEADS.has(headWord) || trade) &&
    !firm &&
    !namedGroup &&
    (capitalisedBefore.length === 0 ||
      (headWord.endsWith("s") && !capitalisedBefore.some((t) => ORGANISATION_HEADS.has(t.lower))));
  // "Orla Tiernan TD", "Jane Roe MP": a name, then the seat its holder sits in.
  // ("One Labour MP", "a Tory MP": one of a party's members, no one named.)
  const counted = COUNTING_WORDS.has(phrase[0].lower) || /^(a|an|one|another)$/.test(phrase[0].lower);
  // ("Several cops said", "Two cops who were at the scene told": officers counted, no force speaking.)
  if (headWord === "cops" && (counted || /^\d/.test(phrase[0].text)))
    return { kind: "anonymous", name: null, role: null };
  // ("A senior Republican said", "One Tory said": one of a party's members, no one named.)
  if (counted && PARTY_MEMBERS.has(headWord)) return { kind: "anonymous", name: null, role: null };
  // ("Labour MPs", "Opposition MLAs": a seat's plural is a group, the word before it no one's name.)
  const seats = /s$/.test(headWord) && ROLE_ACRONYMS.has(headWord.slice(0, -1));
  if (ROLE_ACRONYMS.has(headWord) && h > 0 && phrase[h - 1].cap && !LEADING.has(phrase[0].lower) && !counted && !seats)
    return readSource([...tokens.slice(0, tokens.indexOf(head))], text);
  // "the local MP": a role written in capitals is still a role.
  // "Data from the Kenya Revenue Authority shows": a document capitalised only because it opens the sentence.
  const openingDocument = h === 0 && DOCUMENT_HEADS.has(headWord);
  // "The Governor added", "the Minister said": a title capitalised as British and South Asian papers write it is
  // an office, whose holder the story named before (a king or a pope is a person, though).
  const office =
    h > 0 &&
    TITLES.has(headWord) &&
    !PERSON_HEADS.has(headWord) &&
    // ("The SEC said": a body's letters, not the title "Sec."; "the DPP", "the SSP" are offices in capitals.)
    !(isAcronym(head) && headWord === "sec") &&
    words.slice(0, h).every((t) => LEADING.has(t.lower));
  // "Libyan authorities have denied", "Hong Kong authorities said": a place's authorities are its state acting
  // (DESIGN.md); a word the text writes in lower case too ("Local authorities") names no place, nor does a
  // sentence's one first word unless it reads as a people's or a country's.
  const lead = LEADING.has(phrase[0].lower) ? 1 : 0;
  if (
    STATE_COLLECTIVES.has(headWord) &&
    h > lead &&
    phrase[lead].cap &&
    capitalisedBefore.every((t) => !writtenInLowerCase(text, t.text)) &&
    (!opensSentence(text, phrase[lead].start) || capitalisedBefore.length > 1 || peoplesOrState(phrase[lead].text))
  )
    return { kind: "organisation", name: text.slice(phrase[lead].start, head.end), role: null };
  if (!head.cap || group || ROLE_ACRONYMS.has(headWord) || openingDocument || office) {
    // ("A VCF press officer": or a pair of words, nouns.json speakingFor.)
    const pair = h > 0 && speaksFor(`${phrase[h - 1].lower} ${headWord}`);
    // ("Opposition spokesman on health Dr Marlon Stewart-Reid": a portfolio, then the spokesperson's own name.)
    const named = speaksFor(headWord) && words[h + 1]?.lower === "on" ? readSource(words.slice(h + 2), text) : null;
    if (named?.kind === "person" && named.name?.includes(" ")) {
      // ("spokesman on Foreign Affairs Niall Collins": the portfolio's capitals are no part of the name.)
      const parts = named.name.split(" ");
      const portfolio = parts.findLastIndex((w) => PORTFOLIO_WORDS.has(w.toLowerCase()));
      return portfolio >= 0 && parts.length - portfolio > 2
        ? { ...named, name: parts.slice(portfolio + 1).join(" ") }
        : named;
    }
    const body = speaksFor(headWord) || pair ? spokenFor(words, h, text, pair ? h - 1 : h, readSource) : null;
    if (body) {
      const spoken: SourceReading = { kind: "organisation", name: body, role: null };
      SPOKEN_FOR.add(spoken);
      return spoken;
    }
    // "one current developer", "a former engineer": someone who works at a body, not the body.
    const counted = (k: number) => k < 0 || /^(a|an|\d+)$/.test(phrase[k].lower) || COUNTING_WORDS.has(phrase[k].lower);
    const staff = phrase.slice(0, h).some((t, k) => STAFF_MODIFIERS.has(t.lower) && counted(k - 1));
    // ("One groundworks firm", "another bank": one of several companies the story does not name.)
    const oneOfSeveral = h > 0 && /^(one|another)$/.test(phrase[0].lower) && COMPANY_KINDS.has(headWord);
    // ("Humanitarian agencies say", "European banks said": bodies in the plural, no determiner, no name before them
    // but a people's or a capital the sentence gives, and none after: "unions, including the AFL-CIO," are named.)
    const unnamedPlural =
      UNNAMED_BODIES.has(headWord) &&
      !words.slice(h + 1).some((t) => t.cap) &&
      phrase
        .slice(0, h)
        .every(
          (t) =>
            !DETERMINERS.has(t.lower) &&
            !/['’]s?$/.test(t.text) &&
            (!t.cap || peoplesOrState(t.text) || (opensSentence(text, t.start) && !allCapitals(t.text))),
        );
    if (
      ORGANISATION_HEADS.has(headWord) &&
      !ANONYMOUS_HEADS.has(headWord) &&
      !staff &&
      !oneOfSeveral &&
      !unnamedPlural
    ) {
      const start = LEADING.has(phrase[0].lower) || /^th(ose|ese)$/.test(phrase[0].lower) ? 1 : 0;
      const named = phrase.slice(start);
      // "the campaign" names no one in particular, "the Pakistan army" does; "analysis by the Living Standards
      // Foundation" names its author.
      // ("an internal audit of VWS": an audit's "of" names who made it only when it is the body's own.)
      const own = headWord !== "audit" || words.slice(0, h).some((t) => t.lower === "internal");
      const author = authorAfter(words.slice(h + 1), text, own ? headWord : "");
      // "Prime Minister Étienne Marchal’s office said": a named person's office speaks for them (as a spokesperson
      // for a person does), by their name.
      // ("the office of President Piotr Zaremba" too.)
      const owner = headWord === "office" ? officeOwner(tokens, words, h, text) : null;
      if (owner?.kind === "person" && owner.name?.includes(" "))
        return { kind: "organisation", name: owner.name, role: null };
      return { kind: "organisation", name: author ?? documentOwner(named, headWord, text, start === 1), role: null };
    }
    return { kind: "anonymous", name: null, role: null };
  }

  const named = readNameRun(tokens, words, h, headWord, text, officeOwner);
  // ("UK Anti-Doping", "US Soccer", "UK Finance": a name a state's letters open is a national body's, not a person's;
  // a title after the letters was read off before, "US Senator John Smith".)
  if (named.kind === "person" && STATE_LETTERS.test(named.name ?? ""))
    return { ...named, kind: "organisation", role: null };
  return named;
}

/** Words that say the name after them hides its owner. */
const PSEUDONYMS = /^(?:pseudonym|pseudonyms|alias|handle|username|user-name|screen-name|nom)$/;

/** A state's or a union's letters opening a name. */
const STATE_LETTERS = /^(?:UK|U\.K\.|US|U\.S\.|USA|EU|UN)\s+\p{Lu}/u;

/**
 * "Director of Child and Adolescent Health at the MoPH Dr Mariam Saleh al-Kuwari": a long role, then a courtesy title
 * and the full name closing the phrase, is that person, whatever the role's capitals and "and" would make of it.
 */
function holderAfterCourtesy(words: Token[], text: string): SourceReading | null {
  const k = words.findLastIndex((t) => COURTESY.test(t.lower));
  const name = words.slice(k + 1);
  // (A document by them is theirs to speak for, read below: "A study by Dr Jane Roe"; "populists like Mr. Trump and
  // Ms. Le Pen" are several.)
  const role = words.slice(0, k);
  // ("A spokesman for Dr John Mensah", "The family of Mrs Grace Adeyemi": someone of the person, not them.)
  if (k < 2 || name.length < 2 || name.length > 4 || /^(for|of|to|by|with)$/.test(words[k - 1].lower)) return null;
  if (role.some((t) => DOCUMENT_HEADS.has(t.lower) || COURTESY.test(t.lower) || t.lower === "like")) return null;
  if (!name.every((t) => t.cap && !isBodyNameWord(t.lower) && !ORGANISATION_HEADS.has(t.lower))) return null;
  return { kind: "person", name: join(name, text), role: join(role, text) };
}

/** Whether a word names someone who speaks for a body or a person ("spokeswoman", "reps"; nouns.json speakingFor). */
export const speaksFor = (lower: string) => SPEAKING_FOR.has(lower);

/**
 * Whose office the word at `h` is: "Prime Minister Étienne Marchal’s office", "the office of President Piotr
 * Zaremba, who …" (up to a comma), read as a source; null when none is named.
 */
function officeOwner(tokens: Token[], words: Token[], h: number, text: string): SourceReading | null {
  if (/['’]s$/.test(words[h - 1]?.text ?? "")) return readSource(words.slice(0, h), text);
  if (words[h + 1]?.lower !== "of" || !words[h + 2]?.cap) return null;
  const comma = tokens.find((t) => t.text === "," && t.start > words[h].start)?.start ?? Infinity;
  return readSource(
    words.slice(h + 2).filter((t) => t.start < comma),
    text,
  );
}

/** Whether only spaces stand between `at` and the start of its sentence or paragraph. */
const opensSentence = (text: string, at: number) =>
  /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, at - 4), at));
