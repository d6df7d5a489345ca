/**
 * `npm run analyze -- [--json] FILE...`: reads .txt and .html articles.
 * HTML goes through the content script's own article extraction, on a Node
 * DOM (linkedom); offsets are into the file's text (.txt) or the extracted
 * article text (.html). A bad file gets a message on stderr and a non-zero
 * exit, and the other files are still read.
 */
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { parseHTML } from "linkedom";
import { analyzeText } from "../attribution";
import type { Analysis } from "../attribution/types";
import { extractArticle } from "../dom/article";
import { formatSummary } from "../report-text";

export interface FileReading {
  file: string;
  title: string;
  text: string;
  analysis: Analysis;
}

/** Reads one file into the text the engine sees; throws a readable Error when it cannot. */
export function readArticleFile(file: string): { title: string; text: string } {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw new Error(`${file}: no such file`);
  }
  if (!stat.isFile()) throw new Error(`${file}: not a regular file`);
  const ext = extname(file).toLowerCase();
  if (ext !== ".txt" && ext !== ".html" && ext !== ".htm") throw new Error(`${file}: not a .txt or .html file`);
  const buf = readFileSync(file);
  if (buf.includes(0)) throw new Error(`${file}: looks binary, not text`);
  const raw = buf.toString("utf8");
  if (ext === ".txt") return { title: raw.split("\n", 1)[0].trim().slice(0, 120), text: raw };
  const { document } = parseHTML(raw);
  const article = extractArticle(document as unknown as Document, { skipHidden: false });
  return { title: article.title, text: article.text };
}

function main(argv: string[]): number {
  const json = argv.includes("--json");
  const files = argv.filter((a) => a !== "--json");
  if (files.length === 0) {
    process.stderr.write("usage: npm run analyze -- [--json] FILE...\n");
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    try {
      const { title, text } = readArticleFile(file);
      const analysis = analyzeText(text);
      if (json) process.stdout.write(`${JSON.stringify({ file, title, ...analysis })}\n`);
      else process.stdout.write(`== ${file}\n${formatSummary(title, analysis)}\n\n`);
    } catch (err) {
      failed++;
      process.stderr.write(`analyze: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
