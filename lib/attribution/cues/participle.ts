/**
 * A participle that reports again (", saying …", ", adding …", "— citing …"): the main clause's subject speaks, or
 * the unnamed people "citing" names.
 */
import { headIndex } from "../phrases/head-word";
import { nounPhraseRight } from "../phrases/noun-phrase";
import { mainSubject } from "../phrases/subject";
import { contentAfter } from "../text/quotes";
import type { Token } from "../text/sentences";
import { ANONYMOUS_HEADS, DETERMINERS, IRREGULAR_PAST_FORMS, PERSON_PRONOUNS, speakerHead } from "../words";
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
    // ("Shares in Vodacom fell 4% after the company cut its dividend, citing …": a market's mover speaks for no one;
    // the company in the clause after "after" does.)
    const mover = subject && !speakerLike(tokens, subject) ? clauseSubjectBefore(tokens, subject[1] + 1, i - 1) : null;
    if (mover) a.source = mover;
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

/** Whether the phrase at `np` can speak: a name past the sentence's first word, a pronoun, a body, a role, people. */
function speakerLike(tokens: Token[], np: [number, number]): boolean {
  const head = tokens[np[0] + headIndex(tokens.slice(np[0], np[1] + 1))];
  if (head.cap && (np[0] > 0 || head !== tokens[np[0]] || !/s$/.test(head.lower))) return true;
  const w = head.lower;
  return PERSON_PRONOUNS.has(w) || speakerHead(w);
}

/**
 * The subject of a clause opened by "after", "as", "when" or "because" between `from` and `to` ("after the company
 * cut its dividend"), when it can speak; or null.
 */
function clauseSubjectBefore(tokens: Token[], from: number, to: number): [number, number] | null {
  for (let k = to; k >= from; k--) {
    if (!/^(?:after|as|when|because|since)$/.test(tokens[k].lower)) continue;
    let np = nounPhraseRight(tokens, k + 1);
    // (Its verb in the past, or any verb before its object: "cut its dividend", "held rates"; a phrase read past
    // such a verb ends before it.)
    const objectAt = (j: number) => /^(?:its|their|the|a|an)$/.test(tokens[j + 1]?.lower ?? "");
    const cut = np ? tokens.findIndex((t, j) => j > np![0] + 1 && j <= np![1] && !t.cap && objectAt(j)) : -1;
    if (np && cut > 0) np = [np[0], cut - 1];
    const verb = np ? tokens[np[1] + 1] : undefined;
    const finite =
      !!verb?.word &&
      !verb.cap &&
      (/ed$/.test(verb.lower) || IRREGULAR_PAST_FORMS.has(verb.lower) || objectAt(np![1] + 1));
    return np && finite && np[1] < to && speakerLike(tokens, np) ? np : null;
  }
  return null;
}
