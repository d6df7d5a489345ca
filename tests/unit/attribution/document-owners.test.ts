// @vitest-environment node
/**
 * A document speaks for whoever made it (DESIGN.md: institutional, its maker the speaker). These are the shapes where
 * the maker is written away from the document's own words: past where its source was read to, or as the body whose
 * own document a leaked memo or draft is.
 */
import { describe, expect, it } from "vitest";
import { findAttributions } from "../../../lib/attribution";

const speakers = (text: string) => findAttributions(text).map((a) => a.speaker);

describe("a document's maker written past its source", () => {
  it.each([
    [
      "A report published in May by Jakarta-based research firm Nusantara Insights found that funding fell.",
      "Nusantara Insights",
    ],
    [
      "A poll of 2,000 adults in the region by Fieldline Research, commissioned by Save the Wendle, showed 71% backed it.",
      "Fieldline Research",
    ],
    [
      "A 2022 report prepared for the utility's board by Austin-based consultant Brazos Grid Advisors found that the transformers were old.",
      "Brazos Grid Advisors",
    ],
    [
      "Dealers must stop selling the cars, according to documents released Tuesday by the National Highway Traffic Safety Administration.",
      "National Highway Traffic Safety Administration",
    ],
    [
      "A survey of 120 public pension plans by consultant Orrin Fielding & Co. found that most would add to private credit.",
      "Orrin Fielding & Co.",
    ],
  ])("%s", (text, maker) => expect(speakers(text)).toEqual([maker]));

  it("a maker named by its kind is the body of that kind the story named", () =>
    expect(
      speakers(
        "The Nursing and Care Staff Union wants a guarantee of jobs. A survey of final-year students, carried out by " +
          "the union in April, found that only 41% had a job offer.",
      ),
    ).toEqual(["Nursing and Care Staff Union"]));

  it("and no body when the story named none of that kind", () =>
    expect(
      speakers("A survey of final-year students, carried out by the union in April, found that 41% had a job offer."),
    ).toEqual(["survey"]));

  it("a reader is no maker", () =>
    expect(speakers("Prices rose sharply, according to a memo seen by Reuters.")).toEqual(["memo"]));
});

describe("a body's own document, its maker not named", () => {
  it("is the body whose doings the sentence tells", () =>
    expect(
      speakers(
        "BRUSSELS — The European Commission is preparing to delay the ban by five years, according to a leaked draft " +
          "obtained by POLITICO. The 48-page draft, dated October 2, says the rules would apply from 2032.",
      ),
    ).toEqual(["European Commission", "European Commission"]));

  it.each([
    // Another's verdict on a body is not the body's: a report, an audit, a survey.
    ["Harwell Foods paid its suppliers late, according to a report seen by the Courier.", "report"],
    // A maker named, if not by name, is no subject's.
    ["The State Department lost the emails, according to a memo released Friday by the agency's watchdog.", "memo"],
    // No body's name opens the sentence.
    [
      "One of Britain's largest care home operators ignored warnings, according to leaked documents.",
      "leaked documents",
    ],
  ])("not: %s", (text, speaker) => expect(speakers(text)).toEqual([speaker]));
});

describe("a document that spoke with no maker", () => {
  it("is not the maker of the next one: that names its own", () =>
    expect(
      speakers(
        "The contract was extended, according to a draft audit report seen by The Bhutanese. The report, prepared by " +
          "the Royal Audit Authority (RAA), found that the figures were wrong.",
      ),
    ).toEqual(["draft audit report", "Royal Audit Authority"]));
});
