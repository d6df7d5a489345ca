/**
 * An analysis as it travels from the background worker to a page: without the texts of its spans, which the page
 * has already (they are slices of the text it sent). The browser copies a message as JSON on its way, twice; a long
 * article's reply is half the size without them.
 */
import type { Analysis, ArticleSummary, Attribution, Span } from "./types";

export type WireSpan = Omit<Span, "text">;

export type WireAttribution = Omit<Attribution, "text" | "cue" | "source" | "content"> & {
  cue: WireSpan;
  source: WireSpan | null;
  content: WireSpan | null;
};

export interface WireAnalysis {
  attributions: WireAttribution[];
  summary: ArticleSummary;
}

const bare = ({ start, end }: Span): WireSpan => ({ start, end });

export function packAnalysis({ attributions, summary }: Analysis): WireAnalysis {
  return {
    attributions: attributions.map((a) => {
      const { cue, source, content, ...rest } = a;
      const wire: WireAttribution & { text?: string } = {
        ...rest,
        cue: bare(cue),
        source: source && bare(source),
        content: content && bare(content),
      };
      delete wire.text;
      return wire;
    }),
    summary,
  };
}

/**
 * The analysis again, its spans' texts sliced from `text`. `at`: where the text that was analysed starts in `text`
 * (a stretch of it read first, lib/preview.ts); the spans are moved there.
 */
export function unpackAnalysis({ attributions, summary }: WireAnalysis, text: string, at = 0): Analysis {
  const span = ({ start, end }: WireSpan): Span => ({
    start: start + at,
    end: end + at,
    text: text.slice(start + at, end + at),
  });
  return {
    attributions: attributions.map((a) => ({
      ...a,
      start: a.start + at,
      end: a.end + at,
      text: text.slice(a.start + at, a.end + at),
      cue: span(a.cue),
      source: a.source && span(a.source),
      content: a.content && span(a.content),
    })),
    summary,
  };
}
