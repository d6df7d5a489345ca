/**
 * `npm run eval [-- --split dev|train] [--corpus DIR] [--limit N] [--details] [--rules]`:
 * scores the engine on PolNeAR with the corpus's own scorers (spans, then
 * tiers and confidence), then prints a table of cue figures per finder rule
 * (tools/rule-table.ts); --rules prints only that table. The corpus lives beside the project (../shared/polnear)
 * and is never copied into it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { ruleTable } from "./rule-table";

const ROOT = resolve(import.meta.dirname, "..");

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const corpus = resolve(arg("corpus", join(ROOT, "../shared/polnear")));
const split = arg("split", "dev");
const scorer = resolve(arg("scorer", join(corpus, "../tools/polnear-score.mjs")));
const trustScorer = resolve(arg("trust-scorer", join(corpus, "../tools/polnear-trust.mjs")));
const rulesOnly = process.argv.includes("--rules");
const printRuleTable = () => {
  const table = ruleTable(join(corpus, "data", split), Number(arg("limit", "Infinity")));
  console.log(`cue overlap per rule, ${split}\n${table}`);
};

/** Tiers and confidence: the scorer's tier confusion, bands and summary line (its per-level tables are left out). */
function printTrust() {
  const trust = spawnSync(
    process.execPath,
    [trustScorer, "--corpus", corpus, "--split", split, "--cmd", "npm run -s analyze -- --json"],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const out = trust.stdout ?? "";
  const from = out.indexOf("\nbands");
  console.log(`\nPolNeAR ${split} split, tiers and confidence, scored by ${trustScorer}`);
  console.log((from >= 0 ? out.slice(from + 1) : out).trimEnd());
  if (trust.status !== 0)
    console.log(`npm run eval: the tier scorer stopped (${trust.stderr?.trim() || trust.status}).`);
  console.log("");
}

if (!existsSync(join(corpus, "data", split, "text"))) {
  console.log(`npm run eval: the PolNeAR corpus is not here (looked for ${join(corpus, "data", split)}).`);
  console.log(
    "It is not redistributable, so the project does not ship it: put it at ../shared/polnear or pass --corpus DIR.",
  );
  process.exit(1);
}
if (rulesOnly) {
  printRuleTable();
  process.exit(0);
}
if (!existsSync(scorer)) {
  console.log(`npm run eval: no scorer at ${scorer}; pass --scorer FILE.`);
  process.exit(1);
}

const extra = ["limit", "details"].flatMap((k) => {
  const i = process.argv.indexOf(`--${k}`);
  if (i < 0) return [];
  return k === "details" ? ["--details"] : ["--limit", process.argv[i + 1]];
});
console.log(`PolNeAR ${split} split, scored by ${scorer}`);
const run = spawnSync(
  process.execPath,
  [scorer, "--corpus", corpus, "--split", split, "--cmd", "npm run -s analyze -- --json", ...extra],
  { cwd: ROOT, stdio: "inherit" },
);
if (run.status !== 0) {
  // One PolNeAR train file has a span's text broken over two lines; a scorer that reads brat line by line stops there.
  const dir = join(corpus, "data", split, "attributions");
  const broken = readdirSync(dir).filter((f) =>
    readFileSync(join(dir, f), "utf8")
      .split("\n")
      .some((l) => /^T/.test(l) && !l.includes("\t")),
  );
  if (broken.length) {
    console.log(
      `npm run eval: the scorer stopped. These annotation files have a span text broken over lines, which brat`,
    );
    console.log(`line-by-line readers trip on: ${broken.join(", ")}. Pass --scorer a scorer that skips such lines.`);
  }
}
if (run.status === 0 && existsSync(trustScorer)) printTrust();
if (run.status === 0) printRuleTable();
process.exit(run.status ?? 1);
