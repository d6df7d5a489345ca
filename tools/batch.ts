/**
 * Reads many inputs, in input order, on as many cores as asked: with one job
 * on this thread, with more in worker threads, a few inputs in flight per
 * worker so a slow one never holds the others up and the stream is never read
 * far ahead of what is printed.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { readingLine, sizeOf, type Input, type Output } from "./reading-line";

export interface BatchOptions {
  jobs: number;
  output: Output;
  /** Called with each reading, in input order (as bytes when a worker read it). */
  write: (line: string | Uint8Array) => void;
  /** Called, in input order too, for each input that could not be read. */
  fail: (id: string, message: string) => void;
  /** Called after each input with how many are done and how many characters they held. */
  progress?: (done: number, chars: number) => void;
}

type Result = { line: string | Uint8Array } | { error: string };
/** Inputs handed to a worker at once: fewer, larger messages. */
const CHUNK = 8;

/** The default number of jobs: every core but one, at least one. */
export const defaultJobs = () => Math.max(1, availableParallelism() - 1);

/** Reads every input; resolves with how many were read and how many failed. */
export async function runBatch(
  inputs: AsyncIterable<Input>,
  o: BatchOptions,
): Promise<{ read: number; failed: number }> {
  let read = 0;
  let failed = 0;
  let chars = 0;
  const emit = (input: Input, r: Result) => {
    read++;
    chars += sizeOf(input);
    if ("line" in r) o.write(r.line);
    else {
      failed++;
      o.fail(input.id, r.error);
    }
    o.progress?.(read, chars);
  };
  if (o.jobs <= 1) {
    for await (const input of inputs) {
      try {
        emit(input, { line: readingLine(input, o.output) });
      } catch (err) {
        emit(input, { error: err instanceof Error ? err.message : String(err) });
      }
    }
    return { read, failed };
  }
  await inPool(inputs, o.jobs, o.output, emit);
  return { read, failed };
}

/** Hands inputs to `jobs` workers, a chunk at a time, and emits their results in input order. */
async function inPool(inputs: AsyncIterable<Input>, jobs: number, output: Output, emit: (i: Input, r: Result) => void) {
  const workers = Array.from(
    { length: jobs },
    () => new Worker(new URL("./batch-worker.ts", import.meta.url), { workerData: output }),
  );
  const pending = new Map<number, { inputs: Input[]; results?: Result[] }>();
  let next = 0;
  let wake: (() => void) | null = null;
  const flush = () => {
    for (let p = pending.get(next); p?.results; p = pending.get(next)) {
      p.inputs.forEach((input, k) => emit(input, p!.results![k]));
      pending.delete(next++);
    }
    wake?.();
  };
  for (const w of workers) {
    w.on(
      "message",
      ({ chunk, bytes, errors }: { chunk: number; bytes: Uint8Array[]; errors: Array<string | null> }) => {
        pending.get(chunk)!.results = errors.map((error, k) => (error === null ? { line: bytes[k] } : { error }));
        flush();
      },
    );
  }
  let chunk = 0;
  const send = (batch: Input[]) => {
    pending.set(chunk, { inputs: batch });
    workers[chunk % jobs].postMessage({ chunk, inputs: batch });
    chunk++;
  };
  try {
    let batch: Input[] = [];
    for await (const input of inputs) {
      batch.push(input);
      if (batch.length < CHUNK) continue;
      // Never more than a few chunks a worker ahead of what has been printed.
      while (pending.size >= jobs * 3) await new Promise<void>((r) => (wake = r));
      send(batch);
      batch = [];
    }
    if (batch.length) send(batch);
    while (pending.size) await new Promise<void>((r) => (wake = r));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
