/**
 * The extension makes no network requests. Every request made by a page (and
 * so by a content script), the popup or the extension's service worker is
 * recorded while Sourcelight reads, highlights and strips the fixture pages;
 * the only ones allowed are the fixture pages the test itself opens. All
 * traffic also goes through a proxy that lets nothing but the fixture server
 * through, so nothing leaves the machine whatever happens. Nor does the
 * content script tell page scripts it is there.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { launchWithExtension, PROJECT_ROOT, type ExtensionBrowser } from "../harness/chromium";
import { serveFixtures, type FixtureServer } from "../harness/server";
import { startRecordingProxy, type RecordingProxy } from "../harness/recording-proxy";

const FIXTURES = join(PROJECT_ROOT, "tests/fixtures");

/** Every fixture page the product is exercised on: the seed page and each fixture folder's pages. */
function fixturePages(): string[] {
  const pages = ["seed-article.html"];
  for (const dir of ["pages", "spam", "furniture", "popup"]) {
    try {
      pages.push(
        ...readdirSync(join(FIXTURES, dir))
          .filter((f) => f.endsWith(".html"))
          .map((f) => `${dir}/${f}`),
      );
    } catch {
      // A folder that does not exist yet holds no pages.
    }
  }
  return pages;
}

let server: FixtureServer;
let proxy: RecordingProxy;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await serveFixtures(FIXTURES);
  proxy = await startRecordingProxy(server);
  browser = await launchWithExtension({ proxyServer: proxy.server });
});
afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await server?.close();
});

describe("privacy", () => {
  it("makes no network requests of its own on any fixture page", async () => {
    const pages = fixturePages();
    const opened = new Set<string>();
    const seen: string[] = [];
    browser.context.on("request", (r) => seen.push(r.url()));
    const page = await browser.context.newPage();
    for (const p of pages) {
      const url = server.url(p);
      opened.add(url);
      await page.goto(url);
      // Let the idle-time scan, highlighting and spam stripping run.
      await page.waitForTimeout(400);
    }
    const popup = await browser.openPopup(page);
    await popup.waitForLoadState("load");
    await popup.waitForTimeout(500);
    await page.waitForTimeout(300);

    // (The extension's own files: by its id, or Readability at the per-session address Chromium gives a
    // web-accessible resource with use_dynamic_url.)
    const allowed = (u: string) =>
      opened.has(u) ||
      u === `${server.origin}/favicon.ico` ||
      u.startsWith(`chrome-extension://${browser.extensionId}/`) ||
      /^chrome-extension:\/\/[0-9a-f-]{36}\/readability\.js$/.test(u);
    const foreign = seen.filter((u) => !allowed(u));
    console.log(
      `privacy: ${pages.length} pages, ${seen.length} requests from pages, popup and worker, ${foreign.length} not made by the test` +
        ` (${proxy.requests.length} through the proxy, the browser's own update checks included)`,
    );
    expect(seen.filter((u) => opened.has(u)).length).toBe(pages.length); // the recorder saw the page loads
    expect(foreign).toEqual([]);
  });

  it("does not announce itself, or its id, to the page's scripts", async () => {
    const page = await browser.context.newPage();
    // The page's own script: every window message it receives, and every event type dispatched on its document.
    await page.addInitScript({
      content: `window.__heard = []; addEventListener("message", (e) => window.__heard.push(JSON.stringify(e.data)));`,
    });
    await page.goto(server.url("seed-article.html"));
    await page.waitForFunction(() => performance.getEntriesByName("sourcelight:scan").length > 0, null, {
      timeout: 10_000,
    });
    await page.waitForTimeout(200);
    const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
    expect(heard.filter((m) => m.includes(browser.extensionId) || m.includes("wxt"))).toEqual([]);
    await page.close();
  });

  it("would notice a request made by the extension's service worker", async () => {
    const seen: string[] = [];
    browser.context.on("request", (r) => seen.push(r.url()));
    const probe = `${server.origin}/probe-from-worker`;
    await browser.worker.evaluate(
      (u) =>
        fetch(u).then(
          () => 0,
          () => 0,
        ),
      probe,
    );
    await expect.poll(() => seen).toContain(probe);
  });
});
