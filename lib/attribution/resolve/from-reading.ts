/** What a source phrase's reading makes of its tier and speaker, given whom the story named before. */
import { DOCUMENT_HEADS } from "../words";
import { TIMES } from "./confidence";
import { bodyNamedBefore } from "./body-kinds";
import { SPOKEN_FOR, type SourceReading } from "./source-kind";

/** A courtesy title opening a name ("Mr ", "Dr. "). */
const COURTESY_BEFORE = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+/;
import { ALL_CAPS, titleCase, type Resolved, type SpeakerMemory } from "./speakers";

export function fromReading(reading: SourceReading, base: number, memory: SpeakerMemory, at: number): Resolved {
  switch (reading.kind) {
    case "person": {
      // "Castleford Insight said", after "a survey … by Castleford Insight": who made a document is a body, unless
      // the article says it is a man or a woman.
      // ("Mare Aperto denied", after "the charity Mare Aperto": a name the story gave a body's kind.)
      const maker =
        !reading.role &&
        !reading.others?.length &&
        reading.name &&
        (memory.madeADocument(reading.name) || memory.before.calledABody(reading.name, at));
      if (maker && !memory.sex.of(reading.name!))
        return { tier: "institutional", speaker: reading.name, role: null, confidence: base * TIMES.organisation };
      // The others first, so that a later "he" still finds the first-named.
      // A surname alone counts only for someone already named in full ("Smith and Jones said").
      const others = (reading.others ?? [])
        .filter((o) => o.includes(" ") || memory.names.of(o))
        .map((o) => memory.person(o, at));
      return {
        tier: "on-record",
        speaker: memory.person(reading.name!, at),
        role: reading.role,
        confidence: base,
        others,
      };
    }
    case "organisation": {
      // ("A spokesman for Mr Harkin", after "Treasurer Tom Harkin" in a sentence that credits no one: the full name
      // the text gave a person named with a courtesy title.)
      const courtesy = reading.name ? COURTESY_BEFORE.exec(reading.name) : null;
      const surname = courtesy && SPOKEN_FOR.has(reading) ? reading.name!.slice(courtesy[0].length) : null;
      const spokenForSurname = surname
        ? (memory.names.of(surname) ?? memory.fullNameBefore(surname, at) ?? surname)
        : null;
      // "PENCE:" reads like an acronym, "Jordan" like a country, but Mike Pence, Michael Jordan were named already.
      const person = reading.name
        ? (memory.names.of(ALL_CAPS.test(reading.name) ? titleCase(reading.name) : reading.name) ??
          spokenForSurname ??
          undefined)
        : undefined;
      // ("A rep for Corvino", after "Actress Lena Corvino": she speaks through someone unnamed, institutional.)
      if (person)
        return {
          tier: SPOKEN_FOR.has(reading) ? "institutional" : "on-record",
          speaker: memory.person(person, at),
          role: null,
          confidence: base,
        };
      // "The council said", "Police said": the body of that kind the story named before ("Carrowshire Police").
      // ("the sheriff's office said": the "Cedar County Sheriff's Office" named before, whose name ends so.)
      // ("A council survey found", "a police report said": a document of the body of that kind named before.)
      const owner = reading.name?.match(/^([a-z]+) ([a-z]+)$/);
      const body = reading.name
        ? (bodyNamedBefore(reading.name, memory, at) ??
          // (A document's owner only nearby: "a court document" pages on may be another court's.)
          (owner && DOCUMENT_HEADS.has(owner[2]) ? bodyNamedBefore(owner[1], memory, at, false) : null))
        : null;
      return {
        tier: "institutional",
        speaker: body ?? reading.name,
        role: null,
        confidence: base * TIMES.organisation,
      };
    }
    case "anonymous":
      return { tier: "anonymous", speaker: null, role: null, confidence: base * TIMES.anonymous };
    default:
      return { tier: "anonymous", speaker: null, role: null, confidence: base * TIMES.unreadSource };
  }
}
