/**
 * The margin marks stay beside their words when the page moves under them: a picture that loads late above the
 * article text, and a larger font. Each mark's middle must stay within its highlight's first line.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useExtensionBrowser } from "../harness/e2e-setup";

const env = useExtensionBrowser();

/** For every mark, how far its middle is from the middle of its highlight's first line (CSS pixels). */
const offsets = (page: Page) =>
  page.evaluate(() => {
    const marks = [...(document.querySelector("sourcelight-ui")?.shadowRoot?.querySelectorAll(".label") ?? [])];
    const lines = [...CSS.highlights.values()]
      .flatMap((h) => [...h])
      .map((r) => {
        const x = document.createRange();
        x.setStart(r.startContainer, r.startOffset);
        x.setEnd(r.endContainer, r.endOffset);
        const box = x.getClientRects()[0];
        return box.top + box.height / 2;
      });
    return marks.map((m) => {
      const r = m.getBoundingClientRect();
      const middle = r.top + r.height / 2;
      return Math.min(...lines.map((y) => Math.abs(y - middle)));
    });
  });

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
    await page.evaluate(() => {
      const para = (n: number) =>
        `<p>Paragraph ${n}: the minister said the budget would balance by the spring, and officials allegedly ` +
        `delayed the vote again, according to two council members who asked not to be named.</p>`;
      document.body.innerHTML = `<div id="pane" style="height:400px;width:700px;margin-left:200px;overflow:auto">
        <article><h1>Budget night</h1><div class="entry-content">${Array.from({ length: 30 }, (_, n) => para(n)).join("")}</div></article></div>`;
    });
    await env.browser.sendToTab(page, { type: "sourcelight:rescan", wholePage: false });
    await page.waitForFunction(
      () => (document.querySelector("sourcelight-ui")?.shadowRoot?.querySelectorAll(".label").length ?? 0) > 0,
    );
    /** Marks outside the pane's box (view coordinates), and the largest distance from a mark to its line. */
    const outside = () =>
      page.evaluate(() => {
        const pane = document.getElementById("pane")!.getBoundingClientRect();
        const marks = [...(document.querySelector("sourcelight-ui")?.shadowRoot?.querySelectorAll(".label") ?? [])];
        return marks.filter((m) => {
          const r = m.getBoundingClientRect();
          return r.bottom < pane.top - 1 || r.top > pane.bottom + 1;
        }).length;
      });
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
      const clashes = await page.evaluate(() => {
        const boxes = (els: Element[]) => els.map((e) => e.getBoundingClientRect()).filter((r) => r.width && r.height);
        const marks = boxes([
          ...(document.querySelector("sourcelight-ui")?.shadowRoot?.querySelectorAll(".label") ?? []),
        ]);
        // Every line box of the article's words.
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
        return { n, marks: marks.length };
      });
      expect(clashes.marks, `marks at ${width} px`).toBeGreaterThan(0);
      expect(clashes.n, `marks over words or marks at ${width} px`).toBe(0);
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
