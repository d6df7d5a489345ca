/**
 * Stepping through attributions is a browser command a reader can remap (manifest `commands`), not only keys
 * the page listens for: the commands are registered with their suggested keys, and the step they send moves
 * the tooltip to the next and the previous attribution.
 */
import { describe, expect, it } from "vitest";
import { useExtensionBrowser } from "../harness/e2e-setup";

const env = useExtensionBrowser();

describe("keyboard commands", () => {
  it("are registered with the browser, with their keys", async () => {
    const commands = (await env.browser.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { commands: { getAll(): Promise<unknown> } } }).chrome.commands.getAll(),
    )) as Array<{ name: string; shortcut: string }>;
    const byName = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
    expect(byName["next-attribution"]).toMatch(/J$/);
    expect(byName["previous-attribution"]).toMatch(/K$/);
  });

  it("step to the next and the previous attribution", async () => {
    const { browser, server } = env;
    const page = await browser.context.newPage();
    await page.goto(server.url("seed-article.html"));
    await page.waitForFunction(() => CSS.highlights.size > 0);
    const tooltip = () =>
      page.evaluate(
        () =>
          document.querySelector("sourcelight-ui")?.shadowRoot?.querySelector('[role="tooltip"]')?.textContent ?? "",
      );
    await browser.sendToTab(page, { type: "sourcelight:step", by: 1 });
    await expect.poll(tooltip).toContain("1 of 14");
    await browser.sendToTab(page, { type: "sourcelight:step", by: 1 });
    await expect.poll(tooltip).toContain("2 of 14");
    await browser.sendToTab(page, { type: "sourcelight:step", by: -1 });
    await expect.poll(tooltip).toContain("1 of 14");
    await page.close();
  });
});
