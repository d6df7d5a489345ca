/**
 * A CMS editor holding a spam-looking link: the writer types, saves, and the
 * saved draft still holds the link exactly as written. Sourcelight strips,
 * wraps and paints nothing inside an editor; the hidden spam link after the
 * page's own footer, outside the editor, is still stripped.
 */
import { describe, expect, it } from "vitest";
import { useExtensionBrowser } from "../harness/e2e-setup";

const env = useExtensionBrowser();
const DRAFT_LINK = '<a href="https://ptsp.halal.go.id/slot-gacor/">slot gacor maxwin hari ini</a>';

describe("editors", () => {
  it("leaves a CMS draft intact through typing and saving, and strips the spam outside it", async () => {
    const { browser, server } = env;
    const page = await browser.context.newPage();
    await page.goto(server.url("editor/cms-draft.html"));
    await expect
      .poll(async () => (await browser.requestReport(page))?.spam.links.length ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(0);
    const report = (await browser.requestReport(page))!;
    expect(report.spam.links.map((l) => l.text)).toEqual(["situs judi bola terpercaya slot gacor"]);
    expect(await page.evaluate(() => document.querySelector('footer a[href*="komisietik"]'))).toBeNull();

    const before = await page.evaluate(() => document.getElementById("body")!.innerHTML);
    expect(before).toContain(DRAFT_LINK);
    await page.click("#body p:first-child");
    await page.keyboard.press("End");
    await page.keyboard.type(" The vote was 7 to 4.");
    await page.click("#save");
    const saved = await page.evaluate(() => (window as unknown as { savedDraft: string }).savedDraft);
    expect(saved).toContain(DRAFT_LINK);
    expect(saved).toContain("The vote was 7 to 4.");
    expect(saved).toBe(before.replace("challenge the vote.", "challenge the vote. The vote was 7 to 4."));
    // Nothing of ours inside the editor: no marks, no highlight ranges.
    expect(
      await page.evaluate(() => document.querySelector("#body sourcelight-mark, #body [data-sourcelight]")),
    ).toBeNull();
    const inEditor = await page.evaluate(
      () =>
        [...CSS.highlights.values()]
          .flatMap((h) => [...h] as AbstractRange[])
          .filter((r) => r.startContainer.parentElement?.closest("#body")).length,
    );
    expect(inEditor).toBe(0);
    await page.close();
  });
});
