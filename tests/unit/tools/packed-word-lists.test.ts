// @vitest-environment node
/** The build's packed word lists read back as the very JSON they were packed from. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packed } from "../../../tools/packed-word-lists";

const RULES = join(__dirname, "../../../lib/attribution/rules");
const files = readdirSync(RULES).filter((f) => f.endsWith(".json") && !f.includes(".examples."));

describe("packed word lists", () => {
  it.each(files)("%s reads back unchanged", (file) => {
    const json = JSON.parse(readFileSync(join(RULES, file), "utf8"));
    expect(new Function(`return ${packed(json)};`)()).toEqual(json);
  });

  it("packs a list of words as one string and keeps other values as they are", () => {
    expect(packed({ a: ["x", "y z"], b: [1, 2], c: ["only"], d: ["a|b", "c"], e: 0.5 })).toBe(
      '{"a":"x|y z".split("|"),"b":[1,2],"c":["only"],"d":["a|b","c"],"e":0.5}',
    );
  });
});
