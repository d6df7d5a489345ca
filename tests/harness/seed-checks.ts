/**
 * The seed-page checks, written once and run in every browser: each takes a
 * small `SeedDriver` (what a test needs from a browser, nothing more), so the
 * Chromium (playwright-core) and Firefox (puppeteer-core over WebDriver BiDi)
 * runs assert exactly the same things. Drivers: `chromiumSeedDriver` and
 * `firefoxSeedDriver` below.
 *
 * Expected values come from the hand-written reading of the seed article
 * (shared/fixtures/seed-article.expected.md), not from the engine's output.
 *
 * Functions sent into a page (`inPage`) are serialised: they must not close
 * over anything and take their data through the one argument.
 */
import { expect } from "vitest";
import type { Page as PlaywrightPage } from "playwright-core";
import type { Page as PuppeteerPage } from "puppeteer-core";
import type { ContentRequest, PageReport } from "../../lib/messages";
import type { Tier } from "../../lib/attribution/types";
import type { ExtensionBrowser } from "./chromium";
import type { FirefoxExtensionBrowser } from "./firefox";
import { SCREENSHOTS } from "./chromium";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

export type BrowserName = "chromium" | "firefox";

/** A page in some browser: the fixture page or the popup. */
export interface PageDriver {
  /** Runs `fn(arg)` in the page's main world and returns its (JSON-able) result. */
  inPage<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Waits until `fn(arg)` is truthy in the page. */
  waitInPage<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
  /** Moves the mouse to page coordinates (CSS pixels in the viewport). */
  mouseMove(x: number, y: number): Promise<void>;
  /** Presses a key or chord, in Playwright/Puppeteer notation ("Tab", "Alt+Shift+KeyS"). */
  press(keys: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** Saves test-output/screenshots/<name>.png and returns its path. */
  screenshot(name: string, fullPage?: boolean): Promise<string>;
  /** A PNG of a rectangle of the viewport (CSS pixels). */
  capture(clip: { x: number; y: number; width: number; height: number }): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface SeedDriver {
  name: BrowserName;
  /** The fixture page (already navigated). */
  page: PageDriver;
  requestReport(): Promise<PageReport | null>;
  send<T = unknown>(request: ContentRequest): Promise<T>;
  /** Opens the popup for the fixture page's tab. */
  openPopup(query?: string): Promise<PageDriver>;
}

// ---------------------------------------------------------------- drivers

function splitChord(keys: string): string[] {
  return keys.split("+");
}

export function playwrightPageDriver(page: PlaywrightPage): PageDriver {
  return {
    inPage: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as Promise<never>,
    waitInPage: async (fn, arg, timeout = 10_000) => {
      await page.waitForFunction(fn as (a: unknown) => unknown, arg, { timeout });
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (keys) => page.keyboard.press(keys),
    click: (selector) => page.click(selector),
    async screenshot(name, fullPage = true) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const path = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path, fullPage });
      return path;
    },
    capture: async (clip) => new Uint8Array(await page.screenshot({ clip })),
    close: () => page.close(),
  };
}

export function puppeteerPageDriver(page: PuppeteerPage): PageDriver {
  return {
    inPage: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as Promise<never>,
    waitInPage: async (fn, arg, timeout = 10_000) => {
      await page.waitForFunction(fn as (a: unknown) => unknown, { timeout, polling: 100 }, arg);
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    async press(keys) {
      // Puppeteer has no chords: hold the modifiers, press the key, release.
      const parts = splitChord(keys);
      const key = parts.pop()!;
      for (const m of parts) await page.keyboard.down(m as never);
      await page.keyboard.press(key as never);
      for (const m of parts.reverse()) await page.keyboard.up(m as never);
    },
    click: (selector) => page.click(selector),
    async screenshot(name, fullPage = true) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const path = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path: path as `${string}.png`, fullPage });
      return path;
    },
    capture: async (clip) => new Uint8Array(await page.screenshot({ clip })),
    close: () => page.close(),
  };
}

export function chromiumSeedDriver(ext: ExtensionBrowser, page: PlaywrightPage): SeedDriver {
  return {
    name: "chromium",
    page: playwrightPageDriver(page),
    requestReport: () => ext.requestReport(page),
    send: (req) => ext.sendToTab(page, req),
    async openPopup(query = "") {
      const popup = await ext.openPopup(page, query);
      await popup.setViewportSize({ width: 420, height: 900 });
      return playwrightPageDriver(popup);
    },
  };
}

export function firefoxSeedDriver(fx: FirefoxExtensionBrowser, page: PuppeteerPage): SeedDriver {
  return {
    name: "firefox",
    page: puppeteerPageDriver(page),
    requestReport: () => fx.requestReport(page),
    send: (req) => fx.sendToTab(page, req),
    async openPopup(query = "") {
      return puppeteerPageDriver(await fx.openPopup(page, query));
    },
  };
}

// ---------------------------------------------------------------- expected reading

/**
 * The 14 attributions of the seed article in reading order: a phrase the
 * highlight must contain, and its tier (seed-article.expected.md).
 */
export const SEED_ATTRIBUTIONS: ReadonlyArray<{ contains: string; tier: Tier }> = [
  { contains: "allegedly attempting", tier: "unattributed" },
  { contains: "Ehsanullah Ehsan has told", tier: "on-record" },
  { contains: "Taliban officials and TTP sources suggest", tier: "anonymous" },
  { contains: "Sources within the Pakistani military assert", tier: "anonymous" },
  { contains: "Ehsanullah Ehsan described", tier: "on-record" },
  { contains: "Ehsan stated", tier: "on-record" },
  { contains: "Pakistan army", tier: "institutional" },
  { contains: "sources suggesting", tier: "anonymous" },
  { contains: "reportedly", tier: "unattributed" },
  { contains: "according to a senior TTP commander", tier: "anonymous" },
  { contains: "General Directorate of Intelligence", tier: "institutional" },
  { contains: "believed to", tier: "unattributed" },
  { contains: "allegedly orchestrated", tier: "unattributed" },
  { contains: "alleged covert", tier: "unattributed" },
];

export const SEED_TITLE = "Pakistan pushing ISIS terrorists into Afghanistan";
export const SEED_SPEAKER = { name: "Ehsanullah Ehsan", attributions: 3 };
/** The four injected links Sourcelight must take out (all point at markas303 domains). */
export const SEED_SPAM = {
  count: 4,
  hrefHost: "markas303",
  texts: [
    "https://www.markas303.ac.id/",
    "https://www.markas303.or.id/",
    "https://www.markas303.sch.id/",
    "agen bandar bola online indonesia",
  ],
};
/** Links of the site's own that must stay. */
export const SEED_OWN_LINKS = 9;

const norm = (s: string) => s.replace(/\s+/g, " ").trim();

// ---------------------------------------------------------------- checks

/** What the page paints, per highlight name: the text of each range, in document order. */
export interface Painted {
  api: "highlights" | "none";
  byName: Record<string, string[]>;
}

export async function readPainted(d: SeedDriver): Promise<Painted> {
  return d.page.inPage(() => {
    if (typeof CSS === "undefined" || !("highlights" in CSS)) return { api: "none" as const, byName: {} };
    const byName: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights) {
      // The content script registers StaticRanges (a live Range costs the page on every change): read them through
      // live ones.
      const ranges = [...h].map((r) => {
        const x = document.createRange();
        x.setStart(r.startContainer, r.startOffset);
        x.setEnd(r.endContainer, r.endOffset);
        return x;
      });
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      byName[name] = ranges.map((r) => r.toString());
    }
    return { api: "highlights" as const, byName };
  }, null);
}

/** Waits for the content script to have painted at least one highlight. */
export async function waitForHighlights(d: SeedDriver, timeoutMs = 15_000): Promise<void> {
  await d.page.waitInPage(
    () => {
      if (typeof CSS === "undefined" || !("highlights" in CSS)) return false;
      let n = 0;
      for (const [, h] of CSS.highlights) n += h.size;
      return n > 0;
    },
    null,
    timeoutMs,
  );
}

/**
 * The highlights really paint: a picture of the first highlighted range
 * differs from the same picture with the highlight registry emptied (and
 * refilled right after).
 */
export async function checkHighlightsPaint(d: SeedDriver): Promise<void> {
  const rect = await d.page.inPage(() => {
    for (const [, h] of CSS.highlights) {
      for (const s of h) {
        const r = document.createRange();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        r.startContainer.parentElement?.scrollIntoView({ block: "center" });
        const b = r.getBoundingClientRect();
        if (b.width > 0 && b.height > 0)
          return { x: Math.floor(b.x), y: Math.floor(b.y), width: Math.ceil(b.width), height: Math.ceil(b.height) };
      }
    }
    return null;
  }, null);
  expect(rect, `${d.name}: no highlighted range with a visible box`).toBeTruthy();
  const painted = await d.page.capture(rect!);
  await d.page.inPage(() => {
    const w = window as unknown as { __slStash?: Array<[string, Highlight]> };
    w.__slStash = [...CSS.highlights];
    CSS.highlights.clear();
  }, null);
  const bare = await d.page.capture(rect!);
  await d.page.inPage(() => {
    const w = window as unknown as { __slStash?: Array<[string, Highlight]> };
    for (const [name, h] of w.__slStash ?? []) CSS.highlights.set(name, h);
    delete w.__slStash;
  }, null);
  expect(Buffer.from(painted).equals(Buffer.from(bare)), `${d.name}: the highlight changes no pixel`).toBe(false);
}

/** The report's attributions in reading order. */
function inReadingOrder(report: PageReport) {
  return [...report.analysis.attributions].sort((a, b) => a.start - b.start);
}

/**
 * What is painted is exactly what the report lists, whatever the engine
 * found: one range per attribution, in the highlight of its tier, with the
 * same text; painted with the CSS Custom Highlight API (both browsers have it).
 */
export async function checkPaintedMatchesReport(d: SeedDriver): Promise<PageReport> {
  await waitForHighlights(d);
  const report = await d.requestReport();
  expect(report, `${d.name}: the content script gave no report`).toBeTruthy();
  expect(report!.title).toBe(SEED_TITLE);
  const attributions = inReadingOrder(report!);
  expect(attributions.length).toBeGreaterThan(0);
  const painted = await readPainted(d);
  expect(painted.api).toBe("highlights");
  for (const tier of ["on-record", "institutional", "anonymous", "unattributed"] as const) {
    const want = attributions.filter((a) => a.tier === tier).map((a) => norm(a.text));
    const got = (painted.byName[`sourcelight-${tier}`] ?? []).map(norm);
    expect(got, `${d.name}: ranges painted as ${tier}`).toEqual(want);
  }
  return report!;
}

/**
 * The seed page is read as the reference reading says: 14 attributions in
 * order with their tiers, Ehsanullah Ehsan named 3 times (not "Ehsan").
 */
export async function checkSeedReading(d: SeedDriver): Promise<PageReport> {
  await waitForHighlights(d);
  const report = (await d.requestReport())!;
  expect(report, `${d.name}: the content script gave no report`).toBeTruthy();
  const attributions = inReadingOrder(report);
  expect(attributions.map((a) => a.tier)).toEqual(SEED_ATTRIBUTIONS.map((e) => e.tier));
  SEED_ATTRIBUTIONS.forEach((e, i) =>
    expect(norm(attributions[i]?.text ?? ""), `attribution ${i + 1}`).toContain(e.contains),
  );
  expect(report.analysis.summary.total).toBe(SEED_ATTRIBUTIONS.length);
  const speaker = report.analysis.summary.speakers.find((s) => s.name === SEED_SPEAKER.name);
  expect(speaker?.attributions.length).toBe(SEED_SPEAKER.attributions);
  expect(report.analysis.summary.speakers.map((s) => s.name)).not.toContain("Ehsan");
  return report;
}

/** The popup, opened for the seed page's tab, shows its title, counts per tier and the named speaker with 3. */
export async function checkSeedPopup(d: SeedDriver, screenshotName?: string): Promise<PageDriver> {
  const popup = await d.openPopup();
  await popup.waitInPage(() => document.querySelector('[data-state="ready"]') !== null, null, 15_000);
  if (screenshotName) await popup.screenshot(screenshotName);
  const text = await popup.inPage(() => document.body.innerText, null);
  expect(text).toContain(SEED_TITLE);
  // The speaker's entry: name, role, and the count of attributions.
  const speakers = await popup.inPage(
    () => [...document.querySelectorAll('[data-testid="speakers"] li')].map((li) => li.textContent ?? ""),
    null,
  );
  expect(speakers).toHaveLength(1);
  expect(speakers[0]).toContain(SEED_SPEAKER.name);
  expect(speakers[0]).toMatch(new RegExp(`\\D${SEED_SPEAKER.attributions}$`));
  const counts = await popup.inPage(
    () =>
      [...document.querySelectorAll("[data-tier]")].map(
        (li) => `${li.getAttribute("data-tier")}=${li.getAttribute("data-count")}`,
      ),
    null,
  );
  expect(counts).toEqual(["on-record=3", "institutional=2", "anonymous=4", "unattributed=5"]);
  return popup;
}

/** The page's links, as (text, href) pairs in document order. */
export async function readLinks(d: SeedDriver): Promise<Array<{ text: string; href: string }>> {
  return d.page.inPage(
    () =>
      [...document.querySelectorAll("a")].map((a) => ({
        text: (a.textContent ?? "").trim(),
        href: a.getAttribute("href") ?? "",
      })),
    null,
  );
}

/** The page's body as the browser parses the fixture with no script at all: the DOM before Sourcelight. */
export async function pristineBody(d: SeedDriver): Promise<string> {
  return d.page.inPage(async () => {
    const html = await (await fetch(location.href)).text();
    const doc = new DOMParser().parseFromString(html, "text/html");
    return doc.body.outerHTML;
  }, null);
}

/**
 * The page's body now, without what Sourcelight adds of its own (elements
 * whose id, class or tag name starts with "sourcelight").
 */
export async function currentBody(d: SeedDriver): Promise<string> {
  return d.page.inPage(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of [...clone.querySelectorAll("*")]) {
      const own = [el.id, el.getAttribute("class") ?? "", el.tagName.toLowerCase()].some((s) =>
        /^sourcelight/i.test(s),
      );
      if (own) el.remove();
    }
    return clone.outerHTML;
  }, null);
}

/**
 * Spam: the seed page loses exactly its 4 injected links and keeps the 9 of
 * its own; the report lists the 4; "put back" restores the body exactly.
 */
export async function checkSeedSpam(d: SeedDriver): Promise<void> {
  const before = await pristineBody(d);
  await d.page.waitInPage(
    (host: string) => ![...document.querySelectorAll("a")].some((a) => (a.getAttribute("href") ?? "").includes(host)),
    SEED_SPAM.hrefHost,
    15_000,
  );
  const links = await readLinks(d);
  expect(links.filter((l) => l.href.includes(SEED_SPAM.hrefHost))).toEqual([]);
  expect(links).toHaveLength(SEED_OWN_LINKS);

  const report = await d.requestReport();
  const listed = (report?.spam.links ?? []).filter((l) => l.verdict === "spam");
  expect(listed.map((l) => norm(l.text)).sort()).toEqual([...SEED_SPAM.texts].sort());
  expect(report?.spam.stripped).toBe(true);

  await d.send({ type: "sourcelight:spam", action: "restore" });
  await d.page.waitInPage(
    (n: number) => document.querySelectorAll("a").length === n,
    SEED_OWN_LINKS + SEED_SPAM.count,
    10_000,
  );
  expect(await currentBody(d)).toBe(before);
  const after = await d.requestReport();
  expect(after?.spam.stripped).toBe(false);

  // And out again, for the rest of the run.
  await d.send({ type: "sourcelight:spam", action: "strip" });
  await d.page.waitInPage((n: number) => document.querySelectorAll("a").length === n, SEED_OWN_LINKS, 10_000);
}

/** The tooltip's text in the overlay's shadow root, or "" when none is open. */
function tooltipText(d: SeedDriver): Promise<string> {
  return d.page.inPage(
    () => document.querySelector("sourcelight-ui")?.shadowRoot?.querySelector('[role="tooltip"]')?.textContent ?? "",
    null,
  );
}

async function pollTooltip(d: SeedDriver, wanted: (text: string) => boolean): Promise<string> {
  let text = "";
  for (let i = 0; i < 50; i++) {
    text = await tooltipText(d);
    if (wanted(text)) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  return text;
}

/** Hovering "Ehsan stated" shows its tooltip; the keyboard moves on; Escape closes. */
export async function checkSeedTooltip(d: SeedDriver, screenshotName?: string): Promise<void> {
  await waitForHighlights(d);
  const box = await d.page.inPage(() => {
    const r = [...(CSS.highlights.get("sourcelight-on-record") ?? [])]
      .map((r) => {
        const x = document.createRange();
        x.setStart(r.startContainer, r.startOffset);
        x.setEnd(r.endContainer, r.endOffset);
        return x;
      })
      .find((x) => x.toString() === "Ehsan stated");
    if (!r) return null;
    // The first line box: the words may wrap onto a second line.
    const b = r.getClientRects()[0];
    return { x: b.left + 5, y: b.top + b.height / 2, scrolled: b.top < 0 || b.bottom > innerHeight };
  }, null);
  expect(box).not.toBeNull();
  if (box!.scrolled) throw new Error("the highlight is outside the viewport; the test page is too small");
  await d.page.mouseMove(box!.x, box!.y);
  await d.page.mouseMove(box!.x + 3, box!.y);
  const hovered = await pollTooltip(d, (t) => t.includes("Ehsanullah Ehsan"));
  if (screenshotName) await d.page.screenshot(screenshotName, false);
  expect(hovered).toMatch(/ON RECORD.*(likely right|probably right|uncertain) \(\d+%\).*6 of 14.*Ehsanullah Ehsan/);
  await d.page.mouseMove(2, 2);
  await d.page.press("Alt+Shift+J");
  expect(await pollTooltip(d, (t) => t.includes("7 of 14"))).toContain("INSTITUTION");
  await d.page.press("Escape");
  expect(await pollTooltip(d, (t) => t === "")).toBe("");
}
