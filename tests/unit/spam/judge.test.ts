import { describe, expect, it } from "vitest";
import { judgeLink } from "../../../lib/spam/judge";
import { findSpamWords, isAboutGambling, tokens } from "../../../lib/spam/words";
import { GAMBLING_HINT } from "../../../lib/spam/vocabulary";
import { siteRelation } from "../../../lib/spam/site";
import { registrableDomain, siteOfHost } from "../../../lib/spam/psl";
import type { LinkFeatures } from "../../../lib/spam/types";

/** A plain, visible link in an English article's sidebar; each row changes what it needs. */
function link(over: Partial<LinkFeatures>): LinkFeatures {
  const href = over.href ?? "https://www.example-news.com/story/";
  const url = new URL(href);
  return {
    href,
    host: url.hostname,
    path: decodeURIComponent(url.pathname),
    scheme: url.protocol.slice(0, -1),
    text: "Read the story",
    rel: [],
    title: "",
    pageHost: "www.example-news.com",
    pageLang: "en",
    hiding: [],
    hidingDetail: [],
    region: "aside",
    inArticleProse: false,
    afterFooter: false,
    runLength: 1,
    sameTextCount: 1,
    isBareUrl: false,
    ariaHidden: false,
    accessibleHidden: false,
    interactiveHidden: false,
    siteWidget: false,
    pageAboutGambling: false,
    site: siteRelation(url.hostname, over.pageHost ?? "www.example-news.com", siteOfHost),
    ...over,
  };
}

const offScreen = { hiding: ["off-screen" as const], hidingDetail: ["left: -9999px"] };

describe("judgeLink: spam", () => {
  it.each<[string, Partial<LinkFeatures>]>([
    [
      "hidden Indonesian gambling words in the footer",
      {
        ...offScreen,
        region: "footer",
        href: "https://www.markas303.ac.id/",
        text: "agen bandar bola online indonesia",
      },
    ],
    [
      "a doorway on a hijacked government host",
      { href: "https://ptsp.halal.go.id/slot-hari-ini/", text: "slot gacor hari ini", region: "footer" },
    ],
    [
      "a run of bare brand URLs",
      {
        href: "https://www.markas303.or.id/",
        text: "https://www.markas303.or.id/",
        isBareUrl: true,
        runLength: 3,
        region: "article",
      },
    ],
    [
      "English pharmacy spam in zero font",
      {
        hiding: ["font-size-0"],
        hidingDetail: ["font-size: 0px"],
        href: "https://rx.example.biz/cialis/",
        text: "cialis without prescription",
        region: "footer",
      },
    ],
    [
      "Vietnamese betting words",
      { href: "https://tuyensinh.dhhp.edu.vn/da-ga/", text: "đá gà trực tuyến", region: "page", runLength: 6 },
    ],
    [
      "a gambling-only domain in a footer run",
      { href: "https://www.luckyspin.bet/", text: "Lucky Spin", region: "footer", runLength: 4 },
    ],
    [
      "leetspeak in a hidden block",
      { hiding: ["display-none"], hidingDetail: [""], href: "https://x.example.biz/", text: "s1ot g4cor m4xwin" },
    ],
    [
      "Thai slot words",
      { href: "https://reg.ku.ac.th/slot/", text: "สล็อตเว็บตรง ฝากถอน", region: "page", runLength: 6 },
    ],
    [
      "Chinese casino words in a marquee",
      { hiding: ["marquee"], hidingDetail: [""], href: "https://lib.hfut.edu.cn/x/", text: "六合彩 时时彩 开户" },
    ],
    [
      "rel=dofollow with casino words",
      {
        rel: ["dofollow"],
        href: "https://archive.example.gov.co/casino-bonus/",
        text: "best online casino bonus",
        region: "footer",
      },
    ],
    [
      "after the footer, repeated",
      {
        afterFooter: true,
        region: "after-footer",
        href: "https://cashnow.example.biz/",
        text: "payday loans",
        sameTextCount: 3,
      },
    ],
    [
      "Indonesian spam on an Indonesian page, hidden",
      { ...offScreen, pageLang: "id", href: "https://journal.unimed.ac.id/rtp/", text: "rtp live hari ini" },
    ],
    [
      "a foreign-language spam link hidden in a page about gambling",
      {
        ...offScreen,
        pageAboutGambling: true,
        href: "https://ptsp.halal.go.id/slot-gacor/",
        text: "slot gacor maxwin",
        region: "footer",
      },
    ],
    [
      "a screen-reader-only link to another site",
      {
        hiding: ["clip"],
        hidingDetail: [""],
        accessibleHidden: true,
        href: "https://www.ojs.unud.ac.id/sbobet/",
        text: "agen sbobet terpercaya",
        region: "footer",
      },
    ],
  ])("%s", (_name, over) => {
    const j = judgeLink(link(over));
    expect(j.verdict, j.reasons.join(" ")).toBe("spam");
    expect(j.reasons.length).toBeGreaterThan(0);
  });
});

describe("judgeLink: the page's own links stay ok", () => {
  it.each<[string, Partial<LinkFeatures>]>([
    [
      "an off-screen skip link",
      {
        ...offScreen,
        href: "https://www.example-news.com/#content",
        text: "Skip to content",
        accessibleHidden: true,
        region: "header",
      },
    ],
    [
      "a mega-menu link to a partner site, hidden until hover",
      { ...offScreen, href: "https://jobs.partner-example.com/", text: "Jobs", interactiveHidden: true, region: "nav" },
    ],
    [
      "a hidden tab panel link",
      {
        hiding: ["display-none"],
        hidingDetail: [""],
        interactiveHidden: true,
        href: "https://www.theguardian.com/uk-news/x",
        text: "Ferry chaos",
      },
    ],
    ["a Facebook share link", { href: "https://www.facebook.com/sharer/sharer.php?u=x", text: "Share" }],
    ["a WhatsApp share link", { href: "https://wa.me/?text=hello", text: "WhatsApp" }],
    ["a mailto link", { href: "mailto:desk@example-news.com", text: "Email us" }],
    [
      "an affiliate link",
      {
        href: "https://www.amazon.com/dp/B0X?tag=news-20",
        text: "Check price",
        rel: ["sponsored", "nofollow"],
        sameTextCount: 6,
        runLength: 3,
      },
    ],
    [
      "a labelled sports-betting ad",
      {
        href: "https://www.betmarlow.co.uk/offer",
        text: "Premier League betting: bet £10, get £30 in free bets",
        rel: ["sponsored", "nofollow"],
        siteWidget: true,
      },
    ],
    [
      "a sponsored casino ad on a gambling page",
      {
        href: "https://www.vegasoria-casino.com/promo",
        text: "Claim 50 free spins at Vegasoria Casino",
        rel: ["sponsored"],
      },
    ],
    [
      "an operator link in an article about gambling",
      {
        pageAboutGambling: true,
        inArticleProse: true,
        region: "article-prose",
        href: "https://www.spinharbor-casino.com/",
        text: "online casino",
      },
    ],
    [
      "a foreign term quoted in an article about gambling",
      {
        pageAboutGambling: true,
        inArticleProse: true,
        region: "article-prose",
        href: "https://www.komdigi.go.id/berita/judi-online",
        text: "judi online",
      },
    ],
    [
      "an Indonesian related story about gambling arrests",
      {
        pageLang: "id",
        pageHost: "www.kabarnusantara.co.id",
        href: "https://www.kabarnusantara.co.id/hukum/judi-online-medan",
        text: "Polisi bongkar jaringan judi online di Medan",
      },
    ],
    ["an Indonesian register link", { pageLang: "id", href: "https://akun.example-news.com/daftar", text: "Daftar" }],
    [
      "a government citation in prose",
      {
        inArticleProse: true,
        region: "article-prose",
        href: "https://www.gov.uk/government/organisations/marine-management-organisation",
        text: "Marine Management Organisation",
      },
    ],
    [
      "a row of source links",
      { href: "https://apnews.com/hub/x", text: "AP", runLength: 3, inArticleProse: false, region: "article" },
    ],
    [
      "social profile links in the footer",
      { href: "https://www.instagram.com/examplenews/", text: "Instagram", runLength: 3, region: "footer" },
    ],
    [
      "a cookie-banner link after the footer",
      {
        afterFooter: true,
        region: "after-footer",
        href: "https://www.cookiebot.com/en/what-is-a-cookie/",
        text: "learn more",
      },
    ],
    ["an aria-hidden icon link", { ariaHidden: true, href: "https://twitter.com/examplenews", text: "" }],
  ])("%s", (_name, over) => {
    const j = judgeLink(link(over));
    expect(j.verdict, j.reasons.join(" ")).toBe("ok");
  });

  it("never calls a link spam on words alone", () => {
    const j = judgeLink(
      link({
        inArticleProse: true,
        region: "article-prose",
        href: "https://slot-gacor.example.biz/maxwin/",
        text: "slot gacor maxwin terpercaya",
      }),
    );
    expect(j.verdict).toBe("suspicious");
    expect(j.how).toEqual([]);
    expect(j.reasons.at(-1)).toMatch(/how it was placed/);
  });

  it("keeps a prose link placed like spam unless the evidence is overwhelming", () => {
    const j = judgeLink(
      link({
        inArticleProse: true,
        region: "article-prose",
        runLength: 3,
        href: "https://slot-gacor.example.biz/maxwin/",
        text: "slot gacor maxwin terpercaya",
      }),
    );
    expect(j.verdict).toBe("suspicious");
    expect(j.reasons.at(-1)).toMatch(/article's own text/);
    const hidden = judgeLink(
      link({
        ...offScreen,
        inArticleProse: true,
        region: "article-prose",
        href: "https://slot-gacor.example.biz/maxwin/",
        text: "slot gacor maxwin terpercaya",
      }),
    );
    expect(hidden.verdict).toBe("spam");
  });

  it("never calls a link spam on hiding or placement alone", () => {
    for (const over of [
      {
        ...offScreen,
        afterFooter: true,
        region: "after-footer" as const,
        runLength: 6,
        href: "https://partner.example.org/x",
        text: "Partner news",
      },
      {
        hiding: ["display-none" as const],
        hidingDetail: [""],
        href: "https://www.wirenews-agency.com/story/1",
        text: "WireNews",
      },
      {
        href: "https://apps.apple.com/app/id1",
        text: "Download on the App Store",
        region: "footer" as const,
        runLength: 2,
      },
    ]) {
      const j = judgeLink(link(over));
      expect(j.verdict, j.reasons.join(" ")).toBe("ok");
      expect(j.what).toEqual([]);
    }
  });

  it.each<[string, Partial<LinkFeatures>]>([
    [
      "a newspaper's name in a row of outlets",
      { href: "https://www.mirror.co.uk/", text: "Daily Mirror", runLength: 5, region: "footer" },
    ],
    [
      "a government sign-in on a Turkish page",
      {
        pageLang: "tr",
        href: "https://www.turkiye.gov.tr/giris",
        text: "e-Devlet Giriş",
        region: "footer",
        runLength: 3,
      },
    ],
    [
      "a link in the body's prose when no article was found",
      {
        inArticleProse: true,
        region: "main",
        runLength: 3,
        href: "https://www.fda.gov/drugs/buy-viagra-online-safely",
        text: "Buy Viagra online: cheap viagra warning",
      },
    ],
  ])("does not strip %s", (_name, over) => {
    const j = judgeLink(link(over));
    expect(j.verdict, j.reasons.join(" ")).not.toBe("spam");
    expect(j.reasons.join(" ")).not.toMatch(/not the page's language/);
  });

  it("reads English words another language shares as English", () => {
    const j = judgeLink(link({ href: "https://www.reviewsite.net/casinos", text: "Casino online", region: "footer" }));
    expect(j.reasons.join(" ")).not.toMatch(/Malay|not the page's language/);
  });

  it.each<[string, Partial<LinkFeatures>]>([
    ["the page's own site", { href: "https://www.example-news.com/slot-gacor/", text: "slot gacor", ...offScreen }],
    [
      "a sister site of the publisher",
      { href: "https://www.example-news.co.uk/casino/", text: "online casino", ...offScreen },
    ],
    [
      "a host whose site is unknown",
      { href: "https://x.example.biz/", text: "slot gacor", ...offScreen, site: "unknown" },
    ],
    [
      "the site's recommendation widget",
      { href: "https://www.luckyspin.bet/", text: "Play free slots: online casino", ...offScreen, siteWidget: true },
    ],
    ["a # control", { href: "https://www.example-news.com/#close", text: "slot", scheme: "javascript" }],
    [
      "a counting pixel in <noscript>",
      { href: "https://pixel.judi-analytics.example.biz/p.gif", text: "", hiding: ["noscript"], hidingDetail: [""] },
    ],
  ])("never strips a link to %s", (_name, over) => {
    expect(judgeLink(link(over)).verdict).not.toBe("spam");
  });

  it("explains itself in plain sentences", () => {
    const j = judgeLink(
      link({ ...offScreen, href: "https://www.markas303.ac.id/", text: "agen bandar bola online indonesia" }),
    );
    expect(j.reasons).toContain("It is hidden off-screen (left: -9999px).");
    expect(
      j.reasons.some((r) => r.startsWith("Its words belong to Indonesian gambling spam (“bandar bola”, “agen”")),
    ).toBe(true);
  });
});

describe("vocabulary helpers", () => {
  it("needs a strong term or two weak ones", () => {
    expect(findSpamWords("Daftar")).toEqual([]);
    expect(findSpamWords("slot gacor")[0]).toMatchObject({ family: "gambling", lang: "id", strong: true });
    expect(findSpamWords("Nhà cái uy tín")[0]).toMatchObject({ lang: "vi", strong: true });
  });

  it("splits ASCII text as the Unicode word pattern does", () => {
    const unicode = (t: string) => t.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    for (const t of ["", "  ", "slot-gacor.go.id/rtp_live?x=1", "AT News: 2024 (update)", "a\tb\nc", "~!@#$%^&*()"])
      expect(tokens(t), t).toEqual(unicode(t));
    expect(tokens("đá gà, nhà-cái 88")).toEqual(["đá", "gà", "nhà", "cái", "88"]);
  });

  it("tells an article about gambling by its headline or prose", () => {
    expect(isAboutGambling("Regulators fine three online casino operators", "")).toBe(true);
    expect(isAboutGambling("Council approves harbour budget", "The council met on Tuesday.")).toBe(false);
  });

  it("never lets the quick first look miss a gambling word", () => {
    const words =
      `gambling gambler Gamblers casino CASINOS betting bookmaker Bookmakers sportsbook sportsbooks wager wagers
      lottery Lotteries igaming poker judi perjudian judol taruhan apuestas apostas kumar bahis казино ставки букмекеры`
        .split(/\s+/)
        .concat([
          "cờ bạc",
          "Cá cược",
          "การพนัน",
          "赌博",
          "賭博",
          "博彩",
          "juego online",
          "casas de apuestas",
          "jogos de azar",
          "도박",
        ]);
    for (const w of words) {
      expect(isAboutGambling(`News: ${w} today`, ""), w).toBe(true);
      expect(GAMBLING_HINT.test(w), w).toBe(true);
    }
  });

  it("groups hosts by site, from the Public Suffix List", () => {
    expect(registrableDomain("ptsp.halal.go.id")).toBe("halal.go.id");
    expect(registrableDomain("news.bbc.co.uk")).toBe("bbc.co.uk");
    expect(registrableDomain("www.example.com")).toBe("example.com");
    expect(registrableDomain("alice.github.io")).toBe("alice.github.io");
    expect(registrableDomain("127.0.0.1")).toBe("127.0.0.1");
  });

  it.each<[string, string, string]>([
    ["www.dailyglobe.co.uk", "edition.dailyglobe.co.uk", "same"],
    ["www.dailyglobe.co.uk", "www.dailyglobe.com", "sister"],
    ["www.bbc.co.uk", "www.bbc.com", "sister"],
    ["alice.github.io", "bob.github.io", "other"],
    ["www.example-news.com", "www.markas303.ac.id", "other"],
    ["127.0.0.1", "127.0.0.2", "other"],
    ["www.example-news.com", "", "same"],
  ])("%s → %s is %s", (page, host, relation) => {
    expect(siteRelation(host, page, siteOfHost)).toBe(relation);
  });

  it("knows nothing of a host it was not told about", () => {
    expect(
      siteRelation("www.other.org", "www.example-news.com", (h) =>
        h === "www.example-news.com" ? "example-news.com" : undefined,
      ),
    ).toBe("unknown");
  });
});
