/**
 * "Vantor has paused the rollout of a firmware update for its T4 thermostat. … The company confirmed the pause":
 * business news opens on the company the story is about, often by a name that holds no company's word and reads like
 * a person's, and a later "the company" or "the firm" is that company when no other was named. The opening's subject
 * is a company when the opening says "its" and no "his" or "her", and the article never gives it a man's or a woman's
 * pronoun or title.
 */
import { sentenceSubject } from "../phrases/subject";
import { splitSentences, tokenize } from "../text/sentences";
import { cleanName, join, subjectName } from "./name-text";

/** How much of the text the opening is looked for in (characters): a headline, a byline and a standfirst before it. */
const OPENING_READ = 1500;
/** A line shorter than this is a headline, a byline or a dateline, not the opening paragraph (characters). */
const PARAGRAPH = 100;

/** Words a person's opening sentence says of them. */
const PERSONAL = new Set(["he", "she", "his", "her", "him", "hers"]);

/** The company the story opens on, or null; `person` tells a name the article makes a man's or a woman's. */
export function ledeCompany(text: string, person: (name: string) => boolean): string | null {
  const head = text.slice(0, OPENING_READ);
  for (const [start, end] of splitSentences(head)) {
    const lineStart = head.lastIndexOf("\n", start) + 1;
    const lineEnd = head.indexOf("\n", start);
    if ((lineEnd < 0 ? head.length : lineEnd) - lineStart < PARAGRAPH) continue;
    const tokens = tokenize(head, start, end);
    const subject = sentenceSubject(tokens, tokens.length);
    const words = subject && subjectName(tokens, subject);
    // (It, not he or she: "Mira Castell has sold her shares in a firm she founded, for its …" is a person.)
    if (!subject || !words) return null;
    const after = tokens.slice(subject[1] + 1).map((t) => t.lower);
    if (!after.includes("its") || after.some((w) => PERSONAL.has(w))) return null;
    const name = cleanName(join(words, head));
    return person(name) || person(name.slice(name.lastIndexOf(" ") + 1)) ? null : name;
  }
  return null;
}
