/**
 * The seed page, the same checks in Chromium and in a real Firefox: highlights
 * painted as the report says, the popup, spam stripping and exact restore.
 * The checks live once in tests/harness/seed-checks.ts; each browser only
 * supplies a driver. Firefox runs headless through puppeteer-core over
 * WebDriver BiDi with the built .output/firefox-mv2 as a temporary add-on
 * (tests/harness/firefox.ts); a missing Firefox fails here, naming the fix.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { launchWithExtension, PROJECT_ROOT, type ExtensionBrowser } from "../harness/chromium";
import { launchFirefoxWithExtension, type FirefoxExtensionBrowser } from "../harness/firefox";
import { serveFixtures, type FixtureServer } from "../harness/server";
import {
  checkHighlightsPaint,
  checkPaintedMatchesReport,
  checkSeedReading,
  checkSeedPopup,
  checkSeedSpam,
  checkSeedTooltip,
  chromiumSeedDriver,
  firefoxSeedDriver,
  waitForHighlights,
  type BrowserName,
  type SeedDriver,
} from "../harness/seed-checks";

interface Session {
  driver: SeedDriver;
  errors: string[];
  close(): Promise<void>;
}

async function openChromium(server: FixtureServer): Promise<Session> {
  const ext: ExtensionBrowser = await launchWithExtension();
  const page = await ext.context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(server.url("seed-article.html"));
  return { driver: chromiumSeedDriver(ext, page), errors, close: () => ext.close() };
}

async function openFirefox(server: FixtureServer): Promise<Session> {
  const fx: FirefoxExtensionBrowser = await launchFirefoxWithExtension();
  const page = await fx.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(server.url("seed-article.html"));
  return { driver: firefoxSeedDriver(fx, page), errors, close: () => fx.close() };
}

const BROWSERS: Array<[BrowserName, (s: FixtureServer) => Promise<Session>]> = [
  ["firefox", openFirefox],
  ["chromium", openChromium],
];

describe.each(BROWSERS)("seed page in %s", (name, open) => {
  let server: FixtureServer;
  let session: Session;

  beforeAll(async () => {
    server = await serveFixtures(join(PROJECT_ROOT, "tests/fixtures"));
    session = await open(server);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it("paints every attribution in its tier's highlight, exactly as the report lists them", async () => {
    const d = session.driver;
    await waitForHighlights(d);
    // Screenshot first, so there is a picture to look at even when a check below fails.
    await d.page.screenshot(`${name}-seed-page`, false);
    await checkPaintedMatchesReport(d);
    await checkHighlightsPaint(d);
  });

  it("reads the seed page as the reference does: 14 attributions, their tiers, Ehsanullah Ehsan 3 times", async () => {
    await checkSeedReading(session.driver);
  });

  it("the popup shows that tab's report: title, tiers, Ehsanullah Ehsan with 3", async () => {
    const popup = await checkSeedPopup(session.driver, `${name}-seed-popup`);
    await popup.close();
  });

  it("shows the tooltip on hover and from the keyboard; Escape closes it", async () => {
    await checkSeedTooltip(session.driver, `${name}-seed-tooltip`);
  });

  it("strips exactly the 4 injected spam links and puts them back exactly", async () => {
    await checkSeedSpam(session.driver);
  });

  it("logs no errors on the page", () => {
    expect(session.errors).toEqual([]);
  });
});
