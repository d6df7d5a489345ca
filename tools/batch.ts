/**
 * Reads many inputs, in input order, on as many cores as asked: with one job
 * on this thread, with more in as many worker threads, this one only passing
 * inputs on and printing. Inputs go to the workers in chunks of about a
 * quarter of a megabyte (stream lines as their bytes, moved, not copied, for
 * the workers to decode and parse), each worker holding one chunk to read and
 * one waiting, so none idles between messages; a slow chunk holds the printing
 * up, never the other workers, and the stream is never read far ahead of what
 * is printed.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { workerScript } from "./batch-bundle";
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
/** What a worker answers for a chunk: each input's printed reading as bytes, or why it could not be read. */
export interface Reply {
  chunk: number;
  bytes: Uint8Array[];
  errors: Array<string | null>;
}

/** How much input a chunk holds (in bytes or characters): few, large messages, yet all workers busy to the end. */
const CHUNK_SIZE = 256 * 1024;
/** At most this many inputs a chunk (a stream of tiny lines). */
const CHUNK_INPUTS = 256;
/** What a file counts for in a chunk, its size unknown here. */
const FILE_SIZE = 16 * 1024;
/** Chunks a worker holds at once: the one it reads and the next. */
const PER_WORKER = 2;
/** Chunks sent but not yet printed, per worker: room for the others to go on past a slow one. */
const WINDOW = 8;
/** A chunk not yet full is sent anyway when the stream gives nothing more for this long (ms). */
const STREAM_PAUSE = 25;

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
  const emit = (id: string, size: number, r: Result) => {
    read++;
    chars += size;
    if ("line" in r) o.write(r.line);
    else {
      failed++;
      o.fail(id, r.error);
    }
    o.progress?.(read, chars);
  };
  if (o.jobs <= 1) {
    for await (const input of inputs) {
      try {
        emit(input.id, sizeOf(input), { line: readingLine(input, o.output) });
      } catch (err) {
        emit(input.id, sizeOf(input), { error: err instanceof Error ? err.message : String(err) });
      }
    }
    return { read, failed };
  }
  await inPool(inputs, o.jobs, o.output, emit);
  return { read, failed };
}

/** An input as a worker gets it: a stream line's bytes copied into `into` at `at`, the chunk's one buffer. */
function packed(input: Input, into: Uint8Array, at: number): Input {
  if (!("bytes" in input)) return input;
  const bytes = into.subarray(at, at + input.bytes.length);
  bytes.set(input.bytes);
  return { ...input, bytes };
}

/** Resolves with the iterator's next input, or with null when none comes within `ms`. */
function nextWithin<T>(next: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((r) => (timer = setTimeout(r, ms, null)));
  return Promise.race([next, late]).finally(() => clearTimeout(timer));
}

/** Hands inputs to `jobs` workers, a chunk at a time, and emits their results in input order. */
async function inPool(
  inputs: AsyncIterable<Input>,
  jobs: number,
  output: Output,
  emit: (id: string, size: number, r: Result) => void,
) {
  const script = await workerScript();
  const workers = Array.from({ length: jobs }, () => ({
    worker: new Worker(script.url, { workerData: output, execArgv: script.execArgv }),
    held: 0,
  }));
  const pending = new Map<number, { ids: string[]; sizes: number[]; results?: Result[] }>();
  let next = 0;
  let failure: Error | null = null;
  let finished = false;
  let wake: (() => void) | null = null;
  const flush = () => {
    for (let p = pending.get(next); p?.results; p = pending.get(next)) {
      for (let k = 0; k < p.ids.length; k++) emit(p.ids[k], p.sizes[k], p.results[k]);
      pending.delete(next++);
    }
    wake?.();
  };
  /** Waits until `ready`; throws if a worker died meanwhile. */
  const until = async (ready: () => boolean) => {
    while (!failure && !ready()) await new Promise<void>((r) => (wake = r));
    if (failure) throw failure;
  };
  for (const w of workers) {
    w.worker.on("message", ({ chunk, bytes, errors }: Reply) => {
      w.held--;
      pending.get(chunk)!.results = errors.map((error, k) => (error === null ? { line: bytes[k] } : { error }));
      flush();
    });
    const died = (err: Error) => {
      if (finished) return;
      failure ??= err;
      wake?.();
    };
    w.worker.on("error", died);
    w.worker.on("exit", (code) => died(new Error(`analyze: a batch worker stopped (exit code ${code})`)));
  }
  let chunk = 0;
  const send = async (batch: Input[]) => {
    await until(() => pending.size < jobs * WINDOW && workers.some((w) => w.held < PER_WORKER));
    const w = workers.reduce((a, b) => (b.held < a.held ? b : a));
    const buffer = new Uint8Array(batch.reduce((n, i) => n + ("bytes" in i ? i.bytes.length : 0), 0));
    let at = 0;
    const message = batch.map((input) => {
      const p = packed(input, buffer, at);
      if ("bytes" in input) at += input.bytes.length;
      return p;
    });
    pending.set(chunk, { ids: batch.map((i) => i.id), sizes: batch.map(sizeOf) });
    w.held++;
    w.worker.postMessage({ chunk: chunk++, inputs: message }, [buffer.buffer]);
  };
  try {
    const it = inputs[Symbol.asyncIterator]();
    let batch: Input[] = [];
    let size = 0;
    // Read one input ahead; a stream that fails meanwhile throws when that input is awaited.
    const ahead = () => {
      const p = it.next();
      p.catch(() => undefined);
      return p;
    };
    let coming = ahead();
    for (;;) {
      const r = batch.length ? await nextWithin(coming, STREAM_PAUSE) : await coming;
      if (r?.done) break;
      if (r) {
        coming = ahead();
        batch.push(r.value);
        size += "file" in r.value ? FILE_SIZE : sizeOf(r.value);
        if (size < CHUNK_SIZE && batch.length < CHUNK_INPUTS) continue;
      }
      // A full chunk, or the stream is slow: what there is goes now.
      await send(batch);
      batch = [];
      size = 0;
    }
    if (batch.length) await send(batch);
    await until(() => pending.size === 0);
  } finally {
    finished = true;
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
}
