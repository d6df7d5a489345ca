import { describe, expect, it } from "vitest";
import { Window } from "happy-dom";
import { collectLinkFeatures } from "../../../lib/dom/link-features";
import { listSpamLinks, restoreStrippedLinks, scanSpamLinks, stripSpamLinks } from "../../../lib/dom/strip-links";
import { LOCAL_JUDGE } from "../../../lib/spam/judge";
import { siteOfHost } from "../../../lib/spam/psl";

function open(body: string, url = "https://www.example-news.com/story/"): Document {
  const win = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  win.document.write(
    `<!DOCTYPE html><html lang="en"><head><style>.gone{display:none}</style></head><body>${body}</body></html>`,
  );
  return win.document as unknown as Document;
}

const PROSE = "The minister said the plan would be published in full next week, after the committee had seen it.";

describe("collectLinkFeatures", () => {
  it("reads hiding from stylesheet rules and ancestors, for links whose words could make them spam", () => {
    const doc = open(`<div class="gone"><a href="https://spam.example.biz/">slot gacor</a></div>
      <p style="text-indent:-9999px"><a href="https://a.example.biz/">online casino</a></p>
      <p style="text-indent:-100%"><a href="https://b.example.biz/">togel online</a></p>
      <div class="gone"><a href="https://partner.example.org/">Partner news</a></div>`);
    const [a, b, c, d] = collectLinkFeatures(doc, null, siteOfHost, LOCAL_JUDGE.mayBeSpam);
    expect(a.features.hiding).toContain("display-none");
    expect(b.features.hiding).toContain("text-indent");
    expect(c.features.hiding).toContain("text-indent");
    // Nothing says what the partner link is, so how it is placed is never read: it cannot be spam.
    expect(d.features.hiding).toEqual([]);
  });

  it("knows prose, runs, bare URLs, repeated text and the footer", () => {
    const doc =
      open(`<article><p>${PROSE} <a href="https://www.gov.uk/x">slot gacor report</a> and <a href="https://www.gov.uk/y">report</a>.</p></article>
      <footer><a href="https://a.example.org/">https://a.example.org/</a> <a href="https://b.example.org/">https://b.example.org/</a> <a href="https://slot88.example.org/">https://slot88.example.org/</a></footer>
      <a href="https://d.example.org/">togel online</a><a href="https://e.example.org/">togel online</a>`);
    const links = collectLinkFeatures(doc, doc.querySelector("article"), siteOfHost, LOCAL_JUDGE.mayBeSpam).filter(
      (l) => l.features.text !== "report",
    );
    expect(links[0].features).toMatchObject({ inArticleProse: true, region: "article-prose", runLength: 1 });
    expect(links[3].features).toMatchObject({ region: "footer", isBareUrl: true, runLength: 3 });
    expect(links[4].features).toMatchObject({ afterFooter: true, region: "after-footer", sameTextCount: 2 });
    // A link nothing could make spam keeps the defaults: its placement is never read.
    const plain = collectLinkFeatures(doc, doc.querySelector("article"), siteOfHost, LOCAL_JUDGE.mayBeSpam).find(
      (l) => l.features.text === "report",
    )!;
    expect(plain.features).toMatchObject({ inArticleProse: false, region: "page", hiding: [] });
  });

  it("counts the links to other sites in a run, through the site's own links between them", () => {
    const doc = open(`<ul><li><a href="/a">Home</a></li><li><a href="/b">World</a></li></ul>
      <div><a href="https://x.example.org/">slot gacor X</a> | <a href="/c">About</a> | <a href="https://y.example.org/">online casino Y</a> · <a href="https://z.example.org/">judi Z</a></div>
      <p>${PROSE}</p><div><a href="https://w.example.org/">judi W</a></div>`);
    const runs = collectLinkFeatures(doc, null, siteOfHost, LOCAL_JUDGE.mayBeSpam).map((l) => [
      l.features.text,
      l.features.runLength,
    ]);
    // Only a suspect link to another site carries its run's count; the site's own links get 1.
    expect(runs).toEqual([
      ["Home", 1],
      ["World", 1],
      ["slot gacor X", 3],
      ["About", 1],
      ["online casino Y", 3],
      ["judi Z", 3],
      ["judi W", 1],
    ]);
  });

  it("survives odd links: SVG, no href, javascript: and data: URLs, broken URLs", () => {
    const doc = open(`<svg><a href="#x"><text>svg</text></a></svg><a>none</a><a href="javascript:void 0">js</a>
      <a href="data:text/html,hi">data</a><a href="http://[bad">bad</a><a href="">empty</a>`);
    const links = collectLinkFeatures(doc, null, siteOfHost, LOCAL_JUDGE.mayBeSpam);
    expect(links.map((l) => l.features.text)).toEqual(["js", "data", "empty"]);
    expect(scanSpamLinks(doc, null, siteOfHost, LOCAL_JUDGE).every((l) => l.judgement.verdict === "ok")).toBe(true);
  });

  it("works without getComputedStyle", () => {
    const doc = open(`<a href="https://ptsp.halal.go.id/slot-gacor/">slot gacor maxwin</a>`);
    (doc.defaultView as unknown as { getComputedStyle: unknown }).getComputedStyle = () => {
      throw new Error("no styles");
    };
    expect(collectLinkFeatures(doc, null, siteOfHost, LOCAL_JUDGE.mayBeSpam)[0].features.hiding).toEqual([]);
  });
});

describe("editors", () => {
  const HIDDEN_SPAM = `<div style="position:absolute;left:-9999px"><a href="https://ptsp.halal.go.id/slot-gacor/">slot gacor maxwin</a></div>`;

  it("never judges, so never strips, a link inside an editor", () => {
    const doc = open(`<div contenteditable="true"><p>Draft</p>${HIDDEN_SPAM}</div><footer>${HIDDEN_SPAM}</footer>`);
    const judged = scanSpamLinks(doc, null, siteOfHost, LOCAL_JUDGE);
    expect(judged.length).toBe(1);
    expect(judged[0].anchor.closest("footer")).not.toBeNull();
    const handle = stripSpamLinks(doc, judged);
    expect(handle.strippedCount).toBe(1);
    expect(doc.querySelector("[contenteditable] a")).not.toBeNull();
  });

  it("leaves a document in design mode alone", () => {
    const doc = open(`<footer>${HIDDEN_SPAM}</footer>`);
    doc.designMode = "on";
    expect(scanSpamLinks(doc, null, siteOfHost, LOCAL_JUDGE)).toEqual([]);
  });
});

describe("stripSpamLinks", () => {
  const SPAM = `<footer><p>© News</p><div style="position:absolute;left:-9999px"><a href="https://ptsp.halal.go.id/slot-hari-ini/" rel="dofollow" class="x">slot gacor hari ini</a> <a href="https://komisietik.fk.ugm.ac.id/images/pdf/">situs judi bola terpercaya</a></div></footer>`;

  it("takes spam out, lists it, and puts the same nodes back in order", () => {
    const doc = open(`<article><p>${PROSE}</p></article>${SPAM}`);
    const before = doc.documentElement.outerHTML;
    const nodes = Array.from(doc.querySelectorAll("footer a"));
    const handle = stripSpamLinks(doc, scanSpamLinks(doc, doc.querySelector("article"), siteOfHost, LOCAL_JUDGE));
    expect(handle.strippedCount).toBe(2);
    expect(doc.querySelectorAll("footer a").length).toBe(0);
    expect(doc.body.textContent).not.toContain("slot gacor");
    expect(handle.reports.map((r) => [r.domain, r.verdict])).toEqual([
      ["ptsp.halal.go.id", "spam"],
      ["komisietik.fk.ugm.ac.id", "spam"],
    ]);
    expect(handle.reports[0].where).toBe("in the page footer, hidden");
    restoreStrippedLinks(handle);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(Array.from(doc.querySelectorAll("footer a"))).toEqual(nodes);
  });

  it("only flags when stripping is off", () => {
    const doc = open(SPAM);
    const before = doc.documentElement.outerHTML;
    const handle = stripSpamLinks(doc, scanSpamLinks(doc, null, siteOfHost, LOCAL_JUDGE), { strip: false });
    expect(handle.strippedCount).toBe(0);
    expect(handle.reports.length).toBe(2);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it("keeps suspicious links and never strips prose on words alone", () => {
    const doc = open(
      `<article><p>${PROSE} <a href="https://slot-gacor.example.biz/">slot gacor maxwin</a></p></article>`,
    );
    const judged = scanSpamLinks(doc, doc.querySelector("article"), siteOfHost, LOCAL_JUDGE);
    const handle = stripSpamLinks(doc, judged);
    expect(judged[0].judgement.verdict).toBe("suspicious");
    expect(handle.strippedCount).toBe(0);
    expect(listSpamLinks(judged)[0].verdict).toBe("suspicious");
  });

  it("strips raw links inside a <noscript> text and restores the text", () => {
    const doc = open(`<footer>x</footer>`);
    const ns = doc.createElement("noscript");
    ns.appendChild(
      doc.createTextNode(
        `<a href="https://portal.example.gob.pe/casino/">online casino real money</a> <img src="/p.gif">`,
      ),
    );
    doc.body.appendChild(ns);
    const before = doc.documentElement.outerHTML;
    const judged = scanSpamLinks(doc, null, siteOfHost, LOCAL_JUDGE);
    expect(judged[0].features.hiding).toEqual(["noscript"]);
    const handle = stripSpamLinks(doc, judged);
    expect(handle.strippedCount).toBe(1);
    expect(ns.textContent).toBe(` <img src="/p.gif">`);
    restoreStrippedLinks(handle);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it("does not throw when the page moved a link away meanwhile", () => {
    const doc = open(SPAM);
    const judged = scanSpamLinks(doc, null, siteOfHost, LOCAL_JUDGE);
    judged[0].element.remove();
    const handle = stripSpamLinks(doc, judged);
    expect(handle.strippedCount).toBe(1);
    handle.nodes[0].placeholder.remove();
    expect(() => restoreStrippedLinks(handle)).not.toThrow();
  });
});
