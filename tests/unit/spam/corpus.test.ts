/**
 * The fixture corpus in happy-dom: every injected link is stripped, no link of
 * the site's own is, and restore gives back the identical page. happy-dom runs
 * no page scripts and computes only part of CSS, so this is the fast check;
 * `npm run eval:spam` measures the same corpus in real Chromium.
 */
import { describe, expect, it } from "vitest";
import { Window } from "happy-dom";
import { loadCorpus, scoreFixture } from "../../../tools/spam-corpus";
import { checkPage } from "../../../tools/spam-check-page";

function open(html: string, url: string): Document {
  const win = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
      navigation: { disableChildFrameNavigation: true },
    },
  });
  win.document.write(html);
  return win.document as unknown as Document;
}

describe.each(loadCorpus().map((fx) => [fx.name, fx] as const))("%s", (_name, fx) => {
  const score = scoreFixture(fx, checkPage(open(fx.html, fx.url)));

  it("strips every injected link", () => {
    expect(score.missed).toEqual([]);
    expect(score.spamStripped).toBe(fx.spam.length);
  });

  it("strips none of the site's own links", () => {
    expect(score.legitStripped.map((l) => `${l.text} → ${l.href}: ${l.reasons.join(" ")}`)).toEqual([]);
  });

  it("takes stripped links out of the page and restores the identical page", () => {
    expect(score.leftInPage).toBe(0);
    expect(score.restoreIdentical).toBe(true);
  });
});
