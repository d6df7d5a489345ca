import { describe, expect, it } from "vitest";
import { loadDocument, loadFixture } from "../../harness/dom-fixtures";
import { Readability } from "@mozilla/readability";
import { extractArticle, looksLikeArticle, markable } from "../../../lib/dom/article";
import { findArticleRootWith, readArticle, readMarkup } from "../../../lib/dom/article-root";

describe("extractArticle", () => {
  it("finds the seed article's body and leaves the page chrome out", () => {
    const art = extractArticle(loadFixture("seed-article.html"));
    expect(art.scope).toBe("article");
    expect(looksLikeArticle(art)).toBe(true);
    expect(art.title).toBe("Pakistan pushing ISIS terrorists into Afghanistan");
    expect(art.text).toContain("Ehsan stated");
    for (const chrome of ["About admin", "Check Also", "Latest Updates", "Privacy Policy", "markas303"]) {
      expect(art.text).not.toContain(chrome);
    }
  });

  it("falls back to Readability when no CMS markup is there", () => {
    const para = (n: number) =>
      `<p>Paragraph ${n} of the story, in which the minister said many things about the budget, the opposition replied at length, and the committee, after a long debate that ran late into the night, voted to delay the bill.</p>`;
    const html = `<html><head><title>T</title></head><body><div class="menu"><a href="/">Home</a> <a href="/x">World</a></div>
      <div class="story">${[1, 2, 3, 4, 5, 6].map(para).join("")}</div><div class="foot">Copyright</div></body></html>`;
    const art = extractArticle(loadDocument(html));
    expect(art.scope).toBe("article");
    expect(art.text).toContain("Paragraph 6");
    expect(art.text).not.toContain("Copyright");
  });

  it("asks for Readability only where the structural signals find nothing, and reads less without it", () => {
    expect(readMarkup(loadFixture("seed-article.html")).needsReader).toBe(false);
    const doc = loadFixture("pages/plain-markup-story.html");
    expect(readMarkup(doc).needsReader).toBe(true);
    const withReader = readArticle(doc, findArticleRootWith(doc, Readability)).text;
    expect(withReader).toContain("Mayor Helen Okafor");
    expect(withReader).toContain("The Harbour Trust");
    expect(withReader).not.toContain("Most read");
    // Without it (the content script could not load it), paragraph density stands in: the larger half only.
    const without = readArticle(doc, findArticleRootWith(doc, null)).text;
    expect(without).toContain("Mayor Helen Okafor");
    expect(without).not.toContain("The Harbour Trust");
  });

  it("falls back to the whole page when there is no article", () => {
    const art = extractArticle(loadDocument("<html><body><p>Login</p><form><input></form></body></html>"));
    expect(art.scope).toBe("page");
    expect(looksLikeArticle(art)).toBe(false);
    expect(art.text).toContain("Login");
  });

  it("scans the whole page when asked", () => {
    const art = extractArticle(loadFixture("seed-article.html"), { wholePage: true });
    expect(art.scope).toBe("page");
    expect(art.text).toContain("Check Also");
  });
});

describe("markable: which pages are marked without being asked", () => {
  const story = `<article><h1>Port strike</h1><p>${"The union said the strike would go on until Friday. ".repeat(9)}</p></article>`;
  const page = (head: string, body: string) =>
    loadDocument(`<html><head><title>T</title>${head}</head><body>${body}</body></html>`);
  const marked = (doc: Document) => markable(doc, extractArticle(doc));

  it("marks an article found on the page, a brief of a few sentences too", () => {
    expect(marked(page("", story))).toBe(true);
    expect(marked(loadFixture("seed-article.html"))).toBe(true);
  });

  it("leaves a page with no article root, a shop, a profile or a sign-in form unmarked", () => {
    expect(
      marked(page("", "<p>Reviewers say it is the best boot.</p><form><button>Add to basket</button></form>")),
    ).toBe(false);
    expect(marked(page('<meta property="og:type" content="product">', story))).toBe(false);
    expect(marked(page('<script type="application/ld+json">{"@type": "ProfilePage"}</script>', story))).toBe(false);
    expect(marked(page("", story.replace("</article>", '<input type="password"></article>')))).toBe(false);
  });

  it("reads a broken JSON-LD block as saying nothing", () => {
    expect(marked(page('<script type="application/ld+json">{"@type": </script>', story))).toBe(true);
  });
});
