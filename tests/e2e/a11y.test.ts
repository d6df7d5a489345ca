/** axe-core finds no accessibility violations in the popup (light and dark), the welcome page and the options page. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { useExtensionBrowser } from "../harness/e2e-setup";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const light = useExtensionBrowser();
const dark = useExtensionBrowser({ colorScheme: "dark" });

async function violations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, so the extension page's CSP does not apply to the checker.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }
    ).axe.run();
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe("the checker", () => {
  it("does report a violation when there is one", async () => {
    const page = await light.browser.context.newPage();
    await page.goto(light.server.url("blank.html"));
    await page.evaluate(() => document.body.append(Object.assign(document.createElement("img"), { src: "/x.png" })));
    expect(await violations(page)).toContain("image-alt (1)");
  });
});

describe.each([
  ["light", light],
  ["dark", dark],
] as const)("accessibility, %s", (_scheme, env) => {
  it("the popup on the seed page", async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url("seed-article.html"));
    await page.waitForFunction(() => CSS.highlights.size > 0);
    const popup = await env.browser.openPopup(page);
    await popup.waitForSelector('[data-state="ready"]');
    expect(await violations(popup)).toEqual([]);
  });

  it("the welcome page", async () => {
    const welcome = await env.browser.context.newPage();
    await welcome.goto(`chrome-extension://${env.browser.extensionId}/welcome.html`);
    await welcome.waitForSelector("[data-testid=sample] mark");
    expect(await violations(welcome)).toEqual([]);
  });

  it("the options page", async () => {
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.waitForSelector("h1");
    expect(await violations(options)).toEqual([]);
  });
});
