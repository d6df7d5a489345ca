// @vitest-environment node
/**
 * The trigger prefilter skips sentences with no cue in them; it must never
 * change what is found. Each text is read with and without it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findRaw } from "../../../lib/attribution/find";

const FIXTURES = join(import.meta.dirname, "../../fixtures");

const cues = (text: string, prefilter: boolean) =>
  findRaw(text, { prefilter }).map((a) => [
    a.tokens[a.cue[0]].start,
    a.tokens[(a.cueTail ?? a.cue)[1]].end,
    a.source ? a.tokens[a.source[0]].start : -1,
  ]);

const CONSTRUCTS = [
  "Poll: Trump and Clinton hold narrow leads in Pennsylvania",
  "WALLACE: Let’s start with breaking news on the debate.",
  "“He represents our greatest shame.”\u00a0― Sonya Herridge",
  "“A disgrace.”\n― Ana Ruiz",
  "“A real disgrace.” — Azucena Gonzàlez.",
  "“We lost,” -- Jo Bloggs.",
  "Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one.”",
  "It also points out that the penalties are small.",
  "Clinton made it clear that she would not drop out.",
  "Caddell talked about the polls at length and shot back at critics.",
  "RNC spokesman Sean Spicer on Thursday evening said the party was not in crisis.",
  "The plan is believed to have failed, officials reportedly said.",
  "Nothing here reports anything at all.",
].join("\n\n");

describe("the trigger prefilter", () => {
  it.each([
    ["the seed article", readFileSync(join(FIXTURES, "seed-article.txt"), "utf8")],
    ["colon speakers, signed quotations, phrasal cues", CONSTRUCTS],
  ])("finds the same in %s", (_, text) => {
    const all = cues(text, false);
    expect(all.length).toBeGreaterThan(5);
    expect(cues(text, true)).toEqual(all);
  });
});
