/** The words a finding can start at, as a Set for the token scan and as one regular expression to skip sentences. */
import { type Token } from "../text/sentences";
import {
  CLAIM_NOUNS,
  EVIDENCE_NOUNS,
  HEDGE_ADJECTIVES,
  HEDGE_ADVERBS,
  PARTICIPLE_CUES,
  PASSIVE_HEDGE_VERBS,
  PHRASAL_CUES,
  PHRASAL_GROUPS,
  READ_FORMS,
  THINK_FORMS,
  MANNER_FORMS,
  SIGN_DASHES,
  STRONG_VERBS,
  SURVEY_NOUNS,
  THAT_CLAIM_NOUNS,
  HEDGE_NOUNS,
  IT_EMERGED,
  WEAK_VERBS,
} from "../words";

/** Every word that can start a finding; tokens that are none of these are skipped at once. */
export const WORD_TRIGGERS = [
  ...STRONG_VERBS,
  ...WEAK_VERBS,
  ...PARTICIPLE_CUES,
  ...HEDGE_ADVERBS,
  ...HEDGE_ADJECTIVES,
  ...CLAIM_NOUNS,
  ...EVIDENCE_NOUNS,
  ...SURVEY_NOUNS,
  ...READ_FORMS,
  ...MANNER_FORMS,
  ...THAT_CLAIM_NOUNS,
  ...HEDGE_NOUNS,
  ...IT_EMERGED,
  "according",
  "per",
  "heard",
  // "think" and "reckon" report only a group's or a named person's view ("Some strategists think", "Bolton thought
  // the …"): verb-senses.ts.
  ...THINK_FORMS,
  // ("Kalani and her colleagues report …": after researchers only, verb-senses.ts.)
  "report",
];

export const TRIGGERS = new Set([
  ...WORD_TRIGGERS,
  ...PHRASAL_CUES.keys(),
  "is",
  "are",
  "was",
  "were",
  "been",
  "being",
  "it's",
]);

/**
 * The same cues as one regular expression, to skip sentences without any of
 * them before tokenising (V8 runs it at over 100 MB/s). Verb + particle cues
 * are matched whole ("made" alone is too common to be worth a look), and a
 * dash only after a quotation it may sign (in the sentence, or at its start:
 * findRaw looks there).
 */
let triggerPattern: RegExp | null = null;

/** Built on first use: most pages are read whole before the prefilter starts (and every page loads this script). */
export const triggerRe = () =>
  (triggerPattern ??= new RegExp(
    `:|[”"'’»]\\s*(?:[―—–]|--?\\s)|\\b(?:${[
      ...[...WORD_TRIGGERS, ...PASSIVE_HEDGE_VERBS].sort((a, b) => b.length - a.length),
      ...PHRASAL_GROUPS.map((g) => `(?:${g.verbs.join("|")})\\s+(?:${g.endings.map((e) => e.join("\\s+")).join("|")})`),
    ].join("|")})\\b`,
    "gi",
  ));

/**
 * The next token from `i`, not yet used, that findInSentence must look at: a colon or dash (either may sign a
 * quotation) or a trigger word. Most tokens are neither; a loop this small is optimised by V8 long before the
 * finder's own body is, which matters on a page's first, cold read.
 */
export function nextCandidate(tokens: Token[], used: Uint8Array, i: number): number {
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (!used[i] && (t.word ? TRIGGERS.has(t.lower) : t.text === ":" || SIGN_DASHES.has(t.text))) return i;
  }
  return i;
}
