/**
 * Turns raw findings into attributions in reading order, with highlight spans
 * that never overlap: a claim's own speaker inside it is not a new
 * attribution, and two findings over the same words keep the surer one.
 */
import type { RawAttribution } from "../cues/raw";
import { explainAttribution } from "../explain";
import type { Token } from "../text/sentences";
import type { Attribution, Span } from "../types";
import { COORDINATORS, DOCUMENT_HEADS, NESTED_CLAIM_VERBS, RELATIVES } from "../words";
import type { SpeakerMemory } from "./speakers";
import { addresseeName, resolve } from "./tier";
import { pastWireDateline } from "./datelines";

function spanOf(text: string, tokens: Token[], range: [number, number] | null): Span | null {
  if (!range) return null;
  const start = tokens[range[0]].start;
  const end = tokens[range[1]].end;
  return { start, end, text: text.slice(start, end) };
}

/** One raw finding as an attribution, its source resolved against what was read before. */
export function attributionOf(raw: RawAttribution, text: string, memory: SpeakerMemory): Attribution {
  const t = raw.tokens;
  if (raw.source) raw.source = pastWireDateline(t, raw.source);
  const cueEnd = raw.cueTail ?? raw.cue;
  const cue = { start: t[raw.cue[0]].start, end: t[cueEnd[1]].end, text: "" };
  cue.text = text.slice(cue.start, cue.end);
  const source = spanOf(text, t, raw.source);
  const r = resolve(raw, text, memory);
  const parts = [cue, source, spanOf(text, t, raw.addressee)].filter((s): s is Span => !!s);
  const start = Math.min(...parts.map((p) => p.start));
  const end = Math.max(...parts.map((p) => p.end));
  const a: Attribution = {
    start,
    end,
    text: text.slice(start, end),
    tier: r.tier,
    confidence: Math.round(r.confidence * 100) / 100,
    rule: raw.rule,
    cue,
    source,
    content: spanOf(text, t, raw.content),
    speaker: r.speaker,
    coSpeakers: r.others ?? [],
    role: r.role,
    relayedBy: addresseeName(raw, text),
    explanation: "",
  };
  a.explanation = explainAttribution(a, !source && raw.kind !== "hedge");
  // Only a real source can be what a later "they" or "who" stands for.
  // (With the words between it and its verb: "A shop owner near the bridge, who asked that his name not be used,".)
  const aside = source && source.end < cue.start ? text.slice(source.end, cue.start) : "";
  if (source) memory.remember(r, start, source.text, memory.inLastClaim(cue.start), aside);
  if (a.content) memory.claimed(a.content);
  // "Hartwell Associates concluded in a 38-page report that …", "In a statement signed by its director, the
  // network warned …": a later "the report" or "the statement" is theirs.
  const document = r.speaker && r.tier !== "anonymous" ? documentInSentence(t) : null;
  if (document) memory.madeDocument(document, r.speaker!, start, r.tier === "institutional");
  if (r.tier === "on-record" && r.speaker && r.role) memory.titled(r.role, r.speaker, start);
  return a;
}

/** Collects attributions in reading order, deciding for each new one whether it is heard in its own right. */
export class ReadingOrder {
  readonly out: Attribution[] = [];
  /** The attributions whose cue is a weak verb of stance ("seems", "suggest"). */
  private stances = new WeakSet<Attribution>();

  /** Returns false when `a` is part of the claim before it, and not heard in its own right. */
  add(a: Attribution, raw: RawAttribution): boolean {
    const { out } = this;
    const t = raw.tokens;
    const prev = out[out.length - 1];
    const { cue, source, start } = a;
    // "Lopez added that she expected …": the same speaker inside their own claim is not a new attribution.
    // "… praised X and said", "…, but she noted that …": a coordinated clause is a new attribution, not part of the
    // claim.
    // A relative clause inside a claim ("… which he called …") is part of that claim, whoever it names; people who
    // say something ("rebuked critics who say he should …") are heard in their own right.
    const coordinated = raw.source && COORDINATORS.has(t[raw.source[0] - 1]?.lower ?? "");
    const relative = raw.source && raw.source[0] === raw.source[1] && RELATIVES.has(t[raw.source[0]].lower);
    const inPrevClaim = prev?.content && source && source.start >= prev.content.start && cue.end <= prev.content.end;
    // A stance ("Carson seems to recognize …") does not swallow the speaker's own words after it ("— he told the AP").
    const speaksAfterStance = !!prev && this.stances.has(prev) && raw.kind === "verb";
    const whoSays = relative && t[raw.source![0]].lower === "who" && NESTED_CLAIM_VERBS.has(t[raw.cue[0]].lower);
    // "Officials said the mayor had denied it": a claim's own subject reporting is part of the claim (issue 17:
    // outermost attributions only), where "a charge the company denied" answers it and is heard.
    const claimsSubject =
      inPrevClaim &&
      prev.tier !== "unattributed" &&
      prev.cue.end <= prev.content!.start &&
      /^\s*(?:that\s+)?$/i.test(prev.content!.text.slice(0, source!.start - prev.content!.start));
    // ("Windhoek lawyer Dr Selma Ndeitunga said courts have tended to admit such evidence": a verb inside a claim
    // whose source would stand before the claim's own cue crosses it, and is no attribution.)
    const crossing =
      !!prev?.content &&
      !!prev.source &&
      prev.tier !== "unattributed" &&
      !!source &&
      source.start < prev.cue.start &&
      cue.start >= prev.content.start &&
      cue.end <= prev.content.end &&
      // ("The mayor, that official said, told Mr. Greaney …": an aside between commas reports the verb around it.)
      raw.tokens.find((t) => t.start >= prev.cue.end)?.text !== ",";
    if (
      crossing ||
      (inPrevClaim &&
        ((((prev.speaker && a.speaker === prev.speaker) || claimsSubject) && !coordinated && !speaksAfterStance) ||
          (relative && !whoSays)))
    )
      return false;
    if (raw.kind === "weak-verb") this.stances.add(a);
    if (prev && start < prev.end) {
      // "Podesta, who said …, said": the attribution inside the name's clause keeps its place, and this one is
      // highlighted at its cue alone so the two never overlap.
      // So is "Salceda, citing data …, said": two verbs of one source, each highlighted on its own.
      const sameSource =
        source &&
        prev.source &&
        source.start === prev.source.start &&
        source.end === prev.source.end &&
        prev.cue.end <= cue.start;
      const around = (source && source.end <= prev.start && prev.end <= cue.start) || sameSource;
      if (around) {
        a.start = cue.start;
        a.text = a.text.slice(cue.start - start);
        out.push(a);
      } else if (a.confidence > prev.confidence || inSource(prev, source)) out[out.length - 1] = a;
      return true;
    }
    out.push(a);
    return true;
  }
}

/**
 * The document a sentence says its words came in: "in a 38-page report", "In a statement on Sunday", "in its annual
 * report" (not one that names another maker: "in a report by the Treasury").
 */
function documentInSentence(tokens: Token[]): string | null {
  // Read once per sentence, however many attributions it holds (a page of one endless line holds thousands).
  const known = DOCUMENT_IN.get(tokens);
  if (known !== undefined) return known;
  const found = findDocumentIn(tokens);
  DOCUMENT_IN.set(tokens, found);
  return found;
}
const DOCUMENT_IN = new WeakMap<Token[], string | null>();

function findDocumentIn(tokens: Token[]): string | null {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].lower !== "in" || !/^(a|an|its|their|his|her)$/.test(tokens[i + 1]?.lower ?? "")) continue;
    for (let k = i + 2; k < tokens.length && k <= i + 5 && tokens[k].word; k++)
      if (DOCUMENT_HEADS.has(tokens[k].lower))
        return /^(by|from)$/.test(tokens[k + 1]?.lower ?? "") ? null : tokens[k].lower;
  }
  return null;
}

/**
 * Whether an attribution lies inside another's source ("Nana Ofosu Darko III, …, whom some residents have accused of
 * …, said"): the sentence's own verb is the one to keep.
 */
const inSource = (inner: { start: number; end: number }, source: { start: number; end: number } | null) =>
  !!source && inner.start > source.start && inner.end <= source.end;
