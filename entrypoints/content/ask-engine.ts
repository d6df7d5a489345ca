/**
 * Has the background worker read the article (lib/attribution/document-reader.ts): the engine is loaded there once
 * for every tab, so a page neither downloads nor compiles it, and the reading runs off the page's main thread. No
 * answer (an extension being updated or reloaded) is null: the page is left unmarked, the popup says why, and the
 * next scan (or its "Try again") asks again.
 */
import { browser } from "wxt/browser";
import type { BackgroundMessage, EngineReading, EngineReply } from "../../lib/messages";
import { unpackAnalysis } from "../../lib/attribution/wire";

export async function askEngine(text: string): Promise<EngineReading | null> {
  const msg: BackgroundMessage = { type: "sourcelight:analyze", text };
  try {
    const reply = (await browser.runtime.sendMessage(msg)) as EngineReply | undefined;
    if (!reply || !Array.isArray(reply.analysis?.attributions) || !Array.isArray(reply.sentences)) return null;
    return { analysis: unpackAnalysis(reply.analysis, text), sentences: reply.sentences };
  } catch (err) {
    console.debug("Sourcelight: the background worker did not read the article", err);
    return null;
  }
}
