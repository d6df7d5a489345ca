// @vitest-environment node
import { describe, expect, it } from "vitest";
import { KEPT_SITES, keptFor, withKept, type KeptBook } from "../../../lib/kept-links";

describe("links kept per site", () => {
  it("keeps a link for its site only, and lets it go again", () => {
    let book = withKept({}, "news.example", "https://a.example/x", true, 1);
    expect(keptFor(book, "news.example")).toEqual(new Set(["https://a.example/x"]));
    expect(keptFor(book, "other.example").size).toBe(0);
    book = withKept(book, "news.example", "https://a.example/x", false, 2);
    expect(book["news.example"]).toBeUndefined();
  });

  it("ignores stored values of the wrong type", () => {
    const odd = { "news.example": { hrefs: ["https://a.example/x", 3], at: 1 } } as unknown as KeptBook;
    expect(keptFor(odd, "news.example")).toEqual(new Set(["https://a.example/x"]));
    expect(keptFor({ "news.example": { hrefs: "x" } } as unknown as KeptBook, "news.example").size).toBe(0);
  });

  it("forgets the least recently changed sites beyond its limit", () => {
    let book: KeptBook = {};
    for (let n = 0; n <= KEPT_SITES; n++) book = withKept(book, `s${n}.example`, "https://a.example/", true, n);
    expect(Object.keys(book)).toHaveLength(KEPT_SITES);
    expect(book["s0.example"]).toBeUndefined();
  });
});
