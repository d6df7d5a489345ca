// @vitest-environment node
/**
 * Sentences written for the shapes DESIGN.md's definition turns on, none taken from a corpus: a reporting word in
 * another sense, plain actions, feelings, the writer's voice, "declined to comment" and headings (no attribution);
 * rarer speech verbs, stance and hedges with no source (one, whose cue holds the given words). Still read wrongly,
 * and so not here: a person finding a thing ("found a bundle of letters"), "who wrote the firmware", "models that
 * describe the flow" (docs/measurements.md).
 */
import { describe, expect, it } from "vitest";
import { findAttributions } from "../../../lib/attribution";

const NONE: string[] = [
  "A geologist named Okafor led the survey team across the ridge.",
  "The stadium, known locally as the Cauldron, holds 40,000 fans.",
  "The governor declared a state of emergency on Tuesday night.",
  "The general ordered troops to withdraw from the border town.",
  "Rebels attacked a convoy near the airport.",
  "She posted a photo of the flooded street.",
  "Residents seemed relieved when the water receded.",
  "Farmers are worried about the drought.",
  "The club hopes to finish in the top four.",
  "The ministry declined to comment.",
  "The ministry did not respond to a request for comment.",
  "The privacy worries are not hypothetical.",
  "The deal is expected to be announced on Thursday.",
  "A man in a grey sweatshirt argued with the clerk at the counter.",
  "No group has claimed responsibility for the attack.",
  "What did the government say?",
  "Parliament has summoned the chief executive, Pieter Dahl, to testify next week.",
  "Officers found 31-year-old Marisol Vega on the floor.",
  "The company added fees for paper bills last year.",
  "There is a backlog of more than 6,000 reported leaks.",
  "A cyberattack knocked out the signalling system on Monday.",
  "Users could later replay what they had seen that day.",
  "President Ivan Sorokach declared Friday a national day of mourning.",
  "The department suspended 14 engineers and referred the contracts to the Ombudsman.",
  "The drug, called lenoraglide, is made by a Boston company.",
  "Islanders have reacted with fury to the delay.",
  "The driver had been interviewed under caution.",
  "The state would not revisit a royalty deferral offered to lithium miners.",
  "Analysis: Why the rupee keeps falling",
  "The two leaders are expected to meet in Geneva.",
  "Nobody would deny that the team played well.",
  "We know the river floods every spring.",
  "Officials are concerned by the collapse in tourism.",
];

const CUES: Array<[string, string]> = [
  ["The coach conceded that his side had been outplayed.", "conceded"],
  ["The minister brushed off questions about her expenses.", "brushed off"],
  ["The mayor made a plea for calm after the riots.", "made a plea"],
  ["The chairman let slip that a merger was under discussion.", "let slip"],
  ["The board considers the offer to be too low.", "considers"],
  ["Dr Mensah is convinced that the vaccine will work.", "is convinced"],
  ["The union sees the deal as a betrayal.", "sees"],
  ["The striker is rumoured to be leaving for Madrid.", "is rumoured"],
  ["The bill faces accusations of favouring big landlords.", "accusations"],
  ["The treaty is widely hailed as a breakthrough.", "hailed"],
  ["The fire was allegedly started by a discarded cigarette.", "allegedly"],
  ["Inflation is expected to reach 9 per cent by December.", "expected"],
  ["The report warned of a shortage of nurses.", "warned of"],
  ["The prime minister later insisted the policy would stay.", "insisted"],
  ["Shares fell sharply, data from the exchange showed.", "showed"],
  ["Critics regard the scheme as a tax on the poor.", "regard"],
  ["The statement read in part, “The company has enough fuel.”", "read"],
  ["The complaint states that the man fired twice.", "states"],
  ["Most Republicans remain undecided, per a Senate GOP aide.", "per"],
];

describe("shapes DESIGN.md does not count", () => {
  it.each(NONE)("%s", (text) => {
    expect(findAttributions(text).map((a) => a.cue.text)).toEqual([]);
  });
});

describe("shapes DESIGN.md counts", () => {
  it.each(CUES)("%s", (text, cue) => {
    const cues = findAttributions(text).map((a) => a.cue.text);
    expect(
      cues.some((c) => c.includes(cue)),
      `a cue holding "${cue}" among ${JSON.stringify(cues)}`,
    ).toBe(true);
  });
});
