/**
 * Fixture pages of our own, each with its expected reading beside it as data
 * (tests/fixtures/pages/NAME.expected.json): a wire story, a dark-themed page,
 * a live blog that grows. The test is one loop.
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { useExtensionBrowser } from "../harness/e2e-setup";
import { PROJECT_ROOT } from "../harness/paths";
import { collectConsoleErrors, saveScreenshot } from "../harness/page-tools";

interface Expected {
  why: string;
  waitMs?: number;
  attributions: Array<{ text: string; tier: string; speaker?: string }>;
}

const DIR = join(PROJECT_ROOT, "tests/fixtures/pages");
const pages = readdirSync(DIR).filter((f) => f.endsWith(".expected.json")).map((f) => f.replace(".expected.json", ""));
const env = useExtensionBrowser();

describe("fixture pages", () => {
  it("has pages to check", () => expect(pages.length).toBeGreaterThanOrEqual(3));

  it.each(pages)("%s reads as expected, painted and restorable", async (name) => {
    const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as Expected;
    const { browser, server } = env;
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(server.url(`pages/${name}.html`));
    await page.waitForFunction(() => CSS.highlights.size > 0);
    if (expected.waitMs) await page.waitForTimeout(expected.waitMs);
    const want = expected.attributions.map((a) => a.text);
    await expect.poll(async () => (await browser.requestReport(page))?.analysis.attributions.map((a) => a.text), { timeout: 5000 }).toEqual(want);
    const report = (await browser.requestReport(page))!;
    report.analysis.attributions.forEach((a, i) => {
      expect(a.tier, a.text).toBe(expected.attributions[i].tier);
      if (expected.attributions[i].speaker) expect(a.speaker).toBe(expected.attributions[i].speaker);
    });
    const painted = await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
    expect(painted).toBe(want.length);
    await saveScreenshot(page, `fixture-${name}`, false);

    // Off restores the page as the site left it (live pages keep changing on their own, so compare after they settle).
    await browser.sendToTab(page, { type: "sourcelight:set-highlights", on: false });
    await browser.sendToTab(page, { type: "sourcelight:spam", action: "restore" });
    const off = await page.evaluate(() => document.body.outerHTML);
    expect(off).not.toContain("sourcelight-ui");
    const html = readFileSync(join(DIR, `${name}.html`), "utf8");
    if (!html.includes("<script")) {
      // A page that does not change itself must be exactly as served.
      const served = await page.evaluate((h) => new DOMParser().parseFromString(h, "text/html").body.outerHTML, html);
      expect(off).toBe(served);
    }
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(errors).toEqual([]);
  });
});
