/**
 * Finds the raw attributions of one tokenised sentence: a speaker before a colon, then each trigger word in turn,
 * offered to the cue finders in order until one takes it or turns it down. Finders that carry their own source
 * ("according to X", "claims from X") come before the hedges, and the reporting verbs last.
 */
import { accordingTo } from "./according-to";
import { asked } from "./asked";
import { heardAtHearing, toldAside } from "./hearing";
import { boundClaims } from "./claims";
import { claimsFrom, inSurvey, possessiveClaim, thatClaim } from "./claim-nouns";
import { colonBeforeQuote, speakerColon } from "./colon";
import { evidence } from "./evidence";
import {
  REDUCED_HEDGE_VERBS,
  asideHedge,
  hedgeAdjective,
  hedgeAdverb,
  itEmerged,
  passiveHedge,
  reducedHedge,
} from "./hedges";
import { SentenceScan, type RawAttribution, type VetoListener } from "./raw";
import { reportingVerb } from "./reporting-verb";
import { signedQuote } from "./signed-quote";
import { nextCandidate } from "./triggers";
import type { Token } from "../text/sentences";
import {
  DESCRIBED_AS,
  BE_FORMS,
  CLAIM_NOUNS,
  EVIDENCE_NOUNS,
  HEDGE_ADJECTIVES,
  HEDGE_ADVERBS,
  SURVEY_NOUNS,
  THAT_CLAIM_NOUNS,
  HEDGE_NOUNS,
  IT_EMERGED,
  VOW_NOUNS,
} from "../words";

type Finder = (s: SentenceScan, i: number) => number | undefined;

/**
 * The finders a word is offered to, in order: each takes the word at `i`, or turns it down (both return where
 * the scan goes on), or returns undefined to pass it on. Each looks only at the words of its own list, so a word
 * is offered only to those whose list holds it; every word that reaches the scan may be a reporting verb, last.
 */
const FINDERS: ReadonlyArray<[Finder, Iterable<string>]> = [
  [accordingTo, ["according", "per"]],
  [claimsFrom, CLAIM_NOUNS],
  [possessiveClaim, [...CLAIM_NOUNS, ...VOW_NOUNS]],
  [thatClaim, [...THAT_CLAIM_NOUNS, ...HEDGE_NOUNS]],
  [inSurvey, SURVEY_NOUNS],
  [evidence, EVIDENCE_NOUNS],
  [passiveHedge, [...BE_FORMS, "it's"]],
  [reducedHedge, REDUCED_HEDGE_VERBS],
  [asideHedge, DESCRIBED_AS],
  [itEmerged, IT_EMERGED],
  [hedgeAdverb, HEDGE_ADVERBS],
  [hedgeAdjective, [...HEDGE_ADJECTIVES, "reported"]],
  [asked, ["asked"]],
  [heardAtHearing, ["heard"]],
  [toldAside, ["told"]],
];
const FINDERS_OF = new Map<string, Finder[]>();
for (const [finder, words] of FINDERS) for (const w of words) FINDERS_OF.set(w, [...(FINDERS_OF.get(w) ?? []), finder]);
for (const list of FINDERS_OF.values()) list.push(reportingVerb);
const ONLY_VERBS: Finder[] = [reportingVerb];

/**
 * `quoted` says whether a token is inside a quotation; `afterQuote`, that one closed right before the sentence;
 * `opensArticle`, that the sentence is the article's first past its headline (where a place may stand as a dateline).
 */
export function findInSentence(
  tokens: Token[],
  quoted: (i: number) => boolean = () => false,
  afterQuote = false,
  onVeto?: VetoListener,
  opensArticle = false,
): RawAttribution[] {
  const s = new SentenceScan(tokens, quoted, afterQuote, onVeto);
  const colon = speakerColon(tokens, opensArticle);
  if (colon) s.take(colon);
  // Only unused colons, dashes and trigger words come through (nextCandidate).
  for (let i = nextCandidate(tokens, s.used, 0); i < tokens.length; i = nextCandidate(tokens, s.used, i + 1)) {
    if (!tokens[i].word) {
      const signed = tokens[i].text === ":" ? colonBeforeQuote(tokens, i) : signedQuote(tokens, i, afterQuote);
      if (signed) s.take(signed);
      continue;
    }
    if (quoted(i)) continue;
    for (const cue of FINDERS_OF.get(tokens[i].lower) ?? ONLY_VERBS) {
      const next = cue(s, i);
      if (next !== undefined) {
        i = next;
        break;
      }
    }
  }
  boundClaims(tokens, s.out);
  return s.out;
}
