/**
 * After the extension reloads (an update, or a developer reload), the content
 * script left on an open page has lost its extension: it must stop cleanly,
 * with no "Extension context invalidated" error in the console, and leave the
 * page as the site made it.
 */
import type { ExtensionGlobals } from "../harness/in-browser";
import { describe, expect, it } from "vitest";
import { useExtensionBrowser } from "../harness/e2e-setup";
import { collectConsoleErrors } from "../harness/page-tools";

const env = useExtensionBrowser();

describe("extension reload", () => {
  it("an orphaned content script stops cleanly and restores the page", async () => {
    const { browser, server } = env;
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(server.url("seed-article.html"));
    await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 10_000 });

    await browser.worker
      .evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.runtime.reload())
      .catch(() => {});
    await page.waitForTimeout(1500);

    // The reader keeps using the page: hover, keyboard, scroll, resize.
    const box = await page.locator("article p").first().boundingBox();
    for (let i = 0; i < 5; i++) await page.mouse.move((box?.x ?? 100) + 20 * i, (box?.y ?? 100) + 5);
    await page.keyboard.press("Alt+Shift+J");
    await page.keyboard.press("Escape");
    await page.mouse.wheel(0, 400);
    await page.setViewportSize({ width: 900, height: 700 });

    await expect.poll(() => page.evaluate(() => CSS.highlights.size), { timeout: 10_000 }).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll("sourcelight-ui").length)).toBe(0);
    expect(errors).toEqual([]);
  });
});
