import { describe, expect, it } from "vitest";
import { DARK_CANVAS, indistinguishable, paintedBackground, parseColour, type Rgba } from "../../../lib/dom/colour";

const T = parseColour("rgba(0, 0, 0, 0)");

describe("parseColour", () => {
  it.each<[string, Rgba | null]>([
    ["rgb(1, 2, 3)", [1, 2, 3, 1]],
    ["rgba(255, 255, 255, 0.6)", [255, 255, 255, 0.6]],
    ["rgb(0 0 0 / 0)", [0, 0, 0, 0]],
    ["rgb(0 0 0 / 50%)", [0, 0, 0, 0.5]],
    ["#abc", [170, 187, 204, 1]],
    ["#11223380", [17, 34, 51, 128 / 255]],
    ["transparent", [0, 0, 0, 0]],
    ["oklch(0.5 0.1 200)", null],
    ["", null],
  ])("%s", (value, rgba) => expect(parseColour(value)).toEqual(rgba));
});

describe("paintedBackground: what the browser paints behind a link", () => {
  it("a transparent html and body show the white canvas, not black", () => {
    expect(paintedBackground([T, T, T])).toEqual([255, 255, 255, 1]);
  });
  it("a page asking only for a dark scheme shows the dark canvas", () => {
    expect(paintedBackground([T, T], DARK_CANVAS)).toEqual(DARK_CANVAS);
  });
  it("stops at the first opaque layer", () => {
    expect(paintedBackground([T, [10, 20, 30, 1], [255, 0, 0, 1]])).toEqual([10, 20, 30, 1]);
  });
  it("composes a semi-transparent layer over what is below it", () => {
    expect(
      paintedBackground([
        [255, 255, 255, 0.6],
        [0, 0, 0, 1],
      ]),
    ).toEqual([153, 153, 153, 1]);
    expect(paintedBackground([[0, 0, 0, 0.5], T])).toEqual([127.5, 127.5, 127.5, 1]);
  });
  it("composes nested semi-transparent layers innermost last", () => {
    const bg = paintedBackground([
      [0, 0, 0, 0.5],
      [255, 0, 0, 0.5],
    ])!;
    // Red at half over white, then black at half over that.
    expect(bg.map(Math.round)).toEqual([128, 64, 64, 1]);
  });
  it("is unknown under an image or an unreadable colour", () => {
    expect(paintedBackground([T, null, [0, 0, 0, 1]])).toBeNull();
  });
});

describe("indistinguishable", () => {
  it("black text on the white canvas is visible", () => {
    expect(indistinguishable([0, 0, 0, 1], paintedBackground([T, T])!)).toBe(false);
  });
  it("white text on white is not, nor is near-white", () => {
    expect(indistinguishable([255, 255, 255, 1], [255, 255, 255, 1])).toBe(true);
    expect(indistinguishable([250, 250, 250, 1], [255, 255, 255, 1])).toBe(true);
  });
  it("fully transparent text is invisible; faint text is composed over its background", () => {
    expect(indistinguishable([0, 0, 0, 0], [255, 255, 255, 1])).toBe(true);
    expect(indistinguishable([0, 0, 0, 0.02], [255, 255, 255, 1])).toBe(true);
    expect(indistinguishable([0, 0, 0, 0.5], [255, 255, 255, 1])).toBe(false);
  });
});
