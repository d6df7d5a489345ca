/**
 * The content script arrives at document_idle; a message sent before then
 * finds nobody ("Receiving end does not exist"). Tests wait for it, as a
 * user opening the popup a moment later would; any other error is theirs.
 */
export async function whenContentScriptAnswers<T>(send: () => Promise<T>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await send();
    } catch (err) {
      if (Date.now() > deadline || !String(err).includes("Receiving end does not exist")) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
