/** Every state of the popup says something a person understands. */
import { describe, expect, it } from "vitest";
import { render } from "preact";
import { act } from "preact/test-utils";
import { Popup, type LoadResult, type PopupActions } from "../../../components/popup/Popup";
import { analyzeText } from "../../../lib/attribution";
import { emptyAnalysis } from "../../../lib/attribution/types";
import type { ContentRequest, PageReport } from "../../../lib/messages";

async function show(result: LoadResult, extra: Partial<PopupActions> = {}): Promise<HTMLElement> {
  const root = document.createElement("div");
  const actions = { load: async () => result, ...extra } as unknown as PopupActions;
  await act(async () => {
    render(<Popup actions={actions} />, root);
  });
  await act(async () => {});
  return root;
}

describe("popup states", () => {
  it.each([
    [{ kind: "restricted", page: "browser-page" } as const, "restricted", "popup_browserPage"],
    [{ kind: "restricted", page: "store" } as const, "restricted", "popup_store"],
    [{ kind: "restricted", page: "pdf" } as const, "restricted", "popup_pdf"],
    [{ kind: "loading" } as const, "loading", "popup_stillLoading"],
    [{ kind: "error", message: "boom" } as const, "error", "popup_cannotRead"],
  ])("%j", async (result, state, key) => {
    const root = await show(result);
    expect(root.querySelector("main")?.getAttribute("data-state")).toBe(state);
    // Without a browser the i18n helper shows the message key: the right message was asked for.
    expect(root.textContent).toContain(key);
  });

  it("says why nothing is marked when the engine could not load, and tries again when asked", async () => {
    const page = (engineFailed: boolean, text: string): PageReport => ({
      url: "https://news.example/story",
      title: "A title",
      site: "news.example",
      scope: "article",
      isArticle: true,
      unmarked: false,
      engineFailed,
      language: { code: "en", readable: true },
      analysis: text ? analyzeText(text) : emptyAnalysis(),
      highlightsOn: true,
      teaching: false,
      spam: { links: [], stripped: true },
    });
    const sent: ContentRequest[] = [];
    const root = await show(
      { kind: "report", report: page(true, ""), siteEnabled: true, palette: "colour-blind-safe" },
      {
        send: async (req: ContentRequest) => {
          sent.push(req);
          return page(false, "The minister, Ana Ruiz, said the bridge would reopen in May.");
        },
      },
    );
    expect(root.querySelector('[data-testid="engine-failed"]')?.textContent).toContain("popup_engineFailed");
    // No tier bars claiming "no attributions" for a page that was never read.
    expect(root.textContent).not.toContain("popup_noAttributions");
    await act(async () => {
      (root.querySelector('[data-testid="try-again"]') as HTMLButtonElement).click();
    });
    await act(async () => {});
    expect(sent).toEqual([{ type: "sourcelight:rescan", wholePage: false }]);
    expect(root.querySelector('[data-testid="engine-failed"]')).toBeNull();
    expect(root.querySelector('[data-testid="speakers"]')?.textContent).toContain("Ana Ruiz");
  });
});
