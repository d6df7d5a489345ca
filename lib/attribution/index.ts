/**
 * The attribution engine: a string in, typed attributions and an article
 * summary out. Pure (no DOM, no browser API), so the content script, the CLI,
 * the evaluation and the tests all run the same code.
 */
import { readSource, type SourceReading } from "./classify";
import { TITLES } from "./lexicon";
import { explain } from "./explain";
import { rawBySentence, NESTED_CLAIM_VERBS, nounPhraseLeft, type RawAttribution } from "./find";
import type { Token } from "./sentences";
import { summarize } from "./summary";
import type { Analysis, Attribution, Span, Tier } from "./types";

export { summarize } from "./summary";
export type * from "./types";

/** How far back (in characters) "he said" may look for the person it stands for. */
const PRONOUN_REACH = 1500;
/** How far back "the mayor" still finds the mayor named before (characters): about a long article's length. */
const TITLE_REACH = 8000;

function spanOf(text: string, tokens: Token[], range: [number, number] | null): Span | null {
  if (!range) return null;
  const start = tokens[range[0]].start;
  const end = tokens[range[1]].end;
  return { start, end, text: text.slice(start, end) };
}

interface Resolved {
  tier: Tier;
  speaker: string | null;
  role: string | null;
  confidence: number;
  /** People named with the speaker ("… and Mary Jones said"). */
  others?: string[];
}

/** Abbreviated titles by the word a later mention uses: "Sen. Bernie Sanders" … "the senator". */
const TITLE_WORDS: Record<string, string> = { sen: "senator", gov: "governor", gen: "general", col: "colonel", prof: "professor", capt: "captain", sgt: "sergeant" };

/** Keeps the people named so far, so that "Ehsan" and "he" find "Ehsanullah Ehsan". */
class SpeakerMemory {
  private bySurname = new Map<string, string>();
  private lastPerson: { name: string; at: number } | null = null;
  private last: { resolved: Resolved; at: number } | null = null;
  private byTitle = new Map<string, { name: string; at: number }>();

  person(name: string, at: number): string {
    // A transcript's "WALLACE:" is the Chris Wallace named before, or at least "Wallace".
    if (ALL_CAPS.test(name)) name = name.split(/\s+/).map(titleCase).join(" ");
    const words = name.split(/\s+/);
    const surname = words[words.length - 1];
    let canonical = name;
    if (words.length > 1) this.bySurname.set(surname, name);
    else canonical = this.bySurname.get(surname) ?? name;
    this.lastPerson = { name: canonical, at };
    return canonical;
  }

  pronoun(at: number): string | null {
    return this.lastPerson && at - this.lastPerson.at < PRONOUN_REACH ? this.lastPerson.name : null;
  }

  previous(at: number): Resolved | null {
    return this.last && at - this.last.at < PRONOUN_REACH ? this.last.resolved : null;
  }

  remember(r: Resolved, at: number): void {
    this.last = { resolved: r, at };
  }

  /** Keeps who holds each title a person was given ("Mayor Jane Smith", "Jane Doe, the mayor,"). */
  titled(role: string, name: string, at: number): void {
    for (const w of role.toLowerCase().split(/[^a-z]+/)) if (TITLES.has(w)) this.byTitle.set(TITLE_WORDS[w] ?? w, { name, at });
  }

  /** The person last given this title, if named recently: "the mayor" is Mayor Jane Smith. */
  holder(title: string, at: number): string | null {
    const h = this.byTitle.get(title);
    return h && at - h.at < TITLE_REACH ? h.name : null;
  }

  /** The full name of a person already named by this surname, if any. */
  known(surname: string): string | undefined {
    return this.bySurname.get(surname);
  }

  /** Later full names rename earlier surname-only mentions. */
  canonical(name: string): string {
    return name.includes(" ") ? name : this.bySurname.get(name) ?? name;
  }
}

const RELATIVES = new Set(["who", "which", "that"]);

/** Words that start a clause of its own ("…, but she noted"), not one inside the claim. */
const COORDINATORS = new Set(["but", "and", "while", "although", "though", "yet", "whereas"]);

/** A name written in capitals only, as transcripts do ("WALLACE", "JAKE TAPPER"). */
const ALL_CAPS = /^\p{Lu}{2,}(?:\s+\p{Lu}{2,})*$/u;
const titleCase = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();

const CUE_CONFIDENCE: Record<RawAttribution["kind"], number> = {
  verb: 0.9, "weak-verb": 0.7, "according-to": 0.95, "claim-noun": 0.8, evidence: 0.75, hedge: 0.85,
};

function fromReading(reading: SourceReading, base: number, memory: SpeakerMemory, at: number): Resolved {
  switch (reading.kind) {
    case "person": {
      // The others first, so that a later "he" still finds the first-named.
      // A surname alone counts only for someone already named in full ("Smith and Jones said").
      const others = (reading.others ?? []).filter((o) => o.includes(" ") || memory.known(o)).map((o) => memory.person(o, at));
      return { tier: "on-record", speaker: memory.person(reading.name!, at), role: reading.role, confidence: base, others };
    }
    case "organisation": {
      // "PENCE:" reads like an acronym, but Mike Pence was named already.
      const person = reading.name && ALL_CAPS.test(reading.name) ? memory.known(titleCase(reading.name)) : undefined;
      if (person) return { tier: "on-record", speaker: memory.person(person, at), role: null, confidence: base };
      return { tier: "institutional", speaker: reading.name, role: null, confidence: base * 0.95 };
    }
    case "anonymous":
      return { tier: "anonymous", speaker: null, role: null, confidence: base * 0.95 };
    default:
      return { tier: "anonymous", speaker: null, role: null, confidence: base * 0.6 };
  }
}

/** Where a relative clause's noun is said to be from: "Driscoll, 24, from Manchester, who said" is Driscoll. */
const ORIGIN = new Set(["from", "of", "in"]);

/** The noun phrase a "who" or "which" right after token `end` stands for. */
function relativeHead(tokens: Token[], end: number): [number, number] | null {
  const np = nounPhraseLeft(tokens, end);
  if (!np || !ORIGIN.has(tokens[np[0] - 1]?.lower ?? "") || tokens[np[0] - 2]?.text !== ",") return np;
  // Back over the comma and an age (", 24,") to the person.
  let k = np[0] - 2;
  while (k > 0 && (tokens[k].text === "," || /^\d+$/.test(tokens[k].text))) k--;
  return nounPhraseLeft(tokens, k) ?? np;
}

function resolve(raw: RawAttribution, text: string, memory: SpeakerMemory): Resolved {
  const base = CUE_CONFIDENCE[raw.kind];
  if (raw.sharedSource) {
    const shared = readSource(raw.tokens.slice(raw.sharedSource[0], raw.sharedSource[1] + 1), text);
    if (shared.kind !== "pronoun-person" && shared.kind !== "pronoun-other") {
      return fromReading(shared, base * 0.9, memory, raw.tokens[raw.sharedSource[0]].start);
    }
    const prev = memory.previous(raw.tokens[raw.cue[0]].start);
    if (prev) return { ...prev, confidence: base * 0.8 };
  }
  if (!raw.source) {
    if (raw.kind === "hedge") return { tier: "unattributed", speaker: null, role: null, confidence: base };
    return { tier: "unattributed", speaker: null, role: null, confidence: 0.35 };
  }
  const at = raw.tokens[raw.source[0]].start;
  const words = raw.tokens.slice((raw.appositive ?? raw.source)[0], (raw.appositive ?? raw.source)[1] + 1);
  const reading = readSource(words, text);
  // "the mayor" after "Mayor Jane Smith": the same person, named a few paragraphs up.
  const said = words.filter((t) => t.word);
  if (reading.kind === "anonymous" && said.length === 2 && said[0].lower === "the" && TITLES.has(said[1].lower)) {
    const holder = memory.holder(said[1].lower, at);
    if (holder) return { tier: "on-record", speaker: holder, role: text.slice(said[0].start, said[1].end), confidence: base * 0.8 };
  }
  if (reading.kind === "pronoun-person") {
    const who = memory.pronoun(at);
    return who
      ? { tier: "on-record", speaker: who, role: null, confidence: base * 0.85 }
      : { tier: "anonymous", speaker: null, role: null, confidence: base * 0.5 };
  }
  if (reading.kind === "pronoun-other") {
    // "X, who said", "analysts who claim": the phrase right before the relative pronoun is the source.
    if (["who", "which"].includes(raw.tokens[raw.source[0]].lower)) {
      const p = raw.source[0] - 1;
      const np = relativeHead(raw.tokens, raw.tokens[p]?.text === "," ? p - 1 : p);
      if (np) return fromReading(readSource(raw.tokens.slice(np[0], np[1] + 1), text), base * 0.9, memory, at);
      if (raw.tokens[p]?.word) return { tier: "anonymous", speaker: null, role: null, confidence: base * 0.5 };
    }
    const prev = memory.previous(at);
    // "they" stands for a group or an organisation, never for the one person last named.
    const usable = prev && !(prev.tier === "on-record" && words[0].lower === "they");
    return usable ? { ...prev, confidence: base * 0.6 } : { tier: "anonymous", speaker: null, role: null, confidence: base * 0.5 };
  }
  if (raw.appositive && reading.kind === "anonymous") {
    // "Clinton's attorney, David Kendall," names the person after the role.
    const inner = raw.tokens.slice(raw.appositive[1] + 2, raw.source[1] + 1);
    const named = inner[0]?.cap ? readSource(inner, text) : null;
    if (named?.kind === "person") {
      const head = raw.tokens.slice(raw.appositive[0], raw.appositive[1] + 1);
      return { ...fromReading(named, base, memory, inner[0].start), role: text.slice(head[0].start, head[head.length - 1].end) };
    }
    // "The developer, Harrow Offshore Partners,": the body the role describes, by its name.
    if (named?.kind === "organisation") return fromReading(named, base, memory, inner[0].start);
  }
  const r = fromReading(reading, base, memory, at);
  if (raw.appositive) {
    const inner = raw.tokens.slice(raw.appositive[1] + 2, raw.source[1] + 1);
    const between = inner.length ? text.slice(inner[0].start, inner[inner.length - 1].end) : "";
    // An appositive can give the organisation's proper name: "The … agency, General Directorate of Intelligence,".
    if (r.tier === "institutional" && inner[0]?.cap) r.speaker = between;
    // Or say who a person is: "Priya Raman, who chairs the transport committee,", "X, a spokesman for Y,".
    else if (r.tier === "on-record" && !r.role && /^(who|a|an|the)$/.test(inner[0]?.lower ?? "")) r.role = between;
  }
  return r;
}

function addresseeName(raw: RawAttribution, text: string): string | null {
  if (!raw.addressee) return null;
  const words = raw.tokens.slice(raw.addressee[0], raw.addressee[1] + 1);
  return words[0]?.cap ? text.slice(words[0].start, words[words.length - 1].end) : null;
}

/** Finds every attribution in `text`, in reading order, with non-overlapping highlight spans. */
export function findAttributions(text: string): Attribution[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const memory = new SpeakerMemory();
  const out: Attribution[] = [];
  /** The attributions whose cue is a weak verb of stance ("seems", "suggest"). */
  const stances = new WeakSet<Attribution>();
  for (const sentence of rawBySentence(text)) for (const raw of sentence) {
    const t = raw.tokens;
    const cueEnd = raw.cueTail ?? raw.cue;
    const cue = { start: t[raw.cue[0]].start, end: t[cueEnd[1]].end, text: "" };
    cue.text = text.slice(cue.start, cue.end);
    const source = spanOf(text, t, raw.source);
    const relayedBy = addresseeName(raw, text);
    const r = resolve(raw, text, memory);
    const parts = [cue, source, spanOf(text, t, raw.addressee)].filter((s): s is Span => !!s);
    const start = Math.min(...parts.map((p) => p.start));
    const end = Math.max(...parts.map((p) => p.end));
    const a: Attribution = {
      start, end, text: text.slice(start, end),
      tier: r.tier,
      confidence: Math.round(r.confidence * 100) / 100,
      cue, source,
      content: spanOf(text, t, raw.content),
      speaker: r.speaker,
      coSpeakers: r.others ?? [],
      role: r.role,
      relayedBy,
      explanation: "",
    };
    a.explanation = explain({
      tier: a.tier, cue: cue.text, source: source?.text ?? null, speaker: a.speaker, others: a.coSpeakers, relayedBy: a.relayedBy,
      sourceless: !source && raw.kind !== "hedge",
    });
    // Only a real source can be what a later "they" or "who" stands for.
    if (source) memory.remember(r, start);
    if (r.tier === "on-record" && r.speaker && r.role) memory.titled(r.role, r.speaker, start);
    const prev = out[out.length - 1];
    // "Lopez added that she expected …": the same speaker inside their own claim is not a new attribution.
    // "… praised X and said", "…, but she noted that …": a coordinated clause is a new attribution, not part of the claim.
    // A relative clause inside a claim ("… which he called …") is part of that claim, whoever it names; people who
    // say something ("rebuked critics who say he should …") are heard in their own right.
    const coordinated = raw.source && COORDINATORS.has(t[raw.source[0] - 1]?.lower ?? "");
    const relative = raw.source && raw.source[0] === raw.source[1] && RELATIVES.has(t[raw.source[0]].lower);
    const inPrevClaim = prev?.content && source && source.start >= prev.content.start && cue.end <= prev.content.end;
    // A stance ("Carson seems to recognize …") does not swallow the speaker's own words after it ("— he told the AP").
    const speaksAfterStance = !!prev && stances.has(prev) && raw.kind === "verb";
    const whoSays = relative && t[raw.source![0]].lower === "who" && NESTED_CLAIM_VERBS.has(t[raw.cue[0]].lower);
    if (inPrevClaim && ((prev.speaker && a.speaker === prev.speaker && !coordinated && !speaksAfterStance) || (relative && !whoSays))) continue;
    if (raw.kind === "weak-verb") stances.add(a);
    if (prev && start < prev.end) {
      // "Podesta, who said …, said": the attribution inside the name's clause keeps its place, and this one is
      // highlighted at its cue alone so the two never overlap.
      // So is "Salceda, citing data …, said": two verbs of one source, each highlighted on its own.
      const sameSource = source && prev.source && source.start === prev.source.start && source.end === prev.source.end && prev.cue.end <= cue.start;
      const around = (source && source.end <= prev.start && prev.end <= cue.start) || sameSource;
      if (around) {
        a.start = cue.start;
        a.text = text.slice(a.start, a.end);
        out.push(a);
      } else if (a.confidence > prev.confidence) out[out.length - 1] = a;
      continue;
    }
    out.push(a);
  }
  // Surname-only mentions before the full name was seen ("Ehsan" … "Ehsanullah Ehsan").
  for (const a of out) if (a.tier === "on-record" && a.speaker) a.speaker = memory.canonical(a.speaker);
  return out;
}

function shifted(a: Attribution, by: number): Attribution {
  const move = <T extends Span | null>(s: T): T => (s ? { ...s, start: s.start + by, end: s.end + by } : s);
  return { ...a, start: a.start + by, end: a.end + by, cue: move(a.cue), source: move(a.source), content: move(a.content) };
}

/**
 * Cuts a long text into slices of about `sliceChars` at line breaks the text
 * itself chooses: past half a slice, a line ends one when a hash of it falls
 * under a share that grows with its length (so that slices average
 * `sliceChars`); a slice never runs past twice `sliceChars` when a line break
 * allows. A page that grows — a live blog's new post at the top, an infinite
 * scroll's at the bottom — keeps the cuts of the text it had, so its other
 * slices are read again from the cache. A text without line breaks is one slice.
 */
export function sliceText(text: string, sliceChars: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const min = sliceChars >> 1;
  let start = 0;
  let lineStart = 0;
  for (let br = text.indexOf("\n"); br >= 0; br = text.indexOf("\n", br + 1)) {
    // This line would make the slice too long: the slice ends before it.
    if (br + 1 - start > 2 * sliceChars && lineStart > start) {
      out.push([start, lineStart]);
      start = lineStart;
    }
    if (br + 1 - start >= min && lineHash(text, lineStart, br) < (br + 1 - lineStart) / min) {
      out.push([start, br + 1]);
      start = br + 1;
    }
    lineStart = br + 1;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** FNV-1a over a line, as a share in [0, 1). */
function lineHash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return (h >>> 0) / 0x1_0000_0000;
}

/** What analyzeTextInSlices read, by slice text (offsets within the slice): given back, it reads only new slices. */
export type SliceCache = Map<string, Attribution[]>;

/**
 * Reads a long text slice by slice (sliceText), and lets `pause` run after
 * each slice it had to read (the content script yields to the page there, so
 * no task runs long). Slices found in `cache` are not read again; `cache` is
 * left holding this text's slices only. Speakers are joined up across slices
 * afterwards.
 */
export async function analyzeTextInSlices(text: string, sliceChars: number, pause: () => Promise<void>, cache: SliceCache = new Map()): Promise<Analysis> {
  const all: Attribution[] = [];
  const seen: SliceCache = new Map();
  const slices = sliceText(text, sliceChars);
  for (const [n, [start, end]] of slices.entries()) {
    const slice = text.slice(start, end);
    let found = seen.get(slice) ?? cache.get(slice);
    const read = !found;
    found ??= findAttributions(slice);
    seen.set(slice, found);
    // Copies: the cached attributions keep their own offsets and speakers.
    for (const a of found) all.push(shifted(a, start));
    if (read && n < slices.length - 1) await pause();
  }
  cache.clear();
  for (const [slice, found] of seen) cache.set(slice, found);
  // "Ehsan" in a later slice is the "Ehsanullah Ehsan" named in an earlier one.
  const full = new Map<string, string>();
  for (const a of all) if (a.tier === "on-record" && a.speaker?.includes(" ")) full.set(a.speaker.split(/\s+/).pop()!, a.speaker);
  for (const a of all) {
    const name = a.tier === "on-record" && a.speaker && !a.speaker.includes(" ") ? full.get(a.speaker) : undefined;
    if (!name) continue;
    a.speaker = name;
    a.explanation = explain({ tier: a.tier, cue: a.cue.text, source: a.source?.text ?? null, speaker: name, others: a.coSpeakers, relayedBy: a.relayedBy, sourceless: false });
  }
  return { attributions: all, summary: summarize(all) };
}

/** Reads a whole article: its attributions and their summary. */
export function analyzeText(text: string): Analysis {
  const attributions = findAttributions(text);
  return { attributions, summary: summarize(attributions) };
}
