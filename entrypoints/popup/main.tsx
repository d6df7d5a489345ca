import { render } from "preact";
import { browser } from "wxt/browser";
import { Popup, type LoadResult, type PopupActions } from "../../components/popup/Popup";
import { toJson, toMarkdown } from "../../lib/export";
import type { ContentRequest, PageReport } from "../../lib/messages";
import { classifyUrl } from "../../lib/page-kind";
import { hostMatches } from "../../lib/settings";
import { loadSettings, saveSettings } from "../../lib/settings-store";
import { requestReport, sendToTab, targetTab } from "./tab-link";
import "./popup.css";

const tabPromise = targetTab(location.search);

async function load(): Promise<LoadResult> {
  const tab = await tabPromise;
  if (!tab) return { kind: "error", message: "no tab" };
  const kind = classifyUrl(tab.url);
  if (kind !== "web" && kind !== "unknown") return { kind: "restricted", page: kind };
  let report: PageReport | null;
  try {
    report = await requestReport(tab);
  } catch (err) {
    const message = String((err as Error)?.message ?? err);
    // The browser refused to let the script in: one of its own pages or a store.
    if (/cannot (access|be scripted)|extensions gallery|chrome:|about:|privileged/i.test(message)) return { kind: "restricted", page: "browser-page" };
    return { kind: "error", message };
  }
  if (!report) return { kind: "loading" };
  const settings = await loadSettings();
  return {
    kind: "report",
    report,
    siteEnabled: settings.enabled && !settings.neverSites.some((s) => hostMatches(report.site, s)),
    palette: settings.palette,
  };
}

const actions: PopupActions = {
  load,
  async send(request: ContentRequest) {
    const tab = await tabPromise;
    return tab ? sendToTab<PageReport | null>(tab.id, request) : null;
  },
  async setSiteEnabled(on) {
    const tab = await tabPromise;
    const report = tab ? await sendToTab<PageReport | null>(tab.id, { type: "sourcelight:get-report" }) : null;
    const site = report?.site.replace(/^www\./, "");
    if (!site) return;
    const { neverSites } = await loadSettings();
    await saveSettings({ neverSites: on ? neverSites.filter((s) => !hostMatches(site, s)) : [...new Set([...neverSites, site])] });
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
