/** Whether a source is one person the story leaves unnamed ("a nurse", "another parent, who asked not to be named"). */
import { ANONYMOUS_HEADS, NOT_TRADES, PERSON_ENDINGS, ROLE_NOUNS, UNNAMED_ON_PURPOSE } from "../words";
import { sexOfNoun, type Sex } from "./sex";

/** A source that is one unnamed person, in a few words: "a nurse", "an official", "one resident", "another aide". */
export function oneUnnamedPerson(source: string): { sex: Sex | null } | null {
  const words = source.split(",")[0].toLowerCase().trim().split(/\s+/);
  if (!/^(?:a|an|one|another)$/.test(words[0]) || words.length > 16) return null;
  // The head is among the next three words: "a nurse at the hospital", "one A&E consultant at a hospital"; "a mother
  // of four" says her sex too.
  // ("a municipal engineer, who spoke on condition of anonymity,": or a noun for someone by what they do, when the
  // source says they asked not to be named; not a comparison, "an older woman", whose noun says her sex.)
  const unnamed = UNNAMED_CLAUSE.test(source);
  const next = words.slice(1, 4);
  const known = next.find((w) => ANONYMOUS_HEADS.has(w) || ROLE_NOUNS.has(w) || sexOfNoun(w));
  // (Or the phrase's last word, its head: "a former department contracts analyst".)
  const trade = [...next, words[words.length - 1]].find(
    (w, k) => unnamed && PERSON_ENDINGS.test(w) && !NOT_TRADES.test(w) && next[k + 1] !== "of",
  );
  // ("Another parent, who asked not to be named,", "One regular, who has drunk at the Bell for 40 years,": a "who"
  // after the phrase says it is a person, whatever the noun.)
  const who = /^[^,]*,\s*who\b/i.test(source);
  if (!known && !trade && !who) return null;
  return { sex: next.map((w) => sexOfNoun(w)).find(Boolean) ?? null };
}
const UNNAMED_CLAUSE = new RegExp(UNNAMED_ON_PURPOSE);
