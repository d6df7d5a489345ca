import { describe, expect, it } from "vitest";
import { TIERS } from "../../../lib/attribution/types";
import { contrast, tierLook } from "../../../lib/palette";

describe.each(["colour-blind-safe", "classic"] as const)("palette %s", (palette) => {
  it.each(TIERS)("%s label text meets WCAG AA (4.5:1)", (tier) => {
    const look = tierLook(tier, palette);
    expect(contrast(look.colour, look.ink)).toBeGreaterThanOrEqual(4.5);
  });

  it("tells tiers apart by more than colour", () => {
    const looks = TIERS.map((t) => tierLook(t, palette));
    expect(new Set(looks.map((l) => l.underline)).size).toBe(TIERS.length);
    expect(new Set(looks.map((l) => l.label)).size).toBe(TIERS.length);
  });
});

describe("contrast", () => {
  it("matches known ratios", () => {
    expect(contrast("#000000", "#FFFFFF")).toBeCloseTo(21, 0);
    expect(contrast("#777777", "#FFFFFF")).toBeCloseTo(4.48, 1);
  });
});
