/** What a cue finder returns, and the per-sentence state every finder shares. */
import { headlineCased } from "../text/headline";
import type { Token } from "../text/sentences";

export type CueKind = "verb" | "weak-verb" | "according-to" | "claim-noun" | "evidence" | "hedge";

/** A raw finding, before tiers and speakers are decided. */
export interface RawAttribution {
  kind: CueKind;
  /** The rule that made it: a stable id ("verb/inverted", "hedge/adverb"), counted by `npm run eval`. */
  rule: string;
  /** Token index ranges [from, to] (inclusive) within `tokens`. */
  cue: [number, number];
  /** Extra cue tokens away from the main cue ("suggest" in "claims from X suggest"). */
  cueTail: [number, number] | null;
  source: [number, number] | null;
  /** The head part of an appositive source ("X" in "X, a spokesman for Y,"). */
  appositive: [number, number] | null;
  content: [number, number] | null;
  /** An outlet the statement was given to ("told The Sunday Guardian"). */
  addressee: [number, number] | null;
  /** The source of an earlier attribution in the same sentence that this one repeats (", adding …"). */
  sharedSource?: [number, number];
  tokens: Token[];
}

/** A finding with its cue only; the finder fills in the rest. */
export function raw(tokens: Token[], kind: CueKind, rule: string, cue: [number, number]): RawAttribution {
  return { kind, rule, cue, cueTail: null, source: null, appositive: null, content: null, addressee: null, tokens };
}

/** Told, when a caller asks, of each candidate a rule turned down and where (`analyze --why`). */
export type VetoListener = (rule: string, token: Token) => void;

/** One sentence being read: its tokens, what is taken so far, and what the finders share. */
export class SentenceScan {
  readonly used: Uint8Array;
  readonly out: RawAttribution[] = [];
  private titleCaseMemo: boolean | undefined;

  constructor(
    readonly tokens: Token[],
    /** Whether a token is inside a quotation. */
    readonly quoted: (i: number) => boolean,
    /** A quotation closed right before the sentence (a dash at its start may sign it). */
    readonly afterQuote: boolean,
    private readonly onVeto?: VetoListener,
  ) {
    this.used = new Uint8Array(tokens.length);
  }

  take(a: RawAttribution): void {
    for (const span of [a.cue, a.cueTail, a.source, a.addressee]) {
      if (span) for (let k = span[0]; k <= span[1]; k++) this.used[k] = 1;
    }
    this.out.push(a);
  }

  /** Records that `rule` turned down the candidate at token `i`; the scan goes on past it. */
  veto(rule: string, i: number): number {
    this.onVeto?.(rule, this.tokens[i]);
    return i;
  }

  /** A title-case headline ("Bernie Sanders Says He’s …") capitalises its verbs too. Judged on first need. */
  titleCase(): boolean {
    if (this.titleCaseMemo === undefined) this.titleCaseMemo = headlineCased(this.tokens.map((t) => t.text).join(" "));
    return this.titleCaseMemo;
  }
}
