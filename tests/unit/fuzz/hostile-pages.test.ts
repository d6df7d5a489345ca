/**
 * Fuzzing in the DOM test environment: hundreds of generated hostile pages go
 * through what the content script does to a page, and afterwards every node,
 * every character of text and every typed form value is still there.
 */
import { describe, expect, it } from "vitest";
import { buildHostilePage } from "../../harness/hostile-dom";
import { extractArticle, findArticleRoot } from "../../../lib/dom/article";
import { restoreStrippedLinks, scanSpamLinks, stripSpamLinks } from "../../../lib/dom/strip-links";
import { LOCAL_JUDGE } from "../../../lib/spam/judge";
import { siteOfHost } from "../../../lib/spam/psl";
import { analyzeText } from "../../../lib/attribution";

/** `npm test` (and CI) generates 300 pages; the quick loop, `npm run test:unit`, 20. */
const PAGES = Number(process.env.SOURCELIGHT_FUZZ_PAGES) || 20;

function freshDocument(): Document {
  document.documentElement.replaceChildren(document.createElement("head"), document.createElement("body"));
  return document;
}

function fieldValues(doc: Document, fields: Array<{ selector: string }>): string[] {
  return fields.map((f) => (doc.querySelector(f.selector) as HTMLInputElement | null)?.value ?? "<missing>");
}

describe(`fuzz: ${PAGES} hostile pages`, () => {
  it("reads, analyses, strips spam, puts it back and leaves every page exactly as it was", { timeout: 120_000 }, () => {
    let exceptions = 0;
    let changed = 0;
    let stripped = 0;
    for (let seed = 1; seed <= PAGES; seed++) {
      const doc = freshDocument();
      const { fieldValues: fields } = buildHostilePage(doc, {
        seed,
        size: 150 + (seed % 7) * 40,
        maxDepth: 40,
        iframes: false,
      });
      const before = doc.documentElement.outerHTML;
      const valuesBefore = fields.map((f) => f.value);
      try {
        for (const wholePage of [false, true]) {
          const article = extractArticle(doc, { wholePage });
          const analysis = analyzeText(article.text);
          for (const a of analysis.attributions) {
            expect(article.text.slice(a.start, a.end)).toBe(a.text);
          }
        }
        const handle = stripSpamLinks(doc, scanSpamLinks(doc, findArticleRoot(doc), siteOfHost, LOCAL_JUDGE));
        stripped += handle.strippedCount;
        restoreStrippedLinks(handle);
      } catch (err) {
        exceptions++;
        console.error(`seed ${seed}:`, err);
      }
      if (doc.documentElement.outerHTML !== before) changed++;
      expect(fieldValues(doc, fields)).toEqual(valuesBefore);
    }
    expect({ exceptions, changed }).toEqual({ exceptions: 0, changed: 0 });
    expect(stripped).toBeGreaterThan(0); // the generated spam really was taken out before being put back
  });
});
