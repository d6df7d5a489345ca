/**
 * An article in a language the engine does not read: no attributions are
 * marked, the popup says why in plain words, and spam links are stripped as
 * on any page.
 */
import { describe, expect, it } from "vitest";
import { useExtensionBrowser } from "../harness/e2e-setup";
import { saveScreenshot } from "../harness/page-tools";

const env = useExtensionBrowser();

describe("articles in other languages", () => {
  it("a German article: no marks, the popup says attributions are read in English only, spam still stripped", async () => {
    const { browser, server } = env;
    const page = await browser.context.newPage();
    await page.goto(server.url("language/german-article.html"));
    await expect.poll(async () => (await browser.requestReport(page))?.language.code, { timeout: 10_000 }).toBe("de");
    const report = (await browser.requestReport(page))!;
    expect(report.language.readable).toBe(false);
    expect(report.analysis.attributions).toEqual([]);
    expect(await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0))).toBe(0);
    await expect
      .poll(async () => (await browser.requestReport(page))?.spam.links.filter((l) => l.verdict === "spam").length)
      .toBe(1);
    expect(await page.evaluate(() => document.querySelector('a[href*="halal.go.id"]'))).toBeNull();

    const popup = await browser.openPopup(page);
    const note = popup.getByTestId("other-language");
    await expect.poll(() => note.textContent()).toContain("German");
    expect(await note.textContent()).toContain("English only");
    // No empty sourcing profile under it: nothing was read.
    expect(await popup.locator("main").textContent()).not.toContain("No attributions found");
    await popup.setViewportSize({ width: 400, height: 600 });
    await saveScreenshot(popup, "popup-other-language", false);
    await popup.close();
    await page.close();
  });

  it("has the background worker read an English article, never the German one", async () => {
    const { browser, server } = env;
    // The worker keeps a timing of its last reading (entrypoints/background.ts): none after this, until one is read.
    const readings = () =>
      browser.worker.evaluate(() => performance.getEntriesByName("sourcelight:worker-read").length);
    await browser.worker.evaluate(() => performance.clearMeasures("sourcelight:worker-read"));
    const german = await browser.context.newPage();
    await german.goto(server.url("language/german-article.html"));
    await expect.poll(async () => (await browser.requestReport(german))?.language.code, { timeout: 10_000 }).toBe("de");
    await german.waitForTimeout(300);
    expect(await readings()).toBe(0);
    await german.close();

    const english = await browser.context.newPage();
    await english.goto(server.url("seed-article.html"));
    await expect
      .poll(async () => (await browser.requestReport(english))?.analysis.attributions.length ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(await readings()).toBe(1);
    await english.close();
  });
});
