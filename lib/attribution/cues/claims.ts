/** Where each claim ends once every attribution of a sentence is known. */
import { type RawAttribution } from "./raw";
import { type Token } from "../text/sentences";
import { circumstanceOpener, claimOpening, unnamedAside } from "../text/quotes";
import { nounPhraseLeft } from "../phrases/noun-phrase";
import {
  AUXILIARIES,
  CLAIM_JOINERS,
  CLOSE_QUOTES,
  OPEN_QUOTES,
  SPEAKING_PARTICIPLES,
  SUBJECT_PRONOUNS,
  VERB_AUXILIARIES,
} from "../words";

/** Relative pronouns: "the suspect, who is believed to have fired," describes, and opens no clause of its own. */
const RELATIVES = /^(?:who|which|that|whom|whose)$/;
/** A finite form of "be" or "have" opening a passive hedge ("is believed", "has been reported"). */
const FINITE = /^(?:is|are|was|were|has|have|had)$/;

/** How many attributions a sentence may hold before the next one is looked for by halving. */
const FEW_ENDERS = 8;

/** The most tokens a cue's circumstance runs to ("late on Friday at a news conference in the capital"). */
const CIRCUMSTANCE_TOKENS = 16;

/**
 * Whether the words `[s, e]` after a cue say only when, where or how it was said ("on Monday", "in a statement",
 * "late on Friday at a news conference", "Tuesday"): no "that", no quotation, no clause of their own.
 */
function circumstanceOnly(tokens: Token[], s: number, e: number): boolean {
  // Bounded, so that a sentence dense with cues stays linear.
  if (e - s > CIRCUMSTANCE_TOKENS) return false;
  while (s <= e && tokens[s].text === ",") s++;
  while (e >= s && tokens[e].text === ",") e--;
  if (s > e) return true;
  if (!tokens[s].word || !circumstanceOpener(tokens[s].lower)) return false;
  for (let k = s; k <= e; k++) {
    const t = tokens[k];
    if (OPEN_QUOTES.has(t.text) || CLOSE_QUOTES.has(t.text) || t.text === ":" || t.text === ";") return false;
    const w = t.lower;
    // ("is seen peaking at 7% in the third quarter": a share or a sum is what is claimed, no circumstance.)
    if (/^[$£€¥₹%]/u.test(t.text) || w === "percent" || w === "cent") return false;
    if (!t.word) continue;
    // (Forms of "be" and modals are verb auxiliaries.)
    if (w === "that" || w === "it" || AUXILIARIES.has(w) || VERB_AUXILIARIES.has(w) || SUBJECT_PRONOUNS.has(w))
      return false;
  }
  return true;
}

/**
 * Whether the words from token `j` describe how the speaker spoke, not what: "speaking by phone from Nice", "talking
 * to reporters", "who spoke on condition of anonymity because …", "asking not to be identified".
 */
function speakerAside(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (SPEAKING_PARTICIPLES.has(tokens[j].lower) && next?.word && !next.cap)
    return next.lower !== "that" && !SUBJECT_PRONOUNS.has(next.lower);
  return unnamedAside(tokens, j);
}

/**
 * Each claim ends where the next attribution in its sentence starts ("declined to comment on the report, a
 * spokeswoman said": the claim is "on the report"), and a sentence-final "…, a spokeswoman said" claims the
 * clause before its comma ("The talks are over, said John Smith").
 */
export function boundClaims(tokens: Token[], found: RawAttribution[]): void {
  // ("…, and the brand is believed to have sold …": a passive hedge's subject opens a clause of its own.)
  const hedgedSubject = new Map<RawAttribution, number>();
  for (const b of found) {
    // (A finite verb, its subject before it: not "you risk being perceived as".)
    if (b.rule !== "hedge/passive" || b.source || !FINITE.test(tokens[b.cue[0]].lower)) continue;
    const np = nounPhraseLeft(tokens, b.cue[0] - 1);
    const joiner = np ? (tokens[np[0] - 1]?.lower ?? "") : "";
    // (After a comma: "said the man had fled and the car is thought to …" may still be what they said.)
    const comma = np && tokens[np[0] - 2]?.text === ",";
    if (np && comma && !RELATIVES.test(tokens[np[0]].lower) && CLAIM_JOINERS.has(joiner)) hedgedSubject.set(b, np[0]);
  }
  const startOf = (a: RawAttribution) =>
    Math.min(a.cue[0], a.source?.[0] ?? Infinity, a.addressee?.[0] ?? Infinity, hedgedSubject.get(a) ?? Infinity);
  const opensAt = (k: number) => tokens[k - 1]?.text === "," || CLAIM_JOINERS.has(tokens[k - 1]?.lower ?? "");
  // The attributions that can end a claim: no hedge but one opening a clause of its own, and a new clause opening
  // before their start or their verb. Looking among these alone keeps a sentence of hundreds of cues (a hostile page)
  // from taking quadratic time.
  const enders = found.filter(
    (b) => (b.kind !== "hedge" || hedgedSubject.has(b)) && (opensAt(startOf(b)) || opensAt(b.cue[0])),
  );
  // The first of them to start after token `k`: looked for in order among a few, by halving among many (a hostile
  // page's sentence may hold thousands).
  let byStart: number[] | null = null;
  let enderAt: Map<number, RawAttribution> | null = null;
  const firstStartingAfter = (k: number): RawAttribution | undefined => {
    if (enders.length <= FEW_ENDERS) return enders.find((b) => startOf(b) > k);
    if (!byStart || !enderAt) {
      byStart = enders.map(startOf).sort((x, y) => x - y);
      enderAt = new Map();
      for (const b of enders) if (!enderAt.has(startOf(b))) enderAt.set(startOf(b), b);
    }
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid] > k) hi = mid;
      else lo = mid + 1;
    }
    return lo < byStart.length ? enderAt.get(byStart[lo]) : undefined;
  };
  const last = tokens.findLastIndex((t) => t.word);
  // ("According to a source, who asked not to be named, the tranche was released …": the claim is still to come.)
  const firstWord = tokens.findIndex((t) => t.word);
  const wordsBefore = (k: number) => firstWord >= 0 && firstWord < k;
  for (const [n, a] of found.entries()) {
    // "He said, citing data …, that exports had fallen": this cue's claim ends where the claim of the cue before it
    // starts.
    // (Only a cue outside this claim: "…, according to X, Bloomberg reports that …" keeps the whole.)
    const prev = found[n - 1];
    const before = prev && prev.cue[1] < (a.content?.[0] ?? 0) ? prev.content : null;
    if (a.content && before && before[0] > a.content[0] && before[0] <= a.content[1]) {
      let e = before[0] - 1;
      while (e > a.content[0] && !tokens[e].word) e--;
      a.content = [a.content[0], e];
    }
    // "…, the council said on Monday.", "…, it said in a statement.": what follows the cue is no claim; the clause
    // before its comma is.
    const said = Math.max(a.cue[1], a.cueTail?.[1] ?? -1, a.source?.[1] ?? -1, a.addressee?.[1] ?? -1);
    // ("…, he said on Monday, adding that …": up to the next attribution.) Most cues are followed by their claim,
    // which no circumstance opens: those are passed over at once.
    let j = said + 1;
    while (j < last && tokens[j].text === ",") j++;
    const aside = j <= last && tokens[j].word && speakerAside(tokens, j);
    const opener =
      j > last || !tokens[j].word || circumstanceOpener(tokens[j].lower) || /ing$/.test(tokens[j].lower) || aside;
    // (Only words after the cue, and no claim already before it, "“…,” he said on Monday.")
    const readAfter = opener && said < last && !(a.content && a.content[1] < said);
    const next = readAfter ? firstStartingAfter(said) : null;
    const stop = next ? startOf(next) : last + 1;
    // A claim past the next attribution is this one's only if that attribution claims something else ("He said on
    // Monday, citing data …, that …").
    const beyond = a.content && a.content[0] > stop && next?.content?.[0] !== a.content[0];
    const tail =
      readAfter &&
      !beyond &&
      (circumstanceOnly(tokens, said + 1, stop - 1) ||
        (aside && j < stop && !(a.content && a.content[0] > j) && wordsBefore(startOf(a)))) &&
      // ("He said, citing data …, that …": with nothing before it and nothing said of when, the claim stays after.)
      (j < stop || tokens[startOf(a) - 1]?.text === ",");
    if (tail) a.content = null;
    if (a.content) {
      const [cs, ce] = a.content;
      // A hedge inside the claim is part of it ("the suspect, who allegedly fired, was arrested").
      // Only a new clause ends it (", a spokeswoman said", ", while supporters say"); "said he believed …" is inside
      // it.
      // Where the next attribution's source came before this one ("Salceda, citing data …, said"), its verb ends it.
      const from = (b: RawAttribution) => (startOf(b) > a.cue[1] ? startOf(b) : b.cue[0]);
      const next = enders.find(
        (b) => b !== a && b.cue[0] > a.cue[1] && from(b) > cs && from(b) <= ce && opensAt(from(b)),
      );
      if (next) {
        let e = from(next) - 1;
        while (e >= cs && (!tokens[e].word || CLAIM_JOINERS.has(tokens[e].lower)) && !CLOSE_QUOTES.has(tokens[e].text))
          e--;
        a.content = e >= cs ? [cs, e] : null;
      }
      continue;
    }
    const start = startOf(a);
    // (", said X" or ",” said X": a quotation that opened in a sentence before is widened to the whole later.)
    const quoted = CLOSE_QUOTES.has(tokens[start - 1]?.text ?? "") ? 1 : 0;
    if ((said < last && !tail) || tokens[start - 1 - quoted]?.text !== ",") continue;
    let e = start - 2 - quoted;
    while (e >= 0 && !tokens[e].word && !CLOSE_QUOTES.has(tokens[e].text)) e--;
    const s = claimOpening(tokens, 0, e);
    if (e - s >= 2) a.content = [s, e];
  }
}
