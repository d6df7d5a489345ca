/**
 * `npm run store:shots`: the stores' listing screenshots (1280×800) into store/, from the built extension on the
 * demo article: the marks on the page, the teaching view with its key, and the welcome page.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchWithExtension, PROJECT_ROOT } from "./chromium";
import { serveFixtures } from "./server";

const STORE = join(PROJECT_ROOT, "store");

async function main(): Promise<void> {
  mkdirSync(STORE, { recursive: true });
  const server = await serveFixtures(join(PROJECT_ROOT, "tests/fixtures"));
  const browser = await launchWithExtension({ headless: true });
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.url("seed-article.html"));
  await page.waitForFunction(
    () => (document.querySelector("sourcelight-ui")?.shadowRoot?.querySelectorAll(".label").length ?? 0) > 0,
  );
  await page.screenshot({ path: join(STORE, "screenshot-1-page.png") });
  await browser.sendToTab(page, { type: "sourcelight:set-teaching", on: true });
  // At 1280 px the margins are too narrow for the key, which folds; unfolded, as a teacher would.
  await page.waitForFunction(() => !!document.querySelector("sourcelight-ui")?.shadowRoot?.querySelector(".legend"));
  await page.evaluate(() =>
    (
      document
        .querySelector("sourcelight-ui")
        ?.shadowRoot?.querySelector('.legend-head button[aria-expanded="false"]') as HTMLButtonElement | null
    )?.click(),
  );
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(STORE, "screenshot-2-teaching.png") });
  await browser.sendToTab(page, { type: "sourcelight:set-teaching", on: false });
  const welcome = await browser.context.newPage();
  await welcome.setViewportSize({ width: 1280, height: 800 });
  await welcome.goto(`chrome-extension://${browser.extensionId}/welcome.html`);
  await welcome.waitForSelector("[data-testid=sample] mark");
  await welcome.screenshot({ path: join(STORE, "screenshot-3-welcome.png") });
  console.log(`Listing screenshots in ${STORE}`);
  await browser.close();
  await server.close();
}

main().catch((err) => {
  console.error(`store:shots failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
