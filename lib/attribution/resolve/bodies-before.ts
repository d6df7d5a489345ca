/** The bodies of one kind a text names before a position ("Carrowshire County Council" for "council"). */
import { MONTHS, ORGANISATION_HEADS, WEEKDAYS } from "../words";
import { BASED_IN } from "./name-text";
import { ReadOnce, type Found } from "./read-once";

/**
 * Capitalised words before a body's kind ("Carrowshire County " Council), at the end of a short stretch, and never
 * across a line break (a headline's last word, "… from September", is no part of it).
 */
const NAME_BEFORE = /(?:\p{Lu}[\p{L}&'’-]*[^\S\n]+(?:and[^\S\n]+(?=\p{Lu}))?){1,6}$/u;
/**
 * An article, a preposition or a conjunction opening the sentence before a body's name is no part of it ("The Midlands
 * Commission", "At Bolton Crown Court on Monday, …", "When Nelson City Council signed …").
 */
const ARTICLE =
  /^(?:(?:A|An|The)|(?:At|In|From|To|By|On|Outside|Inside|Before|After|Since|When|While|As|If|Although|Once|Until|But|And)(?:\s+(?:A|An|The))?)\s+/;
/**
 * The capitals before a kind that are its own name: past a headline's function word, a body's possessive, and a
 * body's name and "and" ("Brackenfield College and Ashby Vale Sixth Form College" names two), "Tees and Dales
 * Hospitals NHS Foundation Trust" and "County and Unitary Councils Network" being one.
 */
function ownName(capitals: string): string {
  // (A headline's capitals end at its last function word: "Terror Suspect Named By Police" is the police.)
  const headline = /^.*\b(?:A|An|By|In|On|To|That|With|At|From|Of|For|As|Is|Are|Was|Over|After)\s+/u.exec(capitals);
  let own = headline ? capitals.slice(headline[0].length) : capitals;
  // ("Jamaica Constabulary Force's Corporate Communications Unit": a unit of the body whose possessive opens it.)
  const owner = /^.*?(\p{L}+)['’]s?\s+/u.exec(own);
  if (owner && ORGANISATION_HEADS.has(owner[1].toLowerCase())) own = own.slice(owner[0].length);
  const and = /^(.*\s)and\s+/u.exec(own);
  const before = and?.[1].trim().split(/\s+/) ?? [];
  const named = before.length >= 2 && ORGANISATION_HEADS.has(before[before.length - 1].toLowerCase());
  return named ? own.slice(and![0].length) : own;
}

/**
 * The heads that make a kind's word part of a longer name for the same body ("Audit Office", "Police Service"); a
 * station, a division or a federation of it is another body ("Rio Seco Police Station", "Police Federation").
 */
const SERVICE_HEADS =
  /^(?:Office|Service|Force|Department|Command|Authority|Agency|Board|Commission|Directorate|Bureau)$/;
/** Capitalised words right after a body's kind, the last a body's head. */
const HEAD_AFTER = /^(?:[^\S\n]+\p{Lu}\p{Ll}+)*?[^\S\n]+(\p{Lu}\p{Ll}+)(?![\p{L}'’])/u;

/** A weekday, a month or a number after "on" dates a body's name ("the Supreme Court on Thursday"), never ends it. */
const DATED = [...WEEKDAYS, ...MONTHS].map((w) => w[0].toUpperCase() + w.slice(1)).join("|");
/** "of", "for" or "on" and capitalised words after a body's kind (Ministry " of Health", Commission " on Audit"). */
const NAME_AFTER = new RegExp(
  // ("Ministry of Trade, Industry and Resources": its parts listed, the last after "and".)
  `^\\s+(?:of|for|on(?!\\s+(?:\\d|(?:${DATED})\\b)))\\s+(?:the\\s+)?\\p{Lu}[\\p{L}&-]*` +
    `(?:(?:,\\s+\\p{Lu}[\\p{L}&-]*)+\\s+and(?:\\s+\\p{Lu}[\\p{L}&-]*){1,3}|(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}&-]*){0,4})`,
  "u",
);

/**
 * The last body of one kind named before a position ("Carrowshire County Council" for "council"): the kind's
 * capitalised word is looked for with indexOf, and only its neighbourhood is read, each stretch of text once for
 * positions asked in reading order.
 */
export class BodiesBefore extends ReadOnce {
  private readonly word: string;
  /** Each body's name read so far, with where it was first named. */
  private readonly firstAt = new Map<string, number>();

  constructor(text: string, kind: string) {
    super(text, 0);
    this.word = kind[0].toUpperCase() + kind.slice(1);
  }

  protected scan(from: number, to: number, last: Found): Found {
    const { text, word } = this;
    for (let p = text.indexOf(word, from); p >= 0 && p + word.length <= to; p = text.indexOf(word, p + 1)) {
      if (/[\p{L}\p{N}]/u.test(text[p - 1] ?? " ") || /[\p{L}\p{N}]/u.test(text[p + word.length] ?? " ")) continue;
      const after = NAME_AFTER.exec(text.slice(p + word.length, Math.min(to, p + word.length + 80)));
      const before = NAME_BEFORE.exec(text.slice(Math.max(0, p - 80), p));
      const capitals = before ? before[0].replace(ARTICLE, "") : "";
      // ("The University and College Union": the word alone opens a longer name joined by "and", another body's;
      // "the Carver's Ford Water Authority and Dellmont Chemicals" names two.)
      const joined = /^[^\S\n]+(?:and|&)[^\S\n]+\p{Lu}/u.test(text.slice(p + word.length, p + word.length + 8));
      if (!after && !capitals.trim() && joined) continue;
      // ("Central Bank of Calvaria": capitals on both sides, past a possessive: "Marovia's Ministry of Health".)
      // ("A Department of Health and Social Care spokesperson": an article opening the sentence is no part of it.)
      const opening = before ? before[0].replace(/^.*['’]s?\s+/u, "").replace(ARTICLE, "") : "";
      const named = after ? opening + word + after[0].trimEnd() : before ? ownName(capitals) + word : null;
      // ("Australian National Audit Office" for "audit", "Tobago Police Service" for "police": a body's head after
      // the word ends the name.)
      const tail = after || !named ? null : HEAD_AFTER.exec(text.slice(p + word.length, p + word.length + 40));
      const whole = tail && SERVICE_HEADS.test(tail[1]) ? named + tail[0] : named;
      const value = whole?.replace(BASED_IN, "");
      if (value) {
        last = { value: value.replace(/\s+/g, " ").trim(), at: p };
        this.firstAt.set(last.value, Math.min(p, this.firstAt.get(last.value) ?? p));
      }
    }
    return last;
  }

  /** The one body of this kind named before `at`, however far back, or null when none or several were. */
  only(at: number): string | null {
    return this.onlyNamed(at)?.value ?? null;
  }

  /** The one body of this kind named before `at`, and where it was first named; null when none or several were. */
  onlyNamed(at: number): Found {
    this.before(at, 0);
    let one: Found = null;
    for (const [value, first] of this.firstAt) {
      if (first >= at) continue;
      if (one) return null;
      one = { value, at: first };
    }
    return one;
  }
}
