/**
 * The messages between the popup, the background worker and a tab's content
 * script, and the report a content script gives about its page. One place, so
 * every side agrees on the shapes.
 */
import type { Analysis } from "./attribution/types";
import type { WireAnalysis } from "./attribution/wire";
import type { ArticleLanguage } from "./language";
import type { LinkFeatures } from "./spam/types";

/** A link the spam judge took out of the page (or flagged), as the popup lists it. */
export interface SpamLinkReport {
  text: string;
  href: string;
  domain: string;
  /** Where on the page it was, in words ("page footer", "after the article"). */
  where: string;
  verdict: "spam" | "suspicious";
  score: number;
  reasons: string[];
  /** The reader chose to keep it on this site: listed, left in the page. */
  kept?: boolean;
}

/** What the content script reports about its page. */
export interface PageReport {
  url: string;
  title: string;
  site: string;
  /** "article" when an article root was found, "page" when the whole page was scanned. */
  scope: "article" | "page";
  /** Whether the text looks like an article at all (enough prose); the popup says so when not. */
  isArticle: boolean;
  /** Not an article, so nothing was marked until the reader asks (the popup offers to). */
  unmarked: boolean;
  /** The page had text to read but the background worker did not read it (an extension mid-update): none marked. */
  engineFailed: boolean;
  /** The article's language; attributions are read in English only, and the popup says so for others. */
  language: ArticleLanguage;
  analysis: Analysis;
  /** Each attribution's sentence, for the Markdown export (not part of the JSON, which keeps the CLI's shape). */
  sentences?: string[];
  highlightsOn: boolean;
  teaching: boolean;
  spam: {
    links: SpamLinkReport[];
    /** True while the `spam` links are out of the page; false after "put back" or with stripping off. */
    stripped: boolean;
  };
}

/** Messages the popup and background send to a content script. */
export type ContentRequest =
  | { type: "sourcelight:get-report" }
  | { type: "sourcelight:set-highlights"; on: boolean }
  | { type: "sourcelight:set-teaching"; on: boolean }
  | { type: "sourcelight:rescan"; wholePage: boolean }
  | { type: "sourcelight:focus"; index: number }
  /** The next (1) or previous (-1) attribution: the browser's keyboard command, which a reader can remap. */
  | { type: "sourcelight:step"; by: 1 | -1 }
  | { type: "sourcelight:spam"; action: "restore" | "strip" }
  /** Keep one link on this site from now on (or, `keep` false, let the judge take it out again). */
  | { type: "sourcelight:keep-link"; href: string; keep: boolean }
  /** The page's host name, answered whether Sourcelight runs on the page or not (the popup needs it when off). */
  | { type: "sourcelight:get-site" };

/**
 * Messages a content script sends to the background worker: the badge's figures, the hosts whose registrable
 * domains it needs (answered with a `SiteTable`: the Public Suffix List lives in the background), its links to judge
 * and its article to read.
 */
export type BackgroundMessage =
  | { type: "sourcelight:badge"; attributions: number; anonymous: number; spam: number; isArticle: boolean }
  | { type: "sourcelight:sites"; hosts: string[] }
  /** Which of these links could be spam (answered with their indices): the spam vocabulary lives in the background. */
  | { type: "sourcelight:suspects"; looks: LinkLook[] }
  /** The judgements of the suspects' features, in order. */
  | { type: "sourcelight:judge"; links: LinkFeatures[] }
  /**
   * The attributions in an article's text (answered with an `EngineReply`): the engine lives in the background
   * worker, where it is loaded and compiled once, not in every page, and reads off the page's main thread.
   */
  | {
      type: "sourcelight:analyze";
      text: string;
      /**
       * A first look at the stretch of a long page in view (PREVIEW_CHARS at most), painted before the whole is read:
       * read at once, nothing of it kept, no sentences.
       */
      preview?: boolean;
    }
  /** Forget what was kept of this page's text (Sourcelight turned off for it). */
  | { type: "sourcelight:forget" };

/** The background worker's reading of a text, as it answers (the spans' texts left out: wire.ts). */
export interface EngineReply {
  analysis: WireAnalysis;
  /** Where each attribution's sentence starts and ends in the text, for the export (sentence-text.ts). */
  sentences: Array<[number, number]>;
}

/** Texts longer than this are read in slices, the background worker's other work going on in between. */
export const SLICE_CHARS = 30_000;
/** The longest stretch of a long page read first, for its view (a slice's length, read in one go). */
export const PREVIEW_CHARS = SLICE_CHARS;

/**
 * The most of a page's text the background worker reads (a page longer is read to there): the browser carries a
 * message of 64 MiB at most, and the reply to a text dense with attributions is up to twenty times its size.
 */
export const MAX_TEXT_CHARS = 1_500_000;
/** The most text one "sourcelight:analyze" message may carry: a first look's stretch, or a whole page. */
export const textLimit = (preview?: boolean) => (preview ? PREVIEW_CHARS : MAX_TEXT_CHARS);

/** What a link looks like before its placement is read: host, decoded path, text, title. */
export type LinkLook = [host: string, path: string, text: string, title: string];

/** Host → registrable domain. */
export type SiteTable = Record<string, string>;

/** Hosts one "sourcelight:sites" message may carry: the background reads no more, the content script sends no more. */
export const SITE_BATCH = 5000;

const BACKGROUND_TYPES = new Set([
  "sourcelight:badge",
  "sourcelight:sites",
  "sourcelight:suspects",
  "sourcelight:judge",
  "sourcelight:analyze",
  "sourcelight:forget",
]);

function hasSourcelightType(m: unknown): m is { type: string } {
  return (
    typeof m === "object" &&
    m !== null &&
    typeof (m as { type?: unknown }).type === "string" &&
    (m as { type: string }).type.startsWith("sourcelight:")
  );
}

export function isContentRequest(m: unknown): m is ContentRequest {
  return hasSourcelightType(m) && !BACKGROUND_TYPES.has(m.type);
}

export function isBackgroundMessage(m: unknown): m is BackgroundMessage {
  if (!hasSourcelightType(m) || !BACKGROUND_TYPES.has(m.type)) return false;
  if (m.type === "sourcelight:analyze") {
    const { text, preview } = m as Record<string, unknown>;
    if (preview !== undefined && typeof preview !== "boolean") return false;
    return typeof text === "string" && text.length <= textLimit(preview as boolean | undefined);
  }
  const list = { "sourcelight:sites": "hosts", "sourcelight:suspects": "looks", "sourcelight:judge": "links" }[m.type];
  return !list || Array.isArray((m as Record<string, unknown>)[list]);
}
