/** Page text that looks like HTML or Markdown stays inert text in the tooltip and the popup. */
import { describe, expect, it } from "vitest";
import { useExtensionBrowser } from "../harness/e2e-setup";
import { collectConsoleErrors } from "../harness/page-tools";

const env = useExtensionBrowser();

describe("hostile page text", () => {
  it("is shown as text, never run or rendered as markup", async () => {
    const { browser, server } = env;
    const page = await browser.context.newPage();
    const errors = collectConsoleErrors(page);
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(server.url("pages/hostile-text.html"));
    await page.waitForFunction(() => CSS.highlights.size > 0);
    const texts: string[] = [];
    const total = (await browser.requestReport(page))!.analysis.attributions.length;
    for (let i = 0; i < total; i++) {
      await page.keyboard.press("Alt+Shift+J");
      const tooltip = await page.evaluate(() => {
        const root = document.querySelector("sourcelight-ui")!.shadowRoot!;
        return {
          elements: root.querySelectorAll("img, script, b, i, a").length,
          text: root.querySelector('[role="tooltip"]')?.textContent ?? "",
        };
      });
      expect(tooltip.elements).toBe(0);
      texts.push(tooltip.text);
    }
    // The anonymous source is quoted in the explanation, markup and all, as plain text.
    expect(texts.join("\n")).toContain("“<b>two council members</b");

    const popup = await browser.openPopup(page);
    await popup.waitForSelector('[data-state="ready"]');
    expect(await popup.$$eval("main img, main script, main b, main i", (els) => els.length)).toBe(0);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });
});
