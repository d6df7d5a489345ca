/**
 * Who a pronoun stands for where the sentence itself says so: "X fanned the flames when she told …" (the sentence's
 * own subject), "Hours later the club issued a statement. It said: …" (the body the sentence before names by its
 * kind). The speaker memory (speakers.ts) reads the rest.
 */
import type { RawAttribution } from "../cues/raw";
import { sentenceSubject } from "../phrases/subject";
import { CLAUSES_AFTER_SUBJECT } from "../words";
import { bodyNamedBefore } from "./body-kinds";
import { sentenceBefore } from "./sentence-opener";
import { pronounSex } from "./sex";
import { readSource, type SourceReading } from "./source-kind";
import { peoplesOrState } from "./name-text";
import type { SpeakerMemory } from "./speakers";

/** A body's kind after "the" ("the club", "the company"). */
const THE_KIND = /\b[Tt]he ([a-z]+)\b/g;

/** The body the sentence before `start` names by its kind ("the club issued a statement"), as named before, or null. */
export function bodyInSentenceBefore(text: string, start: number, memory: SpeakerMemory): string | null {
  const from = sentenceBefore(text, start);
  if (from < 0) return null;
  for (const m of text.slice(from, start).matchAll(THE_KIND)) {
    const body = bodyNamedBefore(m[1], memory, start);
    if (body) return body;
  }
  return null;
}

/**
 * "City chief executive Nadia Perrault only fanned the flames when she told …": a "he" or "she" in a clause after the
 * sentence's own subject, a person named there, is that person (unless the article says they are of the other sex).
 */
/**
 * "The commission fined Norrvik Bank for what it called …", "The notice named no one, but it said …": an "it" in a
 * clause after the sentence's own subject, a body or a document, is that subject, read as a source. Null otherwise,
 * and where another name stands between them ("Documents from the DNC began circulating after it announced"), except
 * after "what", which news writes for the subject's own words.
 */
export function bodySubjectOfMainClause(raw: RawAttribution, text: string): SourceReading | null {
  const p = raw.source?.[0] ?? -1;
  const opener = raw.tokens[p - 1]?.lower ?? "";
  if (p < 3 || raw.tokens[p].lower !== "it" || !CLAUSES_AFTER_SUBJECT.has(opener)) return null;
  const subject = sentenceSubject(raw.tokens, p - 1);
  if (!subject || subject[1] >= p - 2) return null;
  if (opener !== "what" && raw.tokens.slice(subject[1] + 1, p - 1).some((t) => t.cap)) return null;
  const reading = readSource(raw.tokens.slice(subject[0], subject[1] + 1), text);
  const name = reading.name ?? "";
  return reading.kind === "organisation" && !peoplesOrState(name.slice(name.lastIndexOf(" ") + 1)) ? reading : null;
}

export function subjectOfMainClause(
  raw: RawAttribution,
  text: string,
  memory: SpeakerMemory,
  at: number,
): string | null {
  const p = raw.source?.[0] ?? -1;
  if (p < 3 || !CLAUSES_AFTER_SUBJECT.has(raw.tokens[p - 1]?.lower ?? "")) return null;
  const subject = sentenceSubject(raw.tokens, p - 1);
  if (!subject || subject[1] >= p - 2) return null;
  const reading = readSource(raw.tokens.slice(subject[0], subject[1] + 1), text);
  if (reading.kind !== "person" || !reading.name?.includes(" ")) return null;
  const sex = pronounSex(raw.tokens[p].lower);
  const theirs = memory.sex.of(reading.name);
  if (sex && theirs && theirs !== sex) return null;
  return memory.pointTo(memory.names.canonical(reading.name), at);
}
