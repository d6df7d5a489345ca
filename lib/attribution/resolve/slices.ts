/**
 * Long texts read slice by slice, so that the background worker can answer
 * other pages between slices and read again only the slices a growing page
 * changed.
 */
import { explainAttribution } from "../explain";
import { findAttributions } from "../index";
import { summarize } from "../summary";
import type { Analysis, Attribution, Span } from "../types";
import { FullNames } from "./full-names";

/** A copy of `a` with every offset moved by `by`. */
function shifted(a: Attribution, by: number): Attribution {
  const move = <T extends Span | null>(s: T): T => (s ? { ...s, start: s.start + by, end: s.end + by } : s);
  return {
    ...a,
    start: a.start + by,
    end: a.end + by,
    cue: move(a.cue),
    source: move(a.source),
    content: move(a.content),
  };
}

/**
 * Cuts a long text into slices of about `sliceChars` at line breaks the text
 * itself chooses: past half a slice, a line ends one when a hash of it falls
 * under a share that grows with its length (so that slices average
 * `sliceChars`); a slice never runs past twice `sliceChars` when a line break
 * allows, and a line longer than that is cut at sentence ends. A page that
 * grows — a live blog's new post at the top, an infinite scroll's at the
 * bottom — keeps the cuts of the text it had, so its other slices are read
 * again from the cache. A short text without line breaks is one slice.
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
  return out.flatMap((slice) => cutLong(text, slice, sliceChars));
}

/** A sentence's end: its mark, a closing quotation mark or bracket, then space. */
const SENTENCE_END = /[.!?][”"’)\]]*\s+/g;

/**
 * A slice still over twice `sliceChars` is one long line (a 2 MB paragraph): it is cut at the first sentence end
 * past `sliceChars`, else at a space, else at twice `sliceChars`, so no single read runs long.
 */
function cutLong(text: string, [s, e]: [number, number], sliceChars: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = s;
  while (e - start > 2 * sliceChars) {
    const from = start + sliceChars;
    const to = start + 2 * sliceChars;
    SENTENCE_END.lastIndex = from;
    const m = SENTENCE_END.exec(text);
    const space = text.lastIndexOf(" ", to);
    const cut = m && m.index < to ? m.index + m[0].length : space > from ? space + 1 : to;
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, e]);
  return out;
}

/** FNV-1a over a line, as a share in [0, 1). */
function lineHash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return (h >>> 0) / 0x1_0000_0000;
}

/** Marks the opening slice's key in a SliceCache (no text holds it). */
const OPENING = "\u0000opening\u0000";

/** What analyzeTextInSlices read, by slice text (offsets within the slice): given back, it reads only new slices. */
export type SliceCache = Map<string, Attribution[]>;

/**
 * Reads a long text slice by slice (sliceText), and lets `pause` run after
 * each slice it had to read (the background worker answers other pages there, so
 * no task runs long). Slices found in `cache` are not read again; `cache` is
 * left holding this text's slices only. Speakers are joined up across slices
 * afterwards.
 */
export async function analyzeTextInSlices(
  text: string,
  sliceChars: number,
  pause: () => Promise<void>,
  cache: SliceCache = new Map(),
): Promise<Analysis> {
  const all: Attribution[] = [];
  const seen: SliceCache = new Map();
  const slices = sliceText(text, sliceChars);
  for (const [n, [start, end]] of slices.entries()) {
    // (The opening slice is read as the story's opening, and kept apart: a page that grew at the top has a new one.)
    const slice = text.slice(start, end);
    const key = n === 0 ? OPENING + slice : slice;
    let found = seen.get(key) ?? cache.get(key);
    const read = !found;
    found ??= findAttributions(slice, { article: text, opening: n === 0 });
    seen.set(key, found);
    // Copies: the cached attributions keep their own offsets and speakers.
    for (const a of found) all.push(shifted(a, start));
    if (read && n < slices.length - 1) await pause();
  }
  cache.clear();
  for (const [slice, found] of seen) cache.set(slice, found);
  // "Ehsan" in a later slice is the "Ehsanullah Ehsan" named in an earlier one.
  const names = new FullNames();
  for (const a of all) if (a.tier === "on-record" && a.speaker?.includes(" ")) names.add(a.speaker);
  for (const a of all) {
    const name = a.tier === "on-record" && a.speaker ? names.canonical(a.speaker) : a.speaker;
    if (name === a.speaker) continue;
    a.speaker = name;
    a.explanation = explainAttribution(a, false);
  }
  return { attributions: all, summary: summarize(all) };
}
