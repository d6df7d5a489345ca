/** Reads an article file (.txt or .html) into the text the engine sees, as `analyze` and the snapshot do. */
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { parseHTML } from "linkedom";
import { extractArticle } from "../lib/dom/article";

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
