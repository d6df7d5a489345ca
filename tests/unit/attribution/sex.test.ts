import { describe, expect, it } from "vitest";
import { findAttributions } from "../../../lib/attribution";
import { SexEvidence, pronounSex } from "../../../lib/attribution/resolve/sex";

describe("what an article says of a person's sex", () => {
  it.each([
    ["Mr Obi arrived late.", "Ada Obi", "m"],
    ["Ms. Ruiz arrived late.", "Elena Ruiz", "f"],
    ["Castellane said she would not comment.", "Noor Castellane", "f"],
    ["Noor Castellane arrives late. She orders black coffee.", "Noor Castellane", "f"],
    ["His wife, Annika, keeps the books.", "Annika Treharne", "f"],
    ["Dale Prewitt, a two-term congressman, conceded.", "Dale Prewitt", "m"],
    ["Actress Lena Corvino filed suit.", "Lena Corvino", "f"],
  ] as const)("%s → %s is %s", (text, name, sex) => expect(new SexEvidence(text).of(name)).toBe(sex));

  it.each([
    // Nothing said: no guess from the given name.
    ["Felix Armitage plays the brother.", "Felix Armitage"],
    // Evidence both ways is none.
    ["Mr. Clinton spoke first. Mrs. Clinton spoke next.", "Clinton"],
    // A surname two people bear tells nothing of either.
    ["Hillary Clinton said she would run. Bill Clinton spoke later.", "Bill Clinton"],
    // A spokesman may be a woman.
    ["Trump spokesman Hope Hicks confirmed it.", "Hope Hicks"],
  ] as const)("%s → %s is not known", (text, name) => expect(new SexEvidence(text).of(name)).toBeNull());

  it("reads he, him and she, and nothing else", () => {
    expect([pronounSex("He"), pronounSex("him"), pronounSex("she"), pronounSex("they")]).toEqual(["m", "m", "f", null]);
  });
});

describe("a pronoun of the other sex than the person last speaking", () => {
  it.each([
    [
      "Democrat Elena Marchetti won the race and promised supporters she would govern for every county. “Voters have spoken,” said Dale Prewitt, a two-term congressman. She told the crowd that Prewitt had been gracious.",
      "told",
      "Elena Marchetti",
    ],
    [
      "Mr Obi, the council leader, said the plan was sound. Ms Raman, who chairs the committee, disagreed. He said the plan would save money.",
      "said",
      "Obi",
    ],
  ])("%s", (text, cue, speaker) => {
    const a = findAttributions(text).find((x) => x.cue.text === cue && /^(he|she)$/i.test(x.source?.text ?? ""));
    expect(a?.speaker).toContain(speaker);
  });

  it("keeps the person last speaking when the article says nothing of either's sex", () => {
    const text = "Felix Armitage praised the film. “It is brave,” said Noor Castellane. “I loved it,” she said.";
    expect(findAttributions(text).at(-1)?.speaker).toBe("Noor Castellane");
  });
});
