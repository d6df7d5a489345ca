import { browser } from "wxt/browser";
import { defineBackground } from "wxt/utils/define-background";
import { isBackgroundMessage, SITE_BATCH } from "../lib/messages";
import { badgeApi } from "../lib/browser/platform";
import { siteTable } from "../lib/spam/psl";

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isBackgroundMessage(msg) || tabId == null) return;
    // The Public Suffix List is loaded here once, not into every page: content scripts ask for what they meet.
    if (msg.type === "sourcelight:sites") return Promise.resolve(siteTable(msg.hosts.slice(0, SITE_BATCH)));
    // The badge counts the claims resting on unnamed sources or none: the number a reader should weigh.
    const api = badgeApi();
    void api.setBadgeText({ tabId, text: msg.anonymous ? String(msg.anonymous) : "" });
    void api.setBadgeBackgroundColor({ tabId, color: "#8A4B00" });
    void api.setTitle({
      tabId,
      title: browser.i18n.getMessage("badge_title", [
        String(msg.attributions),
        String(msg.anonymous),
        String(msg.spam),
      ]),
    });
  });
  // A new page in the tab: its old count no longer applies.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === "loading") void badgeApi().setBadgeText({ tabId, text: "" });
  });
});
