/** lib/platform.ts: each browser difference picks the right API by feature detection. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { browser } from "wxt/browser";
import {
  badgeApi,
  CONTENT_SCRIPT_FILE,
  injectContentScript,
  sessionStorageArea,
  styleShadowRoot,
  supportsHighlights,
} from "../../../lib/browser/platform";

type Mutable = Record<string, unknown>;
const b = browser as unknown as Mutable;
const saved: Array<[Mutable, string, unknown]> = [];
function set(target: Mutable, key: string, value: unknown) {
  saved.push([target, key, target[key]]);
  target[key] = value;
}
afterEach(() => {
  for (const [t, k, v] of saved.reverse()) t[k] = v;
  saved.length = 0;
});

describe("badgeApi", () => {
  it("uses action where there is one (MV3)", () => {
    const action = { setBadgeText: vi.fn() };
    set(b, "action", action);
    set(b, "browserAction", { setBadgeText: vi.fn() });
    expect(badgeApi()).toBe(action);
  });
  it("uses browserAction in Firefox's MV2", () => {
    const browserAction = { setBadgeText: vi.fn() };
    set(b, "action", undefined);
    set(b, "browserAction", browserAction);
    expect(badgeApi()).toBe(browserAction);
  });
  it("says so when neither exists", () => {
    set(b, "action", undefined);
    set(b, "browserAction", undefined);
    expect(() => badgeApi()).toThrow(/neither action nor browserAction/);
  });
});

describe("injectContentScript", () => {
  it("uses scripting.executeScript with the built content script", async () => {
    const executeScript = vi.fn().mockResolvedValue([]);
    set(b, "scripting", { executeScript });
    await injectContentScript(7);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: [CONTENT_SCRIPT_FILE] });
  });
  it("falls back to tabs.executeScript without scripting", async () => {
    const executeScript = vi.fn().mockResolvedValue([]);
    set(b, "scripting", undefined);
    set(b.tabs as Mutable, "executeScript", executeScript);
    await injectContentScript(7);
    expect(executeScript).toHaveBeenCalledWith(7, { file: CONTENT_SCRIPT_FILE });
  });
});

describe("sessionStorageArea", () => {
  it("is storage.session where the browser has it", () => {
    const session = { get: vi.fn(), set: vi.fn(), remove: vi.fn() };
    set(b.storage as Mutable, "session", session);
    expect(sessionStorageArea()).toBe(session);
  });
  it("is an in-memory area with the same API where it does not", async () => {
    set(b.storage as Mutable, "session", undefined);
    const area = sessionStorageArea();
    await area.set({ a: { n: 1 }, b: 2 });
    expect(await area.get("a")).toEqual({ a: { n: 1 } });
    expect(await area.get(["a", "b", "c"])).toEqual({ a: { n: 1 }, b: 2 });
    await area.remove("a");
    expect(await area.get(null)).toEqual({ b: 2 });
    await area.remove("b");
  });
});

describe("supportsHighlights", () => {
  it("needs both CSS.highlights and Highlight", () => {
    expect(supportsHighlights({ CSS: { highlights: new Map() }, Highlight: class {} } as never)).toBe(true);
    expect(supportsHighlights({ CSS: {}, Highlight: class {} } as never)).toBe(false);
    expect(supportsHighlights({ CSS: { highlights: new Map() } } as never)).toBe(false);
    expect(supportsHighlights({} as never)).toBe(false);
  });
});

describe("styleShadowRoot", () => {
  it("styles the root and takes the styles away again", () => {
    const host = document.createElement("div");
    document.body.append(host);
    const root = host.attachShadow({ mode: "open" });
    const before = root.adoptedStyleSheets?.length ?? 0;
    const remove = styleShadowRoot(root, ".x{color:red}");
    const styled = (root.adoptedStyleSheets?.length ?? 0) > before || root.querySelector("style") !== null;
    expect(styled).toBe(true);
    remove();
    expect(root.adoptedStyleSheets?.length ?? 0).toBe(before);
    expect(root.querySelector("style")).toBeNull();
    host.remove();
  });
  it("falls back to a <style> element when a sheet cannot be adopted", () => {
    const host = document.createElement("div");
    const root = host.attachShadow({ mode: "open" });
    Object.defineProperty(root, "adoptedStyleSheets", {
      get: () => [],
      set: () => {
        throw new Error("refused");
      },
      configurable: true,
    });
    const remove = styleShadowRoot(root, ".x{color:red}");
    expect(root.querySelector("style")?.textContent).toBe(".x{color:red}");
    remove();
    expect(root.querySelector("style")).toBeNull();
  });
});
