/**
 * A body named in full once, with its acronym in brackets ("the Tanzania Fertiliser Regulatory Authority (TFRA)"),
 * and by the acronym after ("the TFRA said"): the speaker is given by the full name, which a reader can place.
 */
import { explainAttribution } from "../explain";
import type { Attribution } from "../types";

/** An acronym: two to eight capitals, "&" allowed ("TFRA", "AAIB", "R&A"). */
const ACRONYM = "[A-Z][A-Z&]{1,7}";
const WHOLE_ACRONYM = new RegExp(`^${ACRONYM}$`);
export const spelledAsAcronym = (word: string) => WHOLE_ACRONYM.test(word);
/** An acronym in brackets ("(TFRA)"), after the name it stands for. */
const BRACKETED = new RegExp(`\\((${ACRONYM})\\)`, "g");
/** Small words inside a body's name, which an acronym may or may not spell ("Commission on Audit (COA)"). */
const SMALL = /^(?:of|for|and|on|the|&)$/i;
/** How many words before the bracket a full name may take. */
const NAME_WORDS = 10;

/** Full names by acronym, for every "Full Name (ACR)" in `text`. */
export function acronymsIn(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(BRACKETED)) {
    const acronym = m[1];
    if (found.has(acronym)) continue;
    const words = text
      .slice(Math.max(0, m.index - 120), m.index)
      .trimEnd()
      .split(/\s+/)
      .slice(-NAME_WORDS);
    const letters = acronym.replace(/&/g, "");
    for (let k = words.length - 1; k >= 0; k--) {
      const name = words.slice(k);
      if (!/^\p{Lu}/u.test(name[0])) continue;
      const every = name.map((w) => w[0]).join("");
      const capitals = name
        .filter((w) => !SMALL.test(w))
        .map((w) => w[0])
        .join("");
      if (every.toUpperCase() === letters || capitals === letters) {
        found.set(acronym, name.join(" "));
        break;
      }
    }
  }
  return found;
}

/** Gives each speaker named by an acronym the full name the article spelled it out with. */
export function expandAcronyms(all: Attribution[], article: string): void {
  if (!article.includes("(")) return;
  let names: Map<string, string> | null = null;
  for (const a of all) {
    const acronym = a.speaker?.replace(/['’]s$/, "");
    if (!acronym || !spelledAsAcronym(acronym)) continue;
    names ??= acronymsIn(article);
    const full = names.get(acronym);
    if (!full) continue;
    a.speaker = full;
    a.explanation = explainAttribution(a, false);
  }
}
