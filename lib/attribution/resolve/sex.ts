/**
 * Whether the article itself says a person is a man or a woman, so that a "she" after a man has spoken looks past
 * him. Read from what the text states plainly, never guessed from a given name:
 * - a courtesy title: "Mr Obi", "Ms. Ruiz", "Dame Ellen Hart";
 * - a report of the person's own words: "Castellane said she …", "Mr Obi says that he …";
 * - a sentence that opens with the person, and the next opens with "He" or "She": "Noor Castellane arrives late.
 *   She orders black coffee.";
 * - a word for a man or a woman right before the name or ending a description after it: "his wife, Annika,",
 *   "actress Lena Corvino", "Dale Prewitt, a two-term congressman," (nouns.json sexedNouns).
 * Names are kept as written (a full name, a given name or a surname); a full name takes the strongest evidence of the
 * three, so that "his wife, Annika" and "Mr Treharne" tell Annika Treharne from her husband, and a surname two people
 * bear tells nothing. Stronger evidence outweighs weaker; evidence of one strength both ways ("Mr. and Mrs. Clinton")
 * is none. Each kind of evidence is one pass over the text, each match reads a few dozen characters
 * around it, and a few hundred matches of each are read at most (enough for any article's people), so a page of a
 * hundred thousand "He said." stays quick.
 */
import nouns from "../rules/nouns.json";
import { personOpeningSentenceBefore } from "./sentence-opener";

export type Sex = "m" | "f";
/** What the article says of one name: a sex (null when it says both), and how plainly (3 a title or a noun, 2 the
 * person's own "she said", 1 a sentence a "She" opened after theirs). */
interface Evidence {
  sex: Sex | null;
  strength: number;
}

const TITLED = /\b(Mr|Sir|Lord|Mrs|Ms|Miss|Dame|Lady)\.?\s+(?:\p{Lu}[\p{L}'’-]+\s+)*?(\p{Lu}[\p{L}'’-]+)\b/gu;
const FEMALE_TITLES = new Set(["Mrs", "Ms", "Miss", "Dame", "Lady"]);
/** "said she", "says that he": the reporting verb and the pronoun; the name is read just before. */
const OWN_WORDS = /\b(?:said|says|told \p{Ll}+|added|insisted|explained)\s+(?:that\s+)?(he|she)\b/gu;
const NAME_JUST_BEFORE = /(\p{Lu}[\p{L}'’-]+)\s*$/u;
/** "He" or "She" opening a sentence. */
const OPENING_PRONOUN = /(?:^|[.!?]["”’]?\s+)(He|She)\b/gu;
/** Capitalised words that open clauses, never a surname ("It said he", "He said she"). */
const NOT_SURNAMES = new Set(["He", "She", "It", "They", "We", "I", "You", "This", "That", "Who", "Which", "Also"]);

const SEXED = new Map<string, Sex>([
  ...nouns.sexedNouns.men.map((w): [string, Sex] => [w, "m"]),
  ...nouns.sexedNouns.women.map((w): [string, Sex] => [w, "f"]),
]);
/** The sex a noun for a person says ("mother", "businessman"), if it says one. */
export const sexOfNoun = (word: string): Sex | undefined => SEXED.get(word);
const SEXED_NOUN = new RegExp(`\\b(${[...SEXED.keys()].join("|")})\\b`, "gi");
/** A name right after the noun ("wife, Annika", "actress Lena Corvino"). */
const NAME_AFTER = /^,?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/u;
/**
 * A name, its comma, and a description opening with an article, with no other comma up to the noun and no one
 * else's ("Lena Corvino, the actress"; not "Hillary Clinton, who praised her husband").
 */
const NAME_DESCRIBED = /(\p{Lu}[\p{L}'’-]+),\s+(?:a|an|the)\s+(?:(?!his\b|her\b|their\b)[^,.;:“”"\s]+\s+)*$/u;

/** Courtesy titles and sentence openers that stand before a surname without being a given name. */
const TITLE_WORDS = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Sen|Rep|Gov|President|Former|The|But|And|When|As|If)$/;

/** A capitalised word right before a mention ("Bill " before "Clinton"). */
const GIVEN_BEFORE = /(\p{Lu}\p{Ll}+)[ \t]+$/u;
/** How many mentions of a surname are read for the given names before it. */
const MENTIONS_READ = 40;

/** How many matches of each kind of evidence are read. */
const MATCHES_READ = 400;

/** The first `n` of `all`. */
function* take<T>(all: Iterable<T>, n: number): Generator<T> {
  if (n <= 0) return;
  for (const x of all) {
    yield x;
    if (--n <= 0) return;
  }
}

const surnameOf = (name: string) => name.slice(name.lastIndexOf(" ") + 1).replace(/['’]s$/, "");

export class SexEvidence {
  private byName: Map<string, Evidence> | null = null;
  private readonly sharedBy = new Map<string, boolean>();
  private readonly heardOf = new Map<string, Sex | null>();

  constructor(private readonly text: string) {}

  /** The sex the article gives the person of this name, or null when it gives none or both. */
  of(name: string): Sex | null {
    const found = this.read();
    const words = name.split(" ");
    const surname = surnameOf(name);
    // (A surname stands for one person only where the article gives it to one: "Clinton said she" tells nothing of
    // Bill Clinton in a story about Hillary too.)
    const keys = words.length > 1 && this.shared(surname) ? [name, words[0]] : [name, words[0], surname];
    let best: Evidence | undefined;
    for (const key of keys) {
      const e = found.get(key);
      if (e && (!best || e.strength > best.strength)) best = e;
    }
    return best ? best.sex : (this.heardOf.get(name) ?? null);
  }

  /** The weakest evidence: a "he" or "she" right after the person, that took no one else (speakers.ts). */
  heard(name: string, sex: Sex): void {
    const had = this.heardOf.get(name);
    this.heardOf.set(name, had === undefined || had === sex ? sex : null);
  }

  /** Whether two people in the article bear this surname ("Bill Clinton", "Hillary Clinton"). */
  private shared(surname: string): boolean {
    let known = this.sharedBy.get(surname);
    if (known === undefined) {
      // The word before each of the first few dozen mentions, a couple of dozen characters read at each.
      const given = new Set<string>();
      const { text } = this;
      let read = 0;
      for (let at = text.indexOf(surname); at > 0 && read++ < MENTIONS_READ; at = text.indexOf(surname, at + 1)) {
        if (/[\p{L}\p{N}]/u.test(text[at + surname.length] ?? " ")) continue;
        const before = GIVEN_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
        if (before && !TITLE_WORDS.test(before[1])) given.add(before[1]);
      }
      known = given.size > 1;
      this.sharedBy.set(surname, known);
    }
    return known;
  }

  private read(): Map<string, Evidence> {
    if (this.byName) return this.byName;
    const found = new Map<string, Evidence>();
    // Stronger evidence outweighs weaker ("Ms Raman" over the sentence a "He" opened after hers); evidence of
    // the same strength both ways is none.
    const note = (name: string, sex: Sex, strength: number) => {
      if (NOT_SURNAMES.has(name)) return;
      const had = found.get(name);
      if (!had || had.strength < strength) found.set(name, { sex, strength });
      else if (had.strength === strength && had.sex !== sex) had.sex = null;
    };
    const { text } = this;
    for (const m of take(text.matchAll(TITLED), MATCHES_READ)) note(m[2], FEMALE_TITLES.has(m[1]) ? "f" : "m", 3);
    for (const m of take(text.matchAll(SEXED_NOUN), MATCHES_READ)) {
      const sex = SEXED.get(m[1].toLowerCase())!;
      const after = NAME_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
      const before = NAME_DESCRIBED.exec(text.slice(Math.max(0, m.index - 60), m.index));
      if (after) note(after[1], sex, 3);
      else if (before) note(before[1], sex, 3);
    }
    for (const m of take(text.matchAll(OWN_WORDS), MATCHES_READ)) {
      const name = NAME_JUST_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
      if (name) note(name[1], pronounSex(m[1])!, 2);
    }
    for (const m of take(text.matchAll(OPENING_PRONOUN), MATCHES_READ)) {
      const person = personOpeningSentenceBefore(text, m.index + m[0].length - m[1].length);
      if (person) note(person.name, pronounSex(m[1])!, 1);
    }
    this.byName = found;
    return found;
  }
}

/** The sex a third-person pronoun names, or null ("they", "his", "her"). */
export function pronounSex(pronoun: string): Sex | null {
  const p = pronoun.toLowerCase();
  return p === "he" || p === "him" ? "m" : p === "she" ? "f" : null;
}
