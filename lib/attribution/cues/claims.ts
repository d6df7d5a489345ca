/** Where each claim ends once every attribution of a sentence is known. */
import { type RawAttribution } from "./raw";
import { type Token } from "../text/sentences";
import { CLAIM_JOINERS, CLOSE_QUOTES, OPEN_QUOTES } from "../words";

/**
 * Each claim ends where the next attribution in its sentence starts ("declined to comment on the report, a
 * spokeswoman said": the claim is "on the report"), and a sentence-final "…, a spokeswoman said" claims the
 * clause before its comma ("The talks are over, said John Smith").
 */
export function boundClaims(tokens: Token[], found: RawAttribution[]): void {
  const startOf = (a: RawAttribution) => Math.min(a.cue[0], a.source?.[0] ?? Infinity, a.addressee?.[0] ?? Infinity);
  const opensAt = (k: number) => tokens[k - 1]?.text === "," || CLAIM_JOINERS.has(tokens[k - 1]?.lower ?? "");
  // The attributions that can end a claim: no hedge, and a new clause opening before their start or their verb.
  // Looking among these alone keeps a sentence of hundreds of cues (a hostile page) from taking quadratic time.
  const enders = found.filter((b) => b.kind !== "hedge" && (opensAt(startOf(b)) || opensAt(b.cue[0])));
  const last = tokens.findLastIndex((t) => t.word);
  for (const a of found) {
    if (a.content) {
      const [cs, ce] = a.content;
      // A hedge inside the claim is part of it ("the suspect, who allegedly fired, was arrested").
      // Only a new clause ends it (", a spokeswoman said", ", while supporters say"); "said he believed …" is inside
      // it.
      // Where the next attribution's source came before this one ("Salceda, citing data …, said"), its verb ends it.
      const from = (b: RawAttribution) => (startOf(b) > a.cue[1] ? startOf(b) : b.cue[0]);
      const next = enders.find(
        (b) => b !== a && b.cue[0] > a.cue[1] && from(b) > cs && from(b) <= ce && opensAt(from(b)),
      );
      if (next) {
        let e = from(next) - 1;
        while (e >= cs && (!tokens[e].word || CLAIM_JOINERS.has(tokens[e].lower)) && !CLOSE_QUOTES.has(tokens[e].text))
          e--;
        a.content = e >= cs ? [cs, e] : null;
      }
      continue;
    }
    const start = startOf(a);
    const end = Math.max(a.cue[1], a.cueTail?.[1] ?? -1, a.source?.[1] ?? -1, a.addressee?.[1] ?? -1);
    if (end < last || tokens[start - 1]?.text !== ",") continue;
    let e = start - 2;
    while (e >= 0 && !tokens[e].word && !CLOSE_QUOTES.has(tokens[e].text)) e--;
    let s = 0;
    while (s < e && !tokens[s].word && !OPEN_QUOTES.has(tokens[s].text)) s++;
    if (e - s >= 2) a.content = [s, e];
  }
}
