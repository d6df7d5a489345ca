/**
 * Who made a document, as the text says so before it is cited: "a report … by the Lok Nivaran Ayog", and for a
 * court filing who filed it ("The Cholla County Democratic Party filed suit … Its complaint argues").
 */
import { readingParticiple } from "../phrases/maker";
import { ROLE_NOUNS, TITLES } from "../words";
import { BODY_NAME, SPACE, noName } from "./name-patterns";

/** The maker a MADE_BY match names, or null for a reader ("a memo obtained by Circuit", "seen by reporters"). */
function makerOf(m: RegExpExecArray): string | null {
  if (m[1].split(/\s+/).some(readingParticiple)) return null;
  const name = m[2].replace(/['’]s$/, "");
  return noName(name.split(/\s+/)[0]) ? null : name;
}

/** Documents filed in court, whose maker is who filed them ("The party filed suit … Its complaint argues"). */
const COURT_FILINGS = new Set(["complaint", "lawsuit", "suit", "petition", "filing"]);

/** A filer's name, less a sentence's "The" and a possessive; null for one word that names no one ("American" alone). */
function filerOf(name: string): string | null {
  const words = name.replace(/['’]s$/, "").split(/\s+/);
  // ("Actress Lena Corvino": a role before the filer's name is no part of it.)
  while (
    words.length > 1 &&
    (words[0] === "The" || TITLES.has(words[0].toLowerCase()) || ROLE_NOUNS.has(words[0].toLowerCase()))
  )
    words.shift();
  const clean = words.join(" ");
  return !clean.includes(" ") && noName(clean) ? null : clean;
}

/** "The Cholla County Democratic Party filed suit", "The ASA, which represents …, filed a lawsuit": who filed. */
const FILED = `(${BODY_NAME})(?:${SPACE}\\([^)]{1,12}\\))?(?:,(?:[^,.;]|\\d[,.]\\d){0,100},)?${SPACE}(?:has |have |had )?filed (?:a |an |the )?(?:[\\p{Ll}-]+ )?(?:suit|lawsuit|complaint|petition)`;
/** "a report … by X" by the document's kind: compiled once per kind. */
const MADE_BY = new Map<string, RegExp>();

/** The pattern that finds who made a document of this kind ("report"): "by" its maker, or for a filing who filed it. */
export function makerPattern(document: string): RegExp {
  let pattern = MADE_BY.get(document);
  if (!pattern) {
    const by = `\\b${document}s?\\b([^.;:]{0,60}?)\\bby (?:the )?(?:\\p{L}+['’]s )?(${BODY_NAME})`;
    pattern = new RegExp(COURT_FILINGS.has(document) ? `${by}|${FILED}` : by, "gu");
    MADE_BY.set(document, pattern);
  }
  return pattern;
}

/** The maker a `makerPattern` match names, or null when it names a reader or no one. */
export const makerFrom = (m: RegExpExecArray): string | null => (m[3] ? filerOf(m[3]) : makerOf(m));
