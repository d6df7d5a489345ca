/**
 * The teaching view in a classroom: every attribution a Tab stop in reading order with Enter for its
 * explanation; a key beside the article column, never over it, that can be moved, folded and closed and is
 * remembered for the site; a quiz that hides the tiers until each is revealed.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useExtensionBrowser } from "../harness/e2e-setup";
import { saveScreenshot } from "../harness/page-tools";

const env = useExtensionBrowser();

const inOverlay = <T>(page: Page, fn: string) =>
  page.evaluate((body) => {
    const root = document.querySelector("sourcelight-ui")?.shadowRoot ?? null;
    return new Function("root", body)(root) as T;
  }, fn);

/** The legend's box and classes, and the article column's box, in the view. */
const legendAndColumn = (page: Page) =>
  page.evaluate(() => {
    const legend = document.querySelector("sourcelight-ui")?.shadowRoot?.querySelector(".legend");
    const column = document.querySelector("article")!.getBoundingClientRect();
    const box = legend?.getBoundingClientRect();
    return {
      classes: legend ? [...legend.classList] : null,
      legend: box ? { left: box.left, right: box.right, top: box.top, bottom: box.bottom } : null,
      column: { left: column.left, right: column.right },
    };
  });

async function teachingOn(page: Page): Promise<void> {
  // The page is read first (a message sent before the content script listens finds no one).
  await page.waitForFunction(() => [...CSS.highlights.values()].some((h) => h.size > 0), null, { timeout: 15_000 });
  await env.browser.sendToTab(page, { type: "sourcelight:set-teaching", on: true });
  await page.waitForFunction(() => !!document.querySelector("sourcelight-ui")?.shadowRoot?.querySelector(".legend"));
}

describe("the teaching view", () => {
  it("makes each attribution a Tab stop in reading order, Enter showing its explanation", async () => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 1680, height: 900 });
    await page.goto(env.server.url("seed-article.html"));
    await teachingOn(page);
    const stops = await inOverlay<number>(page, "return root.querySelectorAll('button.stop').length");
    const painted = await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
    expect(stops).toBe(painted);
    // Tab from the page's own last focusable element reaches the first stop, then the next.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const focusedStop = () =>
      page.evaluate(() => {
        const el = document.querySelector("sourcelight-ui")?.shadowRoot?.activeElement as HTMLElement | null;
        return el?.classList.contains("stop") ? Number(el.dataset.index) : -1;
      });
    for (let n = 0; n < 80 && (await focusedStop()) < 0; n++) await page.keyboard.press("Tab");
    expect(await focusedStop()).toBe(0);
    const tooltipCount = () =>
      inOverlay<string | null>(page, "return root.querySelector('.tooltip .count')?.textContent ?? null");
    await expect.poll(tooltipCount).toBe(`1 of ${painted}`);
    await page.keyboard.press("Tab");
    expect(await focusedStop()).toBe(1);
    await expect.poll(tooltipCount).toBe(`2 of ${painted}`);
    // Escape closes the explanation; Enter brings it back.
    await page.keyboard.press("Escape");
    await expect.poll(tooltipCount).toBeNull();
    await page.keyboard.press("Enter");
    await expect.poll(tooltipCount).toBe(`2 of ${painted}`);
    const label = await inOverlay<string>(page, "return root.activeElement.getAttribute('aria-label')");
    expect(label).toMatch(/^(On record|Institutional|Anonymous|Unattributed): .+ \(2 of \d+\)/);
    await page.close();
  });

  it("keeps its key beside the column, folds, moves and closes it, and remembers that for the site", async () => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 1680, height: 900 });
    await page.goto(env.server.url("seed-article.html"));
    await teachingOn(page);
    let seen = await legendAndColumn(page);
    expect(seen.classes).toContain("right");
    expect(seen.legend!.left).toBeGreaterThanOrEqual(seen.column.right);
    await saveScreenshot(page, "teaching-key-beside-column", false);
    await inOverlay(page, "root.querySelector('.legend-head button[aria-label^=\"Move\"]').click()");
    await expect.poll(async () => (await legendAndColumn(page)).classes).toContain("left");
    seen = await legendAndColumn(page);
    expect(seen.legend!.right).toBeLessThanOrEqual(seen.column.left);
    await inOverlay(page, "root.querySelector('.legend-head button[aria-expanded=\"true\"]').click()");
    await expect.poll(async () => (await legendAndColumn(page)).classes).toContain("collapsed");
    // A new visit to the site finds the view as it was left.
    await page.reload();
    await page.waitForFunction(() => !!document.querySelector("sourcelight-ui")?.shadowRoot?.querySelector(".legend"));
    seen = await legendAndColumn(page);
    expect(seen.classes).toEqual(expect.arrayContaining(["left", "collapsed"]));
    // Closed, the key goes; the teaching view stays, and the popup's switch brings the key back.
    await inOverlay(page, "root.querySelector('.legend-head button[aria-label^=\"Close\"]').click()");
    await expect.poll(async () => (await legendAndColumn(page)).classes).toBeNull();
    expect(await inOverlay<number>(page, "return root.querySelectorAll('button.stop').length")).toBeGreaterThan(0);
    await teachingOn(page);
    await inOverlay(page, "root.querySelector('.legend-head button[aria-label^=\"Move\"]').click()");
    await env.browser.sendToTab(page, { type: "sourcelight:set-teaching", on: false });
    await page.close();
  });

  it("folds its key to a button in a margin when neither margin has room for it open", async () => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(env.server.url("seed-article.html"));
    await teachingOn(page);
    const seen = await legendAndColumn(page);
    expect(seen.column.left < 344 && 1280 - seen.column.right < 344).toBe(true);
    // Folded to a small button in a margin wide enough for it: still off the column.
    expect(seen.classes).toEqual(expect.arrayContaining(["chip", "collapsed"]));
    expect(seen.legend!.left >= seen.column.right || seen.legend!.right <= seen.column.left).toBe(true);
    await saveScreenshot(page, "teaching-key-1280", false);
    // Unfolded by the reader, it opens in the corner all the same: the reader asked.
    await inOverlay(page, "root.querySelector('.legend-head button[aria-expanded=\"false\"]').click()");
    await expect.poll(async () => (await legendAndColumn(page)).classes).toEqual(["legend", "corner"]);
    await page.emulateMedia({ colorScheme: "dark" });
    await saveScreenshot(page, "teaching-key-1280-unfolded-dark", false);
    await env.browser.sendToTab(page, { type: "sourcelight:set-teaching", on: false });
    await page.close();
  });

  it("hides the tiers in a quiz until each is revealed", async () => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 1680, height: 900 });
    await page.goto(env.server.url("seed-article.html"));
    await teachingOn(page);
    const painted = await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
    await inOverlay(page, "root.querySelector('.quiz-toggle input').click()");
    const hiddenCount = () => page.evaluate(() => CSS.highlights.get("sourcelight-hidden")?.size ?? 0);
    await expect.poll(hiddenCount).toBe(painted);
    const marks = () =>
      inOverlay<string[]>(page, "return [...new Set([...root.querySelectorAll('.label')].map((m) => m.textContent))]");
    await expect.poll(marks).toEqual(["?"]);
    await saveScreenshot(page, "teaching-quiz", false);
    // A student reveals the first one: only it shows its tier.
    await env.browser.sendToTab(page, { type: "sourcelight:focus", index: 0 });
    await expect.poll(() => inOverlay<boolean>(page, "return !!root.querySelector('.tooltip .reveal')")).toBe(true);
    await inOverlay(page, "root.querySelector('.tooltip .reveal').click()");
    await expect.poll(hiddenCount).toBe(painted - 1);
    await expect
      .poll(() => inOverlay<string | null>(page, "return root.querySelector('.tooltip .pill')?.textContent ?? null"))
      .not.toBe("?");
    await inOverlay(page, "root.querySelector('.quiz-toggle input').click()");
    await expect.poll(hiddenCount).toBe(0);
    await env.browser.sendToTab(page, { type: "sourcelight:set-teaching", on: false });
    await page.close();
  });
});
