/**
 * "Mr Obi arrived late. He said …": the person a "he" or "she" stands for
 * may be named in a sentence that credits no one. Looked for in the text
 * before the pronoun, the nearest name written as news writes a person's: a
 * title and a surname ("Mr Obi", "Dr. Ruiz") or a given name and a surname
 * ("Ada Obi"), never a body, a place or a month.
 */
import { inTitleCase } from "../text/headline";
import { writtenInLowerCase } from "../text/lower-words";
import { peoplesOrState, titleOpensCompanyName, withoutPossessive } from "./name-text";
import {
  ANONYMOUS_HEADS,
  BODY_ONLY_KINDS,
  KINDS_AFTER_NAME,
  isBodyNameWord,
  COMPANY_DOINGS,
  COMPANY_KINDS,
  NOT_COMPANY_WORDS,
  ORGANISATION_HEADS,
  MONTHS,
  personsWork,
  PERSON_HEADS,
  ROLE_NOUNS,
  TITLES,
  WEEKDAYS,
} from "../words";
import { escapeRegExp } from "../../escape-regexp";
import { makerFrom, makerPattern } from "./document-makers";
import { BodiesBefore } from "./bodies-before";
import { ReadOnce, type Found } from "./read-once";
import { BODY_NAME, FULL_NAME, NAME, THIRD_NAME, noName, personOf } from "./name-patterns";

/** An age set off after a name ("Darren Koh, 34,", "Ama Owusu, aged 71,"): found first, the name read back from it. */
const AGE = /,[^\S\n]*(?:aged[^\S\n]+)?\d{1,3}\b(?![.,]?\d)/g;
/** A name closing the words before an age, whole: no hyphen or capitalised word right before it. */
const NAME_BEFORE_AGE = new RegExp(String.raw`(?<![-‐]|\p{Lu}[\p{L}'’-]*[^\S\n]+)(?:${NAME.source})$`, "u");
/** How far before an age its name is looked for (characters). */
const AGE_NAME_READ = 60;
/** How far back a pronoun looks for a name (characters): a paragraph or two. */
const REACH = 600;
/** One more capitalised word, and no other after it: a surname closing a name. */
const ONE_MORE_NAME = /^[^\S\n]+\p{Lu}[\p{L}'’-]+(?![\p{L}'’-]|[^\S\n]+\p{Lu})/u;

/** How far before the text already read a new stretch starts, so that a name cut at the last position is whole. */
const OVERLAP = 80;

/** The last match of a pattern before each position asked about. */
class LastMatchBefore extends ReadOnce {
  constructor(
    text: string,
    private readonly pattern: RegExp,
    private readonly valueFrom: (m: RegExpExecArray) => string | null,
  ) {
    super(text, OVERLAP);
  }

  protected scan(from: number, to: number, last: Found): Found {
    const stretch = this.text.slice(from, to);
    this.pattern.lastIndex = 0;
    for (let m = this.pattern.exec(stretch); m; m = this.pattern.exec(stretch)) {
      if (last && from + m.index < last.at) continue;
      const value = this.valueFrom(m);
      if (value !== null) last = { value, at: from + m.index };
      // ("President Takeshi Onodera": a title read as a given name, the surname one word on; but "Chief Executive
      // Gideon Marsh" holds two words of title, and the name after them is found as it is.)
      else if (
        m[0].includes(" ") &&
        TITLES.has(m[0].slice(0, m[0].indexOf(" ")).toLowerCase()) &&
        ONE_MORE_NAME.test(stretch.slice(m.index + m[0].length, m.index + m[0].length + 40))
      )
        this.pattern.lastIndex = m.index + m[0].indexOf(" ") + 1;
    }
    return last;
  }
}

/**
 * A name less a sentence's capitalised common noun and its "of" ("Shares of Corvane Semiconductor" → "Corvane
 * Semiconductor"; "Members of the National Air Traffic Controllers Association"): a word the text writes in lower
 * case, or people's, and no body's or title's ("Bank of Ireland" keeps its bank, "Minister of Mines …" its title,
 * which `company` reads).
 */
function withoutCommonOpening(name: string, text: string): string {
  const m = /^(\p{Lu}\p{Ll}+) (?:of|in|at) (?:the )?(?=\p{Lu})/u.exec(name);
  const first = m?.[1].toLowerCase() ?? "";
  if (!m || isBodyNameWord(first) || ORGANISATION_HEADS.has(first) || TITLES.has(first)) return name;
  return writtenInLowerCase(text, m[1]) || ANONYMOUS_HEADS.has(first) ? name.slice(m[0].length) : name;
}

/** The people and title holders named in a text before a position, for one reading of it. */
export class NamedBefore {
  private readonly people: LastMatchBefore;
  private readonly newcomers: LastMatchBefore;
  private readonly byTitle = new Map<string, LastMatchBefore>();
  private readonly byKind = new Map<string, BodiesBefore>();
  private readonly describedByKind = new Map<string, Array<{ name: string; at: number }>>();
  private readonly makers = new Map<string, LastMatchBefore>();
  /** Where each name asked about was first said right after a body's kind (-1: never). */
  private readonly kindNamed = new Map<string, number>();

  constructor(private readonly text: string) {
    this.people = new LastMatchBefore(text, new RegExp(NAME.source, "gu"), personOf);
    // ("Jean-Luc Moreau-Thys, 58,", "Mr Tan Ah Huat, 67,": the whole name or none, not "Luc …" or "Ah Huat".)
    this.newcomers = new LastMatchBefore(text, AGE, (m) => {
      const name = NAME_BEFORE_AGE.exec(m.input.slice(Math.max(0, m.index - AGE_NAME_READ), m.index));
      return name ? personOf(name) : null;
    });
  }

  /** The nearest person's name before `at`, within `reach` characters, or null. */
  person(at: number, reach = REACH): string | null {
    return this.people.before(at, reach);
  }

  /**
   * The nearest person introduced with an age before `at` ("Mr Darren Koh, 34, a logistics executive"), and where:
   * how news brings in someone who is about to speak.
   */
  newcomer(at: number, reach = REACH): { value: string; at: number } | null {
    return this.newcomers.foundBefore(at, reach);
  }

  /**
   * The body of this kind last named before `at` ("Carrowshire County Council" for "council", "Ministry of Health"
   * for "ministry"), or null.
   */
  body(kind: string, at: number, reach: number): string | null {
    return this.bodies(kind).before(at, reach);
  }

  /** The one body of this kind the text names before `at`, however far back; null when it names none or several. */
  onlyBody(kind: string, at: number): string | null {
    return this.bodies(kind).only(at);
  }

  private bodies(kind: string): BodiesBefore {
    let scanner = this.byKind.get(kind);
    if (!scanner) {
      scanner = new BodiesBefore(this.text, kind);
      this.byKind.set(kind, scanner);
    }
    return scanner;
  }

  /**
   * The body last described as one of this kind before `at` ("Kwun Lok Properties, a mid-sized Hong Kong developer,"
   * for "developer"), or null.
   */
  described(kind: string, at: number, reach: number): string | null {
    // Every such description in the text, read once per kind (a text asks a kind again and again).
    let found = this.describedByKind.get(kind);
    if (!found) {
      let pattern = DESCRIBED.get(kind);
      if (!pattern) {
        // ("decentralized exchange Solvane", "budget airline Skyways": or the kind right before the name. The
        // description is looked at, not taken, so that "X, a spokeswoman for the UN refugee agency UNHCR" still
        // finds "agency UNHCR" when X is a person.)
        // ("the Save Hollins Fields group": or, for some kinds, the kind in lower case right after the name; nouns.json
        // kindsAfterName.)
        const nameThenKind = KINDS_AFTER_NAME.has(kind) ? `|\\b[Tt]he (${BODY_NAME}) (?:\\p{Ll}+ )?${kind}\\b` : "";
        pattern = new RegExp(
          `(${BODY_NAME})(?=, (?:a|an|the|one of the) [^,.;:]{0,60}?\\b${kind}s?\\b)|\\b${kind} (${BODY_NAME})${nameThenKind}`,
          "gu",
        );
        DESCRIBED.set(kind, pattern);
      }
      found = [];
      // ("In a recent poll": a sentence's first word is no name.)
      // (A person or a place is described so too: "Tanzer, a developer known for …"; only a body's name is taken, or
      // a name the kind itself says is a body's.)
      for (const m of this.text.matchAll(pattern)) {
        const name = m[1] ?? m[2] ?? m[3];
        // ("The Israeli public broadcaster": a people's word is no body's name.)
        if (m[3] !== undefined && peoplesOrState(name.slice(name.lastIndexOf(" ") + 1))) continue;
        if (!noName(name.split(/\s+/)[0]) && (m[1] === undefined || companyName(name)))
          found.push({ name, at: m.index + m[0].length });
      }
      this.describedByKind.set(kind, found);
    }
    let last: string | null = null;
    for (const d of found) {
      if (d.at > at) break;
      if (d.at >= at - reach) last = d.name;
    }
    return last;
  }

  /** The maker of the last document of this kind named with it before `at` ("a report by the Lok Nivaran Ayog"). */
  madeBy(document: string, at: number, reach: number): string | null {
    let scanner = this.makers.get(document);
    if (!scanner) {
      scanner = new LastMatchBefore(this.text, makerPattern(document), makerFrom);
      this.makers.set(document, scanner);
    }
    return scanner.before(at, reach);
  }

  /** The body last named before `at` whose name holds one of these heads ("Scottish Public Audit Office"), or null. */
  bodyHeaded(heads: ReadonlySet<string>, at: number, reach: number): string | null {
    let last: string | null = null;
    for (const m of this.text.slice(Math.max(0, at - reach), at).matchAll(BODY_NAMES)) {
      // (A sentence's "The" opens the match, not the name; nor do "Members of the" open one.)
      const name = withoutCommonOpening(m[0].replace(/^The\s+/, "").replace(/['’]s$/, ""), this.text);
      if (
        name
          .toLowerCase()
          .split(/\s+/)
          .some((w) => heads.has(w))
      )
        last = name;
    }
    return last;
  }

  /**
   * Whether the story called this name a body by its kind before `at` ("the charity Mare Aperto", "startup Halvor
   * Systems"): said again alone, it is that body's name, not a person's.
   */
  calledABody(name: string, at: number): boolean {
    let first = this.kindNamed.get(name);
    if (first === undefined) {
      first = -1;
      // Each place the name is written, looked at for a body's kind right before it: cheaper than one pattern of
      // every kind over the whole text.
      for (let p = this.text.indexOf(name); p > 0; p = this.text.indexOf(name, p + 1)) {
        const end = p + name.length;
        if (/[\p{L}'’]/u.test(this.text[end] ?? "") || /^\s\p{Lu}/u.test(this.text.slice(end, end + 2))) continue;
        const kind = /(?:^|[^\p{L}-])([\p{Ll}-]+) $/u.exec(this.text.slice(Math.max(0, p - 20), p));
        // ("Gesit, the ride-hailing and delivery app,": or a description after it that closes on such a kind.)
        const described = DESCRIBED_AS_BODY.exec(this.text.slice(end, end + 120));
        if ((kind && BODY_ONLY_KINDS.has(kind[1])) || (described && !describesPerson(described[1]))) {
          first = p;
          break;
        }
      }
      this.kindNamed.set(name, first);
    }
    return first >= 0 && first < at;
  }

  /**
   * The company last named before `at`: a name holding a company's word ("Kwun Lok Properties", "Harwell Foods"), or
   * one the text describes as a company ("Glowra, a telehealth startup,", "Trentholme Precision, which makes …").
   * `other` tells a name that is no company's whatever it looks like: a person the story gives a man or a woman ("Ada
   * Tanzer, a developer,"), an outlet it is told to ("the Express & Star").
   */
  company(at: number, reach: number, kind = "company", other: (name: string) => boolean = () => false): string | null {
    let last: string | null = null;
    let lastAt = -1;
    const from = Math.max(0, at - reach);
    const before = this.text.slice(from, at);
    for (const m of before.matchAll(BODY_NAMES)) {
      // ("Marrowfield Therapeutics' Phase I/II study": the name ends at its possessive; "Lloyd's Bank" keeps it, the
      // part before it naming no company.)
      const owner = /^(.*?)['’]s?(?=\s|$)/u.exec(m[0]);
      const found = owner && companyName(owner[1]) ? owner[1] : companyName(m[0]) ? m[0] : null;
      const name = found && withoutCommonOpening(found, this.text);
      // (Not a headline's capitals, "Judge Fines Attorneys Over …", nor a title and its holder, "Minister of Equipment
      // and Water Hicham Ouazzani Tber".)
      // ("General Motors", "Cardinal Health": a title's word opening a name that ends as a company's does, and no
      // portfolio's "of".)
      const words = name?.split(/\s+/) ?? [];
      const titled = words.length > 1 && TITLES.has(words[0].toLowerCase()) && !titleOpensCompanyName(words);
      if (name && !titled && !inTitleCase(this.text, from + m.index) && !other(name)) [last, lastAt] = [name, m.index];
    }
    // ("German carmaker Halberg", "retailer Olsen": a one-word name the kind before it says is a company's.)
    for (const m of before.matchAll(KIND_BEFORE_NAME))
      if (m.index > lastAt && !noName(m[1].split(/\s+/)[0])) [last, lastAt] = [m[1], m.index];
    for (const m of before.matchAll(DESCRIBED_AS_COMPANY)) {
      const name = m[1].replace(/^The\s+/, "");
      // ("the company" is not "Save Haddon Meadows, the residents' group", nor "the group" "Corrib Vale Digital, the
      // developer": a group may be no company.)
      const [, , words, described] = m;
      const kindFits = (described === "group") === (kind === "group") || described === undefined;
      // ("Tanzer, a developer,": work a person does too says a company only of a company's name.)
      const peoples = !!described && personsWork(described) && !companyName(name);
      if (words !== undefined && describesPerson(words)) continue;
      const fits = kindFits && !peoples && describedName(name) && !other(name);
      if (m.index > lastAt && fits) [last, lastAt] = [name, m.index];
    }
    return last;
  }

  /** The person first written with this title after `at`, within `reach` characters, or null. */
  titledAfter(title: string, forms: string[], at: number, reach: number): string | null {
    const re = titledPattern(title, forms);
    re.lastIndex = 0;
    return re.exec(this.text.slice(at, at + reach))?.[1] ?? null;
  }

  /** The first person named after `at`, within `reach` characters, or null. */
  personAfter(at: number, reach: number): string | null {
    const re = new RegExp(NAME.source, "gu");
    const stretch = this.text.slice(at, at + reach);
    for (let m = re.exec(stretch); m; m = re.exec(stretch)) {
      const name = personOf(m);
      if (name?.includes(" ")) return name;
    }
    return null;
  }

  /** The person last written with this title before `at` ("Mayor Jane Smith", "Sen. Bernie Sanders"), or null. */
  titled(title: string, forms: string[], at: number, reach: number): string | null {
    let scanner = this.byTitle.get(title);
    if (!scanner) {
      scanner = new LastMatchBefore(this.text, titledPattern(title, forms), (m) => m[1]);
      this.byTitle.set(title, scanner);
    }
    return scanner.before(at, reach);
  }
}

const TITLED = new Map<string, RegExp>();

/** "Mayor Jane Smith", "former mayor Jane Smith": the title in either case, then a full name; compiled once. */
function titledPattern(title: string, forms: string[]): RegExp {
  let re = TITLED.get(title);
  if (!re) {
    const words = forms.map((w) => `[${w[0].toUpperCase()}${w[0]}]${escapeRegExp(w.slice(1))}`);
    // ("Justice Ayesha Mirza Durrani": a third name, not a day or a month.)
    re = new RegExp(`\\b(?:${words.join("|")})\\.?\\s+(${FULL_NAME}(?:[^\\S\\n]+${THIRD_NAME})?)`, "gu");
    TITLED.set(title, re);
  }
  return re;
}

const BODY_NAMES = new RegExp(BODY_NAME, "gu");
/** A company's kind in lower case right before its name ("carmaker Halberg"). */
const KIND_BEFORE_NAME = new RegExp(`\\b(?:${[...COMPANY_KINDS].join("|")}) (${BODY_NAME})`, "gu");
/**
 * A name the text describes as a company's, of any kind: "Glowra, a telehealth startup", "Trentholme Precision, which
 * makes turbine blades" (nouns.json companyDoings; a person takes "who"). The kind closes the description; a kind
 * after a preposition is another's ("Ada Ruiz, a lawyer for the company").
 */
/** A description's words up to its kind: no preposition or clause, whose noun is another's ("a lawyer for it"). */
const UP_TO_KIND = "(?:(?!\\b(?:at|for|of|with|to|from|by|in|who|whose|which|that)\\b)[^,.;:]){0,60}?";
/** What may follow the kind that closes a description ("a logging firm based in …", "a startup that …"). */
const KIND_CLOSES =
  "(?=[,.;:)]|\\s(?:that|which|whose|based|founded|with|in|from|behind|owned|run|listed|registered|headquartered|majority-owned|he|she|they|we|it)\\b)";
const DESCRIBED_AS_COMPANY = new RegExp(
  `(${BODY_NAME})(?=, (?:(?:a|an|the|one of the) (${UP_TO_KIND})\\b(${[...COMPANY_KINDS].join("|")})s?${KIND_CLOSES}|which (?:${[...COMPANY_DOINGS].join("|")})\\b))`,
  "gu",
);
/** Whether a description's words before its kind say a person ("a Tampa attorney representing the group"). */
const describesPerson = (words: string) =>
  words
    .toLowerCase()
    .split(/\s+/)
    .some((w) => ROLE_NOUNS.has(w) || ANONYMOUS_HEADS.has(w) || PERSON_HEADS.has(w) || TITLES.has(w));

/** Right after a name, a description closing on a kind only bodies are ("Gesit, the ride-hailing app,"). */
const DESCRIBED_AS_BODY = new RegExp(
  `^, (?:a|an|the) (${UP_TO_KIND})\\b(?:${[...BODY_ONLY_KINDS].join("|")})s?${KIND_CLOSES}`,
  "u",
);
/**
 * Whether capitals before a description are a body's name: not a day's or a month's ("On Tuesday, the company"), nor a
 * sentence's opening word; a body's head may open it ("Institute for Property Justice").
 */
function describedName(name: string): boolean {
  const words = name.split(/\s+/);
  const first = words[0].toLowerCase();
  const headed = ORGANISATION_HEADS.has(first) || isBodyNameWord(first);
  return (headed || !noName(first)) && !words.some((w) => WEEKDAYS.has(w.toLowerCase()) || MONTHS.has(w.toLowerCase()));
}
/** "X, a mid-sized developer," by kind: compiled once per kind (the kinds are nouns.json companyKinds). */
const DESCRIBED = new Map<string, RegExp>();
/** A company's name: a body's word, and none a ministry's, a council's or a club's ("Kwun Lok Properties"). */
export const companyName = (name: string) => {
  // ("Marrowfield Therapeutics' Phase I/II study": a possessive is no part of the name.)
  const words = name.toLowerCase().split(/\s+/).map(withoutPossessive);
  // (A company's word alone, "Mining" or "Bank" opening a sentence, names no company.)
  if (!/^\p{Lu}/u.test(name) || words.length < 2) return false;
  // ("Harlow & Vane", "Pelham & Rowe": no person's name holds an ampersand.)
  const firm = words.some((w) => isBodyNameWord(w)) || (words.length === 3 && words[1] === "&");
  return firm && !words.some((w) => NOT_COMPANY_WORDS.has(w));
};
