import { defineConfig } from "wxt";
import preact from "@preact/preset-vite";
import { enforceBudgets } from "./tools/bundle-budget";
import { packedWordLists } from "./tools/packed-word-lists";
import { terserPass } from "./tools/terser-pass";

// Manifest and build settings for Chrome (MV3) and Firefox.
export default defineConfig({
  modules: ["@wxt-dev/webextension-polyfill"],
  hooks: {
    // Fail the build, with the figures, when the content script, the popup or the background worker outgrows its
    // budget.
    "build:done": (wxt) => {
      enforceBudgets(wxt.config.outDir);
    },
  },
  vite: () => ({
    // (The engine's word lists ship packed, the content script and the background worker minified twice:
    // tools/packed-word-lists.ts, tools/terser-pass.ts.)
    plugins: [preact(), packedWordLists(), terserPass()],
  }),
  manifest: ({ browser }) => ({
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    default_locale: "en",
    // activeTab + scripting: inject on demand into tabs opened before install,
    // without a broad host permission prompt. storage: settings.
    permissions: ["activeTab", "scripting", "storage"],
    action: { default_title: "__MSG_extName__" },
    // Readability, which the content script loads only for a page its markup does not explain
    // (entrypoints/readability.ts): a file pages may load too, at a URL Chromium makes new each session so that it
    // tells them nothing. (The attribution engine runs in the background worker.)
    web_accessible_resources: [
      { resources: ["readability.js"], matches: ["http://*/*", "https://*/*"], use_dynamic_url: true },
    ],
    // Registered with the browser, so a reader can see and change them (chrome://extensions/shortcuts,
    // about:addons → Manage Extension Shortcuts). On a Mac, Control: Option+Shift+J types "Ô".
    commands: {
      "next-attribution": {
        suggested_key: { default: "Alt+Shift+J", mac: "MacCtrl+Shift+J" },
        description: "__MSG_command_next__",
      },
      "previous-attribution": {
        suggested_key: { default: "Alt+Shift+K", mac: "MacCtrl+Shift+K" },
        description: "__MSG_command_previous__",
      },
    },
    // Firefox: MV2 (WXT's default for Firefox; why, in the README's "Firefox" section).
    // A fixed id (also what the e2e tests map to a known moz-extension:// UUID);
    // 140 = the oldest supported ESR, and the first Firefox with the CSS Custom
    // Highlight API and data_collection_permissions; "none": nothing leaves the browser.
    ...(browser === "firefox"
      ? {
          browser_specific_settings: {
            gecko: {
              id: "sourcelight@sourcelight.example",
              strict_min_version: "140.0",
              data_collection_permissions: { required: ["none"] },
            },
          },
        }
      : {}),
  }),
});
