/** Loading fixture pages into the unit tests' DOM environment (happy-dom). */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const FIXTURES_DIR = join(import.meta.dirname, "../fixtures");

/** Replaces the test document with `html`, parsed as a page load would. */
export function loadDocument(html: string): Document {
  document.open();
  document.write(html);
  document.close();
  return document;
}

/** Reads a fixture file, path relative to tests/fixtures. */
export function readFixture(path: string): string {
  return readFileSync(join(FIXTURES_DIR, path), "utf8");
}

/** Loads a fixture page into the test document. */
export function loadFixture(path: string): Document {
  return loadDocument(readFixture(path));
}
