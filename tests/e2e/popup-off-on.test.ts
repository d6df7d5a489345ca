/**
 * Off and on again, both ways: switched off for a site (from the popup) or
 * everywhere (from the options), the popup on that site's page says so and
 * turns it back on; the page is then read and highlighted again.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useExtensionBrowser } from "../harness/e2e-setup";
import { saveScreenshot } from "../harness/page-tools";

const env = useExtensionBrowser();
const painted = (page: Page) => page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));

describe("the popup's way back", () => {
  it("turns a site back on from the page where it is off", async () => {
    const { browser, server } = env;
    const page = await browser.context.newPage();
    await page.goto(server.url("seed-article.html"));
    await expect.poll(() => painted(page)).toBeGreaterThan(0);
    let popup = await browser.openPopup(page);
    await popup.getByTestId("site-toggle").uncheck();
    await expect.poll(() => painted(page)).toBe(0);
    await popup.close();

    await page.reload();
    await page.waitForTimeout(500);
    expect(await painted(page)).toBe(0);
    popup = await browser.openPopup(page);
    await expect.poll(() => popup.locator("main").getAttribute("data-state")).toBe("off");
    expect(await popup.getByTestId("off-note").textContent()).toContain("off for 127.0.0.1");
    await popup.setViewportSize({ width: 400, height: 600 });
    await saveScreenshot(popup, "popup-off-site", false);
    await popup.getByTestId("turn-on").click();
    await expect.poll(() => popup.locator("main").getAttribute("data-state"), { timeout: 10_000 }).toBe("ready");
    await expect.poll(() => painted(page)).toBeGreaterThan(0);
    expect(await popup.getByTestId("site-toggle").isChecked()).toBe(true);
    await popup.close();
    await page.close();
  });

  it("turns Sourcelight back on everywhere from a page, after the options switched it off", async () => {
    const { browser, server } = env;
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId("enabled").uncheck();
    await expect.poll(() => options.textContent('[data-testid="status"]')).toBe("Saved.");

    const page = await browser.context.newPage();
    await page.goto(server.url("pages/wire-story.html"));
    await page.waitForTimeout(500);
    expect(await painted(page)).toBe(0);
    const popup = await browser.openPopup(page);
    await expect.poll(() => popup.getByTestId("off-note").textContent()).toContain("off everywhere");
    await popup.getByTestId("turn-on").click();
    await expect.poll(() => popup.locator("main").getAttribute("data-state"), { timeout: 10_000 }).toBe("ready");
    await expect.poll(() => painted(page)).toBeGreaterThan(0);
    await options.reload();
    await expect.poll(() => options.getByTestId("enabled").isChecked()).toBe(true);
    await popup.close();
    await page.close();
    await options.close();
  });
});
