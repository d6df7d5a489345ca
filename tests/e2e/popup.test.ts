/** The popup on the seed page and on a page that is not an article, in light and dark. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { useExtensionBrowser } from "../harness/e2e-setup";
import { collectConsoleErrors, saveScreenshot } from "../harness/page-tools";

const env = useExtensionBrowser();
const dark = useExtensionBrowser({ colorScheme: "dark" });

describe("popup", () => {
  it("shows the seed article's sourcing, spam list, restore and export", async () => {
    const { browser, server } = env;
    const page = await browser.context.newPage();
    await page.goto(server.url("seed-article.html"));
    await page.waitForFunction(() => CSS.highlights.size > 0);
    const popup = await browser.openPopup(page);
    const errors = collectConsoleErrors(popup);
    await popup.setViewportSize({ width: 400, height: 1400 });
    await popup.waitForSelector('[data-state="ready"]');

    expect(await popup.textContent('[data-testid="title"]')).toBe("Pakistan pushing ISIS terrorists into Afghanistan");
    const counts = await popup.$$eval("[data-tier]", (els) =>
      Object.fromEntries(els.map((e) => [e.getAttribute("data-tier"), Number(e.getAttribute("data-count"))])),
    );
    expect(counts).toEqual({ "on-record": 3, institutional: 2, anonymous: 4, unattributed: 5 });
    // The first screen says spam links were taken out, and links to the list.
    expect(await popup.textContent('[data-testid="spam-line"]')).toMatch(/^\d+ injected spam links removed/);
    expect(await popup.getAttribute('[data-testid="spam-line"] a', "href")).toBe("#spam");
    expect(await popup.textContent('[data-testid="weak-share"]')).toBe(
      "9 of 14 attributions rest on unnamed sources or none.",
    );
    // How sure the reading is, in words; what they mean in the tooltip.
    const sure = (await popup.textContent('[data-testid="sureness"]')) ?? "";
    const [likely, probable, uncertain] = (sure.match(/\d+/g) ?? []).map(Number);
    expect(likely + probable + uncertain).toBe(14);
    expect(await popup.getAttribute('[data-testid="sureness"]', "title")).toMatch(/never|nothing about whether/);
    const speakers = await popup.$$eval('[data-testid="speakers"] li', (els) => els.map((e) => e.textContent));
    expect(speakers).toHaveLength(1);
    expect(speakers[0]).toContain("Ehsanullah Ehsan");
    expect(speakers[0]).toContain("3");
    expect(await popup.textContent('[data-testid="hedges"]')).toContain("“allegedly” ×2");

    // Spam: four links out of the page, listed with domain and reasons; put back, then removed again.
    const spam = await popup.$$eval('[data-testid="spam-links"] li', (els) => els.map((e) => e.textContent ?? ""));
    expect(spam).toHaveLength(4);
    expect(spam.join(" ")).toContain("agen bandar bola online indonesia");
    const links = () => page.evaluate(() => document.querySelectorAll('a[href*="markas303"]').length);
    expect(await links()).toBe(0);
    await saveScreenshot(popup, "popup-seed-light");
    await popup.click('[data-testid="spam-restore"]');
    await expect.poll(links).toBe(4);
    await popup.click('[data-testid="spam-strip"]');
    await expect.poll(links).toBe(0);

    // Clicking a speaker opens that highlight's tooltip in the page.
    await popup.click('[data-testid="speakers"] button');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.querySelector("sourcelight-ui")?.shadowRoot?.querySelector('[role="tooltip"]')?.textContent ?? "",
        ),
      )
      .toContain("Ehsanullah Ehsan");

    // Export: the JSON download is the CLI's shape.
    const [download] = await Promise.all([
      popup.waitForEvent("download"),
      popup.click('[data-testid="download-json"]'),
    ]);
    const json = JSON.parse(readFileSync((await download.path())!, "utf8"));
    expect(json.summary.total).toBe(14);
    expect(json.spam).toHaveLength(4);
    expect(errors).toEqual([]);
  });

  it("says so when the page is not an article, and can scan the whole page", async () => {
    const { browser, server } = env;
    const page = await browser.context.newPage();
    await page.goto(server.url("not-article.html"));
    const popup = await browser.openPopup(page);
    await popup.waitForSelector('[data-state="ready"]');
    expect(await popup.textContent('[data-testid="not-article"]')).toContain("does not look like a news article");
    await saveScreenshot(popup, "popup-not-article");
  });

  it("keeps one link on the site when the reader says it is not spam, on later visits too, and lets it go again", async () => {
    const { browser, server } = env;
    const page = await browser.context.newPage();
    await page.goto(server.url("seed-article.html"));
    const links = () => page.evaluate(() => document.querySelectorAll('a[href*="markas303"]').length);
    await expect.poll(links).toBe(0);
    let popup = await browser.openPopup(page);
    await popup.waitForSelector('[data-testid="spam-keep"]');
    await popup.click('[data-testid="spam-keep"] >> nth=0');
    // Kept by its address: every link to it on the page comes back, and only those.
    await popup.waitForSelector('[data-testid="spam-kept"] li');
    const kept = await popup.$$eval('[data-testid="spam-kept"] li', (li) => li.length);
    await expect.poll(links).toBe(kept);
    expect(kept).toBeGreaterThan(0);
    expect(await popup.$$eval('[data-testid="spam-links"] li', (li) => li.length)).toBe(4 - kept);
    await saveScreenshot(popup, "popup-spam-kept");
    await popup.close();
    // Remembered for the site: the next visit leaves that link in place.
    await page.reload();
    await page.waitForFunction(() => [...CSS.highlights.values()].some((h) => h.size > 0));
    await expect.poll(links).toBe(kept);
    popup = await browser.openPopup(page);
    await popup.click('[data-testid="spam-unkeep"]');
    await expect.poll(links).toBe(0);
    await popup.close();
    await page.close();
  });

  it("leaves a shop page unmarked until the reader asks, and says how it decided", async () => {
    const { browser, server } = env;
    const page = await browser.context.newPage();
    await page.goto(server.url("shop.html"));
    const popup = await browser.openPopup(page);
    await popup.waitForSelector('[data-state="ready"]');
    const note = await popup.textContent('[data-testid="not-article"]');
    expect(note).toContain("no article body with a few paragraphs of prose");
    expect(note).toContain("marked nothing");
    expect(await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0))).toBe(0);
    await saveScreenshot(popup, "popup-shop-unmarked");
    await popup.click('[data-testid="mark-anyway"]');
    await page.waitForFunction(() => [...CSS.highlights.values()].some((h) => h.size > 0));
    await popup.waitForFunction(() => !document.querySelector('[data-testid="mark-anyway"]'));
  });

  it("is readable in a dark colour scheme and works from the keyboard", async () => {
    const { browser, server } = dark;
    const page = await browser.context.newPage();
    await page.goto(server.url("seed-article.html"));
    await page.waitForFunction(() => CSS.highlights.size > 0);
    const popup = await browser.openPopup(page);
    await popup.setViewportSize({ width: 400, height: 1400 });
    await popup.waitForSelector('[data-state="ready"]');
    const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe("rgb(22, 24, 28)");
    // Tab to the first speaker and press Enter: the page shows its tooltip.
    for (let i = 0; i < 12; i++) {
      await popup.keyboard.press("Tab");
      if (await popup.evaluate(() => document.activeElement?.closest('[data-testid="speakers"]') !== null)) break;
    }
    const outline = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe("solid");
    await popup.keyboard.press("Enter");
    await expect
      .poll(() =>
        page.evaluate(() => !!document.querySelector("sourcelight-ui")?.shadowRoot?.querySelector('[role="tooltip"]')),
      )
      .toBe(true);
    await saveScreenshot(popup, "popup-seed-dark");
  });
});
