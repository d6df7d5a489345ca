/**
 * A name of two words or more that the article speaks of as "it" before it speaks is a body's, however its words
 * look ("In its filing, Halvorsen Motors said …", "In a statement posted to its website, Cascade Harvest said …").
 * Read once the whole article is known, for speakers read as people only because their names look like a given name
 * and a surname. A "he" or "she" credited with the name, a courtesy title before it, or "he", "his", "she" or "her"
 * in what it says keeps it a person. ("Delaney said its waiting list had grown": a person speaks of their body's
 * things too, so what it says opening with "its" tells nothing.)
 */
import { explainAttribution } from "../explain";
import type { Attribution } from "../types";
import { BODY_HEADS } from "../words";
import { COURTESY } from "./name-text";
import { calledHeOrShe, NAMES_READ, PERSONAL, sentenceStartBefore } from "./one-word-names";

/**
 * An opening phrase a preposition starts, with "its" in it, closed by a comma right before the source ("In its
 * filing, ", "In a statement posted to its website, "); what comes before "its" is `before`.
 */
const OPENING_ITS = /^\s*(?:In|On|Through|Via|Under|With|At)\s+(?<before>[^,]*?)\bits\b[^,]*,\s*$/u;
/** How many mentions of a surname are read for a courtesy title before it. */
const MENTIONS_READ = 20;

/**
 * Whether the opening's "its" can only be the source's: no body and no capitalised name before it that it could
 * stand for ("In a letter to the council about its plans, Jane Roe said" is the council's).
 */
function openingCallsIt(opening: string): boolean {
  const m = OPENING_ITS.exec(opening);
  const words = m?.groups?.before.split(/\s+/).filter(Boolean);
  return !!words && words.every((w) => !/^\p{Lu}/u.test(w) && !BODY_HEADS.has(w.toLowerCase()));
}

/** Whether the article writes a courtesy title before `surname` ("Ms Rue", "Mr. Halden Rue"). */
function courtesyBefore(surname: string, article: string): boolean {
  let read = 0;
  for (let at = article.indexOf(surname); at > 0 && read++ < MENTIONS_READ; at = article.indexOf(surname, at + 1)) {
    const words = article
      .slice(Math.max(0, at - 30), at)
      .trim()
      .split(/\s+/);
    if (words.slice(-2).some((w) => COURTESY.test(w.toLowerCase()))) return true;
  }
  return false;
}

/** Whether this attribution speaks of its source as "it". */
function calledIt(a: Attribution, text: string): boolean {
  const claim = a.content?.text ?? "";
  const source = a.source!;
  // (Only a source before its verb and its claim: "every one of its 210 beds was full, said Marcus Delaney" is
  // the claim's "its".)
  if (PERSONAL.test(claim) || source.start > a.cue.start || (a.content && a.content.start < source.start)) return false;
  return openingCallsIt(text.slice(sentenceStartBefore(text, source.start), source.start));
}

/** Gives each person's-looking name the article calls "it" the institutional tier (see the file comment). */
export function settleBodiesCalledIt(all: Attribution[], text: string, article = text): void {
  const people = calledHeOrShe(all);
  const called = new Set<string>();
  const titled = new Map<string, boolean>();
  for (const a of all) {
    const name = a.speaker;
    if (!name || a.role || a.tier !== "on-record" || !a.source?.text.includes(name) || !/\s/.test(name)) continue;
    if (called.has(name) || people.has(name) || !calledIt(a, text) || titled.size > NAMES_READ) continue;
    let courtesy = titled.get(name);
    if (courtesy === undefined) titled.set(name, (courtesy = courtesyBefore(name.split(/\s+/).at(-1)!, article)));
    if (!courtesy) called.add(name);
  }
  if (called.size === 0) return;
  for (const a of all) {
    if (a.tier !== "on-record" || !a.speaker || !called.has(a.speaker) || a.role) continue;
    a.tier = "institutional";
    a.explanation = explainAttribution(a, false);
  }
}
