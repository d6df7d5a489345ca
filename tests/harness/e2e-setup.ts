/**
 * One browser with the extension and one fixture server per e2e test file:
 * `const env = useExtensionBrowser();` then `env.browser`, `env.server` in tests.
 */
import { afterAll, beforeAll } from "vitest";
import { join } from "node:path";
import { launchWithExtension, PROJECT_ROOT, type ExtensionBrowser, type LaunchOptions } from "./chromium";
import { serveFixtures, type FixtureServer } from "./server";

export interface ExtensionEnv {
  browser: ExtensionBrowser;
  server: FixtureServer;
}

export function useExtensionBrowser(options: LaunchOptions = {}): ExtensionEnv {
  const env = {} as ExtensionEnv;
  beforeAll(async () => {
    env.server = await serveFixtures(join(PROJECT_ROOT, "tests/fixtures"));
    env.browser = await launchWithExtension(options);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
