import { describe, expect, it } from "vitest";
import { loadFixture } from "../../harness/dom-fixtures";
import { findArticleRoot } from "../../../lib/dom/article";
import { restoreStrippedLinks, scanSpamLinks, stripSpamLinks } from "../../../lib/dom/strip-links";
import { LOCAL_JUDGE } from "../../../lib/spam/judge";
import { siteOfHost } from "../../../lib/spam/psl";

describe("seed article", () => {
  it("strips exactly its four spam links and restores the identical page", () => {
    const doc = loadFixture("seed-article.html");
    const before = doc.documentElement.outerHTML;
    const judged = scanSpamLinks(doc, findArticleRoot(doc), siteOfHost, LOCAL_JUDGE);
    const handle = stripSpamLinks(doc, judged);
    expect(handle.strippedCount).toBe(4);
    expect(doc.documentElement.outerHTML).not.toContain("markas303");
    restoreStrippedLinks(handle);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it("leaves the links the reader keeps in the page, listed as kept", () => {
    const doc = loadFixture("seed-article.html");
    const before = doc.documentElement.outerHTML;
    const judged = scanSpamLinks(doc, findArticleRoot(doc), siteOfHost, LOCAL_JUDGE);
    const href = judged.find((l) => l.judgement.verdict === "spam")!.features.href;
    const handle = stripSpamLinks(doc, judged, { kept: new Set([href]) });
    const keptLinks = judged.filter((l) => l.features.href === href).length;
    expect(handle.strippedCount).toBe(4 - keptLinks);
    expect(handle.reports.filter((r) => r.kept).map((r) => r.href)).toEqual(Array(keptLinks).fill(href));
    expect(doc.querySelectorAll(`a[href="${href}"]`).length).toBe(keptLinks);
    restoreStrippedLinks(handle);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
