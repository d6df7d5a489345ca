/**
 * A batch worker: reads the inputs it is sent, a chunk at a time, and answers with the chunk's printed readings
 * as bytes (transferred, not copied) and the inputs that failed.
 */
import { parentPort, workerData } from "node:worker_threads";
import { readingLine, type Input, type Output } from "./reading-line";

const output = workerData as Output;
const encoder = new TextEncoder();

parentPort!.on("message", ({ chunk, inputs }: { chunk: number; inputs: Input[] }) => {
  const results = inputs.map((input) => {
    try {
      return { line: readingLine(input, output) };
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) };
    }
  });
  const bytes = results.map((r) => ("line" in r ? encoder.encode(r.line) : new Uint8Array()));
  const buffers = bytes.map((b) => b.buffer as ArrayBuffer);
  parentPort!.postMessage({ chunk, bytes, errors: results.map((r) => ("error" in r ? r.error : null)) }, buffers);
});
