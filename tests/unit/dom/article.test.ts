import { describe, expect, it } from "vitest";
import { loadDocument, loadFixture } from "../../harness/dom-fixtures";
import { extractArticle, looksLikeArticle } from "../../../lib/dom/article";

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
