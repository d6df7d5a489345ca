/** One plain-language sentence per attribution, written to be read aloud in a classroom. */
import type { Attribution, Tier } from "./types";

export interface ExplainInput {
  tier: Tier;
  cue: string;
  source: string | null;
  speaker: string | null;
  /** Further people credited with the speaker. */
  others?: string[];
  relayedBy: string | null;
  sourceless: boolean;
  /** "The court heard that …": evidence given at a hearing, on its record. */
  heardAtHearing?: boolean;
}

export function explain(a: ExplainInput): string {
  switch (a.tier) {
    case "on-record": {
      const to = a.relayedBy ? `, speaking to ${a.relayedBy}` : "";
      // "he", "the mayor": say who the words stand for, so a wrong guess is plain to see.
      const surname = a.speaker?.split(/\s+/).pop() ?? "";
      if (a.source && a.speaker && surname && !a.source.toLowerCase().includes(surname.toLowerCase())) {
        return `“${a.source}” is ${a.speaker}, named earlier in the article${to} — readers can check who said it.`;
      }
      if (a.others?.length)
        return `Named people, ${[a.speaker, ...a.others].join(" and ")}, are given as the source${to} — readers can check who said it.`;
      return `A named person, ${a.speaker ?? a.source}, is given as the source${to} — readers can check who said it.`;
    }
    case "institutional": {
      // (The witness or counsel who gave it is unnamed, but the evidence is on a public record a reader can look up.)
      if (a.heardAtHearing)
        return `Evidence given at a hearing (${a.speaker ?? a.source}): it is on the public record, though the sentence does not say who gave it.`;
      // ("it said", "a spokesperson said" with no body named nearby: say so rather than name "it".)
      const body =
        a.speaker ?? (a.source && /^(?:it|its|an? spokes\w+)$/i.test(a.source) ? "not named nearby" : a.source);
      return `The source is an organisation, agency or document (${body}), not a named person: the claim speaks for an institution.`;
    }
    case "anonymous":
      return `The claim rests on unnamed sources (“${a.source}”): readers cannot check who said it or why they would know.`;
    case "unattributed":
      return a.sourceless
        ? `Sourcelight found the reporting words “${a.cue}” but no one they belong to: treat the claim as unsourced.`
        : `“${a.cue}” hedges the claim without saying who makes it: no source is given at all.`;
  }
}

/** The explanation of a finished attribution; `sourceless` when a reporting word was found with no one behind it. */
export function explainAttribution(a: Attribution, sourceless: boolean): string {
  return explain({
    tier: a.tier,
    cue: a.cue.text,
    source: a.source?.text ?? null,
    speaker: a.speaker,
    others: a.coSpeakers,
    relayedBy: a.relayedBy,
    sourceless,
    heardAtHearing: a.rule === "hearing/heard",
  });
}
