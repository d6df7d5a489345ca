import { describe, expect, it } from "vitest";
import { loadFixture } from "../../harness/dom-fixtures";
import { findArticleRoot } from "../../../lib/dom/article";
import { restoreStrippedLinks, scanSpamLinks, stripSpamLinks } from "../../../lib/dom/strip-links";
import { siteOfHost } from "../../../lib/spam/psl";

describe("seed article", () => {
  it("strips exactly its four spam links and restores the identical page", () => {
    const doc = loadFixture("seed-article.html");
    const before = doc.documentElement.outerHTML;
    const judged = scanSpamLinks(doc, findArticleRoot(doc), siteOfHost);
    const handle = stripSpamLinks(doc, judged);
    expect(handle.strippedCount).toBe(4);
    expect(doc.documentElement.outerHTML).not.toContain("markas303");
    restoreStrippedLinks(handle);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
