/**
 * The first run: installing Sourcelight opens a page that shows what the marks mean on a sample read by the
 * engine, the keyboard shortcuts as the browser has them, the limits and privacy.
 */
import { describe, expect, it } from "vitest";
import { useExtensionBrowser } from "../harness/e2e-setup";
import { saveScreenshot } from "../harness/page-tools";

const env = useExtensionBrowser();
const dark = useExtensionBrowser({ colorScheme: "dark" });

describe("the welcome page", () => {
  it("opens on install, once", async () => {
    const opened = () => env.browser.context.pages().filter((p) => p.url().endsWith("/welcome.html"));
    await expect.poll(() => opened().length, { timeout: 5000 }).toBe(1);
  });

  it("marks a sample paragraph with each tier and says what they mean, the shortcuts and the limits", async () => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 900, height: 1000 });
    await page.goto(`chrome-extension://${env.browser.extensionId}/welcome.html`);
    await page.waitForSelector("[data-testid=sample] mark");
    const tiers = await page.$$eval("[data-testid=sample] mark", (marks) =>
      marks.map((m) => m.getAttribute("data-tier")),
    );
    expect(new Set(tiers)).toEqual(new Set(["on-record", "institutional", "anonymous", "unattributed"]));
    expect(await page.$$eval("[data-testid=key] li", (li) => li.length)).toBe(4);
    await expect.poll(() => page.textContent("[data-testid=shortcuts]")).toContain("Alt+Shift+J");
    expect(await page.textContent("main")).toContain("never whether the claim is true");
    expect(await page.textContent("[data-testid=privacy]")).toContain("no network requests");
    await saveScreenshot(page, "welcome-light");
    await page.close();
  });

  it("is readable in a dark colour scheme", async () => {
    const page = await dark.browser.context.newPage();
    await page.setViewportSize({ width: 900, height: 1000 });
    await page.goto(`chrome-extension://${dark.browser.extensionId}/welcome.html`);
    await page.waitForSelector("[data-testid=sample] mark");
    await saveScreenshot(page, "welcome-dark");
    await page.close();
  });
});
