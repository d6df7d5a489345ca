/** A raw finding's tier, speaker and confidence: what its source phrase names, and whom a pronoun stands for. */
import type { RawAttribution } from "../cues/raw";
import type { Token } from "../text/sentences";
import {
  ANONYMOUS_HEADS,
  DETERMINERS,
  DOCUMENT_HEADS,
  documentAlone,
  DOCUMENT_MODIFIERS,
  ORGANISATION_HEADS,
  ROLE_ACRONYMS,
  ROLE_NOUNS,
  TITLES,
  OWN_REPORTERS,
  OUTLET_VOUCHING,
  endsAsPublication,
} from "../words";
import { CUE_CONFIDENCE, NO_SOURCE_CONFIDENCE, TIMES } from "./confidence";
import { sentenceSubject } from "../phrases/subject";
import { readSource, speaksFor } from "./source-kind";
import { PLACES_ACTING } from "./spoken-for";
import { cleanName } from "./name-text";
import { documentSpeaker } from "./unnamed-documents";
import { fromReading } from "./from-reading";
import { fullNameAfterComma, readWithAppositive } from "./appositive-reading";
import { leadAuthorBefore, STUDY_GROUP } from "./study-authors";
import { GIVEN_ONLY_AS, fullNameAtEnd, pronounsDocument } from "./source-shapes";
import { SPOKES_ROLE, type Resolved, type SpeakerMemory } from "./speakers";
import { otherPronoun, personPronoun } from "./pronoun-source";
import { inPrint, ROLE_REACH, roleReading } from "./roles";
import { bodyNamedBefore } from "./body-kinds";

/** A document's length or count written before its noun ("38-page", "120-page", "2,000-word"). */
const MEASURED = /^\d[\d,.]*(?:-\p{L}+)+$/u;
/** Whether `phrase` opens with `name`, then "in the", "of the", "for the" or "at the" and a capital. */
const bodyAfterName = (phrase: string, name: string) =>
  phrase.startsWith(`${name} `) && /^(?:in|of|for|at) the \p{Lu}/u.test(phrase.slice(name.length + 1));

/** Reports by no one named: "Initial reports", "early reports", "Media reports". */
const NOBODYS_REPORTS =
  /^(?:(?:initial|early|earlier|preliminary|first|some|conflicting|media|news|press|unconfirmed)\s+)?reports$/i;

/** A source that gives a name, no more: "who gave his name only as Chinedu", "identified only by her name, Ana". */
const GIVEN_NAME_ONLY = /\b(?:name|identified)\b[^,.;]{0,30}?(?:\bas|,)\s+(\p{Lu}[\p{L}'’-]+)$/u;

/** "A patient surnamed Kim": how wire copy gives a name and keeps the person unnamed. */
const SURNAME_ONLY = /\bsurnamed\s+$/;

export function resolve(raw: RawAttribution, text: string, memory: SpeakerMemory): Resolved {
  const found = resolveSource(raw, text, memory);
  const read = documentSpeaker(found, raw, text, memory);
  if (raw.rule !== "hearing/heard" || read.tier === "institutional") return read;
  // "Jurors heard", "Magistrates heard": evidence on the record of the court the story named, whoever gave it.
  const court = bodyNamedBefore("jury", memory, raw.tokens[raw.cue[0]].start);
  return { tier: "institutional", speaker: court, role: null, confidence: read.confidence };
}

function resolveSource(raw: RawAttribution, text: string, memory: SpeakerMemory): Resolved {
  const base = CUE_CONFIDENCE[raw.kind];
  if (raw.sharedSource) {
    // ("The chief executive, Alastair Pennick, said … and urged …": the words the verb before read, as it read them.)
    const same = memory.spokeAt(raw.tokens[raw.sharedSource[0]].start);
    if (same) return { ...same, confidence: base * TIMES.sharedSource };
    const shared = readSource(raw.tokens.slice(raw.sharedSource[0], raw.sharedSource[1] + 1), text);
    if (shared.kind !== "pronoun-person" && shared.kind !== "pronoun-other") {
      // Read as the verb that gave it reads it ("The senator criticized the ruling, saying …": an office or the
      // senator named before, as for "criticized").
      const own = resolve(
        { ...raw, source: raw.sharedSource, sharedSource: undefined, appositive: null },
        text,
        memory,
      );
      return { ...own, confidence: base * TIMES.sharedSource };
    }
    const prev = memory.previous(raw.tokens[raw.cue[0]].start);
    if (prev) return { ...prev, confidence: base * TIMES.sharedWithPrevious };
  }
  // ", we're told": the outlet passing on what people it does not name told it.
  if (raw.rule === "hearing/told-aside") return { tier: "anonymous", speaker: null, role: null, confidence: base };
  if (!raw.source) {
    if (raw.kind === "hedge") return { tier: "unattributed", speaker: null, role: null, confidence: base };
    return { tier: "unattributed", speaker: null, role: null, confidence: NO_SOURCE_CONFIDENCE };
  }
  const at = raw.tokens[raw.source[0]].start;
  const sourceEnd = raw.tokens[raw.source[1]].end;
  const words = raw.tokens.slice((raw.appositive ?? raw.source)[0], (raw.appositive ?? raw.source)[1] + 1);
  const reading = readSource(words, text);
  // "The authors write", "the researchers found": the study's lead author named before, on record.
  const phrase = text.slice(words[0].start, words[words.length - 1].end);
  const lead = STUDY_GROUP.test(phrase) ? leadAuthorBefore(text, at) : null;
  if (lead)
    return { tier: "on-record", speaker: memory.person(lead, at), role: phrase, confidence: base * TIMES.roleOfNamed };
  // "Initial reports suggested", "Early reports said", "According to reports": reports no one made or named, a hedge
  // (DESIGN.md: unattributed).
  // (Bare "reports" only after "according to": "published reports alleging …" are the documents a filing cites.)
  const nobodys = NOBODYS_REPORTS.test(phrase) && (/\s/.test(phrase) || raw.rule.startsWith("according-to"));
  if (nobodys) return { tier: "unattributed", speaker: null, role: null, confidence: base };
  // "A dialysis patient surnamed Kim said" stays unnamed; "a woman identified only as Maria said" is named, if only
  // just, as GIVEN_NAME_ONLY reads "A nurse, identified only as Maria, said".
  const before = text.slice(Math.max(0, at - 30), at);
  if (SURNAME_ONLY.test(before))
    return { tier: "anonymous", speaker: null, role: null, confidence: base * TIMES.anonymous };
  if (GIVEN_ONLY_AS.test(before) && words.length === 1 && words[0].cap)
    return fromReading({ kind: "person", name: words[0].text, role: null }, base, memory, at);
  // (An appositive may name the holder: "The shadow chancellor, Nadia Forbes, said" is read below.)
  // "Opposition leader in the Sindh Assembly Salman Warsi", "Deputy commissioner of police (economic offences
  // wing) Smita Deshmukh": a long role whose "in" or "of" hid the holder's full name after it.
  // ("The mayor of La Línea, Joaquín Carrasco Vela,": unless the holder's full name follows the comma, and the name
  // before it is the place the office is of.)
  // ("Analysts at wealth manager Brindley Carr": people of a body, never its holder; DESIGN.md keeps them anonymous.)
  const first = DETERMINERS.has(words[0]?.lower ?? "") ? 1 : 0;
  const peopleAt =
    /s$/.test(words[first]?.lower ?? "") &&
    ANONYMOUS_HEADS.has(words[first].lower) &&
    /^(at|with|for|from|in)$/.test(words[first + 1]?.lower ?? "");
  // ("Opposition Leader in the Punjab Assembly Malik Zahoor Bhatti": a capitalised office read as a name, the holder
  // after its body.)
  const officeRead =
    reading.kind === "person" &&
    TITLES.has(reading.name?.split(/\s+/).at(-1)?.toLowerCase() ?? "") &&
    // (Its body after "in the" or "of the": "Representative Peter T. King of New York" is a king of no one.)
    bodyAfterName(text.slice(at, words[words.length - 1].end), reading.name ?? "");
  const holderAt =
    (reading.kind === "anonymous" || officeRead) && !peopleAt && !fullNameAfterComma(raw, text)
      ? fullNameAtEnd(words)
      : -1;
  // ("Cabinet member for environment Cllr Rhian Pritchard": or a title opening the name.)
  const titled =
    holderAt > 0 && (TITLES.has(words[holderAt].lower.replace(/\.$/, "")) || ROLE_ACRONYMS.has(words[holderAt].lower))
      ? 1
      : 0;
  // ("A reporter for Agence France-Presse", "A cathode producer in South Korea": a body or a place after "for", "at"
  // or "in", the person unnamed; so is the last part of a body's name listed with commas, "an official at the
  // Ministry of Trade, Industry and Resources".)
  if (
    holderAt > 0 &&
    !/^(for|at|with|in|from|,)$/.test(words[holderAt - 1].lower) &&
    (words
      .slice(0, holderAt)
      .some(
        (t) =>
          (!t.cap && (TITLES.has(t.lower) || ROLE_NOUNS.has(t.lower) || ROLE_NOUNS.has(t.lower.replace(/^co-/, "")))) ||
          ROLE_ACRONYMS.has(t.lower),
      ) ||
      // ("emergency department nurse Ana Fifita": a kind of person right before the name is the role.)
      (!words[holderAt - 1].cap && ANONYMOUS_HEADS.has(words[holderAt - 1].lower)) ||
      titled ||
      officeRead)
  ) {
    const name = text.slice(words[holderAt + titled].start, words[words.length - 1].end);
    const role = text.slice(words[0].start, words[holderAt - 1 + titled].end);
    return fromReading({ kind: "person", name, role }, base, memory, at);
  }
  // "Another trader, who gave his name only as Chinedu", "a nurse identified only as Maria": named, if only just.
  const given =
    reading.kind === "anonymous" ? GIVEN_NAME_ONLY.exec(text.slice(at, raw.tokens[raw.source[1]].end)) : null;
  if (given) return fromReading({ kind: "person", name: given[1], role: null }, base, memory, at);
  // ("The minister, however, said": an aside, not an appositive, so the office is read.)
  // ("The premier, who faces re-election, told", "The 54-year-old, a former toolmaker, said": a clause or a description
  // in lower case says more of the office or the age, and names no one else.)
  const described = !!raw.appositive && !raw.tokens[raw.appositive[1] + 2]?.cap;
  const aside =
    !raw.appositive || (raw.appositive[0] === raw.source[0] && raw.appositive[1] === raw.source[1]) || described;
  // "Addis Standard has learnt that", "Pulse Sports understands that": a name vouching for its own inquiry, one the
  // article has people speak to ("told Pulse Sports"), one written with "the" ("The Independent has learnt") or one
  // not written before ("Roll Call has learned": a person is introduced before the story relies on them), is an
  // outlet's (DESIGN.md: the outlet citing itself), however much it looks like a person's.
  // ("Maria Lopez learned that her visa had been revoked" is hers: only "has learned", "understands", "can reveal"
  // vouch.)
  // ("The Scientist has learned": a title-cased name after "The", whatever its word names.)
  const titleCased = words.length === 2 && words[0].text === "The" && words[1].cap;
  // ("The West Coast Advocate reported": a name "The" opens, reporting, is a paper's; people take no "The".)
  const theNameReported =
    reading.kind === "person" && words[0].text === "The" && words.slice(1).every((t) => t.cap) && inPrint(raw);
  // ("Business Insider reported in March", after "a spokesperson told Business Insider": a name the article's
  // sources speak to, reporting, is the outlet's.)
  // (A name of two words or more that ends as a publication's does: "she told Ann Reeves" is the judge's.)
  const toldReporting =
    reading.kind === "person" &&
    inPrint(raw) &&
    !!reading.name?.includes(" ") &&
    endsAsPublication(reading.name) &&
    memory.relayedTo(reading.name, true);
  const outlet =
    (reading.kind === "person" || titleCased) &&
    !reading.role &&
    (toldReporting ||
      ((theNameReported ||
        passiveInformed(raw) ||
        raw.tokens.slice(raw.cue[0], raw.cue[1] + 1).some((t) => OUTLET_VOUCHING.test(t.lower))) &&
        (words[0].lower === "the" ||
          memory.relayedTo(reading.name ?? "") ||
          unwrittenBefore(raw, reading.name, text, at))));
  if (outlet) {
    const speaker = reading.name ?? cleanName(text.slice(words[0].start, words[words.length - 1].end));
    return { tier: "institutional", speaker, role: null, confidence: base * TIMES.organisation };
  }
  // "Our correspondent gathered that": the outlet citing itself (DESIGN.md), whatever its name.
  if (words.length === 2 && words[0].lower === "our" && OWN_REPORTERS.has(words[1].lower))
    return { tier: "institutional", speaker: null, role: null, confidence: base * TIMES.organisation };
  // "the city said", "the county said": the place's government speaking, the place named before if its name ends
  // so ("Tolan County"); "the bench held": the court. DESIGN.md: a body identifiable from the story.
  const place = words.length === 2 && words[0].lower === "the" && PLACES_ACTING.test(words[1].lower);
  if (place && reading.kind === "anonymous" && raw.source[1] - raw.source[0] === 1) {
    const kind = words[1].lower === "bench" ? "court" : words[1].lower;
    const named = memory.before.body(kind, at, ROLE_REACH);
    return {
      tier: "institutional",
      speaker: named ?? words[1].text,
      role: null,
      confidence: base * TIMES.organisation,
    };
  }
  // "The spokesperson said", after "a Nightjar spokesperson" confirmed it: the same body speaks.
  const spokenFor =
    reading.kind === "anonymous" && words.length === 2 && words[0].lower === "the" && speaksFor(words[1].lower)
      ? memory.spokenForLast(at)
      : null;
  // ("The police spokesman said", after "Police spokesman Olufemi Adeyanju": the same person, by the same role.)
  const sameRole = words.length === 3 && words[0].lower === "the" && SPOKES_ROLE.test(words[2].lower);
  const spokesman = sameRole ? memory.spokenForLast(at) : null;
  if (spokesman?.named && spokesman.source?.toLowerCase().split(/\s+/).includes(words[1].lower))
    return { tier: "on-record", speaker: spokesman.body, role: null, confidence: base * TIMES.titleHolder };
  if (spokenFor?.named)
    return { tier: "on-record", speaker: spokenFor.body, role: null, confidence: base * TIMES.titleHolder };
  if (spokenFor)
    return { tier: "institutional", speaker: spokenFor.body, role: null, confidence: base * TIMES.organisation };
  // "…, and a spokesperson said": a spokesperson speaks for a body (DESIGN.md), the one that spoke just before when
  // there is one, else one the story leaves unnamed here.
  // ("a spokeswoman, Priya Vandermeer," names her: read with the appositive below, on record.)
  // ("A departmental spokesperson added": or with one describing word in lower case before it.)
  const describing = words.length === 3 && !words[1].cap && /(?:al|ive|ary)$/.test(words[1].lower);
  const unnamedSpokes = (words.length <= 2 || describing) && /^spokes(?:person|man|woman)$/.test(words.at(-1)!.lower);
  if (reading.kind === "anonymous" && unnamedSpokes && !fullNameAfterComma(raw, text)) {
    const prev = memory.previous(at);
    const body = prev?.tier === "institutional" ? prev.speaker : null;
    return { tier: "institutional", speaker: body, role: null, confidence: base * TIMES.organisation };
  }
  // "The department spent £6.2m, according to figures it published", "… according to its latest quarterly filing":
  // the document of the body the sentence opens with, or else of the body that spoke last; "The filing showed" is
  // theirs again.
  const bodysDocument = reading.kind !== "person" ? pronounsDocument(words) : null;
  if (bodysDocument) {
    const [first, second] = raw.tokens;
    // ("The Housing Ombudsman has upheld 14 complaints, according to its published decisions": the sentence's
    // subject, when it names a body.)
    const sourceAt = Math.min(raw.cue[0], raw.source?.[0] ?? Infinity);
    const subject = sentenceSubject(raw.tokens, sourceAt);
    const subjectWords = subject && subject[1] < sourceAt ? raw.tokens.slice(subject[0], subject[1] + 1) : null;
    const opening =
      first?.lower === "the" && second && ORGANISATION_HEADS.has(second.lower)
        ? fromReading(readSource([first, second], text), base, memory, first.start)
        : subjectWords
          ? fromReading(readSource(subjectWords, text), base, memory, subjectWords[0].start)
          : null;
    const prev = opening?.tier === "institutional" ? opening : memory.previous(at);
    if (prev?.tier === "institutional" && prev.speaker) {
      memory.madeDocument(bodysDocument, prev.speaker, at, true);
      return { ...prev, confidence: base * TIMES.pronounForPrevious };
    }
    // ("Its annual report said": a body's, one not named nearby; "its" is never a person's.)
    if (words[0].lower === "its")
      return { tier: "institutional", speaker: null, role: null, confidence: base * TIMES.pronounForNobody };
  }
  // "The report estimated", after "a report by the Ministry of Industry and Energy": the same maker speaks.
  // ("The 38-page submission", "the leaked memo": a length or a describing word between, the same document; "the
  // congressional report" may be another's.)
  const document =
    words.length >= 2 &&
    words.length <= 4 &&
    /^(the|this|that)$/.test(words[0].lower) &&
    words.slice(1, -1).every((t) => DOCUMENT_MODIFIERS.has(t.lower) || MEASURED.test(t.lower))
      ? words[words.length - 1].lower
      : "";
  const maker = DOCUMENT_HEADS.has(document) ? memory.madeBy(document, at) : null;
  // (A document is institutional, whoever made it: DESIGN.md's tiers; its maker is the speaker.)
  if (maker) return { tier: "institutional", speaker: maker, role: null, confidence: base * TIMES.organisation };
  // ("Voltaris Motors cut prices again. … The filing also warned": with no maker named, the body that spoke last.)
  // (Not a document that spoke with no maker: "according to a draft audit report … The report, prepared by the Royal
  // Audit Authority," names its maker after it.)
  const last = DOCUMENT_HEADS.has(document) ? memory.previous(at) : null;
  if (last?.tier === "institutional" && last.speaker && !documentAlone(last.speaker))
    return { tier: "institutional", speaker: last.speaker, role: null, confidence: base * TIMES.organisation };
  const role = roleReading({ raw, reading, words, text, memory, base, at, sourceEnd, aside });
  if (role) return role;
  if (reading.kind === "pronoun-person")
    return personPronoun({ ...raw, source: raw.source }, words, text, memory, base, at);
  if (reading.kind === "pronoun-other")
    return otherPronoun({ ...raw, source: raw.source }, words, text, memory, base, at);
  const read = readWithAppositive({ ...raw, source: raw.source }, reading, words, text, memory, base, at);
  return read.tier === "anonymous" ? (officeSpokesperson(words, memory, at, base) ?? read) : read;
}

/**
 * "the prime minister's official spokesperson said": an unnamed spokesperson for an office holder, who speaks for
 * them (DESIGN.md: institutional), as "a spokesperson for the prime minister" does; the holder by name when the story
 * gave the title a name. Read last, where nothing else named the speaker.
 */
function officeSpokesperson(words: Token[], memory: SpeakerMemory, at: number, base: number): Resolved | null {
  const owner = words.findIndex((t) => /['’]s$/.test(t.text));
  const spokes = words.at(-1)!.lower;
  if (owner < 1 || !/^spokes(?:person|man|woman)$/.test(spokes)) return null;
  if (!words.slice(owner + 1, -1).every((t) => /^(?:official|chief|deputy|press)$/.test(t.lower))) return null;
  const title = words
    .slice(0, owner + 1)
    .filter((t) => !DETERMINERS.has(t.lower))
    .map((t) => t.lower.replace(/['’]s$/, ""));
  const head = title.at(-1) ?? "";
  if (!title.length || !(TITLES.has(head) || ROLE_NOUNS.has(head))) return null;
  // (By the title's first word, "prime" for "prime minister": "minister" alone may be another minister's.)
  const speaker = memory.holder(title.find((w) => TITLES.has(w)) ?? head, at) ?? title.join(" ");
  return { tier: "institutional", speaker, role: null, confidence: base * TIMES.organisation };
}

/** "is informed", "are reliably informed": a paper told something, vouching (reporting-verb.ts keeps its subject). */
function passiveInformed(raw: RawAttribution): boolean {
  const cue = raw.tokens.slice(raw.cue[0], raw.cue[1] + 1);
  return cue.length >= 2 && /^(?:is|are|was|were)$/.test(cue[0].lower) && cue[cue.length - 1].lower === "informed";
}

/** How far back a vouching name is looked for (characters): the article so far, for any article. */
const VOUCHED_BEFORE = 20_000;

/**
 * Whether a name vouching in the present ("has learned", "understands", "can reveal", "is informed") was not written
 * before.
 */
function unwrittenBefore(raw: RawAttribution, name: string | null, text: string, at: number): boolean {
  if (!name || !/^(?:has|have|can|is|understands|gathers|learns)$/.test(raw.tokens[raw.cue[0]].lower)) return false;
  return !text.slice(Math.max(0, at - VOUCHED_BEFORE), at).includes(name);
}

export function addresseeName(raw: RawAttribution, text: string): string | null {
  if (!raw.addressee) return null;
  const words = raw.tokens.slice(raw.addressee[0], raw.addressee[1] + 1);
  return words[0]?.cap ? text.slice(words[0].start, words[words.length - 1].end) : null;
}
