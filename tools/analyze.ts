/**
 * `npm run analyze -- [--json] [--why] FILE...`: reads .txt and .html articles.
 * With --why, says which rule made each attribution and which rules turned
 * down candidates near it (tools/why.ts).
 * HTML goes through the content script's own article extraction, on a Node
 * DOM (linkedom); offsets are into the file's text (.txt) or the extracted
 * article text (.html). A bad file gets a message on stderr and a non-zero
 * exit, and the other files are still read.
 */
import { analyzeText, summarize } from "../lib/attribution";
import { formatSummary } from "../lib/report-text";
import { readArticleFile } from "./article-file";

// Files are read one after another: the trigger pattern, compiled once, pays from the first.
const BATCH = { prefilter: true };
import { formatWhy, readWithVetoes } from "./why";

function main(argv: string[]): number {
  const json = argv.includes("--json");
  const why = argv.includes("--why");
  const files = argv.filter((a) => a !== "--json" && a !== "--why");
  if (files.length === 0) {
    process.stderr.write("usage: npm run analyze -- [--json] [--why] FILE...\n");
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    try {
      const { title, text } = readArticleFile(file);
      const reading = why ? readWithVetoes(text) : null;
      const analysis = reading
        ? { attributions: reading.attributions, summary: summarize(reading.attributions) }
        : analyzeText(text, BATCH);
      if (json)
        process.stdout.write(
          `${JSON.stringify({ file, title, ...analysis, ...(reading ? { vetoes: reading.vetoes } : {}) })}\n`,
        );
      else if (reading) process.stdout.write(`== ${file}\n${formatWhy(text, reading)}\n\n`);
      else process.stdout.write(`== ${file}\n${formatSummary(title, analysis)}\n\n`);
    } catch (err) {
      failed++;
      process.stderr.write(`analyze: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
