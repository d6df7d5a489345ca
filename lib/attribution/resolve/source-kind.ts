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
  NAME_POSSESSIVES,
  NEAR_DAYS,
  NOT_NAMES,
  NOT_ROLES,
  ORGANISATION_HEADS,
  OTHER_PRONOUNS,
  PERSON_HEADS,
  PERSON_POSSESSIVES,
  PERSON_PRONOUNS,
  ROLE_ACRONYMS,
  KINDS_OPENING_NAMES,
  CALLED_KINDS,
  STATE_COLLECTIVES,
  COMPANY_KINDS,
  PEOPLES_KINDS,
  ROLE_NOUNS,
  SEATS_OF_GOVERNMENT,
  COUNTING_WORDS,
  SPEAKING_FOR,
  STAFF_MODIFIERS,
  STATES,
  STYLES_OF_ADDRESS,
  TITLES,
  TWO_WORD_TITLES,
  WEEKDAYS,
  PARTIES_BY_MEMBERS,
  FIELD_POSTS,
  DETERMINERS,
} from "../words";
import { withoutContraction, type Token } from "../text/sentences";
import { particleInName } from "../phrases/noun-phrase";
import { contactMaker, isBodyNoun } from "../phrases/maker";
import {
  bodyFor,
  bodyHeadAfter,
  bodyOfBefore,
  capitalTitle,
  headIndex,
  seatTitle,
  titlePortfolioAnd,
} from "../phrases/head-word";
import { allCapitals } from "../text/headline";
import { spelledAsAcronym } from "./acronyms";
import { camelCased } from "./source-shapes";
import { cleanName, isAcronym, join, peoplesOrState } from "./name-text";
import { authorAfter, documentOwner } from "./document-owners";
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

/** An acronym that opens a body's name ("NHS England"): no initials ("J.J."), no seat ("MP"). */
const bodyAcronym = (t: Token) => t.text.length >= 3 && spelledAsAcronym(t.text) && !ROLE_ACRONYMS.has(t.lower);

/**
 * "JAMAL OKONJO has told …": a tabloid's opening name in capitals, two or three words of a name's length and vowels
 * (not acronyms: "NHS RCN").
 */
const nameInCapitals = (words: Token[]) =>
  words.length >= 2 &&
  words.length <= 3 &&
  words.every(
    (t) =>
      t.text.length >= 4 &&
      /^[A-Z][A-Z'’-]+$/.test(t.text) &&
      /[AEIOU]/.test(t.text) &&
      !ORGANISATION_HEADS.has(t.lower),
  );

/** "His Highness", "Her Excellency", "His Majesty": a style that stands for the person named before, as "he" does. */
export const styleOfAddress = (words: Token[]) =>
  words.length === 2 && /^(his|her)$/.test(words[0].lower) && STYLES_OF_ADDRESS.has(words[1].lower);

/** A person's pronoun and their team: "she and her colleagues", "he and his co-authors". */
const PRONOUN_AND_TEAM = /^(?:he|she) (?:and|with) (?:(?:his|her|their) )?(?:colleagues|co-?authors|team)$/;

/** Reads a source phrase. `text` is the analysed string the tokens point into. */
export function readSource(tokens: Token[], text: string): SourceReading {
  // A trailing parenthesis annotates the name ("Rep. Jason Chaffetz (R-Utah)"): it is not part of it.
  const open = tokens.findLastIndex((t) => t.text === "(");
  if (open > 0 && tokens.slice(open).every((t) => t.text !== ")" || t === tokens[tokens.length - 1]))
    tokens = tokens.slice(0, open);
  // ("Lieutenant Colonel (Ret’d) Everton Baptiste", "Solicitor General (SDSG) Priyangika Jayamanne": so is a note or
  // a title's letters inside it, but not a body's, "Department’s (NMD) Santacroix station".)
  else if (open > 0) {
    const close = tokens.findIndex((t, k) => k > open && t.text === ")");
    const note =
      TITLES.has(tokens[open - 1].lower) || tokens.slice(open + 1, close).some((t) => t.word && !allCapitals(t.text));
    if (close > open && note && tokens[close + 1]?.cap) tokens = [...tokens.slice(0, open), ...tokens.slice(close + 1)];
  }
  const words = tokens.filter((t) => t.word);
  if (words.length === 0) return { kind: "anonymous", name: null, role: null };
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
  // "The Conservatives said": a party named by its members, after "the" (nouns.json partiesByMembers).
  const party = words[0].lower === "the" && words.every((t, k) => k === 0 || t.cap);
  if (
    party &&
    PARTIES_BY_MEMBERS.has(
      words
        .slice(1)
        .map((t) => t.lower)
        .join(" "),
    )
  )
    return { kind: "organisation", name: join(words.slice(1), text), role: null };
  // ("One of the diplomats, a European, said": a person of a people, "a" says so; names take no article.)
  if (words.length === 2 && /^an?$/.test(words[0].lower) && words[1].cap && !isAcronym(words[1]))
    return { kind: "anonymous", name: null, role: null };
  // "One wrote on X", "Another said": one of a group the story has in view, no one named; so are "Those close to
  // him".
  if (only === "one" || only === "another" || (/^th(ose|ese)$/.test(words[0].lower) && !words[1]?.cap))
    return { kind: "anonymous", name: null, role: null };

  // ("About 31 said", "Nearly 40 percent of voters say": people counted, no one named.)
  if (words.length >= 2 && APPROXIMATORS.has(words[0].lower) && /^\d/.test(words[1].text))
    return { kind: "anonymous", name: null, role: null };
  // A day or a month is never the speaker ("… said Tuesday" read back to front).
  if (words.every((t) => WEEKDAYS.has(t.lower) || MONTHS.has(t.lower) || NEAR_DAYS.has(t.lower)))
    return { kind: "anonymous", name: null, role: null };
  // A people named by its plural ("Mexicans often say", "Iranians") names no one.
  if (words.length === 1 && /^\p{Lu}\p{Ll}+(?:ians|icans|eans)$/u.test(words[0].text))
    return { kind: "anonymous", name: null, role: null };
  // "Two of the diplomats", "One of them": the people counted, not the number.
  if (
    words.length > 2 &&
    words[1].lower === "of" &&
    (COUNTING_WORDS.has(words[0].lower) || /^\d+$/.test(words[0].text) || NUMBER_WORD.test(words[0].lower))
  ) {
    const counted = readSource(tokens.slice(tokens.indexOf(words[2])), text);
    return counted.kind === "person" ? { kind: "anonymous", name: null, role: null } : counted;
  }
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
      (/(?:ers|ors|ists|ians|ees)$/.test(headWord) &&
        (writtenInLowerCase(text, headWord) || writtenInLowerCase(text, headWord.slice(0, -1))))) &&
    !writtenAsSurname(text, head.text);
  const group =
    (ANONYMOUS_HEADS.has(headWord) || trade) &&
    !firm &&
    (capitalisedBefore.length === 0 ||
      (headWord.endsWith("s") && !capitalisedBefore.some((t) => ORGANISATION_HEADS.has(t.lower))));
  // "Orla Tiernan TD", "Jane Roe MP": a name, then the seat its holder sits in.
  // ("One Labour MP", "a Tory MP": one of a party's members, no one named.)
  const counted = COUNTING_WORDS.has(phrase[0].lower) || /^(a|an|one|another)$/.test(phrase[0].lower);
  if (ROLE_ACRONYMS.has(headWord) && h > 0 && phrase[h - 1].cap && !LEADING.has(phrase[0].lower) && !counted)
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
    const body = speaksFor(headWord) || pair ? spokenFor(words, h, text, pair ? h - 1 : h) : null;
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
    if (ORGANISATION_HEADS.has(headWord) && !ANONYMOUS_HEADS.has(headWord) && !staff && !oneOfSeveral) {
      const start = LEADING.has(phrase[0].lower) ? 1 : 0;
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

  // A capitalised head: the run of capitalised words ending at it is the name.
  let s = h;
  // It stops at a possessive: in "CNN's Jake Tapper" the person is Jake Tapper, of CNN.
  // "Duke of Sussex", "Department for Rural Affairs": "of" after a capital, "for" after a body's head, join.
  // "Builders and Contractors Federation": "and" between capitals, in a body's name.
  const bodyName = ORGANISATION_HEADS.has(headWord);
  const titleOrSeat = (t: Token | undefined) => capitalTitle(t) || seatTitle(t);
  const joins = (k: number) =>
    (phrase[k].lower === "of" && !!phrase[k - 1]?.cap) ||
    // ("Office of the Digital Privacy Commissioner", "Families Forum for the Hostages": "the" after a body's "of" or
    // "for".)
    (phrase[k].lower === "the" &&
      /^(of|for)$/.test(phrase[k - 1]?.lower ?? "") &&
      !!phrase[k + 1]?.cap &&
      (bodyName || ORGANISATION_HEADS.has(phrase[k - 2]?.lower ?? ""))) ||
    // ("Director of the Federal Bureau of Investigation James Comey", "Secretary to the Ministry of Finance …": a
    // title's "of the" or "to the", whose holder the last names are.)
    (/^(of|to)$/.test(phrase[k].lower) && titleOrSeat(phrase[k - 1]) && phrase[k + 1]?.lower === "the") ||
    (phrase[k].lower === "the" &&
      /^(of|to)$/.test(phrase[k - 1]?.lower ?? "") &&
      titleOrSeat(phrase[k - 2]) &&
      !!phrase[k + 1]?.cap) ||
    // ("Staff for the House Select Committee": not after a word that names people too, one a sentence capitalised.)
    (/^(for|on)$/.test(phrase[k].lower) &&
      !!phrase[k - 1]?.cap &&
      ORGANISATION_HEADS.has(phrase[k - 1].lower) &&
      !ANONYMOUS_HEADS.has(phrase[k - 1].lower)) ||
    // ("Minister for Finance Declan Mulqueen": a capitalised title's "for", whose holder the last names are; its
    // "and", "Minister of Water Resources and Irrigation Karim El-Shennawy".)
    (phrase[k].lower === "for" && titleOrSeat(phrase[k - 1]) && !!phrase[k + 1]?.cap) ||
    titlePortfolioAnd(phrase, k) ||
    // ("Solidarity for Economic Democracy": a body's name.)
    bodyFor(phrase, k) ||
    // ("Importers and Manufacturers Alliance of Nigeria": a body's head after the "and" makes it one name.)
    ((bodyName || bodyOfBefore(phrase, k) || bodyHeadAfter(phrase, k)) &&
      (phrase[k].lower === "and" || phrase[k].text === "&") &&
      !!phrase[k - 1]?.cap) ||
    // "Ramon dela Cruz", "Ludwig van Beethoven", "Ruth van der Merwe": lower-case particles between a given name
    // and a surname.
    particleInName(phrase, k);
  while (
    s > 0 &&
    // ("Institute of British Architects": a nationality inside a body's "of" part is part of its name.)
    // ("European Gas Importers Association": a nationality opening a body's name is part of it too, and so is any
    // capitalised word before a body's head, "Families Forum".)
    (joins(s - 1) ||
      (phrase[s - 1].cap &&
        (!NOT_NAMES.has(phrase[s - 1].lower) ||
          bodyName ||
          ORGANISATION_HEADS.has(phrase[s].lower) ||
          (s > 1 && joins(s - 2))))) &&
    (!/['’]s?$/.test(phrase[s - 1].text) ||
      possessiveInName(phrase, s - 1) ||
      // ("General Staff of Ukraine’s Armed Forces": a body's possessive inside another body's "of" part.)
      (bodyName && phrase[s - 2]?.lower === "of" && !!phrase[s - 3]?.cap))
  )
    s--;
  // The name starts after the last title ("Panel Chairman Rep. Jason Chaffetz").
  let titleAt = -1;
  let kindOpening = false;
  // ("Kaveri General Insurance Company": a name ending on a body's head holds no title; nor does one opening on a
  // body's head and its "of", "The Office of the Prime Minister".)
  const opening = LEADING.has(phrase[s].lower) ? s + 1 : s;
  const bodyOf =
    ORGANISATION_HEADS.has(phrase[opening]?.lower ?? "") && /^(?:of|for)$/.test(phrase[opening + 1]?.lower ?? "");
  // ("The Office of the Chief Procurement Officer": an office named for a title is a body.)
  const bodysName =
    (ORGANISATION_HEADS.has(headWord) && h > s) || (bodyOf && (TITLES.has(headWord) || ROLE_NOUNS.has(headWord)));
  // ("The Office of President Piotr Zaremba": a named person's office, by their name, as "Zaremba's office".)
  if (bodyOf && phrase[opening].lower === "office" && TITLES.has(phrase[opening + 2]?.lower ?? "")) {
    const owner = officeOwner(tokens, phrase, opening, text);
    if (owner?.kind === "person" && owner.name?.includes(" "))
      return { kind: "organisation", name: owner.name, role: null };
  }
  for (let k = h - 1; k >= s && !bodysName; k--) {
    const w = phrase[k].lower.replace(/\.$/, "");
    // "Spokeswoman Jessica Ditto", "Father-of-three Kieran Hendry".
    const pair = k > s && TWO_WORD_TITLES.has(`${phrase[k - 1].lower} ${w}`);
    // ("Actress Lena Corvino", "Passenger Megan Doyle": a role or a kind of person, capitalised by the sentence.)
    // (Not a title naming a body's kind, "General Department of Residency Affairs".)
    if (
      (TITLES.has(w) && !ORGANISATION_HEADS.has(phrase[k + 1]?.lower ?? "")) ||
      pair ||
      // ("Families Forum for the Hostages", "Federation of Indian Traders and Exporters": a kind of people naming a
      // body is part of its name; only one right before a name is a role.)
      // ("Consumer group Drivers First": not after a body's kind, whose name it opens.)
      (ANONYMOUS_HEADS.has(w) &&
        phrase[k + 1].cap &&
        !ORGANISATION_HEADS.has(phrase[k + 1].lower) &&
        !(k > 0 && isBodyNoun(phrase[k - 1]))) ||
      ROLE_NOUNS.has(w) ||
      // ("Co-author Ethan Brauer", "co-founder Mateo Ferreira", "Vice-Premier Zhao Hongwei", "ex-minister X".)
      (w.includes("-") && [ROLE_NOUNS, TITLES].some((list) => list.has(w.slice(w.lastIndexOf("-") + 1)))) ||
      ROLE_ACRONYMS.has(w) ||
      // ("Member of Parliament for Bukit Kenari Rachel Goh": a seat's holder, the seat written out.)
      // (Not one of several, "A Member of Parliament for Leeds North said": no holder named.)
      (w === "member" &&
        seatTitle(phrase[k]) &&
        /^(of|for)$/.test(phrase[k + 1]?.lower ?? "") &&
        !DETERMINERS.has(phrase[k - 1]?.lower ?? "")) ||
      w.includes("-of-") ||
      // ("Consultancy Petrava Energy Insights": a kind of body, capitalised by the sentence, before a longer name.)
      (kindOpening = k === 0 && h - k >= 2 && KINDS_OPENING_NAMES.has(w))
    ) {
      s = k + 1;
      if (TITLES.has(w) || ROLE_ACRONYMS.has(w) || w === "member") titleAt = k;
      break;
    }
  }
  // "Secretary of State John Kerry": the title's "of" and the word after it are the title's too; "Minister of State
  // for Health Maeve Tansey": a longer title, its holder the last two names (three with an initial).
  const holder = /^\p{Lu}\.$/u.test(phrase[h - 1]?.text ?? "") ? h - 2 : h - 1;
  if (
    titleAt >= 0 &&
    holder > s + 1 &&
    !/^(of|for)$/.test(phrase[holder - 1].lower) &&
    phrase.slice(s, holder).some((t) => /^(of|for|to)$/.test(t.lower)) &&
    phrase.slice(holder, h + 1).every((t) => t.cap && !ORGANISATION_HEADS.has(t.lower))
  )
    s = holder;
  else if (phrase[s]?.lower === "of" && s + 2 <= h) s += 2;
  // ("The Office of the Auditor General of Ontario": a title inside a body's name holds no one after it.)
  else if (bodyOf && titleAt >= 0 && /^(of|for)$/.test(phrase[s]?.lower ?? "")) s = opening;
  const nameWords = phrase.slice(s, h + 1);
  // "Trump's statement": the owner is named without the possessive, and is still a person.
  const name = join(nameWords, text).replace(/['’]s$/, "");
  // A person's title right before the name says it is a person ("Ms. White", "Dr. Fox"), whatever the words.
  // ("The Prime Minister's Office": a title's office is a body.)
  const titled =
    s > 0 &&
    TITLES.has(phrase[s - 1].lower.replace(/\.$/, "")) &&
    !ORGANISATION_HEADS.has(phrase[h].lower.replace(/['’]s$/, ""));
  const orgLike =
    !titled &&
    (nameWords.some((t) => ORGANISATION_HEADS.has(t.lower.replace(/['’]s$|\.$/, ""))) ||
      // ("Americans for Prosperity": no person's name holds "for"; "Hollin & Crane" no ampersand.)
      nameWords.some((t, k) => k > 0 && t.lower === "for") ||
      / & /.test(name) ||
      // "Harwell Foods", "Halcyon Maritime", "Sporting Almada": a company's or a club's word in a name of two or more.
      (nameWords.length > 1 && nameWords.some((t) => isBodyNameWord(t.lower.replace(/['’]s$/, "")))) ||
      // ("FrontPage Africa", "PubPeer Foundation": a word in CamelCase.)
      nameWords.some((t) => camelCased(t.text)) ||
      // "RCMP", "Saskatchewan RCMP", "NHS England": an acronym names a body, unless it is a seat ("MP").
      (isAcronym(nameWords[nameWords.length - 1]) && !nameInCapitals(nameWords)) ||
      (nameWords.length > 1 && bodyAcronym(nameWords[0]) && !nameWords.every((t) => allCapitals(t.text))));
  // A country speaks as a state, a seat of government for its government ("France said", "Downing Street said").
  const state = !titled && (STATES.has(name.toLowerCase()) || SEATS_OF_GOVERNMENT.has(name.toLowerCase()));
  const roleWords = phrase.slice(LEADING.has(phrase[0].lower) ? 1 : 0, s);
  // "The Israeli newspaper Haaretz", "the news site RTL Info": a body's kind right before its name.
  const kindWord = roleWords[roleWords.length - 1];
  // ("state-owned miner Conamin", "budget airline Skyways": a company's kind before its name; "coal miner Tom
  // Reyes" is a man at work.)
  const companyKind =
    !!kindWord &&
    !kindWord.cap &&
    (COMPANY_KINDS.has(kindWord.lower) || CALLED_KINDS.has(kindWord.lower)) &&
    (nameWords.length === 1 || !PEOPLES_KINDS.has(kindWord.lower));
  // ("Chair of the bench Margaret Ellwood": a title of that body before it makes the name its holder's.)
  // ("head of research Priya Sandhu": a post and its field.)
  const heldTitle = roleWords
    .slice(0, -1)
    .some(
      (t, k) =>
        TITLES.has(t.lower.replace(/\.$/, "")) || (FIELD_POSTS.test(t.lower) && roleWords[k + 1]?.lower === "of"),
    );
  const kindBefore =
    kindOpening || (roleWords.length > 0 && !titled && !heldTitle && (isBodyNoun(kindWord) || companyKind));
  if (orgLike || state || kindBefore || namedWithThe(phrase, s, h))
    return { kind: "organisation", name: cleanName(name), role: null };
  // ("Pensioner Aili Hämäläinen", "Publican Maura Furlong": a first of three words that names a kind of person, as
  // its ending says, and that the article writes in lower case too, is the person's role.)
  // ("Pensioner Elias Nkosi": or one news uses for a person by what they are.)
  const occupation =
    nameWords.length === 3 &&
    (ANONYMOUS_HEADS.has(nameWords[0].lower) ||
      (/(?:er|or|ist|an|ant|ent)$/.test(nameWords[0].lower) && writtenInLowerCase(text, nameWords[0].text)));
  if (occupation) roleWords.push(nameWords[0]);
  // "Neighbouring Zambara said": where it lies, not who it is.
  const describing = roleWords.filter((t) => !NOT_ROLES.has(t.lower));
  const role = describing.length ? join(describing, text) : null;
  return {
    kind: "person",
    name: occupation ? join(nameWords.slice(1), text).replace(/['’]s$/, "") : name,
    role: role && role.length > 1 ? role : null,
    others: coNamed(words.slice(h + 1), text),
  };
}

/**
 * "Sheriff's Office", "People's Party": a possessive inside a body's name, a capitalised body's head after it (not a
 * place's: "Marovia's Ministry of Health" is the Ministry of Health, of Marovia).
 */
const possessiveInName = (words: Token[], k: number) => {
  const owner = words[k].lower.replace(/['’]s$/, "");
  // ("The Attorney General's Office", "the Prime Minister's Office": a title's office is a body's name too.)
  return (
    words[k].cap &&
    (NAME_POSSESSIVES.has(owner) || TITLES.has(owner)) &&
    !!words[k + 1]?.cap &&
    ORGANISATION_HEADS.has(words[k + 1].lower)
  );
};

/** Whether a word names someone who speaks for a body or a person ("spokeswoman", "reps"; nouns.json speakingFor). */
export const speaksFor = (lower: string) => SPEAKING_FOR.has(lower);

/**
 * Places whose government speaks by their kind ("the city said", "the province said in a news release"), and a court
 * by its bench ("the bench held").
 */
export const PLACES_ACTING = /^(?:city|county|town|municipality|borough|province|bench)$/;

/**
 * Whom a spokesperson speaks for: "a spokesperson for the European Commission", "a Treasury spokesperson", "a
 * ministry spokesman" (the body as the story names it). Null when the phrase names no one ("a spokesman said").
 */
function spokenFor(words: Token[], h: number, text: string, first = h): string | null {
  const after = words.slice(h + 1);
  // ("A spokeswoman for Premier Dominic Varga": a person by their name, not their title.)
  const person = after.length > 1 && /^(for|of)$/.test(after[0].lower) ? readSource(after.slice(1), text) : null;
  if (person?.kind === "person" && person.name?.includes(" ")) return person.name;
  if (after.length > 1 && /^(for|of|at)$/.test(after[0].lower)) {
    // ("for the ministry’s General Department of Residency Affairs": the body named after its owner's possessive.)
    const owner = after.findLastIndex((t, k) => k > 0 && !t.cap && /['’]s$/.test(t.text) && !!after[k + 1]?.cap);
    return cleanName(join(after.slice(owner > 0 ? owner + 1 : 1), text));
  }
  const before = words.slice(0, first).filter((t) => !LEADING.has(t.lower));
  // ("a No 10 spokesman", "a Channel 4 spokeswoman": a number after a capital is part of the name.)
  const named = before.filter((t, k) => t.cap || (/^\d+$/.test(t.text) && before[k - 1]?.cap));
  if (named.length) return cleanName(join(named, text));
  // ("a ministry spokesman", "a city spokesperson": the body by its kind.)
  const generic = before.filter((t) => ORGANISATION_HEADS.has(t.lower) || PLACES_ACTING.test(t.lower));
  return generic.length ? generic[generic.length - 1].text : null;
}

/**
 * "The Vatican", "the American Legion", "The New York Post": a capitalised name right after "the", with no title,
 * names a body — people are not named with the article ("the Pope" and "the Wisconsin Republican" end in a
 * title or a person's noun, and stay people).
 */
function namedWithThe(phrase: Token[], s: number, h: number): boolean {
  let k = s;
  // "the American Legion": "American" is no name alone; "The Washington Post’s Ishaan Tharoor": an owner is no part.
  while (k > 0 && phrase[k - 1].cap && phrase[k - 1].lower !== "the" && !/['’]s$/.test(phrase[k - 1].text)) k--;
  if (k === 0 || phrase[k - 1].lower !== "the") return false;
  // "The Prime Minister Rishi Sunak", "the Rev. Al Sharpton", "The Duke of Sussex": a title or a person's noun
  // anywhere in the name says it is a person.
  const named = phrase.slice(k, h + 1).map((t) => t.lower.replace(/['’]s$|\.$/g, ""));
  if (named.some((w) => TITLES.has(w) || PERSON_HEADS.has(w))) return false;
  return !ANONYMOUS_HEADS.has(named[named.length - 1]);
}

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

/** "… and Mary Jones": the names after a person's name, joined by "and" or commas; empty when anything else follows. */
function coNamed(rest: Token[], text: string): string[] {
  const names: string[] = [];
  let run: Token[] = [];
  for (const t of [...rest, null]) {
    if (t && t.cap && !NOT_NAMES.has(t.lower) && !ORGANISATION_HEADS.has(t.lower)) {
      run.push(t);
      continue;
    }
    if (run.length) {
      names.push(join(run, text));
      run = [];
    }
    if (t && t.lower !== "and" && t.text !== ",") return [];
  }
  return names;
}

/** A number written in words, as a count opens a phrase ("Thirty-one of 47 economists", "Hundreds of traders"). */
const NUMBER_WORD =
  /^(?:hundreds|thousands|dozens|scores|millions|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)$/;

/** Whether only spaces stand between `at` and the start of its sentence or paragraph. */
const opensSentence = (text: string, at: number) =>
  /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, at - 4), at));
