/** The extension loads in Chromium, reads the seed page, and the popup shows that tab's result. */
import type { ExtensionGlobals } from "../harness/in-browser";
import { describe, expect, it } from "vitest";
import { useExtensionBrowser } from "../harness/e2e-setup";
import { saveScreenshot, collectConsoleErrors } from "../harness/page-tools";

const env = useExtensionBrowser();

describe("foundation", () => {
  it("content script highlights the seed page and the popup renders that tab's report", async () => {
    const { browser, server } = env;
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(server.url("seed-article.html"));
    await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 10_000 });
    const painted = await page.evaluate(() =>
      Object.fromEntries([...CSS.highlights.entries()].map(([name, h]) => [name, h.size])),
    );
    const total = Object.values(painted).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(14);

    const report = await browser.requestReport(page);
    expect(report?.title).toBe("Pakistan pushing ISIS terrorists into Afghanistan");
    expect(report?.analysis.summary.total).toBe(total);

    // The toolbar badge gives the share of claims on unnamed sources or none (4 anonymous + 5 unattributed of 14).
    const tabId = await browser.tabIdOf(page);
    await expect
      .poll(() =>
        browser.worker.evaluate(
          (id) => (globalThis as unknown as ExtensionGlobals).chrome.action.getBadgeText({ tabId: id }),
          tabId,
        ),
      )
      .toBe("64%");
    const title = await browser.worker.evaluate(
      (id) => (globalThis as unknown as ExtensionGlobals).chrome.action.getTitle({ tabId: id }),
      tabId,
    );
    expect(title).toBe("Sourcelight: 14 attributions, 9 on unnamed sources or none; 4 spam links removed");

    const popup = await browser.openPopup(page);
    await popup.waitForSelector('[data-state="ready"]');
    await expect.poll(() => popup.textContent("body")).toContain("Ehsanullah Ehsan");
    await saveScreenshot(page, "foundation-page");
    await saveScreenshot(popup, "foundation-popup");
    expect(errors).toEqual([]);
  });
});
