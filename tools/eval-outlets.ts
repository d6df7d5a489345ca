/**
 * `tsx tools/eval-outlets.ts [--misses] [--only NAME]`: scores the engine on
 * the outlet corpus (tests/fixtures/outlets, see tools/outlet-corpus.ts) and
 * prints a table per article, the overall figures and, with --misses, every
 * error one line each, so a change to the engine can be weighed on the house
 * styles of many outlets and not only on PolNeAR's.
 */
import {
  figures,
  fixtureProblems,
  loadOutletFixtures,
  missLines,
  outletTable,
  overallSummary,
  readArticle,
} from "./outlet-corpus";

const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : null;
const fixtures = loadOutletFixtures().filter((fx) => !only || fx.name === only);
if (fixtures.length === 0) {
  console.log(only ? `no fixture named ${only}` : "no fixtures in tests/fixtures/outlets");
  process.exit(1);
}

// A malformed sidecar would skew the figures silently; say so first.
const problems = fixtures.flatMap(fixtureProblems);
for (const p of problems) console.log(`FIXTURE ${p}`);

const readings = fixtures.map((fx) => readArticle(fx));
console.log(outletTable(readings));
console.log(`\n${overallSummary(figures(readings))}`);

if (process.argv.includes("--misses")) {
  for (const r of readings) {
    const lines = missLines(r);
    if (lines.length) console.log(`\n${r.name} (${r.outlet})\n${lines.map((l) => `  ${l}`).join("\n")}`);
  }
}
process.exitCode = problems.length ? 1 : 0;
