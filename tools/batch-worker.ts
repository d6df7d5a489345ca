/**
 * A batch worker: reads the inputs it is sent, a chunk at a time (stream lines as bytes, decoded and parsed here),
 * and answers with the chunk's printed readings as bytes (transferred, not copied) and the inputs that failed.
 * Run from the bundle tools/batch-bundle.ts builds, or else through tsx.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Reply } from "./batch";
import { readingLine, type Input, type Output } from "./reading-line";

const output = workerData as Output;
const encoder = new TextEncoder();

parentPort!.on("message", ({ chunk, inputs }: { chunk: number; inputs: Input[] }) => {
  const results = inputs.map((input): { line: string; error?: undefined } | { error: string } => {
    try {
      return { line: readingLine(input, output) };
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) };
    }
  });
  const bytes = results.map((r) => (r.error === undefined ? encoder.encode(r.line) : new Uint8Array()));
  const buffers = bytes.map((b) => b.buffer as ArrayBuffer);
  const reply: Reply = { chunk, bytes, errors: results.map((r) => r.error ?? null) };
  parentPort!.postMessage(reply, buffers);
});
