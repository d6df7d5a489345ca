// @vitest-environment node
/**
 * `analyze` over many inputs: folders and JSON lines on stdin, output in input order whatever the number of
 * jobs, inputs that fail reported without stopping the others, and --resume skipping what a file already holds.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runBatch } from "../../../tools/batch";
import { byteLines, expandPath, inputsOf } from "../../../tools/inputs";

const ROOT = join(import.meta.dirname, "../../..");
const ARTICLES = [
  "Senator Jane Smith said the bill would pass.",
  "Officials said the talks had stalled.",
  "The ministry said no. Prices allegedly rose.",
];
const stream = (lines: string[]) => Readable.from(lines.map((l) => `${l}\n`));
const analyze = (args: string[], input = "") =>
  spawnSync(process.execPath, ["--import", "tsx", "tools/analyze.ts", ...args], { cwd: ROOT, input, encoding: "utf8" });

async function read(args: string[], lines: string[], skip = new Set<string>()) {
  const out: string[] = [];
  const failed: string[] = [];
  await runBatch(inputsOf(args, stream(lines), skip), {
    jobs: 1,
    output: { json: true, why: false },
    write: (l) => out.push(String(l)),
    fail: (id, message) => failed.push(`${id}: ${message}`),
  });
  return { out: out.map((l) => JSON.parse(l) as { id?: string; file?: string }), failed };
}

// Each run starts Node and its workers: seconds on a busy 2-core machine, so the tests wait longer than the default.
describe("batch analysis", { timeout: 60_000 }, () => {
  it("reads a folder's article files, every level down, in name order", () => {
    const dir = mkdtempSync(join(tmpdir(), "sl-batch-"));
    mkdirSync(join(dir, "b"));
    writeFileSync(join(dir, "b", "one.txt"), ARTICLES[0]);
    writeFileSync(join(dir, "a.html"), `<p>${ARTICLES[1]}</p>`);
    writeFileSync(join(dir, "notes.md"), "not an article");
    expect(expandPath(dir)).toEqual([join(dir, "a.html"), join(dir, "b", "one.txt")]);
  });

  it("reads JSON lines in order, and reports a bad line without stopping", async () => {
    const lines = [
      JSON.stringify({ id: "a", text: ARTICLES[0] }),
      "not json",
      JSON.stringify({ id: "c", html: `<article><p>${ARTICLES[1]}</p></article>` }),
    ];
    const { out, failed } = await read(["-"], lines);
    expect(out.map((o) => o.id)).toEqual(["a", "c"]);
    expect(failed).toEqual(['line 2: stdin line 2: not a JSON object with "id" and "text" or "html"']);
  });

  it("splits a stream into lines as node:readline does, wherever its pieces end", async () => {
    const text = '{"a":1}\r\n\n{"b":"é ☃"}\r{"c":2}\n\r\n  \n\uFEFF{"d":3}\r\n\r\r\n{"e":"last"}';
    const bytes = Buffer.from(text);
    const expected: string[] = [];
    for await (const line of createInterface({ input: Readable.from([bytes]), crlfDelay: Infinity }))
      expected.push(line);
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    for (let cut = 0; cut <= bytes.length; cut++) {
      const got: string[] = [];
      for await (const line of byteLines(Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)])))
        got.push(decoder.decode(line));
      expect(got, `cut at ${cut}`).toEqual(expected);
    }
  });

  it("skips the ids already read (--resume)", async () => {
    const lines = ARTICLES.map((text, k) => JSON.stringify({ id: `n${k}`, text }));
    const { out } = await read(["-"], lines, new Set(["n0", "n2"]));
    expect(out.map((o) => o.id)).toEqual(["n1"]);
  });

  it("prints the same lines, in the same order, on two jobs as on one", () => {
    const input = Array.from({ length: 40 }, (_, k) => JSON.stringify({ id: `a${k}`, text: ARTICLES[k % 3] })).join(
      "\n",
    );
    const one = analyze(["--json", "-"], input);
    const two = analyze(["--json", "--jobs", "2", "-"], input);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.split("\n").filter(Boolean)).toHaveLength(40);
  });

  it("reports the same failures on two jobs as on one, with the same exit status", () => {
    const dir = mkdtempSync(join(tmpdir(), "sl-fail-"));
    writeFileSync(join(dir, "a.txt"), ARTICLES[0]);
    writeFileSync(join(dir, "b.html"), `<p>${ARTICLES[2]}</p>`);
    const lines = [JSON.stringify({ id: "x", text: ARTICLES[1] }), "", "{oops", JSON.stringify({ id: 7 })];
    const args = ["--json", dir, "-", join(dir, "missing.txt")];
    const one = analyze(args, lines.join("\r\n"));
    const two = analyze(["--jobs", "2", ...args], lines.join("\r\n"));
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stdout.split("\n").filter(Boolean)).toHaveLength(3);
    expect(one.stderr).toContain("line 3: stdin line 3");
    expect(one.stderr).toContain("missing.txt");
  });

  it("resumes an output file: only what it lacks is added", () => {
    const out = join(mkdtempSync(join(tmpdir(), "sl-resume-")), "out.jsonl");
    const lines = ARTICLES.map((text, k) => JSON.stringify({ id: `r${k}`, text }));
    writeFileSync(out, `${JSON.stringify({ id: "r0", title: "", attributions: [] })}\n`);
    const run = analyze(["--json", "--out", out, "--resume", "-"], lines.join("\n"));
    expect(run.status).toBe(0);
    const ids = readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(["r0", "r1", "r2"]);
  });
});
