// @vitest-environment node
/**
 * A body's kind alone in a story's opening ("police said", "a court heard"), the body named in full a paragraph on:
 * news names the force or the court once the lede is told, and the lede's "police" is that force.
 */
import { describe, expect, it } from "vitest";
import { findAttributions } from "../../../lib/attribution";

const first = (text: string) => findAttributions(text)[0];

describe("a kind in the lede, its body named soon after", () => {
  it("is that body", () =>
    expect(
      first(
        "More than 200 residents were moved out of a cracked tower late on Tuesday, police said.\n\n" +
          "In a statement on Wednesday, Ajman Police said no injuries had been reported.",
      ),
    ).toMatchObject({ tier: "institutional", speaker: "Ajman Police" }));

  it("is that court", () =>
    expect(
      first(
        "A widow was tied up while raiders ransacked her bungalow, a court heard yesterday.\n\n" +
          "Three men deny robbery at Brackenford Crown Court.",
      )?.speaker,
    ).toBe("Brackenford Crown Court"));

  it.each([
    // Two forces named: which one is not known.
    "A man was arrested on Sunday, police said.\n\nOfficers from Kedah Police and Penang Police searched the house.",
    // Named pages on, in another part of the story: maybe another body.
    "A man was arrested on Sunday, police said.\n\n" +
      "The town's market reopened later that week after repairs. ".repeat(40) +
      "\n\nKedah Police have since opened a second inquiry.",
  ])("is left as the kind where the story does not say which: %s", (text) =>
    expect(first(text)?.speaker).toBe("police"),
  );
});

describe("the company a business story opens on", () => {
  const speakers = (text: string) => findAttributions(text).map((a) => a.speaker);

  it("is 'the company' after it, whatever its name looks like", () =>
    expect(
      speakers(
        "Vantor pulls thermostat update\n\nVantor has paused the rollout of a firmware update for its T4 smart " +
          "thermostat after a wave of complaints about units stuck on a boot screen. The company confirmed the pause.",
      ),
    ).toEqual(["Vantor"]));

  it.each([
    // A person the story gives a pronoun is no company.
    "Mira Castell has sold most of her shares in a firm she founded, for its second time this year, and she plans " +
      "to retire. The company confirmed the sale on Tuesday.",
    // The opening says no "its" of its subject.
    "Harlow Vance has closed two plants in Ohio after demand for steel wire fell sharply over the winter months. " +
      "The company said 300 jobs would go.",
  ])("not: %s", (text) => expect(speakers(text).at(-1)).toBe("company"));
});
