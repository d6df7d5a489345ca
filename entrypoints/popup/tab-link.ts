/**
 * How the popup reaches the page it reports on: the tab named by `?tab=` (so a
 * test or a pinned popup window can point it at a tab) or else the active tab,
 * injecting the content script on demand into tabs opened before install.
 */
import { browser } from "wxt/browser";
import type { ContentRequest, PageReport } from "../../lib/messages";
import { injectContentScript } from "../../lib/browser/platform";

export interface TargetTab {
  id: number;
  url?: string;
}

export async function targetTab(search: string): Promise<TargetTab | null> {
  const param = new URLSearchParams(search).get("tab");
  if (param && /^\d+$/.test(param)) {
    const id = Number(param);
    try {
      const tab = await browser.tabs.get(id);
      return { id, url: tab.url };
    } catch {
      return { id };
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id != null ? { id: tab.id, url: tab.url } : null;
}

export async function sendToTab<T>(tabId: number, req: ContentRequest): Promise<T> {
  return (await browser.tabs.sendMessage(tabId, req)) as T;
}

/** Asks the tab's content script, injecting the script once if nobody answers. */
async function ask<T>(tab: TargetTab, req: ContentRequest): Promise<T> {
  try {
    return await sendToTab<T>(tab.id, req);
  } catch {
    await injectContentScript(tab.id);
    return await sendToTab<T>(tab.id, req);
  }
}

/** The tab's report, from its content script. */
export async function requestReport(tab: TargetTab | null): Promise<PageReport | null> {
  return tab ? ask<PageReport | null>(tab, { type: "sourcelight:get-report" }) : null;
}

/**
 * The site a tab shows, as the settings name sites ("example.com" for "https://www.example.com/x"): from its
 * address when the browser lets the popup see it, else from its content script (which answers even when off).
 */
export async function siteOfTab(tab: TargetTab | null): Promise<string> {
  if (!tab) return "";
  let host = "";
  try {
    host = tab.url ? new URL(tab.url).hostname : await ask<string>(tab, { type: "sourcelight:get-site" });
  } catch {
    return "";
  }
  return (typeof host === "string" ? host : "").replace(/^www\./, "");
}
