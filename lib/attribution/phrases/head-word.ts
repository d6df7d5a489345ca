/**
 * Where a source phrase's head is — the word its name or kind ends on ("Sources" in "Sources within the
 * military", "Kerry" in "Secretary of State John Kerry") — and the tests of a body's or a title's name running on
 * through "of", "for", "and" or "to the" that decide it.
 */
import type { Token } from "../text/sentences";
import {
  AFTER_PARTICIPLE,
  ANONYMOUS_HEADS,
  DOCUMENT_HEADS,
  POSSESSIVE_PRONOUNS,
  HEAD_BREAKS,
  IRREGULAR_PARTICIPLES,
  LEADING,
  ORGANISATION_HEADS,
  PERIODS,
  PERSON_HEADS,
  PORTFOLIO_WORDS,
  ROLE_ACRONYMS,
  ROLE_NOUNS,
  SPEAKING_FOR,
  PERIOD_OPENERS as TIME_OPENERS,
  TITLES,
  FIELD_POSTS,
  DETERMINERS,
  isBodyNameWord,
  PREPOSITIONS,
  PLACES_WITH_OF,
} from "../words";
import { isTimeWord } from "./time";

/** A parent, and the count of children a role gives them ("mother of three"). */
const PARENT = /^(?:mother|father|grandmother|grandfather|great-grandmother|great-grandfather|mum|mom|dad|parent)$/;
const SMALL_COUNT = /^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;

/** The head word of a phrase: the last word before a post-modifier ("Sources" in "Sources within the military"). */
export function headIndex(words: Token[]): number {
  for (let k = 1; k < words.length; k++) {
    if (postModifier(words, k)) return k - 1;
    // "a poll last week", "a study last year by economists": a time after the head dates it.
    if (!words[k].cap && TIME_OPENERS.has(words[k].lower) && words[k + 1] && PERIODS.has(words[k + 1].lower))
      return k - 1;
    if (!HEAD_BREAKS.has(words[k].lower) || words[k].cap) continue;
    // ("Federal and state officials", "Companies and individuals": "and" joins words before one group's head.)
    if (words[k].lower === "and" && groupHeadAfter(words, k)) continue;
    // "Department for Rural Affairs", "Ministry of Health", "Commission on Audit": a body's name runs on through
    // "for", "of" or "on".
    // ("Chamber of Mines of Mavunde": a second "of" after the body's head runs on too.)
    // ("Office of the Digital Privacy Commissioner": or "of the" and capitals.)
    const capitalAfter = words[k + 1]?.cap || (words[k + 1]?.lower === "the" && words[k + 2]?.cap);
    // ("Minutes of the Reserve Bank's July meeting": a document's word opening the sentence is no body's name.)
    const document = k === 1 && DOCUMENT_HEADS.has(words[0].lower);
    if (
      /^(of|for|on)$/.test(words[k].lower) &&
      words[k - 1].cap &&
      capitalAfter &&
      !document &&
      bodyHeadInRun(words, k - 1)
    )
      continue;
    // ("Executive Director and spokesperson Mosharraf Hossain Talukder": a title, "and" a second role in lower case,
    // then the holder of both.)
    if (words[k].lower === "and" && words[k - 1].cap && TITLES.has(words[k - 1].lower) && secondRole(words, k + 1))
      continue;
    // ("Domestic Trade and Cost of Living Minister Kamarul Hashim": a portfolio's "of", a title and its holder after.)
    // ("Critics of Health Secretary Wes Streeting": not after a group's noun, whose "of" says whose critics they are.)
    const portfolio = k > 1 && (words[k - 2].cap || words[k - 2].lower === "and");
    if (words[k].lower === "of" && words[k - 1].cap && portfolio && titleThenHolder(words, k + 1)) continue;
    // ("Isle of Man Today", "the Bay of Plenty Regional Council": a place's name runs on through its "of".)
    if (words[k].lower === "of" && words[k - 1].cap && words[k + 1]?.cap && PLACES_WITH_OF.has(words[k - 1].lower))
      continue;
    // ("Solidarity for Economic Democracy", "Americans for Prosperity": a name holding "for" is a body's.)
    if (bodyFor(words, k)) continue;
    // ("head of origination Priya Sandhu-Mercer", "Undersecretary for regional operations Rogelio Manabat": a post's
    // "of" or "for" and its field in lower case, then the holder's name closing the phrase.)
    const holder = fieldThenHolder(words, k);
    if (holder > 0) {
      k = holder - 1;
      continue;
    }
    // "Singapore Builders and Contractors Federation", "Highlands and Islands MSP Morag MacKinnon": "and" inside a
    // place's or a body's name, a body's head or a seat among the capitals after it ("John Smith and Mary Jones" are
    // two people).
    if (words[k].lower === "and" && words[k - 1].cap && namesBodyOrSeat(words, k + 1)) continue;
    // "Ministry of Health and Welfare", "Institute for Health and Social Affairs": "and" inside the "of" part of a
    // body's name.
    if (words[k].lower === "and" && words[k - 1].cap && words[k + 1]?.cap && bodyOfBefore(words, k)) continue;
    // ("Minister of Water Resources and Irrigation Karim El-Shennawy": or inside a title's.)
    if (titlePortfolioAnd(words, k)) continue;
    // ("Industry and Trade minister Salum Kombo": a portfolio in capitals with its "and", a title in lower case and
    // its holder after.)
    if (portfolioThenTitle(words, k)) continue;
    // ("The secretary of state's office", "the Department of Justice's inspector general": an "of" inside a possessive,
    // whose head comes after it.)
    // ("the head of the RNC's rules committee" is its head: "of the" opens what it heads; so does a named owner after
    // a role, "The head of Britain's MI6", "the chief of Google's cloud unit".)
    const possessive = words.slice(k + 1, k + 4).findIndex((t) => /['’]s$/.test(t.text));
    const bare = words.slice(k + 1, k + 2 + possessive).every((t) => !DETERMINERS.has(t.lower));
    const role =
      words[k - 1].lower === "head" ||
      [TITLES, ROLE_NOUNS, ANONYMOUS_HEADS, PERSON_HEADS].some((list) => list.has(words[k - 1].lower));
    // ("the Michigan Secretary of State's office": a portfolio's word is the title's.)
    // ("The Mayor of London's office", "the Duke of Sussex's spokesperson": the title's own office speaks.)
    const owner = words[k + 1 + possessive];
    const owned = words[k + 2 + possessive]?.lower ?? "";
    const namedOwner =
      role &&
      !!owner?.cap &&
      !PORTFOLIO_WORDS.has(owner.lower.replace(/['’]s$/, "")) &&
      !/^(office|spokesperson|spokesman|spokeswoman|team|aides?|press)$/.test(owned);
    if (words[k].lower === "of" && possessive >= 0 && bare && !namedOwner && k + 2 + possessive < words.length) {
      k += 1 + possessive;
      continue;
    }
    // ("Mother of three Nomathemba Zulu", "a grandfather of 11": a parent's count is part of the role, the name after.)
    if (words[k].lower === "of" && PARENT.test(words[k - 1].lower) && SMALL_COUNT.test(words[k + 1]?.lower ?? "")) {
      k++;
      continue;
    }
    // "close to", "familiar with", "privy to" break the phrase; "a close ally" does not.
    if (/^(close|familiar|privy)$/.test(words[k].lower) && !/^(to|with)$/.test(words[k + 1]?.lower ?? "")) continue;
    // "Secretary of State John Kerry", "Director of the Federal Bureau of Investigation James Comey", "Secretary to
    // the Ministry of Finance Dilrukshi Amarasekera": a title's "of" or "to the" is part of the title, a body's name
    // and the holder's still to come.
    if (titleRunsOn(words, k)) continue;
    return k - 1;
  }
  return words.length - 1;
}

/**
 * Where the holder's name starts when "of" or "for" at `k` follows a post and opens its field, one to three words in
 * lower case ("news and talk"), and a name closes the phrase; else -1.
 */
function fieldThenHolder(words: Token[], k: number): number {
  const post = words[k - 1].lower.replace(/\.$/, "");
  if (!/^(of|for)$/.test(words[k].lower) || !(FIELD_POSTS.test(post) || TITLES.has(post))) return -1;
  // ("Mayoral committee member for water and sanitation Thandeka Mqoboli": a member's portfolio takes "for" too.)
  if (words[k].lower === "for" && !TITLES.has(post) && post !== "member") return -1;
  // (The field stops at a preposition: "professor of economics at Harvard University" names a body after it.)
  const inField = (t: Token) =>
    !t.cap && !DETERMINERS.has(t.lower) && (!PREPOSITIONS.has(t.lower) || /^(and|or)$/.test(t.lower));
  let j = k + 1;
  while (j < words.length && j <= k + 3 && inField(words[j])) j++;
  // ("head of origination Priya Sandhu-Mercer": one word of field, then any capital, as before.)
  if (j === k + 2 && words[k].lower === "of" && FIELD_POSTS.test(post)) return words[j]?.cap ? j : -1;
  // (A person's name, no body's: "Director of research Acme Corp" is no holder.)
  const holder = words.slice(j);
  const named = holder.every((t) => t.cap && !ORGANISATION_HEADS.has(t.lower) && !isBodyNameWord(t.lower));
  return j > k + 1 && holder.length >= 2 && named ? j : -1;
}

/**
 * Whether "for" at `k` joins a body's name ("Solidarity for Economic Democracy", "Americans for Prosperity"): capitals
 * either side, and no title or role before it ("Minister for Health", "the MP for Akyem Asuboa", "Reps for Anand").
 */
export function bodyFor(words: Token[], k: number): boolean {
  if (words[k]?.lower !== "for" || !words[k - 1]?.cap || !words[k + 1]?.cap) return false;
  return !words.slice(0, k).some((t) => {
    const w = t.lower.replace(/\.$/, "");
    // ("the Member for Coolabin": a seat's holder.)
    return (
      TITLES.has(w) ||
      ROLE_ACRONYMS.has(w) ||
      ROLE_NOUNS.has(w) ||
      PERSON_HEADS.has(w) ||
      SPEAKING_FOR.has(w) ||
      w === "member"
    );
  });
}

/** A title written with a capital ("Director"; "the director of …" is a role at a body, not a title). */
export const capitalTitle = (t: Token | undefined) => !!t?.cap && TITLES.has(t.lower);

/**
 * A seat written as a title, its "of" or "for" and the seat to come ("Member of Parliament Rachel Goh", "MP for Bukit
 * Kenari Rachel Goh", "Member of the Legislative Assembly for Kuching …").
 */
export const seatTitle = (t: Token | undefined) => !!t?.cap && (t.lower === "member" || ROLE_ACRONYMS.has(t.lower));

/**
 * Whether the title before `k` runs on through its "of" into three capitals or more, a body and a name ("Secretary of
 * State John Kerry"), or, capitalised, through "of the" or "to the" ("Director of the Federal Bureau of
 * Investigation James Comey", "Chair of the bench Margaret Ellwood"; "the director of the bureau" is a role at a body).
 */
function titleRunsOn(words: Token[], k: number): boolean {
  // ("A Member of Parliament for Leeds North": one of several, no holder named.)
  const seat = seatTitle(words[k - 1]) && !DETERMINERS.has(words[k - 2]?.lower ?? "");
  if (!TITLES.has(words[k - 1].lower) && !seat) return false;
  let j = k + 1;
  if (/^(of|to)$/.test(words[k].lower) && words[j]?.lower === "the") {
    if (!words[k - 1].cap) return false;
    j++;
    // ("Chair of the bench Margaret Ellwood": one lower-case word, then the holder's name, closing the phrase.)
    const rest = words.slice(j + 1);
    if (words[j]?.word && !words[j].cap && rest.length >= 2 && rest.every((t) => t.cap && t.word)) return true;
  } else if (words[k].lower !== "of" && words[k].lower !== "for") return false;
  let capitals = 0;
  for (; j < words.length && (words[j].cap || /^(of|for|and)$/.test(words[j].lower)); j++) if (words[j].cap) capitals++;
  return capitals >= 3;
}

/**
 * Whether "and" at `k` joins a title's portfolio, its holder's name still to come ("Minister of Water Resources and
 * Irrigation Karim El-Shennawy"): a capitalised title and "of" or "for" before it, and at least three capitals after
 * it, the first no title ("Minister of Health Jane Doe and Minister …" are two).
 */
export function titlePortfolioAnd(words: Token[], k: number): boolean {
  if (words[k]?.lower !== "and" || !words[k + 1]?.cap || TITLES.has(words[k + 1].lower)) return false;
  let before = false;
  for (let j = k - 1; j > 0 && j > k - 6 && !before; j--) {
    if (/^(of|for)$/.test(words[j].lower)) before = capitalTitle(words[j - 1]);
    else if (!words[j].cap) return false;
  }
  let capitals = 0;
  for (let j = k + 1; words[j]?.cap; j++) capitals++;
  return before && capitals >= 3;
}

/** "and" at `k` inside a portfolio, capitals either side, then a title in lower case and a capitalised name. */
function portfolioThenTitle(words: Token[], k: number): boolean {
  if (words[k]?.lower !== "and" || !words[k - 1]?.cap) return false;
  let j = k + 1;
  while (words[j]?.cap && !TITLES.has(words[j].lower)) j++;
  return j > k + 1 && TITLES.has(words[j]?.lower ?? "") && !words[j].cap && !!words[j + 1]?.cap;
}

/** A body's head and "of" or "for" before `k`, all capitalised since ("Ministry of Health", "Institute for Health"). */
export function bodyOfBefore(words: Token[], k: number): boolean {
  for (let j = k - 1; j > 0 && j > k - 6; j--) {
    // (Not a word that names people too, "Staff for the House Select Committee": staff who speak for it.)
    if (/^(of|for)$/.test(words[j].lower))
      return words[j - 1].cap && ORGANISATION_HEADS.has(words[j - 1].lower) && !ANONYMOUS_HEADS.has(words[j - 1].lower);
    if (!words[j].cap) return false;
  }
  return false;
}

/**
 * Whether the run of capitals (and "of"/"for"/"on") ending at `k` holds a body's head or a title ("Chamber of Mines",
 * "Minister of State"), so that a name or a title runs on through another "of" or "for".
 */
export function bodyHeadInRun(words: Token[], k: number): boolean {
  // ("Central Bank of the Republic of Turkey": back through a body's own "of the" too.)
  const joining = (j: number) =>
    /^(of|for|on)$/.test(words[j].lower) || (words[j].lower === "the" && /^(of|for)$/.test(words[j - 1]?.lower ?? ""));
  for (let j = k; j >= 0 && (words[j].cap || joining(j)); j--) {
    if (!words[j].cap) continue;
    // (A title opening the run runs on only through its own "of": "Minister of State for …", not "Senator Bernie
    // Sanders of …" nor "Peter T. King of …".)
    const opensRun = j === 0 || !words[j - 1].cap;
    const titleOf = opensRun && TITLES.has(words[j].lower) && /^(of|for)$/.test(words[j + 1]?.lower);
    // (A word that names people too opens no body's name: "Staff for the House Select Committee" are its staff.)
    const people = opensRun && ANONYMOUS_HEADS.has(words[j].lower);
    if ((ORGANISATION_HEADS.has(words[j].lower) && !people) || titleOf) return true;
  }
  return false;
}

/** Whether a body's head ("Alliance", "Association") follows in the capitalised words after `k`. */
export function bodyHeadAfter(words: Token[], k: number): boolean {
  for (let j = k + 1; j < words.length && words[j].cap; j++) if (ORGANISATION_HEADS.has(words[j].lower)) return true;
  return false;
}

/** Capitalised words from `k` naming a body or a seat: a body's head, a seat or a title ("Islands MSP"). */
function namesBodyOrSeat(words: Token[], k: number): boolean {
  // ("Domestic Trade and Cost of Living Minister Kamarul Hashim": through an "of" between capitals, to a title only;
  // "Serena Kelleher-Vergantini of Washington's Institute for …" is a person of a body.)
  let through = false;
  for (let j = k; j < words.length; j++) {
    const w = words[j].lower;
    if (!words[j].cap) {
      if (j > k && w === "of" && words[j + 1]?.cap) through = true;
      else break;
    } else if (TITLES.has(w) || (!through && (ORGANISATION_HEADS.has(w) || ROLE_ACRONYMS.has(w)))) return true;
  }
  return false;
}

/** A role in lower case at `k` ("spokesperson", "chief executive"), then a capitalised name. */
function secondRole(words: Token[], k: number): boolean {
  let j = k;
  while (
    j < words.length &&
    j < k + 3 &&
    !words[j].cap &&
    (TITLES.has(words[j].lower) || ROLE_NOUNS.has(words[j].lower) || SPEAKING_FOR.has(words[j].lower))
  )
    j++;
  return j > k && !!words[j]?.cap && !!words[j + 1]?.cap;
}

/** Capitals from `k` on that hold a title with a capitalised name after it ("Living Minister Kamarul Hashim"). */
function titleThenHolder(words: Token[], k: number): boolean {
  for (let j = k; j < words.length && words[j].cap; j++)
    if (TITLES.has(words[j].lower) && words[j + 1]?.cap && !ORGANISATION_HEADS.has(words[j + 1].lower)) return j > k;
  return false;
}

/** A lower-case participle ("filed", "taken", "seen"). */
export const participleWord = (t: Token) => !t.cap && (t.lower.endsWith("ed") || IRREGULAR_PARTICIPLES.has(t.lower));

/** A participle opening a phrase after the head: "a poll [taken last week]", "the letter [reviewed by] The Post". */
function postModifier(words: Token[], k: number): boolean {
  // ("a Washington Post database tracking such deaths": a document and what it does; "the brigade defending the
  // area": a body and what it does to something, where "the council meeting" is one noun.)
  if (/ing$/.test(words[k].lower) && !words[k].cap) {
    if (DOCUMENT_HEADS.has(words[k - 1].lower)) return true;
    if (ORGANISATION_HEADS.has(words[k - 1].lower) && DETERMINERS.has(words[k + 1]?.lower ?? "")) return true;
  }
  if (!participleWord(words[k])) return false;
  const before = words[k - 1].lower;
  // ("a survey carried out by …": past the participle's particle.)
  const particle = /^(?:out|up)$/.test(words[k + 1]?.lower ?? "") ? 1 : 0;
  const next = words[k + 1 + particle]?.lower ?? "";
  // "a complaint filed Tuesday by …": a day right after the participle dates it as "on" would.
  // ("a newly released study": an adverb before the participle makes it the head's own; "a tally released" is no
  // adverb's.)
  const adverb = before.endsWith("ly") && !DOCUMENT_HEADS.has(before);
  return !LEADING.has(before) && !adverb && (AFTER_PARTICIPLE.has(next) || isTimeWord(next));
}

/**
 * Whether the "and" at `k` joins two words describing one group, its head last ("Federal and state officials"): a
 * describing word in lower case, then the group's head; not a person's team ("Raghavan and colleagues", "She and her
 * colleagues", "Penhaligon and six colleagues"), nor a body and its allies.
 */
function groupHeadAfter(words: Token[], k: number): boolean {
  const rest = words.slice(k + 1);
  return (
    rest.length === 2 &&
    rest.every((t) => t.word && !t.cap && !HEAD_BREAKS.has(t.lower)) &&
    !POSSESSIVE_PRONOUNS.has(rest[0].lower) &&
    !/^(?:\d.*|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|other|fellow)$/.test(rest[0].lower) &&
    ANONYMOUS_HEADS.has(rest[1].lower)
  );
}
