/**
 * A source read by the role it names: a nationality for the person last named ("the Swede said"), a title used again
 * ("the officer said"), an office and its holder ("the mayor", "the Defense Department's press secretary",
 * "counsel"), a description news gave a person or a body before ("the former hammer thrower", "the system"), a title's
 * initials ("the PS") and a named place's office with no holder ("Britain's finance minister").
 */
import type { RawAttribution } from "../cues/raw";
import { unnamedAside } from "../text/quotes";
import { type Token } from "../text/sentences";
import { ANONYMOUS_HEADS, isBodyNameWord, NATIONALITY_NOUNS, ORGANISATION_HEADS, TITLES } from "../words";
import { TIMES } from "./confidence";
import { describedPerson, introducedBefore, titleInitialsHolder, unnamedBefore } from "./described-person";
import { cleanName } from "./name-text";
import { personNamedBetween } from "./sentence-opener";
import { AGE, PAST_ROLE, singleOffice } from "./source-shapes";
import { speaksFor, type SourceReading } from "./source-kind";
import type { Resolved, SpeakerMemory } from "./speakers";
import { LATER_TITLES, titleAbbreviations } from "./title-words";
import { escapeRegExp } from "../../escape-regexp";

/** How far back (characters) a role looks for the person it may stand for: an article's opening paragraphs. */
export const ROLE_REACH = 3000;
/**
 * An office in an article's opening (its first characters), with no one named before it, may name its holder after
 * it, within as many characters: the next paragraph or two, as a lede does.
 */
const LEDE_REACH = 1000;

/** Whether a holder of `title` was brought in with "a" within reach before `at`, and no person named since. */
function unnamedSince(title: string, text: string, at: number): boolean {
  const from = Math.max(0, at - ROLE_REACH);
  const window = text.slice(from, at);
  let last = -1;
  for (const m of window.matchAll(introducedBefore(title))) last = m.index + m[0].length;
  return last >= 0 && !personNamedBetween(text, from + last, at);
}

/** Whether a name is a body's by its words ("Meridale Health", "Northgate Capital"), not a person's. */
const namesBody = (name: string) =>
  name.split(/\s+/).some((w) => isBodyNameWord(w.toLowerCase()) || ORGANISATION_HEADS.has(w.toLowerCase()));

/** Whether the text writes a title right before `name` ("Health Minister Everton Chambers"). */
function titledInText(name: string, text: string): boolean {
  const m = new RegExp(`(\\p{Lu}\\p{Ll}+)\\.?[ \\t]+${escapeRegExp(name)}\\b`, "u").exec(text);
  return !!m && TITLES.has(m[1].toLowerCase());
}

/** A news outlet's own people, whom it need not name ("RFI's correspondent"). */
const REPORTERS = /^(?:correspondents?|reporters?|journalists?|stringers?)$/;

/** Whether the cue is a paper's verb ("reported", "wrote", "published"): a name "The" opens then is a paper's. */
export function inPrint(raw: RawAttribution): boolean {
  return /^(?:reported|reports|wrote|writes|revealed|published)$/.test(raw.tokens[raw.cue[0]].lower);
}

/** What `resolve` has read of a source when its role is weighed. */
export interface RoleContext {
  raw: RawAttribution;
  reading: SourceReading;
  words: Token[];
  text: string;
  memory: SpeakerMemory;
  base: number;
  /** Where the source starts and ends in the text. */
  at: number;
  sourceEnd: number;
  /** Whether the source is read whole (no appositive, or one that only describes it). */
  aside: boolean;
}

/** The reading a source's role gives, or null when it names none (pronouns and appositives are read after). */
export function roleReading({
  raw,
  reading,
  words,
  text,
  memory,
  base,
  at,
  sourceEnd,
  aside,
}: RoleContext): Resolved | null {
  // "“…,” the Swede said": a nationality for the person last named, as "the 24-year-old" is; unless it is a paper's
  // name ("The Australian reported", "told The Namibian").
  // ("said the South African": a nationality of two words.)
  const people = words
    .slice(1)
    .map((t) => t.lower)
    .join(" ");
  const nationality =
    words.length >= 2 && words.length <= 3 && words[0].lower === "the" && NATIONALITY_NOUNS.has(people);
  const nationalName = nationality ? text.slice(words[1].start, words.at(-1)!.end) : "";
  const paper = nationality && (inPrint(raw) || memory.relayedTo(`The ${nationalName}`));
  if (nationality && !paper) {
    const named = memory.before.person(at, ROLE_REACH);
    return named
      ? { tier: "on-record", speaker: named, role: nationalName, confidence: base * TIMES.roleOfNamed }
      : { tier: "anonymous", speaker: null, role: null, confidence: base * TIMES.pronounForNobody };
  }
  // ("“…,” the MP said, speaking on condition of anonymity": an aside right after the role or its verb keeps the
  // speaker unnamed, whoever the role might stand for.)
  // ("The school principal, who asked not to be named, said": or right after the role, before its verb.)
  const unnamedHere = [raw.cue[1], raw.source?.[1] ?? -1, raw.appositive?.[1] ?? -1].some(
    (k) => k >= 0 && raw.tokens[k + 1]?.text === "," && unnamedAside(raw.tokens, k + 2),
  );
  // (A spokesperson still speaks for the body: DESIGN.md.)
  const lowerRole =
    reading.kind === "organisation" &&
    !!reading.name &&
    !/\p{Lu}/u.test(reading.name) &&
    !words.some((t) => speaksFor(t.lower));
  if ((reading.kind === "anonymous" || lowerRole) && unnamedHere)
    return { tier: "anonymous", speaker: null, role: null, confidence: base * TIMES.pronounForNobody };
  // "The officer said" after "PC Daniel Royce": a word news uses again for a title given before (speakers.ts).
  const again = words.length === 2 && words[0].lower === "the" ? words[1].lower : "";
  const titleAgain = reading.kind === "anonymous" && LATER_TITLES.has(again) && memory.holder(again, at);
  if (titleAgain) return { tier: "on-record", speaker: titleAgain, role: null, confidence: base * TIMES.titleHolder };
  // ("counsel said", as court reports write it: the barrister named before, with no "the".)
  const bareOffice = words.length === 1 && words[0].lower === "counsel" ? words : null;
  const office = reading.kind === "anonymous" && aside ? (singleOffice(words) ?? bareOffice) : null;
  // "the mayor" after "Mayor Jane Smith": the same person, named a few paragraphs up; or, in a lede, "the Defense
  // Department's press secretary said", named in the next paragraph ("press secretary Dana Whitcombe").
  const holderOf = (office: Token[], anyone = true) => {
    const title = office[office.length - 1].lower;
    const forms = [title, ...titleAbbreviations(title)];
    return (
      memory.holder(title, at) ??
      memory.before.titled(title, forms, at, ROLE_REACH) ??
      (at < LEDE_REACH && !memory.before.person(at, ROLE_REACH)
        ? (memory.before.titledAfter(title, forms, sourceEnd, LEDE_REACH) ??
          // ("… its chairman said on Thursday." … "Justus Kerubo, who chairs …": the first person the next lines name.)
          (anyone ? memory.before.personAfter(sourceEnd, LEDE_REACH) : null))
        : null)
    );
  };
  const owned = !office && reading.kind === "anonymous" && aside ? singleOffice(words, true) : null;
  // (A place's office, "Tamaroa’s prime minister", only by its title: the next person named may be anyone.)
  const ownedHolder = owned && holderOf(owned, !owned[0].cap);
  if (owned && ownedHolder) {
    const role = text.slice(owned[0].start, owned[owned.length - 1].end);
    return { tier: "on-record", speaker: ownedHolder, role, confidence: base * TIMES.titleHolder };
  }
  // "the former hammer thrower said", after "Jon Brandt, a former hammer thrower,": a description news gives a person
  // named before, that person (on record).
  const former = words.some((t) => PAST_ROLE.test(t.lower));
  // (A body's noun, "the system", too: described so before, "Meridale Health, the … nonprofit system,".)
  const describable = reading.kind === "anonymous" || (reading.kind === "organisation" && words.length === 2);
  const describedAs = describable && aside ? describedPerson(words, former, text, at, ROLE_REACH) : null;
  // "the PS said", after "Principal Secretary Phumzile Shongwe-Mavuso": a title's initials stand for its holder.
  const initialsOf =
    aside && words.length === 2 && words[0].lower === "the"
      ? titleInitialsHolder(text, words[1].text, at, ROLE_REACH)
      : null;
  if (initialsOf)
    return { tier: "on-record", speaker: initialsOf, role: words[1].text, confidence: base * TIMES.titleHolder };
  // ("the system said", after "Meridale Health, the 14-hospital nonprofit system,": a body so described speaks as one;
  // its name says so, not the noun, which may be a person's trade or a company's, "producer", "investor".)
  // ("the minister said", after "Health Minister Everton Chambers": a title's holder, whatever words the name holds;
  // "The producer said", after "Harlow Pictures, the producer of the film,", is still the company.)
  if (describedAs && namesBody(describedAs) && !(office && titledInText(describedAs, text)))
    return { tier: "institutional", speaker: describedAs, role: null, confidence: base * TIMES.organisation };
  if (describedAs && !office && reading.kind === "anonymous")
    return { tier: "on-record", speaker: describedAs, role: null, confidence: base * TIMES.roleOfNamed };
  // ("Britain's finance minister said", its holder named nowhere before: a named place's or body's office speaking,
  // as "the finance minister said" is; a post many hold, "NATO's officials", "RFI's correspondent", stays unnamed,
  // and so does the office of a body a pronoun stands for, "One firm, which asked not to be named, … its managing
  // director".)
  const namedOwner = !!owned && owned[0].cap && /['’]s$/.test(owned[0].text);
  const manyHold = (head: string) => ANONYMOUS_HEADS.has(head) || REPORTERS.test(head);
  if (owned && namedOwner && !raw.appositive && !describedAs && !manyHold(owned[owned.length - 1].lower)) {
    const speaker = cleanName(text.slice(owned[0].start, owned[owned.length - 1].end));
    return { tier: "institutional", speaker, role: null, confidence: base * TIMES.organisation };
  }
  if (office) {
    const role = text.slice(office[0].start, office[office.length - 1].end);
    const title = office[office.length - 1].lower;
    // ("the former governor": the person described so, not the governor now.)
    const holder = former && describedAs ? describedAs : (holderOf(office) ?? describedAs);
    if (holder) return { tier: "on-record", speaker: holder, role, confidence: base * TIMES.titleHolder };
    // "The Vermont senator", "the Republican front-runner": a role that stands for a person the story names
    // (DESIGN.md: on record); with no one named before, an office speaking ("the finance minister said"). The
    // role is the speaker's name then, and not a role any later "the senator" could take for a holder's.
    // "The 24-year-old said": an age is no office; it is the person last named, as "he" would be.
    // ("An immigration judge …, who spoke on condition of anonymity," … "The judge said": the unnamed one, still.)
    if (!AGE.test(title) && unnamedBefore(title).test(text.slice(Math.max(0, at - ROLE_REACH), at)))
      return { tier: "anonymous", speaker: null, role: null, confidence: base * TIMES.pronounForNobody };
    // ("A detective constable told the court … Opposing bail, the constable said": the one brought in with "a", whom
    // no one named since.)
    if (!AGE.test(title) && unnamedSince(title, text, at))
      return { tier: "anonymous", speaker: null, role: null, confidence: base * TIMES.pronounForNobody };
    const named = memory.before.person(at, ROLE_REACH);
    if (named && AGE.test(title))
      return { tier: "on-record", speaker: named, role, confidence: base * TIMES.roleOfNamed };
    // ("The 34-year-old told the court …", no one named before: a person unnamed, no office speaking.)
    if (AGE.test(title))
      return { tier: "anonymous", speaker: null, role: null, confidence: base * TIMES.pronounForNobody };
    const speaker = cleanName(role);
    return named
      ? { tier: "on-record", speaker, role: null, confidence: base * TIMES.roleOfNamed }
      : { tier: "institutional", speaker, role: null, confidence: base * TIMES.organisation };
  }
  return null;
}
