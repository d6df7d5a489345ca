/**
 * The page layer and the popup's switches in a real Firefox (the built .output/firefox-mv2 as a temporary
 * add-on, tests/harness/firefox.ts): marks that cover no word, the teaching view's tab stops and quiz, the
 * shortcuts left to a text field, a German article, a shop page, and highlights off and on again for a site.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { PROJECT_ROOT } from "../harness/chromium";
import { launchFirefoxWithExtension, type FirefoxExtensionBrowser } from "../harness/firefox";
import { serveFixtures, type FixtureServer } from "../harness/server";

let server: FixtureServer;
let fx: FirefoxExtensionBrowser;

beforeAll(async () => {
  server = await serveFixtures(join(PROJECT_ROOT, "tests/fixtures"));
  fx = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await fx?.close();
  await server?.close();
});

const painted = (page: Page) =>
  page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) as number);

async function open(path: string): Promise<Page> {
  const page = await fx.newPage();
  await page.goto(server.url(path));
  return page;
}

async function openRead(path: string): Promise<Page> {
  const page = await open(path);
  await page.waitForFunction(() => [...CSS.highlights.values()].some((h) => h.size > 0), { timeout: 15_000 });
  return page;
}

describe("the page layer in Firefox", () => {
  it("draws margin marks that cover no word and no other mark, in a narrow window too", async () => {
    const page = await openRead("seed-article.html");
    for (const width of [1100, 460]) {
      await page.setViewport({ width, height: 800 });
      await page.waitForFunction(
        () => (document.querySelector("sourcelight-ui")?.shadowRoot?.querySelectorAll(".label").length ?? 0) > 0,
        { timeout: 10_000 },
      );
      await new Promise((r) => setTimeout(r, 400)); // the marks are redrawn in the frame after the resize
      const clashes = await page.evaluate(() => {
        const rects = (els: Element[]) => els.map((e) => e.getBoundingClientRect()).filter((r) => r.width && r.height);
        const marks = rects([
          ...(document.querySelector("sourcelight-ui")?.shadowRoot?.querySelectorAll(".label") ?? []),
        ]);
        const words: DOMRect[] = [];
        const walker = document.createTreeWalker(document.querySelector("article")!, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!n.textContent?.trim()) continue;
          const r = document.createRange();
          r.selectNodeContents(n);
          words.push(...[...r.getClientRects()].filter((b) => b.width > 0));
        }
        const meet = (a: DOMRect, b: DOMRect) =>
          a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        let n = 0;
        marks.forEach((m, i) => {
          for (const o of marks.slice(i + 1)) if (meet(m, o)) n++;
          for (const w of words) if (meet(m, w)) n++;
        });
        return n;
      });
      expect(clashes, `at ${width} px`).toBe(0);
    }
    await page.close();
  });

  it("gives the teaching view a tab stop per attribution and a quiz that hides the tiers", async () => {
    const page = await openRead("seed-article.html");
    await page.setViewport({ width: 1680, height: 900 }); // room for the key beside the column
    const n = await painted(page);
    await fx.sendToTab(page, { type: "sourcelight:set-teaching", on: true });
    await page.waitForFunction(() => !!document.querySelector("sourcelight-ui")?.shadowRoot?.querySelector(".legend"));
    const stops = await page.evaluate(
      () => document.querySelector("sourcelight-ui")?.shadowRoot?.querySelectorAll("button.stop").length ?? 0,
    );
    expect(stops).toBe(n);
    await page.evaluate(() =>
      (
        document.querySelector("sourcelight-ui")?.shadowRoot?.querySelector(".quiz-toggle input") as HTMLInputElement
      ).click(),
    );
    await page.waitForFunction((all: number) => CSS.highlights.get("sourcelight-hidden")?.size === all, {}, n);
    await page.evaluate(() =>
      (
        document.querySelector("sourcelight-ui")?.shadowRoot?.querySelector(".quiz-toggle input") as HTMLInputElement
      ).click(),
    );
    await fx.sendToTab(page, { type: "sourcelight:set-teaching", on: false });
    await page.close();
  });

  it("leaves Alt+Shift+J to a text field", async () => {
    const page = await openRead("seed-article.html");
    await page.evaluate(() => {
      const field = document.createElement("textarea");
      field.id = "notes";
      document.body.prepend(field);
    });
    await page.focus("#notes");
    await page.keyboard.down("Alt");
    await page.keyboard.down("Shift");
    await page.keyboard.press("KeyJ");
    await page.keyboard.up("Shift");
    await page.keyboard.up("Alt");
    await new Promise((r) => setTimeout(r, 300));
    const tooltip = await page.evaluate(
      () => !!document.querySelector("sourcelight-ui")?.shadowRoot?.querySelector('[role="tooltip"]'),
    );
    expect(tooltip).toBe(false);
    await page.close();
  });
});

describe("the popup in Firefox", () => {
  it("says a German article is read in English only, and marks nothing on it", async () => {
    const page = await open("language/german-article.html");
    const popup = await fx.openPopup(page);
    await popup.waitForSelector('[data-testid="other-language"]', { timeout: 15_000 });
    expect(await popup.$eval('[data-testid="other-language"]', (e) => e.textContent)).toMatch(/English/);
    expect(await painted(page)).toBe(0);
    await popup.close();
    await page.close();
  });

  it("leaves a shop page unmarked until asked", async () => {
    const page = await open("shop.html");
    const popup = await fx.openPopup(page);
    await popup.waitForSelector('[data-testid="mark-anyway"]', { timeout: 15_000 });
    expect(await painted(page)).toBe(0);
    await popup.click('[data-testid="mark-anyway"]');
    await page.waitForFunction(() => [...CSS.highlights.values()].some((h) => h.size > 0), { timeout: 10_000 });
    await popup.close();
    await page.close();
  });

  it("turns highlights off for the site and on again", async () => {
    const page = await openRead("seed-article.html");
    let popup = await fx.openPopup(page);
    await popup.waitForSelector('[data-testid="site-toggle"]', { timeout: 15_000 });
    await popup.click('[data-testid="site-toggle"]');
    await page.waitForFunction(() => [...CSS.highlights.values()].every((h) => h.size === 0), { timeout: 10_000 });
    await popup.close();
    // Off, the popup says so and offers the way back.
    popup = await fx.openPopup(page);
    await popup.waitForSelector('[data-testid="turn-on"]', { timeout: 15_000 });
    await popup.click('[data-testid="turn-on"]');
    await page.waitForFunction(() => [...CSS.highlights.values()].some((h) => h.size > 0), { timeout: 10_000 });
    await popup.close();
    await page.close();
  });
});
