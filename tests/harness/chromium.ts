/**
 * Launches Debian's (or the user's) Chromium with the built extension loaded,
 * through playwright-core: never a browser download.
 */
import type { ExtensionGlobals } from "./in-browser";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ContentRequest, PageReport } from "../../lib/messages";
import { chromium, type BrowserContext, type Page, type Worker } from "playwright-core";

export { PROJECT_ROOT } from "./paths";
import { PROJECT_ROOT } from "./paths";
import { findBrowser } from "./find-browser";
import { whenContentScriptAnswers } from "./content-script-ready";
export const CHROME_BUILD = join(PROJECT_ROOT, ".output/chrome-mv3");
export const SCREENSHOTS = join(PROJECT_ROOT, "test-output/screenshots");

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

/** CHROMIUM_PATH, then the usual install places; a clear error naming the fix when none is there. */
export function findChromium(): string {
  return findBrowser({ name: "Chromium", envVar: "CHROMIUM_PATH", candidates: CANDIDATES, install: "chromium" });
}

/**
 * Headless Chromium on a closed machine: no sandbox (root in a container), and none of the background
 * connections (updates, sync, QUIC) that this machine refuses, many at a time.
 */
export const QUIET_CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens the popup page for the tab holding `page`. */
  openPopup(page: Page, query?: string): Promise<Page>;
  /** Asks the content script in `page`'s tab for its report, as the popup does. */
  requestReport(page: Page): Promise<PageReport | null>;
  /** Sends any request of the protocol to the content script in `page`'s tab, as the popup does. */
  sendToTab<T = unknown>(page: Page, request: ContentRequest): Promise<T>;
  /** The extension's id for a tab, as the popup's `?tab=` wants it. */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  colorScheme?: "light" | "dark";
  /** Send all traffic, loopback included, through this HTTP proxy (see recording-proxy.ts). */
  proxyServer?: string;
}

export async function launchWithExtension(opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = opts.extensionDir ?? CHROME_BUILD;
  if (!existsSync(join(dir, "manifest.json"))) {
    throw new Error(`No built extension at ${dir}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), "sourcelight-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: opts.headless ?? true,
    colorScheme: opts.colorScheme ?? "light",
    viewport: { width: 1100, height: 800 },
    ...(opts.proxyServer ? { proxy: { server: opts.proxyServer, bypass: "<-loopback>" } } : {}),
    args: [...QUIET_CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;

  const tabIdOf = async (page: Page): Promise<number> => {
    await page.bringToFront();
    const id = await worker.evaluate(async () => {
      const [tab] = await (globalThis as unknown as ExtensionGlobals).chrome.tabs.query({
        active: true,
        lastFocusedWindow: true,
      });
      return tab?.id ?? null;
    });
    if (id == null) throw new Error("could not find the tab id of the page under test");
    return id;
  };

  const sendToTab = async <T>(page: Page, request: ContentRequest): Promise<T> => {
    const tabId = await tabIdOf(page);
    return whenContentScriptAnswers(
      () =>
        worker.evaluate(([id, req]) => (globalThis as unknown as ExtensionGlobals).chrome.tabs.sendMessage(id, req), [
          tabId,
          request,
        ] as const) as Promise<T>,
    );
  };
  const requestReport = (page: Page) => sendToTab<PageReport | null>(page, { type: "sourcelight:get-report" });

  return {
    context,
    requestReport,
    sendToTab,
    extensionId,
    worker,
    tabIdOf,
    async openPopup(page, query = "") {
      const tabId = await tabIdOf(page);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}${query}`);
      return popup;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
