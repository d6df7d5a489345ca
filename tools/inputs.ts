/**
 * What `analyze` reads: files, folders (every .txt and .html under them, in
 * name order) and "-", a stream of JSON lines on stdin (`{"id", "text"}` or
 * `{"id", "html"}`). A bad line is an input that fails, with its line number.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { fromJsonLine, type Input } from "./reading-line";

const ARTICLE_FILE = /\.(txt|html?)$/i;

/** A path as the inputs it holds: itself, or a folder's article files, recursively. */
export function expandPath(path: string): string[] {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    return [path]; // reading it reports "no such file"
  }
  if (!isDir) return [path];
  return readdirSync(path, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ARTICLE_FILE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * One input per line of a JSON-lines stream. Lines are parsed where they are read (fromJsonLine), unless
 * `parse`: --resume needs each id before it decides.
 */
export async function* jsonLines(stream: Readable, parse: boolean): AsyncGenerator<Input> {
  let n = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    yield parse ? fromJsonLine(line, n) : { id: `line ${n}`, line, lineNo: n };
  }
}

/** Every input of the command line, in order; `skip` leaves out ids already read (--resume). */
export async function* inputsOf(args: string[], stdin: Readable, skip: Set<string>): AsyncGenerator<Input> {
  for (const arg of args) {
    const items: AsyncIterable<Input> | Input[] =
      arg === "-" ? jsonLines(stdin, skip.size > 0) : expandPath(arg).map((file) => ({ id: file, file }));
    for await (const input of items) if (!skip.has(input.id)) yield input;
  }
}
