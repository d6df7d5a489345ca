/** Sourcing tiers, strongest first. */
export type Tier = "on-record" | "institutional" | "anonymous" | "unattributed";
export const TIERS: readonly Tier[] = ["on-record", "institutional", "anonymous", "unattributed"];

/** A span of the analysed text; offsets are UTF-16 code units, end exclusive. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Attribution {
  /** The highlight: the cue together with its source where they are adjacent. */
  start: number;
  end: number;
  text: string;
  tier: Tier;
  /** How sure the engine is that this is an attribution of this tier, in [0, 1]. */
  confidence: number;
  /**
   * The rule that found it, a stable id ("verb/subject", "hedge/adverb"): `analyze --why` and `npm run eval` name it.
   */
  rule: string;
  cue: Span;
  source: Span | null;
  /** The claim, where it can be found (a direct quotation, a that-clause …). */
  content: Span | null;
  /** Canonical speaker name after coreference ("Ehsanullah Ehsan"), or null. */
  speaker: string | null;
  /** Further people credited together with the speaker ("Senators John Smith and Mary Jones said"). */
  coSpeakers: string[];
  /** The speaker's role where the text gives one ("Former TTP commander"). */
  role: string | null;
  /** An outlet that relays the statement ("told The Sunday Guardian"). */
  relayedBy: string | null;
  /** One plain-language sentence a trainer could read aloud. */
  explanation: string;
}

export interface SpeakerSummary {
  name: string;
  kind: "person" | "organisation";
  role: string | null;
  /** Indexes into the attributions array, in reading order. */
  attributions: number[];
}

export interface HedgeSummary {
  /** The hedge as written, lower-cased ("allegedly", "is believed to"). */
  text: string;
  attributions: number[];
}

export interface ArticleSummary {
  total: number;
  byTier: Record<Tier, number>;
  /** Named people, most cited first. */
  speakers: SpeakerSummary[];
  /** Named organisations, agencies, documents and relaying outlets, most cited first. */
  organisations: SpeakerSummary[];
  hedges: HedgeSummary[];
  /** Attributions resting on anonymous or no sources. */
  weak: number;
  /** weak / total, 0 when there are none. */
  weakShare: number;
}

export interface Analysis {
  attributions: Attribution[];
  summary: ArticleSummary;
}

/** The reading of a text with nothing to read, as analyzeText("") gives it: for code that has not run the engine. */
export const emptyAnalysis = (): Analysis => ({
  attributions: [],
  summary: {
    total: 0,
    byTier: Object.fromEntries(TIERS.map((t) => [t, 0])) as Record<Tier, number>,
    speakers: [],
    organisations: [],
    hedges: [],
    weak: 0,
    weakShare: 0,
  },
});
