/**
 * `npm run engine:snapshot -- save|check`: the safety net for changes to the
 * engine that must not change what it finds. `save` writes the engine's
 * reading (`analyze --json`, less the `rule` field) of every text fixture and,
 * where `../shared/polnear` is present, of PolNeAR train and dev into
 * `.engine-snapshot/` (git-ignored: PolNeAR may not be copied into the
 * project); `check` reads everything again and exits 1 on the first
 * difference in any input, naming it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { expandPath } from "./inputs";
import { readingLine } from "./reading-line";

const ROOT = resolve(import.meta.dirname, "..");
const OUT = join(ROOT, ".engine-snapshot");

/** Every input the snapshot covers, by a stable name: the article files under the fixtures and PolNeAR's texts. */
function inputs(): string[] {
  const polnear = ["train", "dev"].map((split) => join(ROOT, "../shared/polnear/data", split, "text"));
  return [join(ROOT, "tests/fixtures"), ...polnear].filter((dir) => existsSync(dir)).flatMap(expandPath);
}

/** The reading of one input exactly as analyze --json prints it, less the rule that made each attribution. */
function reading(file: string): string {
  const line = JSON.parse(readingLine({ id: file, file }, { json: true, why: false })) as Record<string, unknown>;
  const attributions = (line.attributions as Array<Record<string, unknown>>).map((a) => {
    const copy = { ...a };
    delete copy.rule;
    return copy;
  });
  return JSON.stringify({ ...line, file: relative(ROOT, file), attributions }, null, 1);
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
