/**
 * `npm run analyze -- [--json] [--why] [--jobs N] [--out FILE [--resume]] PATH...`
 *
 * Reads .txt and .html articles: files, folders (every article file under
 * them) and "-", JSON lines on stdin (`{"id", "text"}` or `{"id", "html"}`).
 * HTML goes through the content script's own article extraction, on a Node
 * DOM (linkedom); offsets are into the text the engine read. Readings come
 * out in input order, one JSON line each with --json; --why names the rule
 * behind each finding (tools/why.ts). --jobs reads on that many cores
 * (--jobs alone: all but one). --out writes to FILE, and --resume skips the
 * inputs FILE already holds and adds the rest. On a terminal a progress line
 * shows on stderr. An input that cannot be read gets a message on stderr and
 * a non-zero exit; the others are still read.
 */
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, readFileSync, type WriteStream } from "node:fs";
import { defaultJobs, runBatch } from "./batch";
import { expandPath, inputsOf } from "./inputs";

const USAGE =
  "usage: npm run analyze -- [--json] [--why] [--jobs N] [--out FILE [--resume]] PATH... (PATH: file, folder or -)";

interface Args {
  json: boolean;
  why: boolean;
  jobs: number;
  out: string | null;
  resume: boolean;
  paths: string[];
}

function parse(argv: string[]): Args | string {
  const a: Args = { json: false, why: false, jobs: 1, out: null, resume: false, paths: [] };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    if (arg === "--json") a.json = true;
    else if (arg === "--why") a.why = true;
    else if (arg === "--resume") a.resume = true;
    else if (arg === "--out") a.out = argv[++k] ?? "";
    else if (arg === "--jobs") {
      const n = Number(argv[k + 1]);
      if (Number.isInteger(n) && n > 0) k++;
      a.jobs = Number.isInteger(n) && n > 0 ? n : defaultJobs();
    } else a.paths.push(arg);
  }
  if (!a.paths.length) return USAGE;
  if (a.out === "") return "analyze: --out needs a file";
  if (a.resume && (!a.out || !a.json)) return "analyze: --resume needs --out FILE and --json";
  return a;
}

/** The ids a JSON-lines output file already holds (a file's reading is named by `file`, a stream item's by `id`). */
function idsIn(file: string): Set<string> {
  const ids = new Set<string>();
  if (!existsSync(file)) return ids;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    try {
      const o = JSON.parse(line) as { id?: string; file?: string };
      const id = o.id ?? o.file;
      if (id !== undefined) ids.add(String(id));
    } catch {
      // A line cut short when an earlier run stopped: read that input again.
    }
  }
  return ids;
}

/** "120 of 840 read, 3.2 MB/s, 14 s left" on one terminal line, at most ten times a second. */
function progressLine(total: number | null): (done: number, chars: number) => void {
  const t0 = performance.now();
  let shown = 0;
  return (done, chars) => {
    const now = performance.now();
    if (now - shown < 100 && done !== total) return;
    shown = now;
    const s = (now - t0) / 1000;
    const rate = chars ? `, ${(chars / 1e6 / s).toFixed(1)} MB/s` : "";
    const left = total ? `, ${Math.round((s / done) * (total - done))} s left` : "";
    process.stderr.write(`\ranalyze: ${done}${total ? ` of ${total}` : ""} read${rate}${left}   `);
  };
}

/** V8's flag for Maglev-only code: no optimising compiler threads (docs/measurements.md, batch on two cores). */
const MAGLEV_ONLY = "--max-opt=2";

/**
 * Runs this command again in a Node started with MAGLEV_ONLY, passing on its input, output and exit code. Several
 * jobs on few cores otherwise compete with V8's optimising compiler threads, one per worker; the engine's steady
 * state is as fast either way. V8 flags hold for a whole process, so they are given at its start.
 */
function againMaglevOnly(): Promise<number> {
  const child = spawn(process.execPath, [MAGLEV_ONLY, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: "inherit",
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  return new Promise((done) => child.on("exit", (code, signal) => done(code ?? (signal ? 1 : 0))));
}

async function main(argv: string[]): Promise<number> {
  const args = parse(argv);
  if (typeof args === "string") {
    process.stderr.write(`${args}\n`);
    return 2;
  }
  if (args.jobs > 1 && !process.execArgv.includes(MAGLEV_ONLY)) return againMaglevOnly();
  const skip = args.resume && args.out ? idsIn(args.out) : new Set<string>();
  const sink: WriteStream | NodeJS.WriteStream = args.out
    ? createWriteStream(args.out, { flags: args.resume ? "a" : "w" })
    : process.stdout;
  // How many inputs there are, for the progress line's time left: counted only when that line is shown.
  const total = () =>
    args.paths.includes("-") ? null : args.paths.flatMap(expandPath).filter((f) => !skip.has(f)).length;
  const { failed } = await runBatch(inputsOf(args.paths, process.stdin, skip), {
    jobs: args.jobs,
    output: { json: args.json, why: args.why },
    write: (line) => sink.write(line),
    fail: (id, message) => process.stderr.write(`analyze: ${message.startsWith(id) ? message : `${id}: ${message}`}\n`),
    progress: process.stderr.isTTY ? progressLine(total()) : undefined,
  });
  if (process.stderr.isTTY) process.stderr.write("\n");
  if (sink !== process.stdout) await new Promise<void>((done) => (sink as WriteStream).end(done));
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
