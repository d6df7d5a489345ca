/** Reads an article (a .txt or .html file, or its text or HTML) into the text the engine sees. */
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
  return ext === ".txt" ? articleFromText(raw) : articleFromHtml(raw);
}

/** Plain text as it is: its first line is its title. */
export function articleFromText(text: string): { title: string; text: string } {
  return { title: text.split("\n", 1)[0].trim().slice(0, 120), text };
}

/** HTML through the content script's own article extraction, on a Node DOM (linkedom). */
export function articleFromHtml(html: string): { title: string; text: string } {
  const { document } = parseHTML(html);
  const article = extractArticle(document as unknown as Document, { skipHidden: false });
  return { title: article.title, text: article.text };
}
