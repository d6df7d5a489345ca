import { browser } from "wxt/browser";
import { defineBackground } from "wxt/utils/define-background";
import { isBackgroundMessage } from "../lib/messages";
import { badgeApi } from "../lib/platform";

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isBackgroundMessage(msg) || tabId == null) return;
    void badgeApi().setBadgeText({ tabId, text: msg.attributions ? String(msg.attributions) : "" });
  });
  // A new page in the tab: its old count no longer applies.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === "loading") void badgeApi().setBadgeText({ tabId, text: "" });
  });
});
