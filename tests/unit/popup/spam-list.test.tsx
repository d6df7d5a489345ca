/** The spam list gives a run's reasons once, and says whether the links are out of the page or back in it. */
import { describe, expect, it } from "vitest";
import { render } from "preact";
import { SpamList } from "../../../components/popup/SpamList";
import type { PageReport } from "../../../lib/messages";

const link = (text: string, reasons: string[]) => ({
  text,
  href: `https://x.ac.id/${text}`,
  domain: "x.ac.id",
  where: "page footer",
  verdict: "spam" as const,
  score: 9,
  reasons,
});

function draw(spam: PageReport["spam"], onKeep: (href: string, keep: boolean) => void = () => {}): HTMLElement {
  const root = document.createElement("div");
  render(<SpamList spam={spam} onAction={() => {}} onKeep={onKeep} />, root);
  return root;
}

describe("the spam list", () => {
  const run = ["Gambling words.", "Hidden after the footer."];
  const links = [link("slot gacor", run), link("togel", run), link("cheap pills", ["Pharma words."])];

  it("gives each run's reasons once, above its links", () => {
    const root = draw({ links, stripped: true });
    expect([...root.querySelectorAll(".spam-why")].map((p) => p.textContent)).toEqual([run.join(" "), "Pharma words."]);
    expect(root.querySelectorAll('[data-testid="spam-links"] li')).toHaveLength(3);
  });

  it("says 'removed' only while the links are out of the page", () => {
    expect(draw({ links, stripped: true }).querySelector("h2")?.textContent).toBe("popup_spam");
    expect(draw({ links, stripped: false }).querySelector("h2")?.textContent).toBe("popup_spamFound");
  });

  it("offers to keep each link on the site, and lists kept links with the way back", () => {
    const asked: Array<[string, boolean]> = [];
    const kept = { ...links[0], kept: true };
    const root = draw({ links: [kept, links[1], links[2]], stripped: true }, (href, keep) => asked.push([href, keep]));
    expect(root.querySelectorAll('[data-testid="spam-links"] li')).toHaveLength(2);
    expect(root.querySelector('[data-testid="spam-kept"]')?.textContent).toContain("slot gacor");
    (root.querySelector('[data-testid="spam-keep"]') as HTMLButtonElement).click();
    (root.querySelector('[data-testid="spam-unkeep"]') as HTMLButtonElement).click();
    expect(asked).toEqual([
      [links[1].href, true],
      [kept.href, false],
    ]);
  });
});
