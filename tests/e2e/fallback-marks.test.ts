/**
 * The wrapping fallback in a real browser without the CSS Custom Highlight
 * API. No browser here lets the API be switched off, so the test loads a copy
 * of the built extension whose content script first deletes `CSS.highlights`
 * and `Highlight` from its own isolated world (the page's world and the
 * shipped build are untouched): from there on it is the browser that lacks the
 * API, as Chromium < 105 or Safari < 17.2 would. Every attribution
 * of the seed page is wrapped in <sourcelight-mark> elements in its tier,
 * each is a tab stop whose focus shows the tooltip, hover works as with
 * highlights, and turning highlights off gives back the page's DOM exactly.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import type { Page } from "playwright-core";
import { CHROME_BUILD, launchWithExtension, PROJECT_ROOT, type ExtensionBrowser } from "../harness/chromium";
import { CONTENT_SCRIPT_FILE } from "../../lib/browser/platform";
import { serveFixtures, type FixtureServer } from "../harness/server";
import { saveScreenshot } from "../harness/page-tools";

/** A copy of the built extension whose content script runs in a world without the Highlight API. */
function buildWithoutHighlightApi(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "sourcelight-no-highlights-")), "ext");
  cpSync(CHROME_BUILD, dir, { recursive: true });
  const file = join(dir, CONTENT_SCRIPT_FILE);
  writeFileSync(file, `delete globalThis.CSS.highlights; delete globalThis.Highlight;\n${readFileSync(file, "utf8")}`);
  return dir;
}

let fx: ExtensionBrowser;
let server: FixtureServer;
let page: Page;
const errors: string[] = [];

const tooltip = () =>
  page.evaluate(
    () => document.querySelector("sourcelight-ui")?.shadowRoot?.querySelector('[role="tooltip"]')?.textContent ?? "",
  );

async function poll<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(v)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  server = await serveFixtures(join(PROJECT_ROOT, "tests/fixtures"));
  fx = await launchWithExtension({ extensionDir: buildWithoutHighlightApi() });
  page = await fx.context.newPage();
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(server.url("seed-article.html"));
}, 90_000);

afterAll(async () => {
  await fx?.close();
  await server?.close();
});

describe("highlighting without the Highlight API", () => {
  it("wraps every attribution of the report in marks of its tier, one tab stop each", async () => {
    // The page's own world still has the API: nothing painted through it.
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await poll(
      () => page.evaluate(() => document.querySelectorAll("sourcelight-mark").length),
      (n) => n > 0,
      "marks",
    );
    const report = (await fx.requestReport(page))!;
    expect(report.analysis.attributions).toHaveLength(14);
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll("sourcelight-mark")].map((m) => ({
        index: Number(m.getAttribute("data-index")),
        tier: m.getAttribute("data-tier"),
        text: m.textContent ?? "",
        tab: m.getAttribute("tabindex"),
      })),
    );
    report.analysis.attributions.forEach((a, i) => {
      const own = marks.filter((m) => m.index === i);
      expect(
        own
          .map((m) => m.text)
          .join("")
          .replace(/\s+/g, " "),
        a.text,
      ).toBe(a.text.replace(/\s+/g, " "));
      expect(own.every((m) => m.tier === a.tier)).toBe(true);
      expect(own.filter((m) => m.tab === "0")).toHaveLength(1);
    });
    const labels = await poll(
      () =>
        page.evaluate(
          () => document.querySelector("sourcelight-ui")?.shadowRoot?.querySelectorAll(".label").length ?? 0,
        ),
      (n) => n === 14,
      "14 labels",
    );
    expect(labels).toBe(14);
  });

  it("shows the tooltip on keyboard focus and on hover; Escape closes it", async () => {
    await page.evaluate(() => (document.querySelector("sourcelight-mark[tabindex]") as HTMLElement).focus());
    expect(
      await poll(tooltip, (t) => /(likely right|probably right|uncertain) \(\d+%\)/.test(t), "tooltip on focus"),
    ).toContain("1 of 14");
    await page.keyboard.press("Escape");
    await poll(tooltip, (t) => t === "", "tooltip closed");

    const box = await page.evaluate(() => {
      const m = document.querySelectorAll("sourcelight-mark[tabindex]")[2] as HTMLElement;
      m.scrollIntoView({ block: "center" });
      const r = m.getClientRects()[0];
      return { x: r.left + 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    expect(
      await poll(tooltip, (t) => /(likely right|probably right|uncertain) \(\d+%\)/.test(t), "tooltip on hover"),
    ).toContain("3 of 14");
    await saveScreenshot(page, "fallback-marks-tooltip", false);
    await page.mouse.move(1, 1);
  });

  it("turning highlights off gives back the page's DOM exactly, text nodes merged", async () => {
    await fx.sendToTab(page, { type: "sourcelight:set-highlights", on: false });
    await fx.sendToTab(page, { type: "sourcelight:spam", action: "restore" });
    const { now, pristine, marks, texts } = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const pristine = new DOMParser().parseFromString(html, "text/html").body;
      pristine.normalize();
      // Split text nodes merged back: the live body has no more of them than the pristine parse.
      const count = (root: Node) => {
        let n = 0;
        const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        while (w.nextNode()) n++;
        return n;
      };
      return {
        now: document.body.outerHTML,
        pristine: pristine.outerHTML,
        marks: document.querySelectorAll("sourcelight-mark").length,
        texts: [count(document.body), count(pristine)],
      };
    });
    expect(marks).toBe(0);
    expect(now).toBe(pristine);
    expect(texts[0]).toBe(texts[1]);
    expect(errors).toEqual([]);
  });
});
