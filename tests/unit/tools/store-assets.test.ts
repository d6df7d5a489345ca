// @vitest-environment node
/**
 * The stores' listing material in store/ (made by `npm run store:shots`): Chrome's and Firefox's listings take
 * screenshots of 1280×800 (up to five for Chrome), a short description of at most 132 characters and a long one.
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../harness/paths";

const STORE = join(PROJECT_ROOT, "store");

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString("latin1"), `${file} is a PNG`).toBe("PNG");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe("store listing material", () => {
  const shots = readdirSync(STORE).filter((f) => /^screenshot-.*\.png$/.test(f));

  it("has one to five screenshots, each 1280×800", () => {
    expect(shots.length).toBeGreaterThanOrEqual(1);
    expect(shots.length).toBeLessThanOrEqual(5);
    for (const f of shots) expect(pngSize(join(STORE, f)), f).toEqual({ width: 1280, height: 800 });
  });

  it("has a short description within Chrome's 132 characters and a long one", () => {
    const short = readFileSync(join(STORE, "description-short.txt"), "utf8").trim();
    expect(short.length).toBeGreaterThan(40);
    expect(short.length).toBeLessThanOrEqual(132);
    const long = readFileSync(join(STORE, "description-long.md"), "utf8");
    expect(long.length).toBeGreaterThan(500);
    expect(long).toMatch(/never whether the claim is true/);
  });
});
