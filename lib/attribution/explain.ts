/** One plain-language sentence per attribution, written to be read aloud in a classroom. */
import type { Tier } from "./types";

export interface ExplainInput {
  tier: Tier;
  cue: string;
  source: string | null;
  speaker: string | null;
  relayedBy: string | null;
  sourceless: boolean;
}

export function explain(a: ExplainInput): string {
  switch (a.tier) {
    case "on-record":
      return `A named person, ${a.speaker ?? a.source}, is given as the source${a.relayedBy ? `, speaking to ${a.relayedBy}` : ""} — readers can check who said it.`;
    case "institutional":
      return `The source is an organisation, agency or document (${a.speaker ?? a.source}), not a named person: the claim speaks for an institution.`;
    case "anonymous":
      return `The claim rests on unnamed sources (“${a.source}”): readers cannot check who said it or why they would know.`;
    case "unattributed":
      return a.sourceless
        ? `Sourcelight found the reporting words “${a.cue}” but no one they belong to: treat the claim as unsourced.`
        : `“${a.cue}” hedges the claim without saying who makes it: no source is given at all.`;
  }
}
