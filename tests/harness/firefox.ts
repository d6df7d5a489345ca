/**
 * Launches Debian's (or the user's) Firefox headless through puppeteer-core
 * over WebDriver BiDi, with the built Firefox extension installed as a
 * temporary add-on: never a browser download.
 *
 * Extension pages: the add-on's fixed `browser_specific_settings.gecko.id` is
 * mapped to a fixed internal UUID with the `extensions.webextensions.uuids`
 * preference, so `moz-extension://<uuid>/popup.html?tab=<id>` is known in
 * advance. Firefox ≥ 153 lets WebDriver open such pages only when started with
 * `--remote-allow-system-access`, and never reports their load over BiDi, so
 * `openExtensionPage` navigates without waiting and polls the document.
 */
import type { ExtensionGlobals } from "./in-browser";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import type { ContentRequest, PageReport } from "../../lib/messages";
import { PROJECT_ROOT } from "./chromium";
import { findBrowser } from "./find-browser";
import { whenContentScriptAnswers } from "./content-script-ready";

export const FIREFOX_BUILD = join(PROJECT_ROOT, ".output/firefox-mv2");
/** The internal UUID the tests give the add-on (any fixed v4 UUID does). */
export const EXTENSION_UUID = "5a1e7c1e-50c1-4e1a-8b7e-000000000001";

const CANDIDATES = [
  "/usr/bin/firefox-esr",
  "/usr/bin/firefox",
  "/Applications/Firefox.app/Contents/MacOS/firefox",
  "/Applications/Firefox Nightly.app/Contents/MacOS/firefox",
];

/** FIREFOX_PATH, then the usual install places; a clear error naming the fix when none is there. */
export function findFirefox(): string {
  return findBrowser({ name: "Firefox", envVar: "FIREFOX_PATH", candidates: CANDIDATES, install: "firefox-esr" });
}

export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** Firefox's version string, e.g. "firefox/153.7.0". */
  version: string;
  addonId: string;
  /** `moz-extension://<uuid>`: the origin of the add-on's pages. */
  extensionOrigin: string;
  /** A new tab with a 1100×800 viewport, like the Chromium harness's pages. */
  newPage(): Promise<Page>;
  /** Opens one of the add-on's pages (path like "popup.html?tab=3") in a new tab and waits for it to load. */
  openExtensionPage(path: string, opts?: { width?: number; height?: number }): Promise<Page>;
  /** Opens the popup page for the tab holding `page`. */
  openPopup(page: Page, query?: string): Promise<Page>;
  /** Asks the content script in `page`'s tab for its report, as the popup does. */
  requestReport(page: Page): Promise<PageReport | null>;
  /** Sends any request of the protocol to the content script in `page`'s tab, as the popup does. */
  sendToTab<T = unknown>(page: Page, request: ContentRequest): Promise<T>;
  /** Firefox's tab id (`browser.tabs`) for `page`, as the popup's `?tab=` wants it. */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  headless?: boolean;
  extensionDir?: string;
}

function addonIdOf(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id)
    throw new Error(
      `${dir}/manifest.json has no browser_specific_settings.gecko.id; Firefox tests need a fixed add-on id.`,
    );
  return id;
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export async function launchFirefoxWithExtension(opts: FirefoxLaunchOptions = {}): Promise<FirefoxExtensionBrowser> {
  const dir = opts.extensionDir ?? FIREFOX_BUILD;
  if (!existsSync(join(dir, "manifest.json"))) {
    throw new Error(`No built Firefox extension at ${dir}: run \`npm run build\` first.`);
  }
  const executablePath = findFirefox();
  const addonId = addonIdOf(dir);
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath,
    headless: opts.headless ?? true,
    // Firefox ≥ 153 refuses WebDriver navigation to moz-extension:// pages without it.
    args: ["--remote-allow-system-access"],
    extraPrefsFirefox: {
      "extensions.webextensions.uuids": JSON.stringify({ [addonId]: EXTENSION_UUID }),
      // Quiet, offline profile: no first-run pages, updates or telemetry.
      "app.update.enabled": false,
      "extensions.update.enabled": false,
      "browser.shell.checkDefaultBrowser": false,
      "datareporting.policy.dataSubmissionEnabled": false,
      "toolkit.telemetry.enabled": false,
      "browser.safebrowsing.malware.enabled": false,
      "browser.safebrowsing.phishing.enabled": false,
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
    },
  });
  const version = await browser.version();
  let installed: string;
  try {
    installed = await browser.installExtension(dir);
  } catch (err) {
    await browser.close();
    throw err;
  }
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;

  const newPage = async (): Promise<Page> => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    return page;
  };

  const openExtensionPage = async (path: string, size: { width?: number; height?: number } = {}): Promise<Page> => {
    const page = await browser.newPage();
    await page.setViewport({ width: size.width ?? 1100, height: size.height ?? 800 });
    const url = `${extensionOrigin}/${path.replace(/^\//, "")}`;
    // BiDi never reports the load of an extension page: start the navigation, then poll.
    page.goto(url, { timeout: 20_000 }).catch(() => undefined);
    const deadline = Date.now() + 15_000;
    for (;;) {
      const state = await page
        .evaluate(
          () => [location.href, document.readyState, typeof (globalThis as { browser?: unknown }).browser] as const,
        )
        .catch(() => null);
      if (state && state[0] === url && state[1] === "complete" && state[2] === "object") return page;
      if (Date.now() > deadline) {
        throw new Error(
          `Firefox did not open ${url} (last seen: ${state ? state.join(", ") : "no document"}). Is the add-on installed with id ${addonId}?`,
        );
      }
      await sleep(100);
    }
  };

  // A document of the add-on's own, running none of its code, from which the tests call
  // extension APIs as the popup does (Firefox gives every moz-extension document `browser`).
  const controlPath = "icon/icon.svg";
  let control: Page | null = null;
  const controlPage = async (): Promise<Page> => {
    if (!control || control.isClosed()) control = await openExtensionPage(controlPath);
    return control;
  };

  const tabIdOf = async (page: Page): Promise<number> => {
    const ctl = await controlPage();
    await page.bringToFront();
    const id = await ctl.evaluate(async () => {
      const api = (globalThis as unknown as ExtensionGlobals).browser;
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    });
    if (id == null) throw new Error("could not find the Firefox tab id of the page under test");
    return id;
  };

  const sendToTab = async <T>(page: Page, request: ContentRequest): Promise<T> => {
    const tabId = await tabIdOf(page);
    const ctl = await controlPage();
    return whenContentScriptAnswers(
      () =>
        ctl.evaluate(
          (id, req) => (globalThis as unknown as ExtensionGlobals).browser.tabs.sendMessage(id, req),
          tabId,
          request as unknown as Record<string, unknown>,
        ) as Promise<T>,
    );
  };

  return {
    browser,
    version,
    addonId: installed,
    extensionOrigin,
    newPage,
    openExtensionPage,
    tabIdOf,
    sendToTab,
    requestReport: (page) => sendToTab<PageReport | null>(page, { type: "sourcelight:get-report" }),
    async openPopup(page, query = "") {
      const tabId = await tabIdOf(page);
      return openExtensionPage(`popup.html?tab=${tabId}${query}`, { width: 420, height: 900 });
    },
    async close() {
      await browser.close();
    },
  };
}
