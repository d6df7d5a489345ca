import { render } from "preact";
import { browser } from "wxt/browser";
import { Popup, type LoadResult, type PopupActions } from "../../components/popup/Popup";
import { toJson, toMarkdown } from "../../lib/export";
import type { ContentRequest, PageReport } from "../../lib/messages";
import { classifyUrl } from "../../lib/page-kind";
import { hostMatches } from "../../lib/settings";
import { loadSettings, saveSettings } from "../../lib/browser/settings-store";
import { requestReport, sendToTab, siteOfTab, targetTab } from "./tab-link";
import "./popup.css";

const tabPromise = targetTab(location.search);

async function load(): Promise<LoadResult> {
  const tab = await tabPromise;
  if (!tab) return { kind: "error", message: "no tab" };
  const kind = classifyUrl(tab.url);
  if (kind !== "web" && kind !== "unknown") return { kind: "restricted", page: kind };
  // Off for this site or everywhere: say so, with the way back, rather than wait for a report that never comes.
  const settings = await loadSettings();
  const site = await siteOfTab(tab);
  if (!settings.enabled || settings.neverSites.some((s) => hostMatches(site, s)))
    return { kind: "off", site, everywhere: !settings.enabled };
  let report: PageReport | null;
  try {
    report = await requestReport(tab);
  } catch (err) {
    const message = String((err as Error)?.message ?? err);
    // The browser refused to let the script in: one of its own pages or a store.
    if (/cannot (access|be scripted)|extensions gallery|chrome:|about:|privileged/i.test(message))
      return { kind: "restricted", page: "browser-page" };
    return { kind: "error", message };
  }
  if (!report) return { kind: "loading" };
  return { kind: "report", report, siteEnabled: true, palette: settings.palette };
}

const actions: PopupActions = {
  load,
  async send(request: ContentRequest) {
    const tab = await tabPromise;
    return tab ? sendToTab<PageReport | null>(tab.id, request) : null;
  },
  async setSiteEnabled(on) {
    const site = await siteOfTab(await tabPromise);
    if (!site) return;
    const { neverSites } = await loadSettings();
    await saveSettings({
      neverSites: on ? neverSites.filter((s) => !hostMatches(site, s)) : [...new Set([...neverSites, site])],
    });
  },
  async setEnabled(on) {
    await saveSettings({ enabled: on });
  },
  copy: (text) => navigator.clipboard.writeText(text),
  markdown: toMarkdown,
  download(report) {
    const url = URL.createObjectURL(new Blob([toJson(report)], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `sourcelight-${report.site || "page"}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  openOptions: () => void browser.runtime.openOptionsPage(),
};

render(<Popup actions={actions} />, document.getElementById("app")!);
