/** Fixtures kept as a file and its expected reading beside it: `<name>.html` or `.txt`, and `<name>.expected.json`. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Each `<name><ext>` file in `dir`, in name order, with its content and its parsed `<name>.expected.json`. */
export function fixturesWithExpectations<T>(
  dir: string,
  ext: ".html" | ".txt",
): Array<{ name: string; content: string; expected: T }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => {
      const name = f.slice(0, -ext.length);
      const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8")) as T;
      return { name, content: readFileSync(join(dir, f), "utf8"), expected };
    });
}
