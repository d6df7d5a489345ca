/**
 * Has the background worker read the article (lib/attribution/document-reader.ts): the engine is loaded there once
 * for every tab, so a page neither downloads nor compiles it, and the reading runs off the page's main thread. A
 * page longer than MAX_TEXT_CHARS is read to there. No answer (an extension being updated or reloaded; a worker
 * stopped mid-reading, asked once more) is null: the page is left unmarked, the popup says why, and the next scan
 * (or its "Try again") asks again.
 */
import { browser } from "wxt/browser";
import { textLimit, type BackgroundMessage, type EngineReply } from "../../lib/messages";

/** How long to wait before asking again (a worker that was just stopped starts again on the next message). */
const RETRY_MS = 200;

/** The errors of a worker that went away mid-reading, worth asking again (not a reading that failed). */
const GONE = /Receiving end does not exist|message port closed|Could not establish connection/i;

/**
 * The worker's reading of `text`, or null. `cancelled`: the scan was overtaken or the page turned off, so nothing is
 * sent (the page's text is not to reach the worker then). `preview`: the stretch of a long page in view, read first.
 */
export async function askEngine(
  text: string,
  cancelled: () => boolean = () => false,
  preview = false,
): Promise<EngineReply | null> {
  const msg: BackgroundMessage = { type: "sourcelight:analyze", text: text.slice(0, textLimit(preview)) };
  if (preview) msg.preview = true;
  for (let attempt = 0; attempt < 2 && !cancelled(); attempt++) {
    try {
      const reply = (await browser.runtime.sendMessage(msg)) as EngineReply | undefined;
      return reply && Array.isArray(reply.analysis?.attributions) && Array.isArray(reply.sentences) ? reply : null;
    } catch (err) {
      console.debug("Sourcelight: the background worker did not read the article", err);
      if (!GONE.test(String((err as Error)?.message ?? err))) return null;
    }
    await new Promise((done) => setTimeout(done, RETRY_MS));
  }
  return null;
}
