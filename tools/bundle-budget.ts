/**
 * Gzip size budgets for what a reader's browser downloads and parses: the
 * content script runs on every page they open, the popup on every click.
 * Checked after every build (wxt.config.ts), which fails when one is exceeded or an entry was not built.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

export interface BudgetFigure {
  name: string;
  files: string[];
  gzipBytes: number;
  budgetBytes: number;
}

/**
 * DESIGN.md caps the content script at 100 KB, and ours is that cap: it was tighter so that growth was noticed,
 * raised only with a reason in its commit and the seed page's first load checked against its 25 ms
 * (docs/measurements.md). The Public Suffix List, the spam judge's vocabulary and the attribution engine stay out of
 * it, in the background worker, with a budget of its own: the worker loads them at each start, before it answers the
 * page that woke it. Readability is a file of its own that the script loads only for a page its markup does not
 * explain (docs/finding-the-article.md).
 */
export const BUDGETS = { content: 100 * 1024, popup: 60 * 1024, background: 240 * 1024 };

/** Every JS/CSS file an entry pulls in: its HTML's scripts and styles, and their static imports. */
function closure(outDir: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const rel = normalize(queue.pop()!);
    if (seen.has(rel) || !existsSync(join(outDir, rel))) continue;
    seen.add(rel);
    if (!rel.endsWith(".js")) continue;
    const code = readFileSync(join(outDir, rel), "utf8");
    for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.(?:js|css))["']/g)) {
      queue.push(m[1].startsWith("/") ? m[1].slice(1) : join(dirname(rel), m[1]));
    }
  }
  return [...seen].sort();
}

function htmlAssets(outDir: string, html: string): string[] {
  const path = join(outDir, html);
  if (!existsSync(path)) return [];
  const text = readFileSync(path, "utf8");
  return [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1].replace(/^\//, ""));
}

function figure(outDir: string, name: string, files: string[], budgetBytes: number): BudgetFigure {
  const gzipBytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(outDir, f))).length, 0);
  return { name, files, gzipBytes, budgetBytes };
}

/** Measures the content script, the popup and the background worker of one built extension directory. */
export function measureBudgets(outDir: string): BudgetFigure[] {
  const content = closure(outDir, ["content-scripts/content.js"]);
  const popup = closure(outDir, htmlAssets(outDir, "popup.html"));
  const background = closure(outDir, ["background.js"]);
  return [
    figure(outDir, "content script", content, BUDGETS.content),
    figure(outDir, "popup", popup, BUDGETS.popup),
    figure(outDir, "background worker", background, BUDGETS.background),
  ];
}

export function formatFigure(f: BudgetFigure): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  if (!f.files.length) return `${f.name}: MISSING (no file built for it)`;
  const verdict = f.gzipBytes <= f.budgetBytes ? "ok" : "OVER BUDGET";
  return `${f.name}: ${kb(f.gzipBytes)} gzip of ${kb(f.budgetBytes)} budget (${f.files.length} files) — ${verdict}`;
}

/**
 * Throws, with every figure in the message, when a budget is exceeded or an entry was not built at all: a renamed
 * or dropped file would otherwise measure 0 KB and pass, while the extension that ships fails to load it.
 */
export function enforceBudgets(outDir: string, log: (line: string) => void = console.log): BudgetFigure[] {
  const figures = measureBudgets(outDir);
  for (const f of figures) log(`budget: ${formatFigure(f)}`);
  const missing = figures.filter((f) => !f.files.length);
  if (missing.length) throw new Error(`Bundle entry missing: ${missing.map(formatFigure).join("; ")}`);
  const over = figures.filter((f) => f.gzipBytes > f.budgetBytes);
  if (over.length) throw new Error(`Bundle budget exceeded: ${over.map(formatFigure).join("; ")}`);
  return figures;
}
