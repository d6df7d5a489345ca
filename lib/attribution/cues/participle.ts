/**
 * A participle that reports again (", saying …", ", adding …", "— citing …"): the main clause's subject speaks, or
 * the unnamed people "citing" names.
 */
import { headIndex } from "../phrases/head-word";
import { nounPhraseRight } from "../phrases/noun-phrase";
import { mainSubject } from "../phrases/subject";
import { contentAfter } from "../text/quotes";
import type { Token } from "../text/sentences";
import { ANONYMOUS_HEADS, DETERMINERS } from "../words";
import { raw, type RawAttribution, type SentenceScan } from "./raw";
import { nameAfterComma } from "./speaker-after";
import { sayingVerb } from "./veto-kit";

/**
 * The latest claim so far, past a claim noun another one carries: in "X dismissed Sanders' accusations that …,
 * saying …" the participle is X's, not Sanders'.
 */
function outermostLast(out: RawAttribution[]): RawAttribution | undefined {
  const carried = (a: RawAttribution) =>
    a.kind === "claim-noun" &&
    out.some((o) => o !== a && o.content && o.content[0] <= a.cue[0] && a.cue[0] <= o.content[1]);
  for (let k = out.length - 1; k >= 0; k--) if (!carried(out[k])) return out[k];
  return undefined;
}

/** ", saying …", ", adding …", "— citing …": the main clause's subject speaks again. */
export function participle(s: SentenceScan, i: number, strong: boolean): number {
  const { tokens } = s;
  const end = tokens[i].lower === "referring" && tokens[i + 1]?.lower === "to" ? i + 1 : i;
  const kind = strong ? "verb" : "weak-verb";
  const a = raw(tokens, kind, `${kind}/participle`, [i, end]);
  const earlier = outermostLast(s.out);
  if (earlier?.source) a.sharedSource = earlier.appositive ?? earlier.source;
  else if (!s.quoted(0)) {
    const subject = mainSubject(tokens, i - 1, true);
    // "The Resident District Commissioner, Mr Godfrey Tumwesigye, yesterday ordered …, saying": the role, then the
    // person's name between commas, as before a verb; so is "Tan's lawyer, Mr Daniel Koh,".
    const role =
      subject && (!tokens[subject[0]].cap || DETERMINERS.has(tokens[subject[0]].lower) || !tokens[subject[1]].cap);
    const named = role ? nameAfterComma(tokens, subject[1]) : -1;
    const closed = /^(?:,|of)$/.test(tokens[named + 1]?.lower ?? "");
    if (subject) a.source = named > 0 && closed ? [subject[0], named] : subject;
  }
  // "…, citing police sources", "citing a senior banker at a private lender": the unnamed people a report cites are
  // its source (DESIGN.md: who the article says the claim comes from, an anonymous one); "citing data from the
  // State Department" and "citing rising costs" give evidence or a reason, and the subject speaks.
  const cited = tokens[i].lower === "citing" ? nounPhraseRight(tokens, i + 1) : null;
  if (cited && citesSource(tokens, cited)) {
    a.source = cited;
    a.sharedSource = undefined;
    a.content = null;
    s.take(a);
    return cited[1];
  }
  a.content = contentAfter(tokens, end);
  // "Sen. Richard J. Durbin (D-Ill.), noting the size of his following, said, …": an aside right after the subject,
  // before its own reporting verb, ends at the comma before that verb, which reports again; the subject is shared, so
  // the verb's own reading keeps it. ("Smith hit back, saying the figures, believed to be from 2019, were out of
  // date": the participle follows a verb, and its claim runs on.)
  const afterSubject = !!a.source && tokens.slice(a.source[1] + 1, i).every((t) => !t.word);
  const close = a.content && afterSubject ? asideClosing(tokens, a.content) : -1;
  if (close > 0) {
    a.content = [a.content![0], close - 1];
    if (a.source) [a.sharedSource, a.source] = [a.source, null];
  }
  s.take(a);
  return end;
}

/** Where a comma and a reporting verb close a participle's clause `[from, to]` (the comma), or -1. */
function asideClosing(tokens: Token[], [from, to]: [number, number]): number {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k + 1];
    if (tokens[k].text === "," && t.word && !t.cap && sayingVerb(t.lower)) return k;
  }
  return -1;
}

/** Whether the phrase `[from, to]` after "citing" names people who go unnamed ("police sources", "two officials"). */
function citesSource(tokens: Token[], [from, to]: [number, number]): boolean {
  const words = tokens.slice(from, to + 1).filter((t) => t.word);
  return words.length > 0 && ANONYMOUS_HEADS.has(words[headIndex(words)].lower);
}
