import { describe, expect, it } from "vitest";
import { analyzeText } from "../../../lib/attribution";
import { escapeMarkdown, toJson, toMarkdown } from "../../../lib/export";
import { sentencesAround } from "../../../lib/attribution/text/sentences";
import type { PageReport } from "../../../lib/messages";
import { readFixture } from "../../harness/dom-fixtures";

function report(text: string, title = "A title"): PageReport {
  const analysis = analyzeText(text);
  return {
    url: "https://news.example/story",
    title,
    site: "news.example",
    scope: "article",
    isArticle: true,
    unmarked: false,
    engineFailed: false,
    language: { code: "en", readable: true },
    analysis,
    sentences: sentencesAround(text, analysis.attributions),
    highlightsOn: true,
    teaching: false,
    spam: {
      links: [
        {
          text: "slot gacor",
          href: "https://x.ac.id/",
          domain: "x.ac.id",
          where: "page footer",
          verdict: "spam",
          score: 9,
          reasons: ["Gambling words."],
        },
      ],
      stripped: true,
    },
  };
}

describe("export", () => {
  it("puts the seed article's counts, speakers and spam in the Markdown", () => {
    const md = toMarkdown(report(readFixture("seed-article.txt")));
    expect(md).toContain("| On record | 3 |");
    expect(md).toContain("| Anonymous | 4 |");
    expect(md).toContain("- Ehsanullah Ehsan (Former Tehrik-e-Taliban Pakistan (TTP) commander): 3");
    expect(md).toContain("9 of 14 attributions rest on unnamed sources or none");
    // A spam domain as code: pasted into a chat it stays text, not a link.
    expect(md).toContain("slot gacor — `x.ac.id` (spam)");
    // Each attribution with who, the cue, and the claim it credits them with.
    expect(md).toMatch(/\*\*On record\*\* — Ehsanullah Ehsan, “has told”: “[^”]+”/);
    // Each attribution's sentence below it, as a quotation block.
    expect(md).toMatch(/“stated”: “The intruders[^\n]*\n {3}> Ehsan stated, “The intruders had the full support/);
    // A quoted claim keeps the marks it was printed with, once.
    expect(md).toMatch(/Ehsanullah Ehsan, “stated”: “The intruders[^“”]+”\n/);
    expect(md).not.toContain("““");
  });

  it("keeps hostile page text inert", () => {
    const md = toMarkdown(
      report("Jane Doe said <script>alert(1)</script> [click](javascript:alert(1)).", "<img src=x onerror=alert(1)>"),
    );
    expect(md).not.toContain("<script>");
    expect(md).not.toContain("<img");
    // The brackets are escaped, so no link can form ("\\](javascript:" is text).
    expect(md).not.toMatch(/[^\\]\]\(javascript:/);
    expect(escapeMarkdown("[a](b) *c* <d>")).toBe("\\[a\\](b) \\*c\\* &lt;d&gt;");
    expect(escapeMarkdown("U.S. officials - 3.5% (est.)")).toBe("U.S. officials - 3.5% (est.)");
  });

  it("exports the same JSON shape as the CLI", () => {
    const parsed = JSON.parse(toJson(report(readFixture("seed-article.txt"))));
    expect(Object.keys(parsed)).toEqual(["file", "title", "attributions", "summary", "spam"]);
    expect(parsed.attributions[1]).toMatchObject({
      tier: "on-record",
      speaker: "Ehsanullah Ehsan",
      cue: { text: "has told" },
    });
    expect(parsed.summary.total).toBe(14);
  });
});
