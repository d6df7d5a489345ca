/**
 * `npm run analyze -- [--json] FILE...`: reads .txt and .html articles.
 * HTML goes through the content script's own article extraction, on a Node
 * DOM (linkedom); offsets are into the file's text (.txt) or the extracted
 * article text (.html). A bad file gets a message on stderr and a non-zero
 * exit, and the other files are still read.
 */
import { analyzeText } from "../lib/attribution";
import { formatSummary } from "../lib/report-text";
import { readArticleFile } from "./article-file";

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
