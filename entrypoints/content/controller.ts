/**
 * The content script's state for one page: scan the article, paint the
 * highlights, answer the popup. Thin: the reading is lib/'s, the painting is
 * highlighter.ts's.
 */
import { browser } from "wxt/browser";
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { analyzeText } from "../../lib/attribution";
import { extractArticle } from "../../lib/dom/article";
import { isContentRequest, type ContentRequest, type PageReport } from "../../lib/messages";
import { paintHighlights, clearHighlights } from "./highlighter";

interface State {
  report: PageReport | null;
}

function scan(wholePage: boolean): PageReport {
  const article = extractArticle(document, { wholePage });
  const analysis = analyzeText(article.text);
  paintHighlights(article, analysis.attributions);
  return {
    url: location.href,
    title: article.title,
    site: location.hostname,
    scope: article.scope,
    isArticle: article.scope === "article",
    analysis,
    highlightsOn: true,
    teaching: false,
    spam: { links: [], stripped: false },
  };
}

async function handle(state: State, req: ContentRequest): Promise<unknown> {
  switch (req.type) {
    case "sourcelight:get-report":
      return state.report;
    case "sourcelight:rescan":
      clearHighlights();
      state.report = scan(req.wholePage);
      return state.report;
    case "sourcelight:set-highlights":
      if (!req.on) clearHighlights();
      else state.report = scan(state.report?.scope === "page");
      if (state.report) state.report.highlightsOn = req.on;
      return state.report;
    default:
      return state.report;
  }
}

export function startSourcelight(ctx: ContentScriptContext): void {
  // Guard against a second injection (manifest + on-demand from the popup).
  const flag = "__sourcelight";
  const w = window as unknown as Record<string, unknown>;
  if (w[flag]) return;
  w[flag] = true;

  const state: State = { report: null };
  try {
    state.report = scan(false);
  } catch (err) {
    console.debug("Sourcelight: scan failed", err);
  }
  const listener = (msg: unknown) => (isContentRequest(msg) ? handle(state, msg) : undefined);
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(listener);
    clearHighlights();
    w[flag] = false;
  });
}
