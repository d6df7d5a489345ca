/**
 * The page layer and the popup's switches in a real Firefox (the built .output/firefox-mv2 as a temporary
 * add-on, tests/harness/firefox.ts): marks that cover no word and follow their text (a late picture, a larger
 * font, a scrolling container), a tooltip kept across a rescan, a CMS draft left intact, the teaching view's tab
 * stops and quiz, the shortcuts left to a text field, a German article, a shop page, highlights off and on
 * again for a site, and a page with no article markup, read with the Readability the content script loads for it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { PROJECT_ROOT } from "../harness/chromium";
import { launchFirefoxWithExtension, type FirefoxExtensionBrowser } from "../harness/firefox";
import { serveFixtures, type FixtureServer } from "../harness/server";
import {
  markClashesInPage,
  markOffsetsInPage,
  marksOutsidePaneInPage,
  SCROLLING_PANE_HTML,
} from "../harness/mark-geometry";

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
      // The marks are redrawn once the browser has delivered the resize, which a loaded machine may take a while to do
      // (a CI run on a busy virtual machine once took longer than 5 s).
      await expect
        .poll(async () => (await page.evaluate(markClashesInPage)).clashes, {
          timeout: 12_000,
          interval: 100,
          message: `marks over words or marks at ${width} px`,
        })
        .toBe(0);
      expect((await page.evaluate(markClashesInPage)).marks, `marks at ${width} px`).toBeGreaterThan(0);
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

const markOffsets = (page: Page) => page.evaluate(markOffsetsInPage);

async function settledMarks(page: Page): Promise<number> {
  let worst = Infinity;
  for (let n = 0; n < 30 && worst >= 4; n++) {
    await new Promise((r) => setTimeout(r, 100));
    const offsets = await markOffsets(page);
    worst = offsets.length ? Math.max(...offsets) : Infinity;
  }
  return worst;
}

describe("marks that follow the text in Firefox", () => {
  it("after a late picture above the text and a larger font", async () => {
    const page = await openRead("seed-article.html");
    expect(await settledMarks(page)).toBeLessThan(4);
    await page.evaluate(() => {
      const hero = document.createElement("div");
      hero.style.height = "300px";
      document.querySelector("article p")!.before(hero);
    });
    expect(await settledMarks(page)).toBeLessThan(4);
    await page.evaluate(() => (document.querySelector("article")!.style.fontSize = "22px"));
    expect(await settledMarks(page)).toBeLessThan(4);
    await page.close();
  });

  it("inside a scrolling container, with no mark outside it", async () => {
    const page = await open("blank.html");
    await page.evaluate((html) => (document.body.innerHTML = html), SCROLLING_PANE_HTML);
    await fx.sendToTab(page, { type: "sourcelight:rescan", wholePage: false });
    await page.waitForFunction(
      () => (document.querySelector("sourcelight-ui")?.shadowRoot?.querySelectorAll(".label").length ?? 0) > 0,
      { timeout: 10_000 },
    );
    await page.evaluate(() => document.getElementById("pane")!.scrollBy(0, 600));
    await expect.poll(() => page.evaluate(marksOutsidePaneInPage), { timeout: 5000, interval: 100 }).toBe(0);
    await expect
      .poll(async () => Math.min(...(await markOffsets(page))), { timeout: 5000, interval: 100 })
      .toBeLessThan(4);
    await page.close();
  });

  it("keeps a tooltip open across a rescan of a page that changed", async () => {
    const page = await openRead("seed-article.html");
    const tooltip = () =>
      page.evaluate(
        () =>
          document.querySelector("sourcelight-ui")?.shadowRoot?.querySelector('[role="tooltip"]')?.textContent ?? "",
      );
    await fx.sendToTab(page, { type: "sourcelight:focus", index: 1 });
    await page.waitForFunction(
      () =>
        document
          .querySelector("sourcelight-ui")
          ?.shadowRoot?.querySelector('[role="tooltip"]')
          ?.textContent?.includes("2 of 14"),
      { timeout: 10_000 },
    );
    const scans = await page.evaluate(() => performance.getEntriesByName("sourcelight:scan").length);
    await page.evaluate(() => {
      const p = document.createElement("p");
      p.textContent = "Update: the border crossing reopened on Sunday morning.";
      document.querySelector(".entry-content")!.append(p);
    });
    await page.waitForFunction(
      (n: number) => performance.getEntriesByName("sourcelight:scan").length > n,
      {
        timeout: 10_000,
      },
      scans,
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(await tooltip()).toContain("2 of 14");
    await page.close();
  });

  it("leaves a CMS draft intact through typing and saving", async () => {
    const page = await open("editor/cms-draft.html");
    await page.waitForFunction(() => performance.getEntriesByName("sourcelight:scan").length > 0, { timeout: 15_000 });
    const before = await page.evaluate(() => document.getElementById("body")!.innerHTML);
    // The caret at the end of the first paragraph (a click and End stop at the end of a wrapped line).
    await page.evaluate(() => {
      const p = document.querySelector("#body p")!;
      (document.getElementById("body") as HTMLElement).focus();
      const range = document.createRange();
      range.selectNodeContents(p);
      range.collapse(false);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.keyboard.type(" The vote was 7 to 4.");
    await page.click("#save");
    const saved = await page.evaluate(() => (window as unknown as { savedDraft: string }).savedDraft);
    expect(saved).toBe(before.replace("challenge the vote.", "challenge the vote. The vote was 7 to 4."));
    await page.close();
  });
});

describe("a page with no article markup in Firefox", () => {
  it("loads Readability and reads the whole story, not the rail beside it", async () => {
    const page = await openRead("pages/plain-markup-story.html");
    // (Highlights hold StaticRanges, which have no text of their own: the text node each starts in.)
    const marked = (phrase: string) =>
      page.evaluate(
        (p) =>
          [...CSS.highlights.values()].some((h) =>
            [...h].some((r) => ((r as AbstractRange).startContainer.textContent ?? "").includes(p)),
          ),
        phrase,
      );
    // The story's second half, which paragraph density alone would leave out (tests/unit/dom/article.test.ts).
    expect(await marked("The Harbour Trust")).toBe(true);
    expect(await marked("Residents of the streets")).toBe(true);
    expect(await marked("Mayor Helen Okafor")).toBe(true);
    expect(await marked("Most read")).toBe(false);
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
