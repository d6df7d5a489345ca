/** The sourcing profile is one bar of the whole: each tier's segment is its share of all attributions. */
import { describe, expect, it } from "vitest";
import { render } from "preact";
import { TierBars } from "../../../components/popup/Summary";
import { analyzeText } from "../../../lib/attribution";

function draw(text: string): HTMLElement {
  const root = document.createElement("div");
  render(<TierBars analysis={analyzeText(text)} palette="colour-blind-safe" />, root);
  return root;
}

describe("the sourcing bar", () => {
  it("gives each tier present its share of the whole, and the key every tier's count", () => {
    const root = draw(
      "Senator Jane Smith said the bill would pass. Officials said it would not. Sources said the vote was close. " +
        "The ministry said no. Prices allegedly rose.",
    );
    const widths = [...root.querySelectorAll<HTMLElement>("[data-segment]")].map((s) => parseFloat(s.style.width));
    const counts = [...root.querySelectorAll("[data-tier]")].map((li) => Number(li.getAttribute("data-count")));
    const total = counts.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(3);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 5);
    expect(widths).toEqual(counts.filter((n) => n > 0).map((n) => (n / total) * 100));
    expect(counts).toHaveLength(4);
  });

  it("says so when there are none", () => {
    expect(draw("Nothing here at all.").querySelector("[data-segment]")).toBeNull();
  });
});
