import { describe, expect, it } from "vitest";
import { Window } from "happy-dom";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { furnitureOf } from "../../../lib/dom/furniture";
import { byDensity, byJsonLd } from "../../../lib/dom/article-live";
import { findArticleRoot, readArticle } from "../../../lib/dom/article";
import { PROJECT_ROOT } from "../../harness/paths";

function open(body: string, head = ""): Document {
  const win = new Window({
    url: "https://www.example-news.com/story/",
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  win.document.write(`<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
  return win.document as unknown as Document;
}

const PROSE =
  "The minister said the plan would be published in full next week, after the committee had seen it and voted on it.";
const para = (n: number) => Array.from({ length: n }, (_, i) => `<p>${PROSE} Paragraph ${i}.</p>`).join("");

describe("furniture inside the article", () => {
  it("finds blocks that are mostly links to other stories", () => {
    const doc =
      open(`<article>${para(3)}<div id="gallery">${Array.from({ length: 6 }, (_, i) => `<div class="card"><a href="/s/${i}">Minister says story ${i} matters</a></div>`).join("")}</div>
      <ul id="sources"><li>As the <a href="/r">report</a> shows, the budget grew by a tenth over three years of talks.</li></ul></article>`);
    const skip = furnitureOf(doc.querySelector("article")!);
    expect(skip(doc.getElementById("gallery")!)).toBe(true);
    expect(skip(doc.getElementById("sources")!)).toBe(false);
  });

  it("leaves out headings, captions, bylines and boxes of other stories, and keeps the prose", () => {
    const doc =
      open(`<article><h1>Explainer: How the grid works</h1><div class="story__info">By Graham Whitley · 12 March 2026</div>
      <figure><img alt=""><figcaption>Media caption Mr Patel spoke to reporters</figcaption></figure>${para(4)}
      <div class="box"><h3>Related Article</h3><a href="/x">Police warn of scams</a></div>
      <div class="story__posted">Posted by <a href="/p">Jane Smith</a> · 11:05 GMT</div></article>`);
    const root = doc.querySelector("article")!;
    const { text } = readArticle(doc, root, { skipHidden: false });
    for (const gone of ["Explainer", "Graham Whitley", "Media caption", "Police warn", "Posted by"])
      expect(text).not.toContain(gone);
    expect(text).toContain("Paragraph 3.");
  });

  it("does not take a furniture name around the story's own prose for furniture", () => {
    const doc = open(
      `<article><div class="l-container social-share-wrapper">${para(8)}</div><div class="share-bar"><a href="/s">Share</a></div></article>`,
    );
    const skip = furnitureOf(doc.querySelector("article")!);
    expect(skip(doc.querySelector(".social-share-wrapper")!)).toBe(false);
    expect(skip(doc.querySelector(".share-bar")!)).toBe(true);
  });
});

describe("finding the article on the live page", () => {
  it("locates the publisher's JSON-LD article body", () => {
    const body = `${PROSE} Paragraph 0. ${PROSE} Paragraph 1. ${PROSE} Paragraph 2.`;
    const doc = open(
      `<div id="promo"><p>Subscribe now</p></div><div id="story">${para(3)}</div>`,
      `<script type="application/ld+json">${JSON.stringify({ "@graph": [{ "@type": "NewsArticle", articleBody: body }] })}</script>`,
    );
    expect(byJsonLd(doc)?.id).toBe("story");
  });

  it("scores paragraphs by density, outside navigation and footers", () => {
    const doc = open(`<nav>${para(6)}</nav><div id="story">${para(4)}</div><footer>${para(2)}</footer>`);
    expect(byDensity(doc)?.id).toBe("story");
  });

  it("finds a story Readability finds only on a retry (its nodes are rebuilt, so mapped back by text)", () => {
    const dir = join(PROJECT_ROOT, "tests/fixtures/furniture");
    const meta = JSON.parse(readFileSync(join(dir, "readability-retry.expected.json"), "utf8")) as { url: string };
    const win = new Window({
      url: meta.url,
      settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
    });
    win.document.write(readFileSync(join(dir, "readability-retry.html"), "utf8"));
    const doc = win.document as unknown as Document;
    const { text, scope } = readArticle(doc, findArticleRoot(doc), { skipHidden: false });
    expect(scope).toBe("article");
    expect(text).toContain("Senate negotiators reached a tentative bipartisan agreement");
    expect(text).not.toContain("Morningstar");
  });
});

describe("prose that starts like furniture", () => {
  it("keeps paragraphs that open with By, Updated or Published", () => {
    const doc =
      open(`<article>${para(3)}<p>By Tuesday, officials said the fire was contained.</p><p>Updated figures, the ministry said, show a fall.</p>
      <div class="x">By Jane Smith</div><div>Updated 9:41 PM ET</div></article>`);
    const { text } = readArticle(doc, doc.querySelector("article"), { skipHidden: false });
    expect(text).toContain("By Tuesday, officials said");
    expect(text).toContain("Updated figures, the ministry said");
    expect(text).not.toContain("Jane Smith");
    expect(text).not.toContain("9:41");
  });
});
