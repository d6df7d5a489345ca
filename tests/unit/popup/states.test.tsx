/** Every state of the popup says something a person understands. */
import { describe, expect, it } from "vitest";
import { render } from "preact";
import { act } from "preact/test-utils";
import { Popup, type LoadResult, type PopupActions } from "../../../components/popup/Popup";

async function show(result: LoadResult): Promise<HTMLElement> {
  const root = document.createElement("div");
  const actions = { load: async () => result } as unknown as PopupActions;
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
});
