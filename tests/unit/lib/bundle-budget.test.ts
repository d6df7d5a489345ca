import { describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { BUDGETS, enforceBudgets, measureBudgets } from "../../../tools/bundle-budget";

function fakeBuild(contentBytes: number, { background = true } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "budget-"));
  mkdirSync(join(dir, "content-scripts"));
  mkdirSync(join(dir, "chunks"));
  // Random bytes do not compress, so the gzip size tracks the byte count.
  writeFileSync(join(dir, "content-scripts/content.js"), randomBytes(contentBytes).toString("base64"));
  writeFileSync(
    join(dir, "popup.html"),
    '<script type="module" src="/chunks/popup.js"></script><link rel="stylesheet" href="/assets/popup.css">',
  );
  writeFileSync(join(dir, "chunks/popup.js"), 'import{a}from"./shared.js";console.log(a)');
  writeFileSync(join(dir, "chunks/shared.js"), "export const a=1");
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "assets/popup.css"), "body{margin:0}");
  if (background) writeFileSync(join(dir, "background.js"), 'import{a}from"./chunks/shared.js";console.log(a)');
  return dir;
}

describe("bundle budgets", () => {
  it("follows the popup's scripts, styles and their imports", () => {
    const [, popup, background] = measureBudgets(fakeBuild(100));
    expect(popup.files).toEqual(["assets/popup.css", "chunks/popup.js", "chunks/shared.js"]);
    expect(background.files).toEqual(["background.js", "chunks/shared.js"]);
  });

  it("fails a build with an entry missing rather than measuring it at 0 KB", () => {
    expect(() => enforceBudgets(fakeBuild(1000, { background: false }), () => {})).toThrow(
      /Bundle entry missing: background worker: MISSING/,
    );
  });

  it("passes a small build and fails an oversized one with the figure", () => {
    expect(() => enforceBudgets(fakeBuild(1000), () => {})).not.toThrow();
    const budget = (BUDGETS.content / 1024).toFixed(1).replace(".", "\\.");
    expect(() => enforceBudgets(fakeBuild(BUDGETS.content * 1.2), () => {})).toThrow(
      new RegExp(`content script: \\d+\\.\\d KB gzip of ${budget} KB budget`),
    );
  });
});
