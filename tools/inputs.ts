/**
 * What `analyze` reads: files, folders (every .txt and .html under them, in
 * name order) and "-", a stream of JSON lines on stdin (`{"id", "text"}` or
 * `{"id", "html"}`). A bad line is an input that fails, with its line number.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { fromJsonLine, utf8, type Input } from "./reading-line";

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

const LF = 10;
const CR = 13;

/** Pieces of one line as a single array (most lines are one piece: no copy). */
const joined = (pieces: Uint8Array[]): Uint8Array => (pieces.length === 1 ? pieces[0] : Buffer.concat(pieces));

/**
 * The lines of a stream as bytes, split as node:readline splits them ("\n", "\r\n" or "\r"), without decoding
 * them: the batch's main thread hands them on to its workers as they are.
 */
export async function* byteLines(stream: Readable): AsyncGenerator<Uint8Array> {
  let carry: Uint8Array[] = [];
  let afterCr = false; // the last piece ended in "\r": a "\n" first in the next one belongs to it
  for await (const piece of stream as AsyncIterable<Uint8Array | string>) {
    const buf =
      typeof piece === "string" ? Buffer.from(piece) : Buffer.from(piece.buffer, piece.byteOffset, piece.length);
    if (!buf.length) continue;
    let start = afterCr && buf[0] === LF ? 1 : 0;
    afterCr = false;
    let cr = buf.indexOf(CR, start);
    for (;;) {
      let end = buf.indexOf(LF, start);
      if (cr !== -1 && cr < start) cr = buf.indexOf(CR, start);
      if (cr !== -1 && (end === -1 || cr < end)) end = cr;
      if (end === -1) break;
      carry.push(buf.subarray(start, end));
      yield joined(carry);
      carry = [];
      if (buf[end] === CR) {
        if (end + 1 === buf.length) afterCr = true;
        else if (buf[end + 1] === LF) end++;
      }
      start = end + 1;
    }
    if (start < buf.length) carry.push(buf.subarray(start));
  }
  if (carry.length) yield joined(carry);
}

/** Whether a line holds nothing but white space (as String.prototype.trim sees it). */
function blank(line: Uint8Array): boolean {
  for (const b of line) {
    if (b === 32 || (b >= 9 && b <= 13)) continue;
    return b >= 0x80 && utf8.decode(line).trim() === "";
  }
  return true;
}

/**
 * One input per line of a JSON-lines stream. Lines are kept as bytes, parsed where they are read (fromJsonLine),
 * unless `parse`: --resume needs each id before it decides.
 */
export async function* jsonLines(stream: Readable, parse: boolean): AsyncGenerator<Input> {
  let n = 0;
  for await (const bytes of byteLines(stream)) {
    n++;
    if (blank(bytes)) continue;
    yield parse ? fromJsonLine(utf8.decode(bytes), n) : { id: `line ${n}`, bytes, lineNo: n };
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
