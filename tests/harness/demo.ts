/**
 * `npm start`: opens the bundled demo article in Chromium with the built
 * extension. With a display, a real window stays open until you close it;
 * without one, it runs headless, prints the article summary and saves
 * screenshots of the page and the popup.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchWithExtension, PROJECT_ROOT, SCREENSHOTS } from "./chromium";
import { serveFixtures } from "./server";
import { formatSummary } from "../../lib/report-text";

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.CI !== "true";

async function main(): Promise<void> {
  const server = await serveFixtures(join(PROJECT_ROOT, "tests/fixtures"));
  const browser = await launchWithExtension({ headless: !hasDisplay });
  const page = await browser.context.newPage();
  const url = server.url("seed-article.html");
  await page.goto(url);
  const popup = await browser.openPopup(page);
  await popup.waitForSelector('[data-state="ready"]', { timeout: 15_000 });
  const report = await browser.requestReport(page);

  console.log(`Sourcelight demo: ${url}\n`);
  console.log(
    report ? formatSummary(report.title, report.analysis) : "The content script gave no report for the demo page.",
  );
  if (report?.spam.links.length) {
    console.log(`\nSpam links ${report.spam.stripped ? "removed" : "found"}:`);
    for (const l of report.spam.links) console.log(`  ${l.text} (${l.domain}, ${l.where})`);
  }

  if (hasDisplay) {
    await page.bringToFront();
    console.log("\nA Chromium window shows the demo article with the extension; close it to finish.");
    await new Promise<void>((done) => browser.context.on("close", () => done()));
  } else {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const pageShot = join(SCREENSHOTS, "demo-page.png");
    const popupShot = join(SCREENSHOTS, "demo-popup.png");
    await page.bringToFront();
    await page.screenshot({ path: pageShot, fullPage: true });
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.screenshot({ path: popupShot, fullPage: true });
    console.log(`\nNo display, so this ran headless. Screenshots:\n  page:  ${pageShot}\n  popup: ${popupShot}`);
    // The README's two pictures, at the sizes a reader sees: the page in a laptop's window, the popup's first screen.
    const images = join(PROJECT_ROOT, "docs/images");
    mkdirSync(images, { recursive: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300); // the margin marks are drawn in the next frame
    await page.screenshot({ path: join(images, "page.png") });
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.screenshot({ path: join(images, "popup.png") });
    console.log(`  the README's pictures: ${join(images, "page.png")}, ${join(images, "popup.png")}`);
    await browser.close();
  }
  await server.close();
}

main().catch((err) => {
  console.error(`npm start failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
