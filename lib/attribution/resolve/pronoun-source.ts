/**
 * Whom a pronoun source stands for: "he" or "she" for the person the text points to (the subject of the main clause,
 * the person opening the sentence before, the last named); "who" or "which" for the phrase before it ("Tom Smith, who
 * said"), "they" or "it" for a group or a body.
 */
import type { RawAttribution } from "../cues/raw";
import { withoutContraction, wordBefore, type Token } from "../text/sentences";
import {
  DETERMINERS,
  CLOSE_QUOTES,
  DOCUMENT_HEADS,
  ORGANISATION_HEADS,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
} from "../words";
import { isTimeWord } from "../phrases/time";
import { TIMES } from "./confidence";
import { readSource, styleOfAddress } from "./source-kind";
import { writtenInLowerCase } from "../text/lower-words";
import { pronounSex } from "./sex";
import { fromReading } from "./from-reading";
import { relativeHead } from "./source-shapes";
import { bodyInSentenceBefore, bodySubjectOfMainClause, subjectOfMainClause } from "./pronouns";
import { type Resolved, type SpeakerMemory } from "./speakers";

/** How many words of an opening phrase are read for a pronoun (a phrase is short; a hostile sentence is not). */
const OPENER_READ = 40;
/** A person's pronoun, any case. */
const PERSONAL = /^(?:he|she|him|her|his|hers|they|them|their)$/;

/** "he", "she", "His Highness": the person it stands for (on record), else an unnamed person. */
export function personPronoun(
  raw: RawAttribution & { source: [number, number] },
  words: Token[],
  text: string,
  memory: SpeakerMemory,
  base: number,
  at: number,
): Resolved {
  // ("His Highness", "Her Excellency" stand for the person named before, as "he" and "she" do.)
  const third =
    /^(he|she|him|her)$/.test(withoutContraction(words[0].lower)) || styleOfAddress(words.filter((t) => t.word));
  // "A nurse …, speaking on condition of anonymity, said … “…,” she said": still the nurse, unnamed.
  const sex = pronounSex(withoutContraction(words[0].lower));
  const unnamed = third && memory.unnamedLast(at, sex);
  // ("A Huaxin spokeswoman said … ,' she added": still the spokeswoman, for Huaxin.)
  const spokesperson = third && !unnamed ? memory.spokespersonAgain(at, sex) : null;
  if (spokesperson)
    return { tier: "institutional", speaker: spokesperson, role: null, confidence: base * TIMES.organisation };
  // "Rubén Cáceres was more conciliatory. He said …": the person the sentence before opened with, named after
  // whoever spoke last, is who a "he" opening the next one stands for.
  // ("Asante-Reeve did not respond. She said …": a surname alone opening it too, when the pronoun opens its own
  // sentence or follows the quotation that does; "After he …, she said" may be anyone.)
  // ("In a statement on Wednesday, she said …": or follows an opening phrase that names no one by a pronoun.)
  let b = raw.source[0] - 1;
  while (b > 0 && raw.tokens[b].text === ",") b--;
  const opener =
    raw.tokens[raw.source[0] - 1]?.text === "," &&
    raw.tokens.slice(Math.max(0, b - OPENER_READ), b + 1).every((t) => !PERSONAL.test(t.lower));
  const leading = !wordBefore(raw.tokens, raw.source[0]) || (b > 0 && CLOSE_QUOTES.has(raw.tokens[b].text)) || opener;
  const opening = third && !unnamed ? memory.openingBefore(raw.tokens[0].start, leading) : null;
  // (A sentence's first word the article also writes in lower case, "Most" or "Like", opens no name.)
  const named = opening && !writtenInLowerCase(text, opening.name.split(" ")[0]);
  const fresh =
    (third && !unnamed ? subjectOfMainClause(raw, text, memory, at) : null) ??
    (named && opening.at > memory.lastPersonAt ? memory.pointTo(memory.names.canonical(opening.name), at) : null);
  // ("“… Secretary Hillary Clinton’s use of …,” she said": not a name inside the words she is credited with.)
  const quoteStart = raw.content && raw.content[0] < raw.source[0] ? raw.tokens[raw.content[0]].start : at;
  const nearest = third ? memory.before.person(quoteStart) : null;
  const who = unnamed
    ? null
    : memory.agreeing(fresh ?? newcomer(memory, quoteStart) ?? memory.pronoun(at) ?? nearest, sex, at);
  return who
    ? { tier: "on-record", speaker: who, role: null, confidence: base * TIMES.pronounForPerson }
    : { tier: "anonymous", speaker: null, role: null, confidence: base * TIMES.pronounForNobody };
}

/**
 * "Minister Lim said … Among the buyers is Mr Darren Koh, 34, a logistics executive. He told CNA …": a person brought
 * in with an age since the last speaker, and no one named after them, is whom the next "he" or "she" stands for.
 */
function newcomer(memory: SpeakerMemory, at: number): string | null {
  const found = memory.before.newcomer(at);
  if (!found || found.at <= memory.lastPersonAt || memory.before.person(at) !== found.value) return null;
  return memory.pointTo(memory.names.canonical(found.value), at);
}

/**
 * "Much depends on Kenya Power, which said": a "which" after a verb's preposition stands for the name after it (the
 * name's own "of" and "and" kept: "rests with the Bank of England, which"), and a name "which" stands for is a body's
 * (people take "who"). Not after a noun's ("a report on Myanmar, which said", "a letter from President Ruto, which"),
 * nor for a time ("a report in March, which"). Null when the phrase is not cut.
 */
function nameAfterVerbsPreposition(tokens: Token[], [from, to]: [number, number]): [number, number] | null {
  let k = to;
  while (k > from && (tokens[k - 1].cap || (NAME_JOINS.test(tokens[k - 1].lower) && tokens[k - 2]?.cap))) k--;
  const the = tokens[k - 1]?.lower === "the" ? 1 : 0;
  const preposition = k - 1 - the;
  if (!tokens[k].cap || preposition <= from || !PREPOSITIONS.has(tokens[preposition].lower)) return null;
  // ("signed with Acme Corp on Monday, which": the name before the time.)
  if (isTimeWord(tokens[k].lower))
    return preposition - 1 >= from
      ? (nameAfterVerbsPreposition(tokens, [from, preposition - 1]) ?? [from, preposition - 1])
      : null;
  return afterNounsPreposition(tokens, k - the) ? null : [k - the, to];
}
const NAME_JOINS = /^(?:of|and|for|&)$/;

/**
 * Whether the name at `k` follows a noun's preposition ("a report on Myanmar", "a letter from President Ruto", "the
 * memo to John Smith"), which a "which" after the name may stand for: a noun its article shows, or a document's head.
 */
function afterNounsPreposition(tokens: Token[], k: number): boolean {
  const the = tokens[k]?.lower === "the" ? 1 : 0;
  const preposition = tokens[k - 1]?.lower === "the" ? k - 2 : k - 1 - the;
  if (!PREPOSITIONS.has(tokens[preposition]?.lower ?? "")) return false;
  const before = tokens[preposition - 1];
  const article = tokens[preposition - 2];
  const determined = !!article && (DETERMINERS.has(article.lower) || POSSESSIVE_PRONOUNS.has(article.lower));
  return !before?.word || determined || DOCUMENT_HEADS.has(before.lower);
}

/**
 * "pressure on the government, which has urged …": a body's kind after the phrase's last preposition is what "which"
 * stands for, the nearest noun; null when the phrase holds none.
 */
function bodyAfterPreposition(tokens: Token[], [from, to]: [number, number]): [number, number] | null {
  const p = tokens.slice(from, to + 1).findLastIndex((t) => PREPOSITIONS.has(t.lower) || t.lower === "on");
  if (p <= 0 || !ORGANISATION_HEADS.has(tokens[to].lower)) return null;
  return [from + p + 1, to];
}

/** "who", "which": the phrase before it; "they", "it": the group or body it stands for. */
export function otherPronoun(
  raw: RawAttribution & { source: [number, number] },
  words: Token[],
  text: string,
  memory: SpeakerMemory,
  base: number,
  at: number,
): Resolved {
  // "X, who said", "analysts who claim", "a lawsuit that accuses": the phrase right before the relative pronoun is
  // the source ("that" only after a document: elsewhere it opens a clause).
  const relative = raw.tokens[raw.source[0]].lower;
  const documentThat = relative === "that" && DOCUMENT_HEADS.has(raw.tokens[raw.source[0] - 1]?.lower ?? "");
  if (relative === "who" || relative === "which" || documentThat) {
    const p = raw.source[0] - 1;
    // (A document's own phrase, from its article: "the lead plaintiff in a lawsuit that" is the lawsuit's.)
    const opener = documentThat
      ? raw.tokens.slice(Math.max(0, p - 6), p).findLastIndex((t) => DETERMINERS.has(t.lower))
      : -1;
    const head =
      opener >= 0
        ? ([Math.max(0, p - 6) + opener, p] as [number, number])
        : relativeHead(raw.tokens, raw.tokens[p]?.text === "," ? p - 1 : p);
    const cut =
      head && relative === "which"
        ? (nameAfterVerbsPreposition(raw.tokens, head) ?? bodyAfterPreposition(raw.tokens, head))
        : null;
    const np = cut ?? head;
    if (np) {
      const reading = readSource(raw.tokens.slice(np[0], np[1] + 1), text);
      // (People take "who": a bare name a "which" stands for is a body's, unless a noun before it may be what it
      // stands for, "a memo to John Smith, which".)
      const bareName = raw.tokens.slice(np[0], np[1] + 1).every((t) => t.cap || NAME_JOINS.test(t.lower));
      const body =
        relative === "which" &&
        reading.kind === "person" &&
        (cut || (bareName && !afterNounsPreposition(raw.tokens, np[0])))
          ? { ...reading, kind: "organisation" as const }
          : reading;
      return fromReading(body, base * TIMES.relativeHead, memory, at);
    }
    if (raw.tokens[p]?.word)
      return { tier: "anonymous", speaker: null, role: null, confidence: base * TIMES.pronounForNobody };
  }
  const subject = bodySubjectOfMainClause(raw, text);
  if (subject) return fromReading(subject, base * TIMES.pronounForPrevious, memory, at);
  const prev = memory.previous(at);
  // "they" stands for a group or an organisation, and "it" for a body, never for the one person last named.
  // (Unless the one named led a team: "Raghavan and colleagues acknowledged …. They also noted".)
  const team = prev?.tier === "on-record" && /^(they|their)$/.test(words[0].lower) && memory.previousTeam(at);
  // ("the target it pledged", after unnamed officials spoke: "it" is never people either.)
  const bodyOnly = /^(?:it|its)$/.test(words[0].lower);
  const usable =
    prev &&
    (team || !(prev.tier === "on-record" && /^(they|it|its)$/.test(words[0].lower))) &&
    !(bodyOnly && prev.tier === "anonymous");
  if (usable) return { ...prev, confidence: base * TIMES.pronounForPrevious };
  // "Hours later the club issued a statement. It said: …": "it" is the body the sentence before named by its kind.
  const body = words[0].lower === "it" ? bodyInSentenceBefore(text, raw.tokens[0].start, memory) : null;
  if (body) return { tier: "institutional", speaker: body, role: null, confidence: base * TIMES.pronounForPrevious };
  // ("…, it said.", "which it has described as": a body the article does not name nearby; "it" is never a person.)
  const tier = bodyOnly ? "institutional" : "anonymous";
  return { tier, speaker: null, role: null, confidence: base * TIMES.pronounForNobody };
}
