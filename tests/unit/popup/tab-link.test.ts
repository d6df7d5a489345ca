/**
 * The popup reaches its tab: by ?tab= or the active tab, injecting the content script into tabs opened before install.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { browser } from "wxt/browser";
import { requestReport, targetTab } from "../../../entrypoints/popup/tab-link";

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe("targetTab", () => {
  it("takes the tab named by ?tab=", async () => {
    vi.spyOn(browser.tabs, "get").mockResolvedValue({ id: 42, url: "https://news.example/a" } as never);
    expect(await targetTab("?tab=42")).toEqual({ id: 42, url: "https://news.example/a" });
  });

  it("falls back to the active tab", async () => {
    vi.spyOn(browser.tabs, "query").mockResolvedValue([{ id: 7, url: "https://news.example/b" }] as never);
    expect(await targetTab("")).toEqual({ id: 7, url: "https://news.example/b" });
  });
});

describe("requestReport", () => {
  it("injects the content script once when no one answers, then asks again", async () => {
    const report = { title: "T" };
    const send = vi
      .spyOn(browser.tabs, "sendMessage")
      .mockRejectedValueOnce(new Error("Could not establish connection. Receiving end does not exist."))
      .mockResolvedValueOnce(report as never);
    const inject = vi.fn().mockResolvedValue([]);
    (browser as unknown as { scripting: unknown }).scripting = { executeScript: inject };
    expect(await requestReport({ id: 3 })).toBe(report);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 3 }, files: ["/content-scripts/content.js"] });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it("passes on the browser's refusal for pages it protects", async () => {
    vi.spyOn(browser.tabs, "sendMessage").mockRejectedValue(new Error("no receiver"));
    (browser as unknown as { scripting: unknown }).scripting = {
      executeScript: vi.fn().mockRejectedValue(new Error("Cannot access a chrome:// URL")),
    };
    await expect(requestReport({ id: 3 })).rejects.toThrow(/Cannot access a chrome/);
  });
});
