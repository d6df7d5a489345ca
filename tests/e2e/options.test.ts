/** The options page saves settings, and open tabs follow them without a reload. */
import { describe, expect, it } from "vitest";
import { useExtensionBrowser } from "../harness/e2e-setup";
import { collectConsoleErrors, saveScreenshot } from "../harness/page-tools";

const env = useExtensionBrowser();

describe("options", () => {
  it("turns a site off and back on, applied to the open tab at once", async () => {
    const { browser, server } = env;
    const page = await browser.context.newPage();
    await page.goto(server.url("seed-article.html"));
    await page.waitForFunction(() => CSS.highlights.size > 0);
    const options = await browser.context.newPage();
    const errors = collectConsoleErrors(options);
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.fill("#never-sites-input", "http://127.0.0.1/");
    await options.keyboard.press("Enter");
    await expect.poll(() => options.textContent('[data-testid="never-sites"] ul')).toContain("127.0.0.1");
    await expect.poll(() => options.textContent('[data-testid="status"]')).toBe("Saved.");
    // The open tab stops: highlights gone, spam links back.
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('a[href*="markas303"]').length)).toBe(4);
    await saveScreenshot(options, "options-light");
    await options.click('[data-testid="never-sites"] li button');
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('a[href*="markas303"]').length)).toBe(0);

    await options.fill("#whole-page-sites-input", "not a site");
    await options.keyboard.press("Enter");
    expect(await options.textContent('[role="alert"]:not(:empty)')).toContain("not a site name");
    expect(errors).toEqual([]);
  });
});
