/**
 * Documents the source read names no maker for ("a report", "an internal memo"): whose they are, found elsewhere in
 * the sentence. DESIGN.md: a document is institutional, its maker the speaker.
 */
import type { RawAttribution } from "../cues/raw";
import type { Token } from "../text/sentences";
import { documentAlone, OWN_DOCUMENTS, PREPOSITIONS, STORY_BODY_KINDS } from "../words";
import { isTimeWord } from "../phrases/time";
import { makerStart, nameEnd, readingParticiple } from "../phrases/maker";
import { sentenceSubject } from "../phrases/subject";
import { cleanName, isAcronym, join, subjectName } from "./name-text";
import { readSource } from "./source-kind";
import type { Resolved, SpeakerMemory } from "./speakers";
import { bodyNamedBefore } from "./body-kinds";

/**
 * The reading with a document's maker for speaker, where the source names a document and no maker: its maker named
 * past where its source was read to, else the body whose own document it is.
 */
export function documentSpeaker(found: Resolved, raw: RawAttribution, text: string, memory: SpeakerMemory): Resolved {
  const document =
    found.tier === "institutional" && found.speaker && documentAlone(found.speaker) ? found.speaker : null;
  const head = document?.slice(document.lastIndexOf(" ") + 1);
  const maker = head && (makerWithDocument(raw, head, text, memory) ?? subjectOwner(raw, head, text));
  return maker ? { ...found, speaker: maker } : found;
}

/** How many words past a document's head its "by" may come ("A poll of 2,000 adults in the region by …"). */
const BY_REACH = 14;

/**
 * The maker of a document a source names, written past where the source was read to: between the document and its
 * verb ("A poll of 2,000 adults in the region by Fieldline Research found", "A report published in May by
 * Jakarta-based research firm Nusantara Insights found"), or after it ("according to documents posted Tuesday by the
 * National Highway Traffic Safety Administration"); null when there is none, or only a reader ("a memo seen by
 * POLITICO").
 */
function makerWithDocument(raw: RawAttribution, head: string, text: string, memory: SpeakerMemory): string | null {
  if (!raw.source) return null;
  const t = raw.tokens;
  const end = raw.source[0] < raw.cue[0] ? raw.cue[0] : raw.source[1] + 1;
  let k = raw.source[0];
  while (k < end && t[k].lower !== head) k++;
  for (let b = k + 1; b < end && b <= k + BY_REACH; b++) {
    if (readingParticiple(t[b].lower) || /^(?:which|that|who|and|but)$/.test(t[b].lower)) return null;
    if (t[b].lower !== "by") continue;
    const first = makerStart(t, b);
    // ("A survey of final-year students, carried out by the union in April, found": the body of that kind the story
    // named.)
    const after = t[first + 1];
    if (
      t[first - 1]?.lower === "the" &&
      !t[first].cap &&
      (!after?.word || first + 1 >= end || PREPOSITIONS.has(after.lower))
    )
      return bodyNamedBefore(t[first].lower, memory, t[first].start);
    // ("A report by council planning officers said", "by planning officers": a body's staff, for the body of that kind
    // the story named; planning officers are a council's.)
    const staff = staffOf(t, first, end);
    if (staff) return bodyNamedBefore(staff, memory, t[first].start);
    const last = Math.min(nameEnd(t, first), end);
    // (One word needs its kind before it, "by pollster YouGov": "deaths caused by Ebola" name no maker.)
    const kinded = first > b + 1 && !t[first - 1].cap && t[first - 1].lower !== "the";
    if (last <= first || (last === first + 1 && !kinded && !isAcronym(t[first])) || isTimeWord(t[first].lower))
      return null;
    return cleanName(join(t.slice(first, last), text));
  }
  return null;
}

/** The kind of body whose staff, in lower case from `first`, made a document ("council planning officers"), or null. */
function staffOf(t: Token[], first: number, end: number): string | null {
  const words: string[] = [];
  for (let k = first; k < end && k < first + 4 && t[k].word && !t[k].cap; k++) words.push(t[k].lower);
  if (!STAFF.test(words[words.length - 1] ?? "")) return null;
  return words.find((w) => STORY_BODY_KINDS.has(w)) ?? (words.includes("planning") ? "council" : null);
}
/** A body's staff, who write its reports. */
const STAFF = /^(?:officers|officials|staff)$/;

/**
 * "The Pentagon is asking Congress for $38 billion, according to a copy of the request": a body's own document
 * (nouns.json ownDocuments), its maker not named, is the body's whose doings the sentence tells, named in full as its
 * subject.
 */
function subjectOwner(raw: RawAttribution, head: string, text: string): string | null {
  if (!raw.source || !OWN_DOCUMENTS.has(head)) return null;
  // ("a memo released Friday by the agency's watchdog": a maker named, if not by name, is no subject's; "seen by
  // POLITICO" names a reader.)
  const source = raw.tokens.slice(raw.source[0], raw.source[1] + 1);
  if (source.some((t, k) => t.lower === "by" && !readingParticiple(source[k - 1]?.lower ?? ""))) return null;
  const sourceAt = Math.min(raw.cue[0], raw.source[0]);
  const subject = sentenceSubject(raw.tokens, sourceAt);
  if (!subject || subject[1] >= sourceAt) return null;
  const words = subjectName(raw.tokens, subject);
  const r = words ? readSource(words, text) : null;
  return r?.kind === "organisation" && r.name && /^\p{Lu}/u.test(r.name) ? r.name : null;
}
