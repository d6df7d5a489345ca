/**
 * A body named in full once and by a short form after ("Coral Ridge Capital" … "Coral Ridge said", "Sporting
 * Almada" … "Almada said", "Ashworth United" … "United said"): news shortens a company's or a club's name the way
 * it shortens a person's, and the short form alone can look like a given name and a surname. Read once the whole
 * article is known: when the article writes the speaker's words inside a longer run of capitals that holds a
 * body's word ("Capital", "Holdings", "United", "Sporting"), the speaker is that body.
 */
import { explainAttribution } from "../explain";
import type { Attribution } from "../types";
import { isBodyNameWord, LEADING, ORGANISATION_HEADS, PORTFOLIO_WORDS, ROLE_ACRONYMS, STATES, TITLES } from "../words";
import { inTitleCase } from "../text/headline";
import { NAMES_READ, calledHeOrShe } from "./one-word-names";
import { COMPANY_ENDING } from "./name-run";

/** A title or a post's letters, no club's ("CEO", "Chairman"; "Lakeshore SC" keeps its "SC"). */
const titleWord = (w: string) => TITLES.has(w) || (ROLE_ACRONYMS.has(w) && !isBodyNameWord(w));

/** Capitalised words either side of a mention that may belong to the same name. */
const AROUND = 3;
/** Mentions read for a body's name around a speaker: news names in full early, and a page of names stays linear. */
const MENTIONS_READ = 12;
const CAPITALISED = /^\p{Lu}[\p{L}'’&.]*(?:-\p{Lu}[\p{L}'’&.]*)*$/u;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const capitalAt = (text: string, k: number) => UPPER.test(text[k] ?? "");
/** Whether the word before `at` (one space back) starts with a capital. */
function capitalBefore(text: string, at: number): boolean {
  if (text[at - 1] !== " " && text[at - 1] !== "\t") return false;
  let k = at - 2;
  const floor = Math.max(0, at - 40);
  while (k > floor && !/\s/.test(text[k - 1])) k--;
  return k >= 0 && capitalAt(text, k);
}

/**
 * The longer body's name the article writes `name` inside, or null when it writes none, or when it also writes the
 * name inside capitals that name no body ("Donald Trump" beside "Trump University": a person a body is named after).
 */
export function bodyNameAround(name: string, text: string): string | null {
  let body: string | null = null;
  // ("Red Willow Lake First Nation": or the short form holds the body's word itself.)
  const own = name.split(" ").some((w) => ORGANISATION_HEADS.has(w.toLowerCase()));
  let read = 0;
  for (let at = text.indexOf(name); at >= 0 && read++ < MENTIONS_READ; at = text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (WORD_CHAR.test(text[at - 1] ?? " ") || WORD_CHAR.test(text[end] ?? " ")) continue;
    // Most mentions have no capitalised word beside them, and are passed over before anything else is read.
    if (!capitalAt(text, end + 1) && !capitalBefore(text, at)) continue;
    if (inTitleCase(text, at)) continue;
    // A name stays on its line: a headline above or a paragraph below is no part of it.
    const slice = text.slice(Math.max(0, at - 60), at);
    const line = slice.lastIndexOf("\n");
    const pieces = slice.slice(line + 1).split(/[ \t]+/);
    // A line's start opens a sentence (the "" before it says so); a slice cut inside a line may cut its first word.
    const before = line >= 0 || at <= 60 ? ["", ...pieces] : pieces;
    const after = text
      .slice(at + name.length, at + name.length + 60)
      .replace(/\n[^]*$/, "")
      .split(/[ \t]+/);
    // The last piece before a mention is "" (the space before it): words are read from the one before that. A
    // title ends the name ("Police Commissioner Dr Marlon Ashby"), and so does a sentence's first word unless it is
    // a body's ("Internal Trump University records …", "Sporting Almada said …").
    const left: string[] = [];
    for (let k = before.length - 2; k >= 1 && left.length < AROUND && CAPITALISED.test(before[k]); k--) {
      const w = before[k].toLowerCase();
      // … and a possessive: "the Zionist Union Party’s Nachman Shai" is the party's man.
      if (TITLES.has(w.replace(/\.$/, "")) || /[,.;:!?]$|['’]s$/.test(w)) break;
      if (/[.!?]["”’]?$|^$/.test(before[k - 1]) && !isBodyNameWord(w)) break;
      left.unshift(before[k]);
    }
    // (Where the capitals began, read before a leading "The" is dropped from them.)
    const outside = before.length - 2 - left.length;
    while (left.length && LEADING.has(left[0].toLowerCase())) left.shift();
    // ("Secretary of Health Teodoro Mahalin": capitals after a title's "of" or "for" are its portfolio, no body's.)
    if (
      /^(?:of|for)$/.test(before[outside] ?? "") &&
      TITLES.has((before[outside - 1] ?? "").toLowerCase().replace(/\.$/, ""))
    )
      left.length = 0;
    // ("Minister of Equipment and Water Nizar Bensouda": after "and", the portfolio's last word, then the holder.)
    const portfolio = left.findLastIndex((w) => PORTFOLIO_WORDS.has(w.toLowerCase()));
    if (portfolio >= 0 && before[outside] === "and") left.splice(0, portfolio + 1);
    const right: string[] = [];
    // Right after the name comes a space, or nothing of the name follows ("Coral Ridge, which …").
    for (let k = 1; after[0] === "" && k < after.length && right.length < AROUND; k++) {
      // A word ending a sentence or a clause ends the name there: "Coral Ridge Capital, which …".
      // ("the Larkspur Theatre’s rehearsal room", "Calder Therapeutics’ drug": a possessive ends the name too, and is
      // no part of it; "the Harbury Supporters’ Trust": a plural's apostrophe before more capitals is inside it.)
      const inside = /s['’]$/.test(after[k]) && CAPITALISED.test(after[k + 1] ?? "");
      const word = inside ? after[k] : after[k].replace(/[,.;:!?]$/, "").replace(/['’]s?$/, "");
      // ("Eamon Costigan SC", "Jane Roe MP": a seat's or a barrister's letters after a full name are no body's;
      // "Lakeshore SC" is a club.)
      const postNominal = right.length === 0 && name.includes(" ") && ROLE_ACRONYMS.has(word.toLowerCase());
      // ("Meridian CEO Gregory Lantz": a title after a company's name opens its holder's name, no part of the body's.)
      if (!CAPITALISED.test(word) || postNominal || (!own && titleWord(word.toLowerCase()))) break;
      right.push(word);
      if (word !== after[k]) break;
    }
    const around = [...left, ...right];
    if (!around.length) continue;
    if (!own && !around.some((w) => isBodyNameWord(w.toLowerCase()))) return null;
    body ??= [...left, name, ...right].join(" ");
  }
  return body;
}

/** Gives each short form of a body its full name and the institutional tier (see the file comment). */
export function settleShortBodyNames(all: Attribution[], article: string): void {
  // "Eric Trump" inside "Eric Trump Foundation": a "he" or "she" the article credits as the name says it is a
  // person's.
  const people = calledHeOrShe(all);
  const verdicts = new Map<string, string | null>();
  const verdict = (name: string) => {
    const words = name.split(" ");
    // ("Latvia told the European Commission" beside "Energy Fairness Latvia": a country alone speaks as a state.)
    const state = words.length === 1 && STATES.has(name.toLowerCase());
    const body =
      state ||
      words.length > 3 ||
      !words.every((w) => CAPITALISED.test(w)) ||
      people.has(name) ||
      verdicts.size > NAMES_READ
        ? null
        : bodyNameAround(name, article);
    // ("Hollinsworth Town" beside "Hollinsworth Town Supporters’ Trust": a name of two words or more holding a body's
    // word is a body's name already, and words after it name another body; "Security Council" is still the "United
    // Nations Security Council".)
    const complete =
      words.length > 1 && words.some((w) => isBodyNameWord(w.toLowerCase()) || ORGANISATION_HEADS.has(w.toLowerCase()));
    // ("Kestrel Bay Residential" is "Kestrel Bay Residential Ltd": a legal ending names no other body.)
    const legalEnding =
      !!body && body.startsWith(`${name} `) && COMPANY_ENDING.test(body.slice(name.length + 1).toLowerCase());
    return body && complete && !body.endsWith(name) && !legalEnding ? null : body;
  };
  for (const a of all) {
    const name = a.speaker;
    if (!name || a.role || (a.tier !== "on-record" && a.tier !== "institutional")) continue;
    let body = verdicts.get(name);
    if (body === undefined) verdicts.set(name, (body = verdict(name)));
    if (!body) continue;
    a.tier = "institutional";
    a.speaker = body;
    a.explanation = explainAttribution(a, false);
  }
}
