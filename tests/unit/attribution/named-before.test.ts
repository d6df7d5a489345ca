// @vitest-environment node
/**
 * NamedBefore reads each stretch of text once for positions asked in reading order, answering as a fresh
 * reading of the text before the position would; asked out of order it reads the window afresh.
 */
import { describe, expect, it } from "vitest";
import { NamedBefore } from "../../../lib/attribution/resolve/named-before";

const TEXT = [
  "Mr Obi arrived late on Monday at the Kenya Ports Authority.",
  "He said little. Mayor Jane Smith opened the park, and Ada Lovelace watched.",
  "Then Sen. Bernie Sanders spoke. The senator said no. Later the mayor said yes.",
  "Nobody else was named here, not for a long while.".repeat(20),
  "He said it again.",
].join(" ");

const starts = [...TEXT.matchAll(/\S+/g)].map((m) => m.index);

describe("NamedBefore", () => {
  it("answers in reading order as a fresh reading would", () => {
    const running = new NamedBefore(TEXT);
    for (const at of starts) {
      for (const reach of [60, 600, 3000])
        expect(running.person(at, reach)).toBe(new NamedBefore(TEXT).person(at, reach));
      const forms = ["mayor"];
      expect(running.titled("mayor", forms, at, 3000)).toBe(new NamedBefore(TEXT).titled("mayor", forms, at, 3000));
    }
  });

  it("answers out of order with a name written within reach before the position", () => {
    const jumping = new NamedBefore(TEXT);
    for (const at of [...starts].reverse()) {
      const name = jumping.person(at, 600);
      if (name !== null) expect(TEXT.slice(Math.max(0, at - 600), at)).toContain(name);
    }
    expect(jumping.person(TEXT.indexOf("He said little"), 600)).toBe("Obi");
  });

  it("finds the nearest person and title holder, never a body", () => {
    const named = new NamedBefore(TEXT);
    expect(named.person(TEXT.indexOf("He said little"))).toBe("Obi");
    expect(named.person(TEXT.indexOf("The senator"))).toBe("Bernie Sanders");
    expect(named.titled("mayor", ["mayor"], TEXT.indexOf("Later the mayor"), 3000)).toBe("Jane Smith");
    expect(named.person(TEXT.indexOf("He said it again"), 600)).toBeNull();
  });

  it("finds the body of a kind named before, in reading order or not", () => {
    const text =
      "Carrowshire County Council met. The council said no. Marovia's Ministry of Health spoke. " +
      "A ministry aide agreed. Carrowshire Police searched. Police said more.";
    const named = new NamedBefore(text);
    expect(named.body("council", text.indexOf("The council"), 3000)).toBe("Carrowshire County Council");
    expect(named.body("ministry", text.indexOf("A ministry"), 3000)).toBe("Ministry of Health");
    expect(named.body("police", text.indexOf("Police said"), 3000)).toBe("Carrowshire Police");
    expect(named.body("council", 5, 3000)).toBeNull();
    expect(named.body("police", text.indexOf("Police said"), 10)).toBeNull();
  });
});
