// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  DEFAULT_TEACHING,
  SITES_REMEMBERED,
  legendSide,
  remember,
  teachingFor,
  type TeachingBook,
} from "../../../lib/teaching";

describe("teaching view choices per site", () => {
  it("gives the defaults to a site never seen, and ignores stored values of the wrong type", () => {
    expect(teachingFor(null, "example.com")).toEqual(DEFAULT_TEACHING);
    const odd = {
      "example.com": { on: "yes", legend: "sideways", side: 3, quiz: true, at: 1 },
    } as unknown as TeachingBook;
    expect(teachingFor(odd, "example.com")).toEqual({ ...DEFAULT_TEACHING, quiz: true });
  });

  it("remembers a change for its site only", () => {
    const book = remember({}, "news.example", { on: true, side: "left" }, 10);
    expect(teachingFor(book, "news.example")).toEqual({ ...DEFAULT_TEACHING, on: true, side: "left" });
    expect(teachingFor(book, "other.example")).toEqual(DEFAULT_TEACHING);
    const again = remember(book, "news.example", { legend: "collapsed" }, 11);
    expect(teachingFor(again, "news.example")).toMatchObject({ on: true, side: "left", legend: "collapsed" });
  });

  it("forgets the least recently changed sites beyond its limit", () => {
    let book: TeachingBook = {};
    for (let n = 0; n <= SITES_REMEMBERED; n++) book = remember(book, `site${n}.example`, { on: true }, n);
    expect(Object.keys(book)).toHaveLength(SITES_REMEMBERED);
    expect(book["site0.example"]).toBeUndefined();
    expect(book[`site${SITES_REMEMBERED}.example`]).toBeDefined();
  });
});

describe("the legend's place", () => {
  const column = { left: 300, right: 980 };
  it("sits on the preferred side of the column when the margin there is wide enough", () => {
    expect(legendSide(column, 1680, 320, "right")).toBe("right");
    expect(legendSide({ left: 400, right: 1000 }, 1680, 320, "left")).toBe("left");
  });

  it("moves to the other side when the preferred one has no room", () => {
    expect(legendSide(column, 1400, 320, "left")).toBe("right");
  });

  it("has no side when neither margin is wide enough: it never covers the column", () => {
    expect(legendSide({ left: 100, right: 1180 }, 1280, 320, "right")).toBeNull();
  });
});
