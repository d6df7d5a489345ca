/**
 * The batch worker as one JavaScript file. Through tsx each worker would load the engine module by module, every
 * one through tsx's loader, for half a second or more before its first input; from one prebuilt file, without tsx,
 * it starts in about a tenth of a second. The file is built with esbuild (what tsx itself compiles with, but without
 * tsx's keepNames, which names every closure as it is made: 3–4% of two jobs' time), on first use and again whenever
 * a file it was built from has changed, and kept in node_modules/.cache. When it cannot be built, the workers load
 * the TypeScript through tsx.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Where the worker's script is, and the Node options it runs with (none but the defaults, for the bundle). */
export interface WorkerScript {
  url: URL;
  execArgv?: string[];
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const ENTRY = join(ROOT, "tools", "batch-worker.ts");
const CACHE = join(ROOT, "node_modules", ".cache", "sourcelight-batch");
const MANIFEST = join(CACHE, "worker.json");
/** Changes whenever the build below changes, so that a bundle built otherwise is built again. */
const FORMAT = "2 esm node22";
/** Bundles left behind by other builds are removed once this old (a run still starting may be about to load one). */
const STALE_MS = 60 * 60 * 1000;

/** A bundle and what it was built from: each input file's modification time and size, by path under ROOT. */
interface Manifest {
  format: string;
  bundle: string;
  inputs: Record<string, [number, number]>;
}

const stamp = (file: string): [number, number] | null => {
  const s = statSync(join(ROOT, file), { throwIfNoEntry: false });
  return s ? [s.mtimeMs, s.size] : null;
};

/** The bundle the manifest names, if every file it was built from is as it was. */
function cached(): string | null {
  let m: Manifest;
  try {
    m = JSON.parse(readFileSync(MANIFEST, "utf8")) as Manifest;
  } catch {
    return null;
  }
  if (m.format !== FORMAT || !stamp(join("node_modules", ".cache", "sourcelight-batch", m.bundle))) return null;
  for (const [file, [mtime, size]] of Object.entries(m.inputs)) {
    const now = stamp(file);
    if (!now || now[0] !== mtime || now[1] !== size) return null;
  }
  return join(CACHE, m.bundle);
}

/** Builds the bundle and its manifest; a file changed while it was built leaves no manifest (built again next time). */
async function build(): Promise<string> {
  const esbuild = await import("esbuild");
  const started = Date.now();
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [relative(ROOT, ENTRY)],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    keepNames: false,
    // A CommonJS dependency that requires a Node module needs `require`, which an ES module lacks.
    banner: {
      js: 'import { createRequire as __slRequire } from "node:module"; const require = __slRequire(import.meta.url);',
    },
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  const { createHash } = await import("node:crypto");
  const bundle = `worker-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`;
  mkdirSync(CACHE, { recursive: true });
  const temp = `.${process.pid}-${Date.now()}`;
  writeFileSync(join(CACHE, bundle + temp), code);
  renameSync(join(CACHE, bundle + temp), join(CACHE, bundle));
  const inputs: Manifest["inputs"] = {};
  let changed = false;
  for (const file of Object.keys(result.metafile.inputs)) {
    const s = stamp(file);
    if (!s || s[0] >= started) changed = true;
    else inputs[file] = s;
  }
  if (!changed) {
    writeFileSync(MANIFEST + temp, JSON.stringify({ format: FORMAT, bundle, inputs } satisfies Manifest));
    renameSync(MANIFEST + temp, MANIFEST);
  }
  for (const old of readdirSync(CACHE)) {
    const file = join(CACHE, old);
    if (old !== bundle && old.startsWith("worker-") && Date.now() - statSync(file).mtimeMs > STALE_MS) unlinkSync(file);
  }
  return join(CACHE, bundle);
}

/** The script batch workers run: the bundle, built if need be, or else the TypeScript through tsx. */
export async function workerScript(): Promise<WorkerScript> {
  try {
    const bundle = cached() ?? (await build());
    return { url: pathToFileURL(bundle), execArgv: [] };
  } catch {
    return { url: pathToFileURL(ENTRY) };
  }
}
