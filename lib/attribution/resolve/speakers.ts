/**
 * The people named so far in an article, so that "Ehsan", "he" and "the
 * mayor" find "Ehsanullah Ehsan" and "Mayor Jane Smith". The one place
 * speaker names are made canonical.
 */
import { DOCUMENT_HEADS, ROLE_ACRONYMS, SPEAKING_FOR, TITLES } from "../words";
import { NamedBefore, companyName } from "./named-before";
import { fullNameEndingWith, personNamedBetween, personOpeningSentenceBefore } from "./sentence-opener";
import { isTimeWord } from "../phrases/time";
import { SexEvidence, type Sex } from "./sex";
import { oneUnnamedPerson } from "./unnamed-person";
import { ledeCompany } from "./lede-company";
import type { Tier } from "../types";
import { FullNames } from "./full-names";
import { TITLE_WORDS } from "./title-words";

/** How far back (in characters) "he said" may look for the person it stands for. */
const PRONOUN_REACH = 1500;
/** How many names are looked up as an outlet told or written in. */
const RELAYED_READ = 256;
/** A title right before a name ("Dr ", "Prof. "): the name is a person's. */
const TITLED_BEFORE = /\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sen|Rep|Gov|Sir|Dame)\.?\s+$/;
/** How near after the person it takes a pronoun tells their sex (characters; about a sentence). */
const HEARD_REACH = 400;
/** How many people lately named a "she" after a man may look back over. */
const RECENT = 6;
/** How far back "the mayor" still finds the mayor named before (characters): about a long article's length. */
const TITLE_REACH = 8000;

/** A named person and those who worked with them: "Raghavan and colleagues", "Dr Okafor and her team". */
const NAMED_TEAM =
  /\p{Lu}[\p{L}'’-]*\s+(?:and|with)\s+(?:(?:his|her|their)\s+)?(?:colleagues|co-?authors|team|fellow researchers)$/u;

/**
 * A spokesperson's role in a source's words: "police spokeswoman Jane Kamau", "the police public relations officer
 * (PPRO)", "press secretary Dana Whitcombe".
 */
export const SPOKES_ROLE =
  /\b[Ss]pokes(?:person|man|woman)\b|\b[Pp]ublic [Rr]elations [Oo]fficer\b|\bP?PRO\b|\b[Pp]ress [Ss]ecretary\b/;

/** How far a "she" after an unnamed person's words may still be that person (characters): the next sentence or two. */
const UNNAMED_REACH = 400;

/** A name written in capitals only, as transcripts do ("WALLACE", "JAKE TAPPER"). */
export const ALL_CAPS = /^\p{Lu}{2,}(?:\s+\p{Lu}{2,})*$/u;
export const titleCase = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();

/** What a source was read as: its tier, who, and how sure. */
export interface Resolved {
  tier: Tier;
  speaker: string | null;
  role: string | null;
  confidence: number;
  /** People named with the speaker ("… and Mary Jones said"). */
  others?: string[];
}

/**
 * Whether `source` names `maker` as a document's ("a report by the Ministry of X", "CNN's poll"), or a body of a kind
 * ("a survey by the college").
 */
function madeByName(source: string, maker: string): boolean {
  const at = source.indexOf(maker);
  // ("Monday's poll" is no one's.)
  if (isTimeWord(maker.toLowerCase())) return false;
  if (at < 0) return /\b(?:by|from) the [a-z]+\b(?![ -][a-z])/.test(source); // "a survey by the college": the kind
  // ("by Istanbul brokerage Meridyen Yatırım": a place and a kind may come between.)
  return (
    /\b(?:by|from)\s+(?:the\s+)?(?:\S+\s+){0,2}$/.test(source.slice(0, at)) ||
    /^['’]s?\s/.test(source.slice(at + maker.length))
  );
}

/** Keeps the people named so far, and the last source, as an article is read. */
export class SpeakerMemory {
  readonly names = new FullNames();
  /** People and title holders named anywhere before a position, in sentences that credit no one too. */
  readonly before: NamedBefore;
  /** The people who spoke or were pointed to lately, the last at the end (a few, for "she" after a man). */
  private recent: Array<{ name: string; at: number }> = [];
  /** What the article says of each person's sex. */
  readonly sex: SexEvidence;
  private last: { resolved: Resolved; at: number; source: string } | null = null;
  private beforeLast: SpeakerMemory["last"] = null;
  private lastUnnamed = -1;
  /** The sex of the pronoun ("he" or "she") that already stood for that unnamed person, if one did. */
  private unnamedSex: Sex | null = null;
  private byTitle = new Map<string, { name: string; at: number }>();
  private spokesperson: { body: string; at: number; named?: boolean; source?: string } | null = null;
  private body: { name: string; at: number } | null = null;
  /** Who made each kind of document named so far ("report" → "Ministry of Industry and Energy"). */
  private documents = new Map<string, { maker: string; at: number }>();
  private readonly makers = new Set<string>();

  constructor(private readonly text: string) {
    this.before = new NamedBefore(text);
    this.sex = new SexEvidence(text);
  }

  /**
   * Names the article writes as told or written in, by name ("told Pulse Sports", "in The Namibian"): read once.
   * `told`: only as told ("told Business Insider"), which "according to Jane Roe" is not.
   */
  private relayed = new Map<string, { any: boolean; told: boolean }>();
  relayedTo(name: string, told = false): boolean {
    let seen = this.relayed.get(name);
    if (seen === undefined) {
      // (A page of thousands of names reads the first few hundred, enough for any article's outlets, so it stays
      // linear.)
      if (this.relayed.size >= RELAYED_READ) return false;
      const toldIt = this.text.includes(`told ${name}`);
      seen = { told: toldIt, any: toldIt || [`to ${name}`, `in ${name}`].some((s) => this.text.includes(s)) };
      this.relayed.set(name, seen);
    }
    return told ? seen.told : seen.any;
  }

  /** A person named at `at`, by the fullest name known for them. */
  person(name: string, at: number): string {
    // A transcript's "WALLACE:" is the Chris Wallace named before, or at least "Wallace".
    if (ALL_CAPS.test(name)) name = name.split(/\s+/).map(titleCase).join(" ");
    const words = name.split(/\s+/);
    const canonical = this.names.canonical(name);
    if (words.length > 1 && canonical === name) this.names.add(name);
    this.setLast(canonical, at);
    return canonical;
  }

  /** The one full name the text gives before `at` that ends with `surname`, or null ("Harkin" → "Tom Harkin"). */
  fullNameBefore(surname: string, at: number): string | null {
    return fullNameEndingWith(this.text, surname, at);
  }

  /** A pronoun at `at` stood for `name`: the next one may too. (Not a name the article gives in full: no canonical.) */
  pointTo(name: string, at: number): string {
    this.setLast(name, at);
    return name;
  }

  /** The person who spoke or was pointed to last. */
  private get lastPerson(): { name: string; at: number } | undefined {
    return this.recent[this.recent.length - 1];
  }

  private setLast(name: string, at: number): void {
    const k = this.recent.findIndex((r) => r.name === name);
    if (k >= 0) this.recent.splice(k, 1);
    this.recent.push({ name, at });
    if (this.recent.length > RECENT) this.recent.shift();
  }

  /**
   * Who a "he" or "she" at `at` stands for, given the person it would otherwise take: that person, unless the article
   * says they are of the other sex; then the person who spoke or was pointed to last before them and is not said to
   * be of that sex too ("… said Prewitt, a two-term congressman. She told the crowd" is Marchetti).
   */
  agreeing(name: string | null, sex: Sex | null, at: number): string | null {
    if (!name || !sex) return name;
    // "Niamh Kettering … argued … Trainee numbers rose, she wrote": a pronoun right after the person it takes, with
    // no one said to be of the other sex, says what they are for a later pronoun to look past them.
    const last = this.lastPerson;
    const close = last?.name === name && at - last.at < HEARD_REACH;
    // (With no one else to turn to, what the article says of their sex is not read at all.)
    if (!this.recent.some((r) => r.name !== name && at - r.at < PRONOUN_REACH)) {
      if (close) this.sex.heard(name, sex);
      return name;
    }
    const theirs = this.sex.of(name);
    if (!theirs && close) this.sex.heard(name, sex);
    if (!theirs || theirs === sex) return name;
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const r = this.recent[k];
      if (at - r.at >= PRONOUN_REACH) break;
      if (r.name !== name && this.sex.of(r.name) !== theirs) return this.pointTo(r.name, at);
    }
    return name;
  }

  private opening: { sentence: number; surnames: boolean; found: { name: string; at: number } | null } | null = null;

  /**
   * The person the sentence before the one starting at `sentence` opens with, read once per sentence; `surnames`: a
   * surname alone counts too (personOpeningSentenceBefore).
   */
  openingBefore(sentence: number, surnames = false): { name: string; at: number } | null {
    if (this.opening?.sentence !== sentence || this.opening.surnames !== surnames)
      this.opening = {
        sentence,
        surnames,
        found: personOpeningSentenceBefore(this.text, sentence, { surnames, roles: true }),
      };
    return this.opening.found;
  }

  /** Where the last person who spoke was named, or -1. */
  get lastPersonAt(): number {
    return this.lastPerson?.at ?? -1;
  }

  pronoun(at: number): string | null {
    return this.lastPerson && at - this.lastPerson.at < PRONOUN_REACH ? this.lastPerson.name : null;
  }

  previous(at: number): Resolved | null {
    return this.last && at - this.last.at < PRONOUN_REACH ? this.last.resolved : null;
  }

  /** What the source that spoke last read as, if it starts at `start` (the same words, read again). */
  spokeAt(start: number): Resolved | null {
    return this.last?.at === start ? this.last.resolved : null;
  }

  /** The claim read last, where it starts and ends. */
  private lastClaim: { start: number; end: number } | null = null;

  /** Records where the claim just read lies. */
  claimed(content: { start: number; end: number }): void {
    this.lastClaim = content;
  }

  /** Whether `at` lies inside the claim read last. */
  inLastClaim(at: number): boolean {
    return !!this.lastClaim && this.lastClaim.start <= at && at < this.lastClaim.end;
  }

  /** Forgets the source remembered at `at` as the last to speak, for the one before it. */
  forgetLast(at: number): void {
    if (this.last?.at === at) this.last = this.beforeLast;
  }

  /** Whether the source that spoke last was a named person's team ("Raghavan and colleagues"): "they" is theirs. */
  previousTeam(at: number): boolean {
    return !!this.last && at - this.last.at < PRONOUN_REACH && NAMED_TEAM.test(this.last.source);
  }

  /** The company the story opens on ("Vantor has paused … its T4 thermostat"), read once. */
  ledeCompany(): string | null {
    if (this.lede === undefined) this.lede = ledeCompany(this.text, (n) => !!this.sex.of(n));
    return this.lede;
  }
  private lede: string | null | undefined;

  /** The company that last spoke, by a name the story gave it (not "the company"), if recently. */
  lastBody(at: number): string | null {
    return this.body && at - this.body.at < TITLE_REACH ? this.body.name : null;
  }

  /**
   * Remembers a source that spoke at `at`. `quoted`: its words sit inside the claim before ("Arriaga said she had not
   * heard of the bill until a reporter described it"), so an unnamed person there is no one a later "she" is.
   * `aside`: the words between the source and its verb, which may say the person gave no name.
   */
  remember(r: Resolved, at: number, source: string, quoted = false, aside = ""): void {
    this.beforeLast = this.last;
    this.last = { resolved: r, at, source };
    if (r.tier === "institutional" && r.speaker && companyName(r.speaker)) this.body = { name: r.speaker, at };
    // "A nurse, speaking on condition of anonymity, said …" — a later "she" is most likely her.
    const unnamed = r.tier === "anonymous" && !quoted ? oneUnnamedPerson(source + aside) : null;
    if (unnamed) {
      this.lastUnnamed = at;
      this.unnamedSex = unnamed.sex;
    }
    // ("RNP spokesperson ACP Théogène Kabera" … "According to the spokesperson": the person named.)
    if (r.tier === "on-record" && r.speaker && source !== r.speaker && SPOKES_ROLE.test(source))
      this.spokesperson = { body: r.speaker, at, named: true, source };
    // What follows speaks for a body, and most sources speak for no body, so nothing more is read for them.
    if (r.tier !== "institutional" || !r.speaker || source === r.speaker) return;
    // "a Nightjar spokesperson", "a spokesman for the ministry": a later "the spokesperson" speaks for the same body.
    const last = source.toLowerCase().match(/[a-z]+$/)?.[0] ?? "";
    if (SPEAKING_FOR.has(last) || /\bspokes\w+ for\b/i.test(source))
      this.spokesperson = { body: r.speaker, at, source };
    // "a report by the Ministry of Industry and Energy": a later "the report" is the ministry's again.
    if (!madeByName(source, r.speaker)) return;
    const document = source
      .toLowerCase()
      .split(/[^a-z]+/)
      .findLast((w) => DOCUMENT_HEADS.has(w));
    // (A maker with a title is a person: "a study by Dr Jane Roe".)
    const titled = TITLED_BEFORE.test(source.slice(0, source.indexOf(r.speaker)));
    if (document) this.madeDocument(document, r.speaker, at, !titled);
  }

  /**
   * Remembers who made a document of this kind (a body or a person), read at `at`; `body` when the maker is known to
   * be no person, so that its name said again is a body's ("Castleford Insight said").
   */
  madeDocument(document: string, maker: string, at: number, body = false): void {
    this.documents.set(document, { maker, at });
    // (A person named before who puts out a statement is still a person: "Leila Haddad … said in a statement".)
    if (body && !this.names.of(maker.slice(maker.lastIndexOf(" ") + 1))) this.makers.add(maker);
  }

  /** Whether a body of this name made a document named so far (a survey's or a report's maker is a body). */
  madeADocument(name: string): boolean {
    return this.makers.has(name);
  }

  /** Who made the document of this kind named last, if recently: "The report estimated" is theirs. */
  madeBy(document: string, at: number): string | null {
    const d = this.documents.get(document);
    if (d && at - d.at < TITLE_REACH) return d.maker;
    // ("A report by the state’s Lok Nivaran Ayog … had examined the contracts. The report found": named with its
    // maker where no one was reported.)
    return this.before.madeBy(document, at, TITLE_REACH);
  }

  /**
   * The body whose spokesperson spoke last, if recently: "The spokesperson said" speaks for it again; or the
   * spokesperson, when named (`named`).
   */
  spokenForLast(at: number): { body: string; named?: boolean; source?: string } | null {
    return this.spokesperson && at - this.spokesperson.at < TITLE_REACH ? this.spokesperson : null;
  }

  /**
   * The body an unnamed spokesperson who spoke last speaks for, when a "she" or "he" right after is them: "A Huaxin
   * spokeswoman said … 'We are answering every request,' she added"; of the sex the word says, and no one named since.
   */
  spokespersonAgain(at: number, sex: Sex | null): string | null {
    const spoke = this.spokesperson;
    if (!spoke || spoke.named || !spoke.source || at - spoke.at >= UNNAMED_REACH) return null;
    // (Nor one named since, who need not have spoken: "… Their lawyer, Tom Reid, was not available. Later he said".)
    // (Read past the spokesperson's own words, "A spokeswoman for Craigbrae Community Leisure".)
    const past = spoke.at + spoke.source.length;
    if (spoke.at < this.lastPersonAt || personNamedBetween(this.text, past, at)) return null;
    // (Only a spokesman's "he" or a spokeswoman's "she": "A campaign spokeswoman disputed … he suggested" is another;
    // a spokesperson's, either.)
    const word = spoke.source.toLowerCase().match(/spokes(?:wo)?(?:man|person)\b/)?.[0];
    // (A spokesperson's only in the sentence after theirs: further on, "she" may be anyone the text has moved to.)
    if (word === "spokesperson") return sex && sentencesBetween(this.text, past, at) <= 1 ? spoke.body : null;
    const theirs: Sex | null = word === "spokeswoman" ? "f" : word === "spokesman" ? "m" : null;
    return theirs && theirs === sex ? spoke.body : null;
  }

  /** Whether an unnamed single person ("a nurse", "one official") spoke after the last person named before `at`. */
  unnamedLast(at: number, sex: Sex | null): boolean {
    // ("…,” she said, asking not to be named. … He added": a "he" after her "she" is someone else.)
    const other = sex !== null && this.unnamedSex !== null && this.unnamedSex !== sex;
    const last =
      !other &&
      this.lastUnnamed >= 0 &&
      at - this.lastUnnamed < UNNAMED_REACH &&
      this.lastUnnamed > (this.lastPerson?.at ?? -1) &&
      // ("Taxi driver Shahid Iqbal, 41, was sceptical. “…,” he said": someone brought in with an age since.)
      (this.before.newcomer(at)?.at ?? -1) < this.lastUnnamed;
    if (last && sex) this.unnamedSex = sex;
    return last;
  }

  /** Keeps who holds each title a person was given ("Mayor Jane Smith", "Jane Doe, the mayor,"). */
  titled(role: string, name: string, at: number): void {
    // ("Kilbrack West TD Cathal Brennock" … "the Kilbrack West TD": a seat held, as a title is.)
    const words = role.toLowerCase().split(/[^a-z]+/);
    for (const w of words)
      if (TITLES.has(w) || ROLE_ACRONYMS.has(w)) this.byTitle.set(TITLE_WORDS[w] ?? w, { name, at });
    // ("Chief Minister Harish Bhadoria" … "the CM", "Prime Minister X" … "the PM": a title by its initials.)
    const initials = words
      .slice(-2)
      .map((w) => w[0] ?? "")
      .join("");
    if (words.length >= 2 && ROLE_ACRONYMS.has(initials)) this.byTitle.set(initials, { name, at });
  }

  /** The person last given this title, if named recently: "the mayor" is Mayor Jane Smith. */
  holder(title: string, at: number): string | null {
    const h = this.byTitle.get(title);
    return h && at - h.at < TITLE_REACH ? h.name : null;
  }
}

/** How many sentences end between two offsets (a full stop, question or exclamation mark before a space). */
function sentencesBetween(text: string, from: number, to: number): number {
  return text.slice(from, to).match(/[.!?]["”’)]?\s/g)?.length ?? 0;
}
