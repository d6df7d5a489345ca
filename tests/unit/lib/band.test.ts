import { describe, expect, it } from "vitest";
import { itemsInBand } from "../../../lib/band";

/** Positions 0, 100, 200, …; counts how many are read. */
function evenly() {
  let reads = 0;
  const topOf = (i: number) => {
    reads++;
    return i * 100;
  };
  return { topOf, reads: () => reads };
}

describe("itemsInBand", () => {
  it("finds exactly the items within the band", () => {
    const { topOf } = evenly();
    expect(itemsInBand(1000, topOf, 25_000, 25_450)).toEqual([250, 251, 252, 253, 254]);
  });

  it("reads a few dozen positions, not the whole list", () => {
    const list = evenly();
    itemsInBand(100_000, list.topOf, 5_000_000, 5_002_000);
    expect(list.reads()).toBeLessThan(80);
  });

  it("copes with items out of vertical order and items with no position", () => {
    const ys = [0, 50, null, 120, 90, 400, 130, 5000, 6000];
    expect(itemsInBand(ys.length, (i) => ys[i], 60, 200)).toEqual([3, 4, 6]);
  });

  it("gives nothing for an empty list or a band past the end", () => {
    expect(itemsInBand(0, () => 0, 0, 100)).toEqual([]);
    expect(itemsInBand(10, (i) => i * 10, 1000, 2000)).toEqual([]);
  });
});
