/**
 * What the popup exports: Markdown to paste into notes, and JSON of the same
 * shape the CLI prints (`npm run analyze -- --json`). Page text stays text:
 * Markdown control characters in it are escaped so a pasted summary cannot
 * turn into links or formatting.
 */
import type { PageReport } from "./messages";
import { TIERS } from "./attribution/types";
import { TIER_LABELS, weakShareSentence } from "./report-text";

/**
 * Escapes what could turn page text into formatting, links or HTML inside a line — emphasis, code, brackets,
 * table bars, angle brackets — and nothing else, so the text reads cleanly pasted into a doc or a chat
 * ("Tehrik-e-Taliban (TTP)", not "Tehrik\\-e\\-Taliban \\(TTP\\)"). Every line starts with our own prefix,
 * so list and heading markers in page text stay plain.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_[\]|~]/g, "\\$&")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r?\n/g, " ");
}

/** A domain as code, which no Markdown renderer or chat turns into a link (a spam domain must not become one). */
const asCode = (domain: string) => `\`${domain.replace(/`/g, "")}\``;

export function toMarkdown(report: PageReport): string {
  const { summary, attributions } = report.analysis;
  const e = escapeMarkdown;
  const lines = [`# Sourcing: ${e(report.title || report.url)}`, "", `<${report.url.replace(/[<>\s]/g, "")}>`, ""];
  lines.push("| tier | attributions |", "| --- | --- |");
  for (const t of TIERS) lines.push(`| ${TIER_LABELS[t]} | ${summary.byTier[t]} |`);
  lines.push("", weakShareSentence(report.analysis), "");
  if (summary.speakers.length) {
    lines.push("## Named speakers", "");
    for (const s of summary.speakers)
      lines.push(`- ${e(s.name)}${s.role ? ` (${e(s.role)})` : ""}: ${s.attributions.length}`);
    lines.push("");
  }
  if (summary.organisations.length) {
    lines.push("## Organisations", "");
    for (const s of summary.organisations) lines.push(`- ${e(s.name)}: ${s.attributions.length}`);
    lines.push("");
  }
  if (summary.hedges.length) {
    lines.push("## Unattributed hedges", "");
    for (const h of summary.hedges) lines.push(`- “${e(h.text)}” ×${h.attributions.length}`);
    lines.push("");
  }
  lines.push("## Attributions", "");
  attributions.forEach((a, i) => {
    // Who, the words that credit them, then what they are credited with: the claim, where one was found.
    const who = a.speaker
      ? e([a.speaker, ...(a.coSpeakers ?? [])].join(", "))
      : a.source
        ? e(a.source.text)
        : "no source";
    const claim = a.content ? `: ${quoted(e(a.content.text))}` : "";
    lines.push(`${i + 1}. **${TIER_LABELS[a.tier]}** — ${who}, “${e(a.cue.text)}”${claim}`);
    // The sentence it sits in, below it, for the reader to judge the reading.
    const sentence = report.sentences?.[i];
    if (sentence) lines.push(`   ${quoteBlock(e(sentence))}`);
  });
  if (report.spam.links.length) {
    lines.push("", "## Spam links", "");
    for (const l of report.spam.links)
      lines.push(`- ${e(l.text)} — ${asCode(l.domain)} (${l.verdict}): ${e(l.reasons.join(" "))}`);
  }
  return `${lines.join("\n")}\n`;
}

/** A line quoted as a block under its list item. */
const quoteBlock = (line: string) => `> ${line}`;

/** A claim in quotation marks, once: a quotation keeps the marks it was printed with. */
function quoted(claim: string): string {
  return /^["“‘«']/.test(claim) ? claim : `“${claim}”`;
}

/** The CLI's JSON line for this page, with the spam listing added. */
export function toJson(report: PageReport): string {
  const { attributions, summary } = report.analysis;
  return JSON.stringify(
    { file: report.url, title: report.title, attributions, summary, spam: report.spam.links },
    null,
    2,
  );
}
