/**
 * "Police said" in a story's first lines, "Ajman Police" named a paragraph on: a body's kind alone, of the kinds a
 * story names one of (nouns.json storyBodyKinds), is the one body of that kind the whole article names, when it names
 * it soon after (a body named before was read already). Read once the whole article is known; nothing changes where
 * the article names none of that kind, or several, or names it only pages on, where it may well be another body.
 */
import { explainAttribution } from "../explain";
import type { Attribution } from "../types";
import { STORY_BODY_KINDS } from "../words";
import { BodiesBefore } from "./bodies-before";

/** How far into the article the kind alone may stand (characters): its opening, headline and standfirst included. */
const LEDE_CHARS = 800;
/** How far after a kind alone the body of that kind may be named (characters): the next few paragraphs. */
const NAMED_WITHIN = 1500;

/** Gives each institutional speaker that is a kind alone ("police", "the council") the one body of that kind named. */
export function settleKindsNamedLater(all: Attribution[], article: string): void {
  const named = new Map<string, { value: string; at: number } | null>();
  for (const a of all) {
    if (a.tier !== "institutional" || !a.speaker) continue;
    const kind = a.speaker.replace(/^the /i, "").toLowerCase();
    if (!STORY_BODY_KINDS.has(kind)) continue;
    let body = named.get(kind);
    if (body === undefined) named.set(kind, (body = new BodiesBefore(article, kind).onlyNamed(article.length)));
    if (!body || a.cue.start > LEDE_CHARS || body.at < a.cue.start || body.at > a.cue.start + NAMED_WITHIN) continue;
    a.speaker = body.value;
    a.explanation = explainAttribution(a, !a.source);
  }
}
