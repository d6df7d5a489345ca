/**
 * One input's reading as `analyze` prints it: a JSON line, a readable
 * summary, or the rules behind it (--why). Shared by the main thread and the
 * batch workers, so both print the same thing.
 */
import { analyzeText, summarize } from "../lib/attribution";
import { formatSummary } from "../lib/report-text";
import { articleFromHtml, articleFromText, readArticleFile } from "./article-file";
import { formatWhy, readWithVetoes } from "./why";

/** A file to read, or an item of a JSON-lines stream: `{"id", "text"}` or `{"id", "html"}`. */
export type Input =
  | { id: string; file: string }
  | { id: string; text: string }
  | { id: string; html: string }
  /** An input that cannot be read, and why (a stream line that is no article). */
  | { id: string; error: string }
  /** A stream line as its bytes, decoded and parsed where it is analysed (the batch's workers, not its main thread). */
  | { id: string; bytes: Uint8Array; lineNo: number };

/** Decodes stream lines as node:readline did: a byte order mark is kept (and makes the line no JSON). */
export const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** A stream line as the input it holds; a line that is no such object becomes an input that fails. */
export function fromJsonLine(line: string, lineNo: number): Input {
  let item: unknown;
  try {
    item = JSON.parse(line);
  } catch {
    item = null;
  }
  const o = item as { id?: unknown; text?: unknown; html?: unknown } | null;
  const id = o && (typeof o.id === "string" || typeof o.id === "number") ? String(o.id) : `line ${lineNo}`;
  if (o && typeof o.text === "string") return { id, text: o.text };
  if (o && typeof o.html === "string") return { id, html: o.html };
  return { id, error: `stdin line ${lineNo}: not a JSON object with "id" and "text" or "html"` };
}

export interface Output {
  json: boolean;
  why: boolean;
}

// Inputs are read one after another: the trigger pattern, compiled once, pays from the first.
const BATCH = { prefilter: true };

function load(input: Input): { title: string; text: string } {
  if ("error" in input) throw new Error(input.error);
  if ("bytes" in input) return load(fromJsonLine(utf8.decode(input.bytes), input.lineNo));
  if ("file" in input) return readArticleFile(input.file);
  if ("text" in input) return articleFromText(input.text);
  return articleFromHtml(input.html);
}

/** The printed reading of one input, ending in a newline; throws a readable Error when the input cannot be read. */
export function readingLine(given: Input, { json, why }: Output): string {
  const input = "bytes" in given ? fromJsonLine(utf8.decode(given.bytes), given.lineNo) : given;
  const { title, text } = load(input);
  const reading = why ? readWithVetoes(text) : null;
  const analysis = reading
    ? { attributions: reading.attributions, summary: summarize(reading.attributions) }
    : analyzeText(text, BATCH);
  // A file keeps the key it always had; a stream item is named by its id.
  const name = "file" in input ? { file: input.file } : { id: input.id };
  if (json)
    return `${JSON.stringify({ ...name, title, ...analysis, ...(reading ? { vetoes: reading.vetoes } : {}) })}\n`;
  if (reading) return `== ${input.id}\n${formatWhy(text, reading)}\n\n`;
  return `== ${input.id}\n${formatSummary(title, analysis)}\n\n`;
}

/** How many characters an input holds, for the progress line's rate. */
export const sizeOf = (input: Input): number =>
  "text" in input ? input.text.length : "html" in input ? input.html.length : "bytes" in input ? input.bytes.length : 0;
