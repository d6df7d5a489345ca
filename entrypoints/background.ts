import { browser } from "wxt/browser";
import { defineBackground } from "wxt/utils/define-background";
import { isBackgroundMessage, SITE_BATCH, type ContentRequest } from "../lib/messages";
import { badgeApi } from "../lib/browser/platform";
import { badgeFor } from "../lib/badge";
import { siteTable } from "../lib/spam/psl";
import { judgeLink, suspectsAmong } from "../lib/spam/judge";
import { DocumentReader, documentKey, tabKey } from "../lib/attribution/document-reader";

export default defineBackground(() => {
  // The attribution engine too: compiled once here, warm for every page, and reading off the pages' main threads.
  const reader = new DocumentReader();
  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isBackgroundMessage(msg) || tabId == null) return;
    // The Public Suffix List is loaded here once, not into every page: content scripts ask for what they meet.
    if (msg.type === "sourcelight:sites") return Promise.resolve(siteTable(msg.hosts.slice(0, SITE_BATCH)));
    // So is the spam judge with its vocabulary: a content script asks which links could be spam, then has the
    // suspects judged (entrypoints/content/link-judge.ts).
    if (msg.type === "sourcelight:suspects") return Promise.resolve(suspectsAmong(msg.looks.slice(0, SITE_BATCH)));
    if (msg.type === "sourcelight:judge") return Promise.resolve(msg.links.slice(0, SITE_BATCH).map(judgeLink));
    const doc = documentKey(tabId, sender.frameId ?? 0);
    if (msg.type === "sourcelight:forget") return void reader.forget(doc);
    if (msg.type === "sourcelight:analyze") {
      const start = performance.now();
      return reader.read(doc, msg.text, msg.preview).then((reply) => {
        // The reading's own time, for `npm run bench` (the rest of the page's wait is the messages' way there and
        // back); only the last is kept, and a timing is worth no reading.
        if (msg.preview) return reply;
        try {
          performance.clearMeasures("sourcelight:worker-read");
          performance.measure("sourcelight:worker-read", { start });
        } catch {
          // (No User Timing here: nothing to keep.)
        }
        return reply;
      });
    }
    // The badge: the share of claims resting on unnamed sources or none, the figures in its title (lib/badge.ts).
    const api = badgeApi();
    const badge = badgeFor({ attributions: msg.attributions, weak: msg.anonymous, isArticle: msg.isArticle });
    void api.setBadgeText({ tabId, text: badge.text });
    void api.setBadgeBackgroundColor({ tabId, color: badge.colour });
    void api.setTitle({
      tabId,
      title: browser.i18n.getMessage("badge_title", [
        String(msg.attributions),
        String(msg.anonymous),
        String(msg.spam),
      ]),
    });
  });
  // Keyboard commands (remappable in the browser's shortcut settings): step through the page's attributions.
  browser.commands?.onCommand.addListener((command, tab) => {
    const by = command === "next-attribution" ? 1 : command === "previous-attribution" ? -1 : 0;
    if (!by || tab?.id == null) return;
    const step: ContentRequest = { type: "sourcelight:step", by };
    browser.tabs.sendMessage(tab.id, step).catch(() => {}); // no content script there (a browser page): nothing to do
  });
  // First run (not an update): a page that shows what the marks mean.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === "install") void browser.tabs.create({ url: browser.runtime.getURL("/welcome.html") });
  });
  // A new page in the tab: its old count and its old article's slices no longer apply.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== "loading") return;
    void badgeApi().setBadgeText({ tabId, text: "" });
    reader.forget(tabKey(tabId));
  });
  browser.tabs.onRemoved.addListener((tabId) => reader.forget(tabKey(tabId)));
  browser.tabs.onReplaced?.addListener((_added, removed) => reader.forget(tabKey(removed)));
});
