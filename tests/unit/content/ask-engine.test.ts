/**
 * A content script has its article read by the background worker (entrypoints/content/ask-engine.ts): a page
 * overtaken or turned off sends nothing; a worker that went away is asked once more, a reading that failed is not;
 * a page longer than the most a message may carry is read to there.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { DocumentReader, documentKey } from "../../../lib/attribution/document-reader";
import { isBackgroundMessage, MAX_TEXT_CHARS } from "../../../lib/messages";

/** The worker's side, as entrypoints/background.ts answers, messages cloned as the browser clones them. */
let sent: number[] = [];
let failures: Error[] = [];
async function background(raw: unknown): Promise<unknown> {
  const msg = structuredClone(raw);
  if (!isBackgroundMessage(msg) || msg.type !== "sourcelight:analyze") return undefined;
  sent.push(msg.text.length);
  const failure = failures.shift();
  if (failure) throw failure;
  return new DocumentReader().read(documentKey(1, 0), msg.text);
}
vi.mock("wxt/browser", () => ({ browser: { runtime: { sendMessage: (m: unknown) => background(m) } } }));
const { askEngine } = await import("../../../entrypoints/content/ask-engine");

const text = "The mayor said the bridge would reopen in May.";

beforeEach(() => {
  sent = [];
  failures = [];
});

describe("askEngine", () => {
  it("gets the worker's reading", async () => {
    const reply = await askEngine(text);
    expect(reply?.analysis.attributions).toHaveLength(1);
    expect(sent).toEqual([text.length]);
  });

  it("sends nothing for a scan overtaken or a page turned off", async () => {
    expect(await askEngine(text, () => true)).toBeNull();
    expect(sent).toEqual([]);
  });

  it("asks once more when the worker went away, not when the reading failed", async () => {
    failures = [new Error("Could not establish connection. Receiving end does not exist.")];
    expect(await askEngine(text)).not.toBeNull();
    expect(sent).toHaveLength(2);
    sent = [];
    failures = [new Error("engine error")];
    expect(await askEngine(text)).toBeNull();
    expect(sent).toHaveLength(1);
  });

  it("sends a page longer than a message may carry cut to the most the worker reads", async () => {
    failures = [new Error("stop here")];
    await askEngine("word ".repeat(MAX_TEXT_CHARS / 4));
    expect(sent).toEqual([MAX_TEXT_CHARS]);
  });
});
