/**
 * `analyze --why`: for each sentence with a finding or a near miss, the
 * attributions with the rule that made each, and the candidates rules turned
 * down there ("called" as in "a group called …": verb/called-naming). For
 * whoever tunes a rule: what it made, and what it stopped.
 */
import { findAttributions, type Attribution } from "../lib/attribution";
import { splitSentences } from "../lib/attribution/text/sentences";

export interface Veto {
  rule: string;
  start: number;
  end: number;
  word: string;
}

export interface WhyReading {
  attributions: Attribution[];
  vetoes: Veto[];
}

/** The engine's reading of `text`, with every candidate a rule turned down. */
export function readWithVetoes(text: string): WhyReading {
  const vetoes: Veto[] = [];
  const attributions = findAttributions(text, {
    onVeto: (rule, t) => vetoes.push({ rule, start: t.start, end: t.end, word: t.text }),
  });
  return { attributions, vetoes };
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** The reading as text, sentence by sentence: "+" an attribution and its rule, "−" a turned-down candidate. */
export function formatWhy(text: string, { attributions, vetoes }: WhyReading): string {
  const lines: string[] = [];
  for (const [s, e] of splitSentences(text)) {
    const made = attributions.filter((a) => a.cue.start >= s && a.cue.start < e);
    const stopped = vetoes.filter((v) => v.start >= s && v.start < e);
    if (!made.length && !stopped.length) continue;
    lines.push(`¶ ${clip(oneLine(text.slice(s, e)), 110)}`);
    for (const a of made) {
      const who = a.speaker ?? a.source?.text ?? "no source";
      lines.push(`  + “${oneLine(a.text)}”  ${a.rule}  → ${a.tier}, ${who}, ${a.confidence}`);
    }
    for (const v of stopped) lines.push(`  − “${v.word}”  ${v.rule}`);
  }
  return lines.join("\n");
}
