/** Small helpers for living inside someone else's page. */
import { browser } from "wxt/browser";
import type { BackgroundMessage } from "../../lib/messages";

/** Gives the main thread back to the page for a moment (scheduler.yield where the browser has it). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((done) => setTimeout(done, 0));
}

/** Runs a clean-up step that may throw once the extension context is gone. */
export function quietly(fn: () => void): void {
  try {
    fn();
  } catch {
    // Nothing left to clean up on the extension's side.
  }
}

/** False once the extension was reloaded or removed under this page (every extension call then throws). */
export function extensionAlive(): boolean {
  try {
    return !!browser.runtime?.getManifest();
  } catch {
    return false;
  }
}

/**
 * Tells the background worker something that wants no answer (the badge's figures, a page to forget). After an
 * extension reload this throws "Extension context invalidated": nothing to tell then.
 */
export function tell(msg: BackgroundMessage): void {
  quietly(() => void browser.runtime.sendMessage(msg).catch(() => {}));
}
