import { describe, expect, it } from "vitest";
import { classifyUrl } from "../../../lib/page-kind";

describe("classifyUrl", () => {
  it.each([
    ["https://news.example.com/story", "web"],
    ["http://127.0.0.1:8080/seed-article.html", "web"],
    ["chrome://extensions", "browser-page"],
    ["about:addons", "browser-page"],
    ["chrome-extension://abc/popup.html", "browser-page"],
    ["view-source:https://example.com", "browser-page"],
    ["https://chromewebstore.google.com/detail/x", "store"],
    ["https://addons.mozilla.org/en-US/firefox/", "store"],
    ["https://example.com/report.pdf", "pdf"],
    ["https://example.com/report.PDF?download=1", "pdf"],
    ["file:///home/me/page.html", "file"],
    [undefined, "unknown"],
    ["", "unknown"],
  ])("%s -> %s", (url, kind) => expect(classifyUrl(url)).toBe(kind));
});
