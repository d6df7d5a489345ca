/** A body spelled out once with its acronym in brackets is named in full wherever the acronym speaks. */
import { describe, expect, it } from "vitest";
import { findAttributions } from "../../../lib/attribution";
import { acronymsIn } from "../../../lib/attribution/resolve/acronyms";

describe("acronyms spelled out in brackets", () => {
  it("reads the full name whose initials spell the acronym, small words spelled or not", () => {
    const text =
      "The Air Accidents Investigation Branch (AAIB) published its report. The Commission on Audit (COA) met. " +
      "Prices rose, the Office for National Statistics (ONS) said. Tickets went on sale (VIP) at noon.";
    expect(Object.fromEntries(acronymsIn(text))).toEqual({
      AAIB: "Air Accidents Investigation Branch",
      COA: "Commission on Audit",
      ONS: "Office for National Statistics",
    });
  });

  it("gives the acronym's speaker its full name, and leaves an acronym never spelled out alone", () => {
    const text =
      "The Tanzania Fertiliser Regulatory Authority (TFRA) sets prices. The TFRA said prices had fallen. " +
      "The IMF said growth would slow.";
    expect(findAttributions(text).map((a) => a.speaker)).toEqual(["Tanzania Fertiliser Regulatory Authority", "IMF"]);
  });
});
