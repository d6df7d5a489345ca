/**
 * Fixture pages of our own, each with its expected reading beside it as data
 * (tests/fixtures/pages/NAME.expected.json): a wire story, a dark-themed page,
 * a live blog that grows, a page with an editor and a form, a page of about
 * 100,000 words. The test is one loop: the reading, what is painted, nothing
 * in editors or fields, the tooltip on hover, and an exact restore.
 */
import { describe, expect, it } from "vitest";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { useExtensionBrowser } from "../harness/e2e-setup";
import { PROJECT_ROOT } from "../harness/paths";
import { collectConsoleErrors } from "../harness/page-tools";
import { SCREENSHOTS } from "../harness/chromium";
import { MAX_REGISTERED } from "../../lib/band";
import type { Page } from "playwright-core";

interface Expected {
  why: string;
  waitMs?: number;
  /** The attributions below come round this many times (a long page built from one repeated report). */
  repeat?: number;
  attributions: Array<{ text: string; tier: string; speaker?: string }>;
}

const fieldValues = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll("input, textarea")].map((f) => (f as HTMLInputElement).value));

const bodyNow = (page: Page) => page.evaluate(() => document.body.outerHTML);

const DIR = join(PROJECT_ROOT, "tests/fixtures/pages");
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith(".expected.json"))
  .map((f) => f.replace(".expected.json", ""));
const env = useExtensionBrowser();
mkdirSync(SCREENSHOTS, { recursive: true });

describe("fixture pages", () => {
  it("has pages to check", () => expect(pages.length).toBeGreaterThanOrEqual(5));

  it.each(pages)("%s reads as expected, painted and restorable", async (name) => {
    const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as Expected;
    const wanted = Array.from({ length: expected.repeat ?? 1 }, () => expected.attributions).flat();
    const { browser, server } = env;
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(server.url(`pages/${name}.html`));
    const fields = await fieldValues(page);
    await page.waitForFunction(() => CSS.highlights.size > 0);
    if (expected.waitMs) await page.waitForTimeout(expected.waitMs);
    const want = wanted.map((a) => a.text);
    await expect
      .poll(async () => (await browser.requestReport(page))?.analysis.attributions.map((a) => a.text), {
        timeout: 5000,
      })
      .toEqual(want);
    const report = (await browser.requestReport(page))!;
    report.analysis.attributions.forEach((a, i) => {
      expect(a.tier, a.text).toBe(wanted[i].tier);
      if (wanted[i].speaker) expect(a.speaker).toBe(wanted[i].speaker);
    });
    // Every attribution is registered as a highlight; a long page's only near the view (content.test.ts follows
    // them as it scrolls).
    const expectPainted = async () => {
      const painted = await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
      if (want.length <= MAX_REGISTERED) expect(painted).toBe(want.length);
      else {
        expect(painted).toBeGreaterThan(0);
        expect(painted).toBeLessThanOrEqual(MAX_REGISTERED);
      }
    };
    await expectPainted();
    // Nothing painted inside an editor or a form field, and what the user typed is kept.
    const inEditors = await page.evaluate(
      () =>
        [...CSS.highlights.values()]
          .flatMap((h) => [...h] as Range[])
          .filter((r) =>
            r.startContainer.parentElement?.closest("[contenteditable]:not([contenteditable=false]), textarea, input"),
          ).length,
    );
    expect(inEditors).toBe(0);
    expect(await fieldValues(page)).toEqual(fields);

    // Hovering the first highlight shows its tooltip, with its tier and confidence.
    const box = await page.evaluate(() => {
      const first = [...CSS.highlights.values()]
        .flatMap((h) =>
          [...h].map((r) => {
            const x = document.createRange();
            x.setStart(r.startContainer, r.startOffset);
            x.setEnd(r.endContainer, r.endOffset);
            return x;
          }),
        )
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))[0];
      first.startContainer.parentElement!.scrollIntoView({ block: "center" });
      const r = first.getClientRects()[0];
      return { x: r.left + 3, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    const tooltip = () =>
      page.evaluate(
        () =>
          document.querySelector("sourcelight-ui")?.shadowRoot?.querySelector('[role="tooltip"]')?.textContent ?? "",
      );
    await expect.poll(tooltip).toMatch(/(likely right|probably right|uncertain) \(\d+%\)/);
    expect(await tooltip()).toContain(`1 of ${want.length}`);
    // caret "initial": Playwright's default hides the caret by leaving style="" on editable elements, which would
    // spoil the comparison below.
    await page.screenshot({ path: join(SCREENSHOTS, `fixture-${name}.png`), caret: "initial" });
    await page.mouse.move(1, 1);

    // Off restores the page as the site left it (live pages keep changing on their own, so compare after they settle).
    await browser.sendToTab(page, { type: "sourcelight:set-highlights", on: false });
    await browser.sendToTab(page, { type: "sourcelight:spam", action: "restore" });
    const off = await bodyNow(page);
    expect(off).not.toContain("sourcelight-ui");
    const html = readFileSync(join(DIR, `${name}.html`), "utf8");
    if (!html.includes("<script")) {
      // A page that does not change itself must be exactly as served.
      const served = await page.evaluate((h) => new DOMParser().parseFromString(h, "text/html").body.outerHTML, html);
      expect(off).toBe(served);
    }
    // On and off again (a page that built itself by script is compared with itself, settled): not one character
    // differs.
    await browser.sendToTab(page, { type: "sourcelight:set-highlights", on: true });
    await expectPainted();
    await browser.sendToTab(page, { type: "sourcelight:set-highlights", on: false });
    await browser.sendToTab(page, { type: "sourcelight:spam", action: "restore" });
    expect(await bodyNow(page)).toBe(off);
    expect(await fieldValues(page)).toEqual(fields);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(errors).toEqual([]);
  });
});
