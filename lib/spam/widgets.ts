/**
 * The site's own ad and recommendation widgets: what the site chose to put on
 * its page (a vendor's "Recommended for you", "Promoted links", a labelled ad
 * slot). Their links are never stripped — ad blocking is another product's
 * job — even when an advertiser's words look like spam. Each pattern keeps
 * its examples and counterexamples beside it; tests/unit/spam/widgets.test.ts
 * checks them.
 */

export interface WidgetPattern {
  pattern: RegExp;
  examples: string[];
  counterexamples: string[];
}

/** Class names, ids and widget ids of recommendation and native-ad vendors' containers. */
export const WIDGET_MARKUP_RULE: WidgetPattern = {
  pattern: new RegExp(
    [
      "taboola",
      "(?:^|\\s)trc_",
      "outbrain",
      "(?:^|\\s)ob-(?:widget|smartfeed|dynamic)",
      "(?:^|\\s)OB-REACT",
      "revcontent",
      "(?:^|\\s)rc-(?:widget|wrapper)",
      "mgid",
      "mgbox",
      "zergnet",
      "dianomi",
      "nativo",
      "ntv-",
      "sharethrough",
      "plista",
      "ligatus",
      "content-ad",
      "adblade",
      "yahoo-?gemini",
      "adsbygoogle",
      "div-gpt-ad",
      "google_ads",
      "gpt-ad",
      "dfp-ad",
      "(?:^|[\\s_-])(?:ad|ads|advert|adverts|advertisement|sponsor|sponsored|" +
        "promo|promoted|partner-content|paid-content|native-ad|iklan)(?:[\\s_-]|$)",
    ].join("|"),
    "i",
  ),
  examples: [
    "trc_related_container trc_spotlight_widget",
    "OUTBRAIN",
    "ob-widget ob-grid-layout",
    "taboola-below-article-thumbnails",
    "rc-widget",
    "mgbox",
    "zergnet-widget",
    "adsbygoogle",
    "div-gpt-ad-1234",
    "ad-slot",
    "sponsored-links",
    "native-ad",
  ],
  counterexamples: [
    "entry-content",
    "related-posts",
    "check-also",
    "header",
    "load-more",
    "shadow",
    "download-links",
    "mobile-nav",
  ],
};

/** A label is the whole text of its element, optionally "by" someone: "Sponsored by Acme", not a headline about ads. */
const wholeLabel = (alternatives: string) =>
  new RegExp(`^(?:${alternatives})(?:\\s+by\\s.{1,40})?[\\s:.·|–—-]*$`, "iu");

/** Labels a site puts over an ad slot. */
export const AD_LABEL_RULE: WidgetPattern = {
  pattern: wholeLabel(
    "advertisement|advertising|sponsored|sponsor|ad|ads|paid (?:post|content|partnership)|promoted|" +
      "partner content|iklan|konten bersponsor|quảng cáo|โฆษณา|广告|廣告|anzeige|publicidad|publicité|реклама|광고|reklam",
  ),
  examples: [
    "Advertisement",
    "ADVERTISEMENT",
    "Sponsored",
    "Sponsored by Acme Bank",
    "Paid content",
    "Iklan",
    "Quảng cáo",
    "Anzeige",
    "Реклама",
  ],
  counterexamples: [
    "Advertising standards body rules on casino ads",
    "Adopted",
    "Sponsorship row: club",
    "Related stories",
    "Ad blocker help",
  ],
};

/** Labels of recommendation widgets, first-party or a vendor's. */
export const WIDGET_LABEL_RULE: WidgetPattern = {
  pattern: wholeLabel(
    "promoted (?:links|stories|content)|sponsored (?:links|stories|content|headlines)|" +
      "from (?:around|across) the web|around the web|recommended(?: for you)?|ads|you may like|" +
      "more from our partners|from our partners|paid partner content",
  ),
  examples: [
    "Promoted Links",
    "Sponsored Stories",
    "From around the web",
    "Recommended by Outbrain",
    "Ads by Revcontent",
    "You May Like",
  ],
  counterexamples: ["Recommended reading: the council's report", "More from Politics", "Related", "Around the town"],
};

/** Click addresses of ad and recommendation networks: a link through one is an ad. */
export const AD_CLICK_RULE: WidgetPattern = {
  pattern: new RegExp(
    "(?:^|\\.)(?:doubleclick\\.net|googleadservices\\.com|googlesyndication\\.com|taboola\\.com|" +
      "outbrain\\.com|revcontent\\.com|mgid\\.com|zergnet\\.com|dianomi\\.com|adnxs\\.com|criteo\\.com|" +
      "amazon-adsystem\\.com|clickserve\\.dartsearch\\.net|plista\\.com|ligatus\\.com)$",
    "i",
  ),
  examples: [
    "trc.taboola.com",
    "paid.outbrain.com",
    "adclick.g.doubleclick.net",
    "www.googleadservices.com",
    "trends.revcontent.com",
  ],
  counterexamples: ["www.example-news.com", "taboola.com.casino-bonus.bet", "outbrainsucks.example.org"],
};

export const WIDGET_MARKUP = WIDGET_MARKUP_RULE.pattern;
export const AD_LABEL = AD_LABEL_RULE.pattern;
export const WIDGET_LABEL = WIDGET_LABEL_RULE.pattern;
export const AD_CLICK_HOSTS = AD_CLICK_RULE.pattern;
