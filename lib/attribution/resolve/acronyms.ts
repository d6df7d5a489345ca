/**
 * A body named in full once, with its acronym in brackets ("the Tanzania Fertiliser Regulatory Authority (TFRA)"),
 * and by the acronym after ("the TFRA said"): the speaker is given by the full name, which a reader can place.
 */
import { explainAttribution } from "../explain";
import type { Attribution } from "../types";
import { ACRONYM } from "../text/name-marks";
import { isBodyNameWord, ORGANISATION_HEADS } from "../words";
import { withoutPossessive } from "./name-text";

/** An acronym (text/name-marks.ts): "TFRA", "AAIB", "R&A", "DfE" for the Department for Education. */
const WHOLE_ACRONYM = new RegExp(`^${ACRONYM}$`);
export const spelledAsAcronym = (word: string) => WHOLE_ACRONYM.test(word);

/** Every word's first letter, small words too, in capitals ("Transport for London" → "TFL"). */
const everyInitial = (words: string[]) =>
  words
    .map((w) => w[0])
    .join("")
    .toUpperCase();

/** An acronym in brackets ("(TFRA)", "[BPS]"), after the name it stands for. */
const BRACKETED = new RegExp(`\\((${ACRONYM})\\)|\\[(${ACRONYM})\\]`, "g");
/** Small words inside a body's name, which an acronym may or may not spell ("Commission on Audit (COA)"). */
const SMALL = /^(?:of|for|and|on|the|&)$/i;

/** A word of a body's name: a body's word, or a small word ("Chris Martin Adams" holds none). */
const bodyWord = (w: string) => ORGANISATION_HEADS.has(w) || isBodyNameWord(withoutPossessive(w)) || SMALL.test(w);

/** How many words before the bracket a full name may take. */
const NAME_WORDS = 10;

/** The capitals a body's name is shortened to ("Congressional Budget Office" → "CBO"), small words left out. */
const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => !SMALL.test(w))
    .map((w) => w[0])
    .join("");

/** Full names by acronym, for every "Full Name (ACR)" in `text`. */
export function acronymsIn(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(BRACKETED)) {
    const acronym = m[1] ?? m[2];
    if (found.has(acronym)) continue;
    const words = text
      .slice(Math.max(0, m.index - 120), m.index)
      .trimEnd()
      .split(/\s+/)
      .slice(-NAME_WORDS);
    const letters = acronym.replace(/&/g, "").toUpperCase();
    for (let k = words.length - 1; k >= 0; k--) {
      const name = words.slice(k);
      if (!/^\p{Lu}/u.test(name[0])) continue;

      // ("Anti-Corruption Establishment (ACE)": each part of a hyphened word may give a letter.)
      const parts = initials(name.join(" ").replace(/-/g, " "));
      // ("Centers for Disease Control and Prevention (CDC)": or one last word the acronym leaves out.)
      const short = initials(name.join(" "));
      const lastLeftOut = short.length === letters.length + 1 && short.startsWith(letters);
      if (everyInitial(name) === letters || short === letters || parts === letters || lastLeftOut) {
        found.set(acronym, name.join(" "));
        break;
      }
    }
  }
  return found;
}

/** A run of capitalised words, small words between them ("Transport for London", "Health Service Executive"). */
const NAME_RUN = /\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:(?:of|for|and|on|the|&)[^\S\n]+)?\p{Lu}[\p{L}'’-]*)+/gu;

/** The last article's names by initials: one article held, so that its slices read it once. */
let lastNamed: { article: string; found: Map<string, string> } | null = null;

/**
 * Names of three words or more the article writes, by their initials with and without the small words ("HSE",
 * "NFF", "TFL"): the first name that gives each.
 */
function namedIn(article: string): Map<string, string> {
  // (A long page is read in slices, each asking of the whole article: it is read once.)
  if (lastNamed?.article === article) return lastNamed.found;
  const found = new Map<string, string>();
  lastNamed = { article, found };
  for (const m of article.matchAll(NAME_RUN)) {
    const name = m[0].replace(/^The\s+/, "");
    const words = name.split(/\s+/);
    // (A body's name, by a body's word or a small word: "Chris Martin Adams" is a man's, whatever his initials
    // spell.)
    if (words.filter((w) => !SMALL.test(w)).length < 3) continue;
    if (!words.some((w) => bodyWord(w.toLowerCase()))) continue;
    for (const key of [initials(name), everyInitial(words)])
      if (!found.has(key)) found.set(key, name.replace(/['’]s$/, ""));
  }
  return found;
}

/**
 * Gives each speaker named by an acronym the full name the article spelled it out with: in brackets after the name,
 * or, with none, a body that spoke under its full name ("The Congressional Budget Office estimated …" … "According
 * to the CBO"), or else a name of three words or more the article gives anywhere ("referred queries to the Health
 * Service Executive" … "A spokeswoman for the HSE said").
 */
export function expandAcronyms(all: Attribution[], article: string): void {
  let names: Map<string, string> | null = null;
  let spoken: Map<string, string> | null = null;
  let named: Map<string, string> | null = null;
  for (const a of all) {
    const acronym = a.speaker?.replace(/['’]s$/, "");
    if (!acronym || !spelledAsAcronym(acronym)) continue;
    names ??= /[([]/.test(article) ? acronymsIn(article) : new Map<string, string>();
    spoken ??= new Map(
      all
        .filter((b) => b.tier === "institutional" && b.speaker?.includes(" ") && /^\p{Lu}/u.test(b.speaker))
        .map((b) => [initials(b.speaker!), b.speaker!]),
    );
    const letters = acronym.replace(/&/g, "").toUpperCase();
    named ??= namedIn(article);
    const full = names.get(acronym) ?? spoken.get(letters) ?? named.get(letters);
    if (!full) continue;
    a.speaker = full;
    a.explanation = explainAttribution(a, false);
  }
}
