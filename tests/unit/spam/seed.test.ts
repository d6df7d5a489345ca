import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findArticleRoot } from "../../../lib/dom/article";
import { restoreStrippedLinks, scanSpamLinks, stripSpamLinks } from "../../../lib/dom/strip-links";

const FIXTURES = join(import.meta.dirname, "../../fixtures");

function load(html: string): Document {
  document.open();
  document.write(html);
  document.close();
  return document;
}

describe("seed article", () => {
  it("strips exactly its four spam links and restores the identical page", () => {
    const doc = load(readFileSync(join(FIXTURES, "seed-article.html"), "utf8"));
    const before = doc.documentElement.outerHTML;
    const judged = scanSpamLinks(doc, findArticleRoot(doc));
    const handle = stripSpamLinks(doc, judged);
    expect(handle.strippedCount).toBe(4);
    expect(doc.documentElement.outerHTML).not.toContain("markas303");
    restoreStrippedLinks(handle);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
