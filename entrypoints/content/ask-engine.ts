/**
 * Has the background worker read the article (lib/attribution/document-reader.ts): the engine is loaded there once
 * for every tab, so a page neither downloads nor compiles it, and the reading runs off the page's main thread. A
 * page longer than MAX_TEXT_CHARS is read to there. No answer, twice (an extension being updated or reloaded, a
 * worker stopped mid-reading), is null: the page is left unmarked, the popup says why, and the next scan (or its
 * "Try again") asks again.
 */
import { browser } from "wxt/browser";
import { MAX_TEXT_CHARS, type BackgroundMessage, type EngineReply } from "../../lib/messages";

/** How long to wait before asking again (a worker that was just stopped starts again on the next message). */
const RETRY_MS = 200;

export async function askEngine(text: string): Promise<EngineReply | null> {
  const msg: BackgroundMessage = { type: "sourcelight:analyze", text: text.slice(0, MAX_TEXT_CHARS) };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const reply = (await browser.runtime.sendMessage(msg)) as EngineReply | undefined;
      if (reply && Array.isArray(reply.analysis?.attributions) && Array.isArray(reply.sentences)) return reply;
    } catch (err) {
      console.debug("Sourcelight: the background worker did not read the article", err);
    }
    await new Promise((done) => setTimeout(done, RETRY_MS));
  }
  return null;
}

/** Tells the background worker to let go of what it kept of this page (Sourcelight turned off for it). */
export function forgetPage(): void {
  const msg: BackgroundMessage = { type: "sourcelight:forget" };
  // (After an extension reload this throws: the worker that kept anything is gone too.)
  try {
    browser.runtime.sendMessage(msg).catch(() => {});
  } catch {
    // Nothing to forget.
  }
}
