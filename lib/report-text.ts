/**
 * Plain-text and Markdown renderings of an article's sourcing, shared by the
 * CLI, `npm start` and the popup's "copy as Markdown".
 */
import type { Analysis, SpeakerSummary, Tier } from "./attribution/types";
import { TIERS } from "./attribution/types";

export const TIER_LABELS: Record<Tier, string> = {
  "on-record": "On record",
  institutional: "Institutional",
  anonymous: "Anonymous",
  unattributed: "Unattributed",
};

function speakerLine(s: SpeakerSummary): string {
  const n = s.attributions.length;
  return `${s.name}${s.role ? ` (${s.role})` : ""}: ${n} attribution${n === 1 ? "" : "s"}`;
}

/** "7 of 14 attributions rest on unnamed sources or none." */
export function weakShareSentence({ summary }: Analysis): string {
  if (summary.total === 0) return "No attributions found.";
  return `${summary.weak} of ${summary.total} attribution${summary.total === 1 ? "" : "s"} rest on unnamed sources or none (${Math.round(summary.weakShare * 100)}%).`;
}

/** A readable multi-line summary for a terminal. */
export function formatSummary(title: string, analysis: Analysis): string {
  const { summary } = analysis;
  const lines = [title || "(untitled)", ""];
  lines.push(`Attributions: ${summary.total}`);
  for (const t of TIERS) lines.push(`  ${TIER_LABELS[t].padEnd(14)} ${summary.byTier[t]}`);
  lines.push(weakShareSentence(analysis));
  if (summary.speakers.length) {
    lines.push("", "Named speakers:");
    for (const s of summary.speakers) lines.push(`  ${speakerLine(s)}`);
  }
  if (summary.organisations.length) {
    lines.push("", "Organisations:");
    for (const s of summary.organisations) lines.push(`  ${speakerLine(s)}`);
  }
  if (summary.hedges.length) {
    lines.push("", "Unattributed hedges:");
    lines.push(
      `  ${summary.hedges.map((h) => `“${h.text}”${h.attributions.length > 1 ? ` ×${h.attributions.length}` : ""}`).join(", ")}`,
    );
  }
  return lines.join("\n");
}
