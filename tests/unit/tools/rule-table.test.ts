// @vitest-environment node
/** The per-rule table of `npm run eval`, on a tiny hand-made gold file and predictions (no corpus text). */
import { describe, expect, it } from "vitest";
import { cueF1, formatTable, matchCues, parseBrat, tabulate, type Predicted } from "../../../tools/rule-table";

// "Ann said it rained. Bob told us no. Cal may, he hinted, go. Dee wrote it."
//  0   4       12      20  24          36  40   45 48          60  64
const ANN = [
  "E1\tAttribution:T9 Cue:T2 Source:T1", // an event may come before its spans
  "T1\tSource 0 3\tAnn",
  "T2\tCue 4 8\tsaid",
  "T3\tCue 24 28\ttold",
  "E2\tAttribution:T10 Cue:T3",
  "T4\tCue 40 43;48 54\tmay hinted", // discontinuous: "he" between the pieces is not part of it
  "E3\tAttribution:T11 Cue:T4 ",
  "T5\tCue 36 39\tCal", // a Cue span in no event is not gold
  "T6\tDiscard 60 73\tDee wrote it.",
  "T7\tCue 5 x\tbroken", // malformed offsets: skipped
  "T8\tContent 9 18\tit rained",
  "rained over a line", // the rest of a span text broken over lines: skipped
  "#1\tAnnotatorNotes T1\tnote",
].join("\n");

const cue = (start: number, end: number) => ({ start, end });
const PREDICTED: Predicted[] = [
  { rule: "verb/subject", cue: cue(4, 8) }, // "said": correct
  { rule: "verb/subject", cue: cue(12, 18) }, // "rained": no gold cue there
  { rule: "weak-verb/subject", cue: cue(24, 28) }, // "told": correct
  { rule: "hedge/adverb", cue: cue(45, 47) }, // "he": inside the gold cue's extent but in neither piece
  { rule: "verb/subject", cue: cue(64, 69) }, // "wrote": in a Discard span, not counted
];

describe("rule table", () => {
  it("reads the cues of events and the Discard spans, skipping malformed lines", () => {
    const gold = parseBrat(ANN);
    expect(gold.cues).toEqual([
      { start: 4, end: 8, pieces: [[4, 8]] },
      { start: 24, end: 28, pieces: [[24, 28]] },
      {
        start: 40,
        end: 54,
        pieces: [
          [40, 43],
          [48, 54],
        ],
      },
    ]);
    expect(gold.discards.map((d) => [d.start, d.end])).toEqual([[60, 73]]);
  });

  it("marks each counted prediction correct or not, and which predictions find each gold cue", () => {
    expect(matchCues(parseBrat(ANN), PREDICTED)).toEqual({
      counted: [0, 1, 2, 3],
      rules: ["verb/subject", "verb/subject", "weak-verb/subject", "hedge/adverb"],
      correct: [true, false, true, false],
      foundBy: [[0], [2], []],
    });
  });

  it("counts overlap, not one-to-one pairs: two predictions in one gold cue are both correct", () => {
    const both = matchCues(parseBrat(ANN), [
      { rule: "a", cue: cue(40, 42) },
      { rule: "b", cue: cue(49, 52) },
    ]);
    expect(both.correct).toEqual([true, true]);
    expect(both.foundBy).toEqual([[], [], [0, 1]]);
    // Either rule alone still finds the cue, so neither adds recall.
    expect(cueF1([both], "a")).toBeCloseTo(cueF1([both], "b"));
  });

  it("tabulates hits, correct, precision and what each rule adds to F1, most hits first", () => {
    const { rows, total } = tabulate([matchCues(parseBrat(ANN), PREDICTED)]);
    // All: P 2/4, R 2/3, F1 4/7. Without verb/subject: P 1/2, R 1/3, F1 2/5.
    // Without weak-verb/subject: P 1/3, R 1/3. Without hedge/adverb: P 2/3, R 2/3.
    expect(rows.map((r) => [r.rule, r.hits, r.correct, r.precision])).toEqual([
      ["verb/subject", 2, 1, 0.5],
      ["hedge/adverb", 1, 0, 0],
      ["weak-verb/subject", 1, 1, 1],
    ]);
    expect(rows[0].f1).toBeCloseTo(4 / 7 - 2 / 5);
    expect(rows[1].f1).toBeCloseTo(4 / 7 - 2 / 3);
    expect(rows[2].f1).toBeCloseTo(4 / 7 - 1 / 3);
    expect(total).toEqual({ rule: "total", hits: 4, correct: 2, precision: 0.5, f1: expect.closeTo(4 / 7) });
  });

  it("prints one line a rule and the total with its F1", () => {
    const lines = formatTable(tabulate([matchCues(parseBrat(ANN), PREDICTED)])).split("\n");
    expect(lines[0]).toMatch(/^rule\s+hits\s+correct\s+precision\s+ΔF1$/);
    expect(lines[2]).toMatch(/^hedge\/adverb\s+1\s+0\s+0\.000\s+-0\.0952$/);
    expect(lines.at(-1)).toMatch(/^total\s+4\s+2\s+0\.500\s+F1 0\.571$/);
  });
});
