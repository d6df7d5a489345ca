/**
 * A sample of generated hostile pages in a real Chromium with the extension:
 * no error reaches the console, and after highlights off + spam put back the
 * page is exactly as generated (serialised comparison), form values included.
 * One page has 100,000 elements; others lose elements while the scan runs.
 */
import type { FuzzGlobals } from "../harness/in-browser";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useExtensionBrowser } from "../harness/e2e-setup";
import { buildHostilePage, type HostileOptions } from "../harness/hostile-dom";
import { collectConsoleErrors } from "../harness/page-tools";

const env = useExtensionBrowser();

/** Builds the page before the content script's document_idle run, and keeps a snapshot of it. */
function initScript(opts: HostileOptions, removeWhileScanning: boolean): string {
  // Init scripts run in every frame: build only in the top one, or generated iframes would nest forever.
  return `if (window === window.top) document.addEventListener("DOMContentLoaded", () => {
    const summary = (${buildHostilePage.toString()})(document, ${JSON.stringify(opts)});
    window.__fuzz = { summary, before: document.documentElement.outerHTML };
    if (${removeWhileScanning}) {
      let n = 0;
      const timer = setInterval(() => {
        const all = document.body.querySelectorAll("p, div, span, a");
        if (all.length) all[(n * 7919) % all.length].remove();
        if (++n > 40) { clearInterval(timer); window.__fuzz.before = document.documentElement.outerHTML; window.__fuzz.settled = true; }
      }, 5);
    } else window.__fuzz.settled = true;
  });`;
}

async function runPage(page: Page, opts: HostileOptions, removeWhileScanning = false) {
  const { browser, server } = env;
  await page.addInitScript({ content: initScript(opts, removeWhileScanning) });
  await page.goto(server.url("blank.html"));
  await page.waitForFunction(() => (window as unknown as FuzzGlobals).__fuzz?.settled === true, null, {
    timeout: 30_000,
  });
  await page.waitForTimeout(600); // idle scan, highlights, spam verdicts, live-update rescans
  if (removeWhileScanning) {
    // The page changed under the scan; compare a full on/off cycle from the page as it ended up.
    await browser.sendToTab(page, { type: "sourcelight:set-highlights", on: false });
    await browser.sendToTab(page, { type: "sourcelight:spam", action: "restore" });
    await page.evaluate(() => ((window as unknown as FuzzGlobals).__fuzz.before = document.documentElement.outerHTML));
    await browser.sendToTab(page, { type: "sourcelight:rescan", wholePage: false });
    await browser.sendToTab(page, { type: "sourcelight:spam", action: "strip" });
  }
  await browser.sendToTab(page, { type: "sourcelight:set-highlights", on: false });
  await browser.sendToTab(page, { type: "sourcelight:spam", action: "restore" });
  return page.evaluate(() => {
    const f = (window as unknown as FuzzGlobals).__fuzz;
    const values = f.summary.fieldValues.map((x: { selector: string; value: string }) => ({
      expected: x.value,
      actual: (document.querySelector(x.selector) as HTMLInputElement | null)?.value ?? null,
    }));
    // Fields removed on purpose by the removal script are not lost values.
    const lostValues = values.filter(
      (v: { actual: string | null; expected: string }) => v.actual !== null && v.actual !== v.expected,
    );
    return { identical: document.documentElement.outerHTML === f.before, lostValues, elements: f.summary.elementCount };
  });
}

describe("fuzz in Chromium", () => {
  const seeds = [11, 22, 33, 44, 55, 66, 77, 88];

  it.each(seeds)("hostile page %i is left exactly as it was, with no console errors", async (seed) => {
    const page = await env.browser.context.newPage();
    const errors = collectConsoleErrors(page);
    const result = await runPage(page, { seed, size: 1500 });
    expect(result).toMatchObject({ identical: true, lostValues: [] });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("survives elements being removed while it scans", async () => {
    const page = await env.browser.context.newPage();
    const errors = collectConsoleErrors(page);
    const result = await runPage(page, { seed: 99, size: 2000 }, true);
    expect(result).toMatchObject({ identical: true, lostValues: [] });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("handles a page of 100,000 elements", async () => {
    const page = await env.browser.context.newPage();
    const errors = collectConsoleErrors(page);
    const result = await runPage(page, { seed: 7, size: 100_000 });
    expect(result.elements).toBeGreaterThanOrEqual(100_000);
    expect(result).toMatchObject({ identical: true, lostValues: [] });
    expect(errors).toEqual([]);
    await page.close();
  });
});
