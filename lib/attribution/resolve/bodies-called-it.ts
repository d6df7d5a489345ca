/**
 * A name of two words or more that the article speaks of as "it" before it speaks is a body's, however its words
 * look ("In its filing, Halvorsen Motors said …", "In a statement posted to its website, Cascade Harvest said …").
 * Read once the whole article is known, for speakers read as people only because their names look like a given name
 * and a surname. A "he" or "she" credited with the name, a courtesy title before it, or "he", "his", "she" or "her"
 * in what it says keeps it a person. ("Delaney said its waiting list had grown": a person speaks of their body's
 * things too, so what it says opening with "its" tells nothing.)
 */
import { escapeRegExp } from "../../escape-regexp";
import { explainAttribution } from "../explain";
import type { Attribution } from "../types";
import { calledHeOrShe, NAMES_READ, sentenceStartBefore } from "./one-word-names";

const PERSONAL = /\b(?:he|she|him|his|her|himself|herself)\b/i;
/** "its" in the sentence's opening, then no capitalised name before the source ("In its filing, Halvorsen said"). */
const OPENING_ITS = /\bits\b(?![^]*\p{Lu}\p{Ll}+[ \t]+\p{Lu})/iu;
const COURTESY = "(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\\.?";

/** Whether this attribution speaks of its source as "it". */
function calledIt(a: Attribution, text: string): boolean {
  const claim = a.content?.text ?? "";
  const source = a.source!;
  // (Only a source before its verb and its claim: "every one of its 210 beds was full, said Marcus Delaney" is
  // the claim's "its".)
  if (PERSONAL.test(claim) || source.start > a.cue.start || (a.content && a.content.start < source.start)) return false;
  return OPENING_ITS.test(text.slice(sentenceStartBefore(text, source.start), source.start));
}

/** Gives each person's-looking name the article calls "it" the institutional tier (see the file comment). */
export function settleBodiesCalledIt(all: Attribution[], text: string): void {
  const people = calledHeOrShe(all);
  const called = new Set<string>();
  const titled = new Map<string, boolean>();
  for (const a of all) {
    const name = a.speaker;
    if (!name || a.role || a.tier !== "on-record" || !a.source?.text.includes(name) || !/\s/.test(name)) continue;
    if (called.has(name) || people.has(name) || !calledIt(a, text) || titled.size > NAMES_READ) continue;
    let courtesy = titled.get(name);
    if (courtesy === undefined) {
      const last = name.split(/\s+/).at(-1)!;
      courtesy = new RegExp(`\\b${COURTESY}[ \\t]+(?:\\p{Lu}[\\p{L}'’-]*[ \\t]+)?${escapeRegExp(last)}\\b`, "u").test(
        text,
      );
      titled.set(name, courtesy);
    }
    if (!courtesy) called.add(name);
  }
  if (called.size === 0) return;
  for (const a of all) {
    if (a.tier !== "on-record" || !a.speaker || !called.has(a.speaker) || a.role) continue;
    a.tier = "institutional";
    a.explanation = explainAttribution(a, false);
  }
}
