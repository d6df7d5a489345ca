/**
 * A source whose head is capitalised: the run of capitalised words ending at it is the name, and what stands before
 * the run (a title, a kind of body, "the") says whether it names a person or a body.
 */
import type { SourceReading } from "./source-kind";
import {
  ANONYMOUS_HEADS,
  PLACES_WITH_OF,
  PORTFOLIO_WORDS,
  isBodyNameWord,
  LEADING,
  NAME_POSSESSIVES,
  NOT_NAMES,
  NOT_ROLES,
  ORGANISATION_HEADS,
  PERSON_HEADS,
  ROLE_ACRONYMS,
  KINDS_OPENING_NAMES,
  CALLED_KINDS,
  COMPANY_KINDS,
  PEOPLES_KINDS,
  ROLE_NOUNS,
  SEATS_OF_GOVERNMENT,
  STATES,
  PARTY_NAMES,
  TITLES,
  TWO_WORD_TITLES,
  FIELD_POSTS,
  DETERMINERS,
} from "../words";
import type { Token } from "../text/sentences";
import { particleInName } from "../phrases/noun-phrase";
import { isBodyNoun } from "../phrases/maker";
import {
  bodyFor,
  bodyHeadAfter,
  bodyHeadInRun,
  bodyOfBefore,
  capitalTitle,
  seatTitle,
  titlePortfolioAnd,
} from "../phrases/head-word";
import { allCapitals } from "../text/headline";
import { spelledAsAcronym } from "./acronyms";
import { camelCased } from "./source-shapes";
import { cleanName, isAcronym, join, pluralTitle, stateClosesName, titleOpensCompanyName } from "./name-text";
import { writtenInLowerCase } from "../text/lower-words";
import { sexOfNoun } from "./sex";

/** An age written before a name: "Sixty-eight-year-old", "Three-month-old". */
const AGED = /-(?:years?|months?|weeks?)-old$/i;

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

/**
 * "Sheriff's Office", "People's Party": a possessive inside a body's name, a capitalised body's head after it (not a
 * place's: "Marovia's Ministry of Health" is the Ministry of Health, of Marovia).
 */
/** The heads of a state's organs, which news names by the state's possessive ("Russia's Defense Ministry"). */
const STATE_ORGANS =
  /^(?:ministry|ministries|force|forces|staff|army|navy|military|government|cabinet|presidency|embassy|guard|command)$/;

/** Whether the words right before `s` are a state's name in the possessive ("Saudi Arabia's", "Russia's"). */
const stateBefore = (words: Token[], s: number) =>
  /['’]s$/.test(words[s - 1].text) &&
  [1, 2, 3].some(
    (n) =>
      s - n >= 0 &&
      STATES.has(
        words
          .slice(s - n, s)
          .map((t) => t.lower)
          .join(" ")
          .replace(/['’]s$/, ""),
      ),
  );

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

/** Whose office the word at `h` is, as source-kind.ts reads it (passed in: that module calls this one). */
type OfficeOwner = (tokens: Token[], words: Token[], h: number, text: string) => SourceReading | null;

/** A company's legal ending ("Ltd", "PLT", "GmbH"), which a title before the name does not outweigh. */
export const COMPANY_ENDING = /^(?:ltd|limited|plc|inc|llp|llc|plt|bhd|gmbh|nv|bv|corp|hf|ehf)\.?$/;

/**
 * Reads a source phrase whose head, `words[h]` (`headWord` in lower case, less a possessive), is capitalised: the
 * name, its kind, and the role written before it.
 */
export function readNameRun(
  tokens: Token[],
  words: Token[],
  h: number,
  headWord: string,
  text: string,
  officeOwner: OfficeOwner,
): SourceReading {
  const phrase = words.slice(0, h + 1);
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
      // ("Office of the Comptroller of the Currency", "Court of Appeals for the Seventh Circuit": or a body's head
      // earlier in the run.)
      (bodyName || ORGANISATION_HEADS.has(phrase[k - 2]?.lower ?? "") || (k > 1 && bodyHeadInRun(phrase, k - 2)))) ||
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
      (ORGANISATION_HEADS.has(phrase[k - 1].lower) ||
        (phrase[k].lower === "for" && k > 1 && bodyHeadInRun(phrase, k - 1))) &&
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
    particleInName(phrase, k) ||
    // ("Channel 4 News", "BBC Radio 5 Live": a small number inside a name; a year is none, nor a rank, "World No. 2".)
    (/^\d{1,2}$/.test(phrase[k].text) &&
      !!phrase[k - 1]?.cap &&
      !!phrase[k + 1]?.cap &&
      !/^(?:no|nos|number)\.?$/.test(phrase[k - 1].lower));
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
    // ("Sixty-eight-year-old Mandla Zulu": an age opening the sentence is no part of the name.)
    !AGED.test(phrase[s - 1].text) &&
    (!/['’]s?$/.test(phrase[s - 1].text) ||
      possessiveInName(phrase, s - 1) ||
      // ("Russia's Defense Ministry", "Ukraine's General Staff": a state's organ, which the state tells apart from
      // another state's; "South Korea's Seoul Industry Daily" is named without it.)
      (STATE_ORGANS.test(headWord) && stateBefore(phrase, s)) ||
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
    // ("Senior Counsel Nigel Bancroft-Hughes": its first word may be one no name holds, outside the run.)
    const pair = k > 0 && TWO_WORD_TITLES.has(`${phrase[k - 1].lower} ${w}`);
    // ("Actress Lena Corvino", "Passenger Megan Doyle": a role or a kind of person, capitalised by the sentence.)
    // (Not a title naming a body's kind, "General Department of Residency Affairs".)
    if (
      (TITLES.has(w) && !ORGANISATION_HEADS.has(phrase[k + 1]?.lower ?? "")) ||
      pair ||
      // ("Families Forum for the Hostages", "Federation of Indian Traders and Exporters": a kind of people naming a
      // body is part of its name; only one right before a name is a role.)
      // ("Consumer group Drivers First": not after a body's kind, whose name it opens.)
      // ("National Federation of Hog Farmers Inc.": nor before a company's ending.)
      (ANONYMOUS_HEADS.has(w) &&
        phrase[k + 1].cap &&
        !ORGANISATION_HEADS.has(phrase[k + 1].lower.replace(/\.$/, "")) &&
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
  // ("Minister for Water Resources V. Kalaiselvi", "Leader of the Opposition M. Arulprakasam": an initial opening the
  // holder's name, a portfolio's or a body's word before it.)
  const initialAt = /^\p{Lu}\.$/u.test(phrase[h - 1]?.text ?? "");
  const beforeInitial = phrase[h - 2]?.lower ?? "";
  const initialOpens =
    initialAt &&
    (PORTFOLIO_WORDS.has(beforeInitial) || ORGANISATION_HEADS.has(beforeInitial) || beforeInitial === "opposition");
  const two = initialAt && !initialOpens ? h - 2 : h - 1;
  // ("Minister of Tourism Ibrahim Fayaz Naseem": three names after a word that ends a portfolio.)
  const given = phrase[two - 1];
  const three =
    !!given?.cap &&
    PORTFOLIO_WORDS.has(phrase[two - 2]?.lower ?? "") &&
    ![PORTFOLIO_WORDS, ORGANISATION_HEADS, TITLES, NOT_NAMES].some((list) => list.has(given.lower));
  const holder = three ? two - 1 : two;
  if (
    titleAt >= 0 &&
    holder > s + 1 &&
    !/^(of|for)$/.test(phrase[holder - 1].lower) &&
    phrase.slice(s, holder).some((t) => /^(of|for|to)$/.test(t.lower)) &&
    phrase.slice(holder, h + 1).every((t) => t.cap && !ORGANISATION_HEADS.has(t.lower))
  )
    s = holder;
  // ("The Office of the Auditor General of Ontario", "the Office of the Comptroller of the Currency": a title inside a
  // body's name holds no one after it.)
  else if (bodyOf && titleAt >= 0 && /^(of|for)$/.test(phrase[s]?.lower ?? "")) s = opening;
  else if (phrase[s]?.lower === "of" && s + 2 <= h) s += 2;
  // ("General Motors", "Regent Properties": a title's word opening a name whose one word after it is a company's.)
  if (titleAt === 0 && s === h && s === 1 && titleOpensCompanyName(phrase.map((t) => t.text))) s = 0;
  const nameWords = phrase.slice(s, h + 1);
  // "Trump's statement": the owner is named without the possessive, and is still a person.
  const name = join(nameWords, text).replace(/['’]s$/, "");
  // A person's title right before the name says it is a person ("Ms. White", "Dr. Fox"), whatever the words.
  // ("The Prime Minister's Office": a title's office is a body.)
  const titled =
    s > 0 &&
    TITLES.has(phrase[s - 1].lower.replace(/\.$/, "")) &&
    !ORGANISATION_HEADS.has(phrase[h].lower.replace(/['’]s$/, ""));
  // ("Serumpun's external auditor Chong Iskandar PLT": a company's legal ending outweighs the title before it.)
  const legalEnding = COMPANY_ENDING.test(nameWords[nameWords.length - 1]?.lower ?? "");
  const bodyWords =
    nameWords.some((t) => ORGANISATION_HEADS.has(t.lower.replace(/['’]s$|\.$/, ""))) ||
    // ("Americans for Prosperity": no person's name holds "for"; "Hollin & Crane" no ampersand.)
    nameWords.some((t, k) => k > 0 && t.lower === "for") ||
    / & /.test(name) ||
    // "Harwell Foods", "Halcyon Maritime", "Sporting Almada": a company's or a club's word in a name of two or more.
    (nameWords.length > 1 && nameWords.some((t) => isBodyNameWord(t.lower.replace(/['’]s$/, "")))) ||
    // ("Isle of Man Today": a place's name, and what follows it, is no person's.)
    (PLACES_WITH_OF.has(nameWords[0].lower) && nameWords[1]?.lower === "of") ||
    // ("Sinn Féin", "Fine Gael": a party named like a person; nouns.json partyNames.)
    PARTY_NAMES.has(name.toLowerCase()) ||
    // ("Porthcarrow Harbour Commissioners", "Trustees" closing a name: a board by its members' title, plural.)
    (nameWords.length > 1 && pluralTitle(nameWords[nameWords.length - 1].lower)) ||
    // ("Medisupply Kenya", "Airtel Nigeria": a company's branch in a country; nouns.json statesAlsoSurnames.)
    (nameWords.length > 1 && stateClosesName(nameWords)) ||
    // ("FrontPage Africa", "PubPeer Foundation": a word in CamelCase.)
    nameWords.some((t) => camelCased(t.text)) ||
    // "RCMP", "Saskatchewan RCMP", "NHS England": an acronym names a body, unless it is a seat ("MP").
    (isAcronym(nameWords[nameWords.length - 1]) && !nameInCapitals(nameWords)) ||
    (nameWords.length > 1 && bodyAcronym(nameWords[0]) && !nameWords.every((t) => allCapitals(t.text)));
  // ("The company's auditor KPMG", "Domain registrar GoDaddy": a role bodies hold, before a body's name.)
  const roleOfBodies = titled && /^(?:auditor|registrar)$/.test(phrase[s - 1].lower);
  const orgLike = legalEnding || (bodyWords && (!titled || roleOfBodies));
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
      // ("Grandmother Pauline Hathersage": a word for a man or a woman is no given name.)
      !!sexOfNoun(nameWords[0].lower) ||
      // ("Neighbour Steven Hall": or its plural, "the neighbours".)
      (/(?:er|or|our|ist|an|ant|ent)$/.test(nameWords[0].lower) &&
        (writtenInLowerCase(text, nameWords[0].text) || writtenInLowerCase(text, `${nameWords[0].text}s`))));
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
