/**
 * A body named in full once and by a short form after ("Coral Ridge Capital" … "Coral Ridge said", "Sporting
 * Almada" … "Almada said", "Ashworth United" … "United said"): news shortens a company's or a club's name the way
 * it shortens a person's, and the short form alone can look like a given name and a surname. Read once the whole
 * article is known: when the article writes the speaker's words inside a longer run of capitals that holds a
 * body's word ("Capital", "Holdings", "United", "Sporting"), the speaker is that body.
 */
import { explainAttribution } from "../explain";
import type { Attribution } from "../types";
import { BODY_NAME_WORDS, LEADING, TITLES } from "../words";
import { inTitleCase } from "./one-word-names";

/** Capitalised words either side of a mention that may belong to the same name. */
const AROUND = 3;
/** Mentions of a speaker read for its full name; a page of names stays linear. */
const MENTIONS_READ = 30;
const CAPITALISED = /^\p{Lu}[\p{L}'’&.]*(?:-\p{Lu}[\p{L}'’&.]*)*$/u;

/** A "he" or "she" the speaker was linked through: a person, whatever their name looks like. */
const PERSONAL_SOURCE = /^(?:he|she)$/i;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The longer body's name the article writes `name` inside, or null when it writes none, or when it also writes the
 * name inside capitals that name no body ("Donald Trump" beside "Trump University": a person a body is named after).
 */
export function bodyNameAround(name: string, text: string): string | null {
  const mention = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, "gu");
  let body: string | null = null;
  let read = 0;
  for (let m = mention.exec(text); m && read++ < MENTIONS_READ; m = mention.exec(text)) {
    if (inTitleCase(text, m.index)) continue;
    // A name stays on its line: a headline above or a paragraph below is no part of it.
    const before = text
      .slice(Math.max(0, m.index - 60), m.index)
      .replace(/^[^]*\n/, "\n")
      .split(/[ \t]+/);
    const after = text
      .slice(m.index + name.length, m.index + name.length + 60)
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
      if (/[.!?]["”’]?$|^$/.test(before[k - 1]) && !BODY_NAME_WORDS.has(w)) break;
      left.unshift(before[k]);
    }
    while (left.length && LEADING.has(left[0].toLowerCase())) left.shift();
    const right: string[] = [];
    // Right after the name comes a space, or nothing of the name follows ("Coral Ridge, which …").
    for (let k = 1; after[0] === "" && k < after.length && right.length < AROUND; k++) {
      // A word ending a sentence or a clause ends the name there: "Coral Ridge Capital, which …".
      const word = after[k].replace(/[,.;:!?]$/, "");
      if (!CAPITALISED.test(word)) break;
      right.push(word);
      if (word !== after[k]) break;
    }
    const around = [...left, ...right];
    if (!around.length) continue;
    if (!around.some((w) => BODY_NAME_WORDS.has(w.toLowerCase()))) return null;
    body ??= [...left, name, ...right].join(" ");
  }
  return body;
}

/** Gives each short form of a body its full name and the institutional tier (see the file comment). */
export function settleShortBodyNames(all: Attribution[], article: string): void {
  // "Eric Trump" inside "Eric Trump Foundation": a "he" or "she" the article credits as the name says it is a
  // person's.
  const people = new Set(
    all.flatMap((a) => (a.speaker && PERSONAL_SOURCE.test(a.source?.text ?? "") ? [a.speaker] : [])),
  );
  const verdicts = new Map<string, string | null>();
  for (const a of all) {
    const name = a.speaker;
    if (!name || a.role || (a.tier !== "on-record" && a.tier !== "institutional") || name.split(/\s+/).length > 3)
      continue;
    if (!name.split(/\s+/).every((w) => CAPITALISED.test(w)) || people.has(name)) continue;
    if (!verdicts.has(name)) verdicts.set(name, bodyNameAround(name, article));
    const body = verdicts.get(name);
    if (!body) continue;
    a.tier = "institutional";
    a.speaker = body;
    a.explanation = explainAttribution(a, false);
  }
}
