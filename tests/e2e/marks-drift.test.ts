/**
 * The margin marks stay beside their words when the page moves under them: a picture that loads late above the
 * article text, and a larger font. Each mark's middle must stay within its highlight's first line.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useExtensionBrowser } from "../harness/e2e-setup";
import {
  markClashesInPage,
  markOffsetsInPage,
  marksOutsidePaneInPage,
  SCROLLING_PANE_HTML,
} from "../harness/mark-geometry";

const env = useExtensionBrowser();

/** For every mark, how far its middle is from the middle of its highlight's first line (CSS pixels). */
const offsets = (page: Page) => page.evaluate(markOffsetsInPage);

describe("margin marks follow the text", () => {
  it("after a late picture and a font-size change", async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url("seed-article.html"));
    await page.waitForFunction(
      () => (document.querySelector("sourcelight-ui")?.shadowRoot?.querySelectorAll(".label").length ?? 0) > 0,
    );
    const before = await offsets(page);
    expect(Math.max(...before)).toBeLessThan(4);
    // A hero picture arrives above the first paragraph and pushes the text down by 300 px.
    await page.evaluate(() => {
      const hero = document.createElement("div");
      hero.style.height = "300px";
      document.querySelector("article p")!.before(hero);
    });
    await expect.poll(async () => Math.max(...(await offsets(page))), { timeout: 3000 }).toBeLessThan(4);
    await page.evaluate(() => (document.querySelector("article")!.style.fontSize = "22px"));
    await expect.poll(async () => Math.max(...(await offsets(page))), { timeout: 3000 }).toBeLessThan(4);
    await page.close();
  });

  it("inside a scrolling container, and leave lines scrolled out of it unmarked", async () => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(env.server.url("blank.html"));
    await page.evaluate((html) => (document.body.innerHTML = html), SCROLLING_PANE_HTML);
    await env.browser.sendToTab(page, { type: "sourcelight:rescan", wholePage: false });
    await page.waitForFunction(
      () => (document.querySelector("sourcelight-ui")?.shadowRoot?.querySelectorAll(".label").length ?? 0) > 0,
    );
    const outside = () => page.evaluate(marksOutsidePaneInPage);
    expect(await outside()).toBe(0);
    expect(Math.max(...(await offsets(page)).filter((d) => d < 200))).toBeLessThan(4);
    await page.evaluate(() => document.getElementById("pane")!.scrollBy(0, 600));
    await expect.poll(outside, { timeout: 3000 }).toBe(0);
    // Every mark drawn sits on a highlighted line that is in view in the pane.
    await expect.poll(async () => Math.min(...(await offsets(page))), { timeout: 3000 }).toBeLessThan(4);
    await page.close();
  });

  it("never cover a word or another mark, in a narrow window too", async () => {
    const page = await env.browser.context.newPage();
    for (const width of [1280, 760, 420]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(env.server.url("seed-article.html"));
      await page.waitForFunction(
        () => (document.querySelector("sourcelight-ui")?.shadowRoot?.querySelectorAll(".label").length ?? 0) > 0,
      );
      const clashes = await page.evaluate(markClashesInPage);
      expect(clashes.marks, `marks at ${width} px`).toBeGreaterThan(0);
      expect(clashes.clashes, `marks over words or marks at ${width} px`).toBe(0);
    }
    await page.close();
  });

  it("and a strip at the window's edge shows where attributions are, above and below the view", async () => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 600 });
    await page.goto(env.server.url("pages/long-page.html"));
    await page.waitForFunction(
      () => (document.querySelector("sourcelight-ui")?.shadowRoot?.querySelectorAll(".tick").length ?? 0) > 1,
      null,
      { timeout: 15_000 },
    );
    const ticks = await page.evaluate(() =>
      [...(document.querySelector("sourcelight-ui")?.shadowRoot?.querySelectorAll<HTMLElement>(".tick") ?? [])].map(
        (t) => parseFloat(t.style.top) / 100,
      ),
    );
    const viewShare = await page.evaluate(() => innerHeight / document.documentElement.scrollHeight);
    expect(ticks).toEqual([...ticks].sort((a, b) => a - b));
    for (const at of ticks) {
      expect(at).toBeGreaterThanOrEqual(0);
      expect(at).toBeLessThanOrEqual(1);
    }
    expect(ticks.some((at) => at > viewShare)).toBe(true);
    await page.close();
  });

  it("spell the tier out in the teaching view, where the margin has room", async () => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(env.server.url("pages/wire-story.html"));
    await page.waitForFunction(() => CSS.highlights.size > 0);
    const marks = () =>
      page.evaluate(() =>
        [...(document.querySelector("sourcelight-ui")?.shadowRoot?.querySelectorAll(".label") ?? [])].map(
          (l) => l.textContent,
        ),
      );
    await expect.poll(async () => (await marks()).length).toBeGreaterThan(0);
    expect((await marks()).every((m) => m!.length === 1)).toBe(true);
    await env.browser.sendToTab(page, { type: "sourcelight:set-teaching", on: true });
    await expect.poll(async () => (await marks()).join(" ")).toContain("UNATTRIBUTED");
    await page.close();
  });
});
