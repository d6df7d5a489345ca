import { describe, expect, it } from "vitest";
import { TIERS } from "../../../lib/attribution/types";
import { contrast, tierLook } from "../../../lib/palette";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../harness/paths";

const messages = JSON.parse(readFileSync(join(PROJECT_ROOT, "public/_locales/en/messages.json"), "utf8")) as Record<
  string,
  { message: string }
>;

describe.each(["colour-blind-safe", "classic"] as const)("palette %s", (palette) => {
  it.each(TIERS)("%s label text meets WCAG AA (4.5:1)", (tier) => {
    const look = tierLook(tier, palette);
    expect(contrast(look.colour, look.ink)).toBeGreaterThanOrEqual(4.5);
  });

  it("tells tiers apart by more than colour: an underline style each, and a label each", () => {
    const looks = TIERS.map((t) => tierLook(t, palette));
    expect(new Set(looks.map((l) => l.underline)).size).toBe(TIERS.length);
    const labels = ["onRecord", "institutional", "anonymous", "unattributed"].map(
      (k) => messages[`label_${k}`]?.message,
    );
    expect(new Set(labels).size).toBe(TIERS.length);
    expect(labels.every(Boolean)).toBe(true);
  });
});

describe("contrast", () => {
  it("matches known ratios", () => {
    expect(contrast("#000000", "#FFFFFF")).toBeCloseTo(21, 0);
    expect(contrast("#777777", "#FFFFFF")).toBeCloseTo(4.48, 1);
  });
});
