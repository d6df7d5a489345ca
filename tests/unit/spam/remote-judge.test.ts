/**
 * A content script has links judged by the background worker (entrypoints/content/link-judge.ts): it asks which
 * links could be spam by how they look, collects the placement of those, and sends their features to be judged.
 * The answers must come to what judging in place gives, link for link, or spam would stay in pages (a look the
 * two sides key differently is never a suspect) or the wrong links go.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { loadFixture } from "../../harness/dom-fixtures";
import { findArticleRoot } from "../../../lib/dom/article";
import { collectLinkFeatures, linkLooks } from "../../../lib/dom/link-features";
import { scanSpamLinks, stripSpamLinks, suspectsOf, withJudgements } from "../../../lib/dom/strip-links";
import { isBackgroundMessage, type BackgroundMessage } from "../../../lib/messages";
import { LOCAL_JUDGE, judgeLink, suspectsAmong } from "../../../lib/spam/judge";
import { siteOfHost } from "../../../lib/spam/psl";

/** The background's side, as entrypoints/background.ts answers, messages cloned as the browser clones them. */
let asked: string[] = [];
let answering = true;
async function background(raw: unknown): Promise<unknown> {
  const msg = structuredClone(raw);
  if (!answering) throw new Error("Could not establish connection. Receiving end does not exist.");
  if (!isBackgroundMessage(msg)) return undefined;
  asked.push(msg.type);
  if (msg.type === "sourcelight:suspects") return suspectsAmong(msg.looks);
  if (msg.type === "sourcelight:judge") return msg.links.map(judgeLink);
  return undefined;
}
vi.mock("wxt/browser", () => ({ browser: { runtime: { sendMessage: (m: unknown) => background(m) } } }));
const { RemoteJudge } = await import("../../../entrypoints/content/link-judge");

beforeEach(() => {
  asked = [];
  answering = true;
});

async function judgedRemotely(doc: Document, root: Element | null) {
  const remote = new RemoteJudge();
  await remote.learn(linkLooks(doc));
  const collected = collectLinkFeatures(doc, root, siteOfHost, remote.mayBeSpam);
  const judgements = await remote.judge(suspectsOf(collected));
  return judgements && withJudgements(collected, judgements);
}

const PAGES = [
  "seed-article.html",
  "spam/indonesian-news.html",
  "spam/gambling-regulation.html",
  "spam/affiliate-review.html",
  "spam/food-multilingual.html",
  "spam/ghost-after-html.html",
];

describe("links judged by the background worker", () => {
  it.each(PAGES)("%s: the same verdicts as judging in place", async (page) => {
    const here = scanSpamLinks(loadFixture(page), null, siteOfHost, LOCAL_JUDGE);
    const doc = loadFixture(page);
    const there = await judgedRemotely(doc, null);
    expect(there?.map((l) => [l.features.href, l.judgement.verdict, l.judgement.score])).toEqual(
      here.map((l) => [l.features.href, l.judgement.verdict, l.judgement.score]),
    );
  });

  it("is compared on pages with spam and suspicious links, not only clean ones", () => {
    const flagged = PAGES.filter((page) =>
      scanSpamLinks(loadFixture(page), null, siteOfHost, LOCAL_JUDGE).some((l) => l.judgement.verdict !== "ok"),
    );
    expect(flagged.length).toBeGreaterThanOrEqual(3);
  });

  it("strips the seed page's four spam links, asking once about looks and once for judgements", async () => {
    const doc = loadFixture("seed-article.html");
    const judged = await judgedRemotely(doc, findArticleRoot(doc));
    expect(stripSpamLinks(doc, judged!).strippedCount).toBe(4);
    expect(asked).toEqual(["sourcelight:suspects", "sourcelight:judge"]);
  });

  it("asks nothing more about links it has asked about, and nothing to judge on a page with no suspects", async () => {
    const remote = new RemoteJudge();
    const doc = loadFixture("not-article.html");
    await remote.learn(linkLooks(doc));
    await remote.learn(linkLooks(doc));
    expect(asked.filter((t) => t === "sourcelight:suspects").length).toBeLessThanOrEqual(1);
    expect(await remote.judge(suspectsOf(collectLinkFeatures(doc, null, siteOfHost, remote.mayBeSpam)))).toEqual([]);
  });

  it("with no background to answer, suspects none and strips nothing", async () => {
    answering = false;
    const doc = loadFixture("seed-article.html");
    const judged = await judgedRemotely(doc, null);
    expect(judged?.every((l) => l.judgement.verdict === "ok")).toBe(true);
    expect(await new RemoteJudge().judge([scanSpamLinks(doc, null, siteOfHost, LOCAL_JUDGE)[0].features])).toBeNull();
  });

  it("the background takes a malformed look for no suspect, and refuses messages of the wrong shape", () => {
    expect(suspectsAmong([["slot gacor.example", "/", "slot gacor", ""], "x", [1, 2, 3, 4], null])).toEqual([0]);
    const bad: unknown[] = [
      { type: "sourcelight:suspects", looks: "slot gacor" },
      { type: "sourcelight:judge" },
      { type: "sourcelight:sites", hosts: 3 },
    ];
    for (const m of bad) expect(isBackgroundMessage(m)).toBe(false);
    const good: BackgroundMessage = { type: "sourcelight:judge", links: [] };
    expect(isBackgroundMessage(good)).toBe(true);
  });
});
