/** Ambiguous ("weak") reporting verbs turned down when no source stands right before them. */
import { subjectEndLeft } from "../phrases/subject-end";
import type { Token } from "../text/sentences";
import {
  ANONYMOUS_HEADS,
  ORGANISATION_HEADS,
  OTHER_PRONOUNS,
  PERSON_PRONOUNS,
  PHYSICAL_FINDERS,
  PICKY_WEAK,
} from "../words";
import type { RawAttribution } from "./raw";

/** Verbs that give a result with its "that" ("it found that", "it concludes that", "it estimates that"). */
const CONCLUDING = new Set([
  "found",
  "finds",
  "concluded",
  "concludes",
  "estimated",
  "estimates",
  "calculated",
  "calculates",
]);

/** Forms of "find", which report a result (a study's) but not a person coming upon a thing. */
const FINDING = new Set(["found", "finds", "find"]);

/**
 * Ambiguous verbs need a source right before them; "it shows", "that shows" stand for anything, "polls that show"
 * for the polls. Returns the id of the rule that turns the verb down, or null.
 */
export function weakVerbWithoutSource(
  tokens: Token[],
  i: number,
  a: RawAttribution,
  near: [number, number] | null,
  appositive: [number, number] | null,
  phrasal: boolean,
): string | null {
  const w = tokens[i].lower;
  const agent = !!a.source && a.source[0] > i;
  // ("Documents that the BBC has seen show …": a document, then a clause of who saw or made it, before the verb.)
  const clauseBetween = !!near && /^(?:that|which)$/.test(tokens[near[1] + 1]?.lower ?? "");
  if (!near || (near[1] < subjectEndLeft(tokens, i - 1) && !appositive && !agent && !clauseBetween))
    return "weak-verb/no-source-before";
  const src = tokens.slice(near[0], near[1] + 1);
  // ("her medical records, which showed …": past the comma too.)
  const antecedent = tokens[near[0] - 1]?.text === "," ? tokens[near[0] - 2] : tokens[near[0] - 1];
  const relativeToDocument =
    (src[0].lower === "that" || src[0].lower === "which") && ORGANISATION_HEADS.has(antecedent?.lower ?? "");
  // "what it calls …" names a view of its own.
  const whatItCalls = src[0].lower === "it" && tokens[near[0] - 1]?.lower === "what";
  // ("The survey … found shortages. It also found that …": a finding with its "that", the study's or the body's.)
  const itFoundThat = src[0].lower === "it" && CONCLUDING.has(w) && tokens[i + 1]?.lower === "that";
  // "The daughter, who found a letter", "she found the keys": a person coming upon a thing, where a study "found" a
  // result. A person's finding is a claim with its "that".
  // ("Crews found two gas cylinders", "Some residents found worms": or people who come upon things, nouns.json
  // physicalFinders.)
  const finders = PHYSICAL_FINDERS.has(src[src.length - 1].lower);
  // ("The complaint does not tie him to the statements, she found.": after what was found, between a comma and the
  // stop, she reports it.)
  const afterFinding = tokens[near[0] - 1]?.text === "," && /^[.,;]$/.test(tokens[i + 1]?.text ?? ".");
  if (
    FINDING.has(w) &&
    !afterFinding &&
    ((src.length === 1 && (src[0].lower === "who" || PERSON_PRONOUNS.has(src[0].lower))) || finders) &&
    tokens[i + 1]?.lower !== "that"
  )
    return "weak-verb/found-thing";
  if (
    PICKY_WEAK.has(w) &&
    !phrasal &&
    src.length === 1 &&
    (src[0].lower === "it" || src[0].lower === "that" || src[0].lower === "which") &&
    !relativeToDocument &&
    !whatItCalls &&
    !itFoundThat
  )
    return "weak-verb/picky-pronoun";
  if (
    PICKY_WEAK.has(w) &&
    !src.some(
      (x) =>
        x.cap ||
        PERSON_PRONOUNS.has(x.lower) ||
        OTHER_PRONOUNS.has(x.lower) ||
        ANONYMOUS_HEADS.has(x.lower) ||
        ORGANISATION_HEADS.has(x.lower),
    )
  )
    return "weak-verb/picky-unnamed";
  return null;
}
