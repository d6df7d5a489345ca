/**
 * A body named in full once, with its acronym in brackets ("the Tanzania Fertiliser Regulatory Authority (TFRA)"),
 * and by the acronym after ("the TFRA said"): the speaker is given by the full name, which a reader can place.
 */
import { explainAttribution } from "../explain";
import type { Attribution } from "../types";
import { ACRONYM } from "../text/name-marks";

/** An acronym (text/name-marks.ts): "TFRA", "AAIB", "R&A", "DfE" for the Department for Education. */
const WHOLE_ACRONYM = new RegExp(`^${ACRONYM}$`);
export const spelledAsAcronym = (word: string) => WHOLE_ACRONYM.test(word);
/** An acronym in brackets ("(TFRA)", "[BPS]"), after the name it stands for. */
const BRACKETED = new RegExp(`\\((${ACRONYM})\\)|\\[(${ACRONYM})\\]`, "g");
/** Small words inside a body's name, which an acronym may or may not spell ("Commission on Audit (COA)"). */
const SMALL = /^(?:of|for|and|on|the|&)$/i;
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
      const every = name.map((w) => w[0]).join("");
      // ("Anti-Corruption Establishment (ACE)": each part of a hyphened word may give a letter.)
      const parts = initials(name.join(" ").replace(/-/g, " "));
      // ("Centers for Disease Control and Prevention (CDC)": or one last word the acronym leaves out.)
      const short = initials(name.join(" "));
      const lastLeftOut = short.length === letters.length + 1 && short.startsWith(letters);
      if (every.toUpperCase() === letters || short === letters || parts === letters || lastLeftOut) {
        found.set(acronym, name.join(" "));
        break;
      }
    }
  }
  return found;
}

/**
 * Gives each speaker named by an acronym the full name the article spelled it out with: in brackets after the name,
 * or, with none, a body that spoke under its full name ("The Congressional Budget Office estimated …" … "According
 * to the CBO").
 */
export function expandAcronyms(all: Attribution[], article: string): void {
  let names: Map<string, string> | null = null;
  let spoken: Map<string, string> | null = null;
  for (const a of all) {
    const acronym = a.speaker?.replace(/['’]s$/, "");
    if (!acronym || !spelledAsAcronym(acronym)) continue;
    names ??= /[([]/.test(article) ? acronymsIn(article) : new Map<string, string>();
    spoken ??= new Map(
      all
        .filter((b) => b.tier === "institutional" && b.speaker?.includes(" ") && /^\p{Lu}/u.test(b.speaker))
        .map((b) => [initials(b.speaker!), b.speaker!]),
    );
    const full = names.get(acronym) ?? spoken.get(acronym.replace(/&/g, "").toUpperCase());
    if (!full) continue;
    a.speaker = full;
    a.explanation = explainAttribution(a, false);
  }
}
