// @vitest-environment node
/** What a person's name looks like in running text (resolve/name-patterns.ts). */
import { describe, expect, it } from "vitest";
import { NAME, personOf } from "../../../lib/attribution/resolve/name-patterns";

/** The first person named in `text`, or null. */
function firstPerson(text: string): string | null {
  for (const m of text.matchAll(new RegExp(NAME.source, "gu"))) {
    const person = personOf(m);
    if (person) return person;
  }
  return null;
}

describe("names written with initials", () => {
  it.each([
    ["On Monday S. Venkataraman arrived.", "S. Venkataraman"],
    ["Then M.K. Stalin arrived.", "M.K. Stalin"],
    ["The author J. K. Rowling arrived.", "J. K. Rowling"],
  ])("reads initials and a surname as a person: %s", (text, name) => expect(firstPerson(text)).toBe(name));

  it.each(["E.U. Brussels officials arrived.", "The N.Y. Yankees arrived.", "U.N. Guterres visits."])(
    "reads a place's initials as no person: %s",
    (text) => expect(firstPerson(text)).toBeNull(),
  );
});

describe("capitalised words that name no one", () => {
  it.each(["It was held before Election Day, as planned.", "It came on Boxing Day, as planned."])(
    "reads a holiday as no person: %s",
    (text) => expect(firstPerson(text)).toBeNull(),
  );
});
