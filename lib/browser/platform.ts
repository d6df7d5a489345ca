/**
 * The one place where Chromium (MV3) and Firefox (MV2) differ for Sourcelight.
 * Everything else uses `browser` from `wxt/browser` (webextension-polyfill) as
 * common ground and calls these small functions instead of testing for APIs
 * itself. Feature detection, never user-agent sniffing.
 *
 * - toolbar button API: `action` in Chromium, `browserAction` in Firefox
 *   (`badgeApi()`);
 * - injecting a script on demand: `scripting` (Firefox ≥ 102;
 *   `tabs.executeScript` before) (`injectContentScript()`);
 * - `storage.session`: Chromium; Firefox ≥ 115 (`sessionStorageArea()`);
 * - CSS Custom Highlight API: Chromium ≥ 105, Firefox ≥ 140; older, or the
 *   pref off: none (`supportsHighlights()`);
 * - shadow-root styles: constructed sheets, not subject to the page's CSP;
 *   in Firefox from the content script's own realm (a sheet made in the
 *   page's realm can't cross the Xray boundary), none before 101
 *   (`styleShadowRoot()`).
 */
import { browser } from "wxt/browser";

/** The built content script, as WXT emits it for both browsers. */
export const CONTENT_SCRIPT_FILE = "/content-scripts/content.js";

type BadgeApi = Pick<typeof browser.action, "setBadgeText" | "setBadgeBackgroundColor" | "setTitle">;

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2. */
export function badgeApi(): BadgeApi {
  const b = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  const api = b.action ?? b.browserAction;
  if (!api) throw new Error("Sourcelight: this browser has neither action nor browserAction");
  return api;
}

/**
 * Runs the content script in a tab that does not have it yet (a tab opened
 * before install, or one the manifest's matches missed). Needs `activeTab`
 * (the user clicked the button) or a host permission for the tab.
 */
export async function injectContentScript(tabId: number, file: string = CONTENT_SCRIPT_FILE): Promise<void> {
  const b = browser as unknown as {
    scripting?: { executeScript(i: { target: { tabId: number }; files: string[] }): Promise<unknown> };
    tabs: { executeScript?(tabId: number, details: { file: string }): Promise<unknown> };
  };
  if (b.scripting?.executeScript) {
    await b.scripting.executeScript({ target: { tabId }, files: [file] });
  } else if (b.tabs.executeScript) {
    await b.tabs.executeScript(tabId, { file });
  } else {
    throw new Error("Sourcelight: this browser cannot inject scripts on demand");
  }
}

/** The minimal storage area Sourcelight uses. */
export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

let memoryArea: StorageAreaLike | null = null;

/**
 * `storage.session` (kept while the browser runs, never written to disk), or,
 * where a browser lacks it, an in-memory area in the calling context with the
 * same promise API (lost when that context ends; never falls back to disk).
 */
export function sessionStorageArea(): StorageAreaLike {
  const session = (browser.storage as unknown as { session?: StorageAreaLike }).session;
  if (session) return session;
  if (!memoryArea) {
    const data = new Map<string, unknown>();
    const list = (keys: string | string[]) => (Array.isArray(keys) ? keys : [keys]);
    memoryArea = {
      async get(keys) {
        const wanted = keys == null ? [...data.keys()] : list(keys);
        return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
      },
      async set(items) {
        for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
      },
      async remove(keys) {
        for (const k of list(keys)) data.delete(k);
      },
    };
  }
  return memoryArea;
}

/**
 * Whether `CSS.highlights` and `Highlight` can paint ranges in `win`
 * (Chromium ≥ 105, Firefox ≥ 140, Safari ≥ 17.2). When not, the content
 * script falls back to wrapping elements.
 */
export function supportsHighlights(win: typeof globalThis = globalThis): boolean {
  const w = win as unknown as { CSS?: { highlights?: unknown }; Highlight?: unknown };
  return typeof w.CSS !== "undefined" && w.CSS != null && w.CSS.highlights != null && typeof w.Highlight === "function";
}

/**
 * Styles a shadow root (or the page, for `::highlight` rules) from a content script. A stylesheet constructed in the
 * content script's own realm is not subject to the page's CSP and works in
 * both browsers; a `<style>` element inside the root is the fallback (no
 * constructable sheets, or adoption refused). Returns a function that removes
 * the styles again.
 */
export function styleShadowRoot(root: ShadowRoot | Document, cssText: string): () => void {
  const Sheet = (globalThis as { CSSStyleSheet?: typeof CSSStyleSheet }).CSSStyleSheet;
  if (Sheet && "adoptedStyleSheets" in root) {
    try {
      const sheet = new Sheet();
      sheet.replaceSync(cssText);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return () => {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    } catch {
      // fall through to a <style> element
    }
  }
  const doc = "createElement" in root ? root : root.ownerDocument;
  const style = doc.createElement("style");
  style.textContent = cssText;
  ("head" in root ? (root.head ?? root.documentElement) : root).append(style);
  return () => style.remove();
}
