/**
 * Pages of real-site furniture (tests/fixtures/furniture/NAME.html with its
 * expected reading in NAME.expected.json), each opened at the address it
 * pretends to live at — request interception serves it, and refuses every
 * other request — with the built extension at work. Every link of the site's
 * own is still in the page and every injected one is gone; the article was
 * found; the speakers it names are found and furniture never is one.
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { useExtensionBrowser } from "../harness/e2e-setup";
import { PROJECT_ROOT } from "../harness/paths";
import { readingMisses, type ExpectedReading, type ExpectedSpam } from "../../tools/spam-corpus";

const DIR = join(PROJECT_ROOT, "tests/fixtures/furniture");
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith(".expected.json"))
  .map((f) => f.replace(".expected.json", ""));
const env = useExtensionBrowser();

describe("pages of real-site furniture", () => {
  it("has pages to check", () => expect(pages.length).toBeGreaterThanOrEqual(12));

  it.each(pages)("%s: keeps the site's links, strips the injected ones, reads only the article", async (name) => {
    const fx = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as ExpectedReading & {
      url: string;
      spam: ExpectedSpam[];
    };
    const html = readFileSync(join(DIR, `${name}.html`), "utf8");
    const { browser } = env;
    const page = await browser.context.newPage();
    // (The extension's own file, Readability, is no page request: it goes through.)
    await page.route("**/*", (route) =>
      route.request().url() === fx.url
        ? route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html })
        : route.request().url().startsWith("chrome-extension://")
          ? route.continue()
          : route.abort(),
    );
    await page.goto(fx.url);
    await expect
      .poll(async () => (await browser.requestReport(page))?.analysis.attributions.length ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(0);
    const report = (await browser.requestReport(page))!;

    // The links in the page now, against the links as served: the same but for the injected ones.
    const links = await page.evaluate((served) => {
      const key = (a: Element) =>
        `${(a as HTMLAnchorElement).href} ${(a.textContent ?? "").replace(/\s+/g, " ").trim()}`;
      const parsed = new DOMParser().parseFromString(served, "text/html");
      const base = document.createElement("base");
      base.href = location.href;
      parsed.head.prepend(base);
      // A browser running scripts keeps <noscript> markup as text: its links are compared as text elsewhere.
      const shown = [...parsed.querySelectorAll("a[href]")].filter((a) => !a.closest("noscript"));
      return { served: shown.map(key), live: [...document.querySelectorAll("a[href]")].map(key) };
    }, html);
    const injected = fx.spam.filter((s) => s.technique !== "noscript").map((s) => `${s.href} ${s.text}`);
    const missing = [...links.served];
    for (const l of links.live) {
      const i = missing.indexOf(l);
      if (i >= 0) missing.splice(i, 1);
    }
    expect(missing.sort()).toEqual([...injected].sort());
    expect(report.spam.links.filter((l) => l.verdict === "spam").length).toBe(fx.spam.length);

    if (fx.article) expect(report.scope).toBe("article");
    const attributions = report.analysis.attributions.map((a) => ({ text: a.text, speaker: a.speaker, tier: a.tier }));
    expect(
      readingMisses({ attributions: fx.attributions }, { articleText: "", scope: report.scope, attributions }),
    ).toEqual([]);
    await page.close();
  });
});
