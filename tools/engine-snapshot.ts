/**
 * `npm run engine:snapshot -- save|check`: the safety net for changes to the
 * engine that must not change what it finds. `save` writes the engine's
 * reading (`analyze --json`, less the `rule` field) of every text fixture and,
 * where `../shared/polnear` is present, of PolNeAR train and dev into
 * `.engine-snapshot/` (git-ignored: PolNeAR may not be copied into the
 * project); `check` reads everything again and exits 1 on the first
 * difference in any input, naming it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { analyzeText } from "../lib/attribution";
import { readArticleFile } from "./article-file";

const ROOT = resolve(import.meta.dirname, "..");
const OUT = join(ROOT, ".engine-snapshot");

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Every input the snapshot covers, by a stable name. */
function inputs(): string[] {
  const fixtures = filesUnder(join(ROOT, "tests/fixtures"), (n) => /\.(txt|html?)$/.test(n));
  const polnear = ["train", "dev"].flatMap((split) =>
    filesUnder(join(ROOT, "../shared/polnear/data", split, "text"), (n) => n.endsWith(".txt")),
  );
  return [...fixtures, ...polnear];
}

/** The reading of one input as analyze --json prints it, without the rule that made each attribution. */
function reading(file: string): string {
  const { title, text } = readArticleFile(file);
  const analysis = analyzeText(text);
  const attributions = analysis.attributions.map((a) => {
    const copy: Record<string, unknown> = { ...a };
    delete copy.rule;
    return copy;
  });
  return JSON.stringify({ file: relative(ROOT, file), title, ...analysis, attributions }, null, 1);
}

const keyOf = (file: string) => relative(ROOT, file).replace(/[/\\]/g, "__");

function main(mode: string | undefined): number {
  if (mode !== "save" && mode !== "check") {
    process.stderr.write("usage: npm run engine:snapshot -- save|check\n");
    return 2;
  }
  const files = inputs();
  if (mode === "save") {
    mkdirSync(OUT, { recursive: true });
    for (const f of files) writeFileSync(join(OUT, `${keyOf(f)}.json`), reading(f));
    process.stdout.write(`saved ${files.length} readings in ${relative(ROOT, OUT)}/\n`);
    return 0;
  }
  let differ = 0;
  let missing = 0;
  for (const f of files) {
    const saved = join(OUT, `${keyOf(f)}.json`);
    if (!existsSync(saved)) {
      missing++;
      continue;
    }
    const before = readFileSync(saved, "utf8");
    const now = reading(f);
    if (before === now) continue;
    differ++;
    if (differ <= 5) {
      const a = before.split("\n");
      const b = now.split("\n");
      const line = a.findIndex((l, k) => l !== b[k]);
      process.stdout.write(`differs: ${relative(ROOT, f)} (line ${line + 1})\n  was: ${a[line]}\n  now: ${b[line]}\n`);
    }
  }
  process.stdout.write(
    `${files.length - differ - missing} of ${files.length} readings unchanged, ${differ} differ, ${missing} not saved\n`,
  );
  return differ || missing ? 1 : 0;
}

process.exitCode = main(process.argv[2]);
