/**
 * A body named by its kind ("the council", "the agency", "the developer", "the watchdog"): the body of that kind the
 * story named or described before, read from the speaker memory.
 */
import {
  CALLED_KINDS,
  COMPANY_KINDS,
  STORY_BODY_KINDS,
  HEADS_BY_KIND,
  ORGANISATION_HEADS,
  OVERSEEING_HEADS,
  OVERSEERS,
} from "../words";
import { BASED_IN } from "./name-text";
import type { SpeakerMemory } from "./speakers";

/** A capitalised word tied by a hyphen to a describing one ("JSE-listed", "Stavfjord-headquartered"). */
const HYPHENED_DESCRIPTION = /^\p{Lu}[\p{L}.&]*-(?:listed|based|headquartered|owned|run|backed|led|registered|made)$/u;

/** Words that make the body another than the one named ("one manufacturer", "another developer"). */
const SOME_OTHER = /^(?:one|another)$/;

/** How far back (characters) "the council" looks for the council the story named. */
const BODY_REACH = 3000;

/**
 * The body of the kind a name gives, named before: "the council" is "Carrowshire County Council"; "the sheriff's
 * office" is the "Cedar County Sheriff's Office", whose name ends in its words. Null when none was.
 */
export function bodyNamedBefore(given: string, memory: SpeakerMemory, at: number, farBack = true): string | null {
  const name = given.replace(BASED_IN, "");
  const words = name.split(/\s+/);
  const kind = words[words.length - 1].toLowerCase();
  // ("the JSE-listed miner", "the Paris-based carmaker": a place or a market before a hyphen describes it too.)
  // ("one Leicester-based manufacturer" is some other one.)
  const describing = words
    .slice(0, -1)
    .every((w) => (w === w.toLowerCase() && !SOME_OTHER.test(w)) || HYPHENED_DESCRIPTION.test(w));
  // ("The Co-operative Bank" is a name: a kind in lower case.)
  const lowerKind = words[words.length - 1] === kind;
  if (!ORGANISATION_HEADS.has(kind) || !describing || (words.length > 1 && !lowerKind)) return null;
  // ("A council spokesperson said", pages after "North Wessex District Council": the story's one council, unless
  // `farBack` is false; nouns.json storyBodyKinds.)
  const far = farBack && STORY_BODY_KINDS.has(kind);
  const body = memory.before.body(kind, at, BODY_REACH) ?? (far ? memory.before.onlyBody(kind, at) : null);
  const plain = (s: string) => s.toLowerCase().replace(/’/g, "'");
  // ("the central bank" is the "Central Bank of Calvaria" too.)
  if (body && (words.length === 1 || plain(body).endsWith(plain(name)) || plain(body).startsWith(`${plain(name)} of `)))
    return body;
  // "Kwun Lok Properties, a mid-sized Hong Kong developer, …": "the developer" is the company described so, else
  // the company that last spoke or was named (nouns.json companyKinds); "the homewares retailer" too, the modifiers
  // in lower case ("the terrorist group" is no company's).
  const single = words.length === 1;
  const company = COMPANY_KINDS.has(kind) && (single || (describing && kind !== "group"));
  // "state news agency Huaxin" … "the agency", "the watchdog" (nouns.json calledKinds, overseers): a body the story
  // called one of this kind.
  const called =
    company || (single && (CALLED_KINDS.has(kind) || OVERSEERS.has(kind)))
      ? memory.before.described(kind, at, BODY_REACH)
      : null;
  if (called) return called;
  // "the watchdog", "the regulator": else the public body named last, by the head of its name ("Scottish Public
  // Audit Office", "Water Standards Authority").
  if (single && OVERSEERS.has(kind)) return memory.before.bodyHeaded(OVERSEEING_HEADS, at, BODY_REACH);
  // "the newspaper", "the agency", "the club", "the union": the body named last with such a head ("Weserland
  // Allgemeine Zeitung", "Food and Drug Administration", "Redford City"; nouns.json newspapers, agencies, clubs,
  // unions).
  const heads = single ? HEADS_BY_KIND.get(kind) : undefined;
  if (heads) return memory.before.bodyHeaded(heads, at, BODY_REACH);
  // ("Vantor has paused … for its T4 thermostat": else the company the story opens on.)
  return company
    ? (memory.lastBody(at) ??
        memory.before.company(at, BODY_REACH, kind, (n) => !!memory.sex.of(n) || memory.relayedTo(n, true)) ??
        (single && kind !== "group" ? memory.ledeCompany() : null))
    : null;
}
