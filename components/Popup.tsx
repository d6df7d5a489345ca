import { useEffect, useState } from "preact/hooks";
import type { PageReport } from "../lib/messages";
import { TIERS } from "../lib/attribution/types";

export interface PopupProps {
  load: () => Promise<PageReport | null>;
}

export function Popup({ load }: PopupProps) {
  const [report, setReport] = useState<PageReport | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    load().then(setReport, (e) => setError(String(e?.message ?? e)));
  }, []);
  if (error) return <p role="alert">Sourcelight cannot read this page: {error}</p>;
  if (report === undefined) return <p>Reading the page…</p>;
  if (report === null) return <p>No report for this page.</p>;
  const { summary } = report.analysis;
  return (
    <main data-state="ready">
      <h1>{report.title}</h1>
      <p>{report.site}</p>
      <ul data-testid="tier-counts">
        {TIERS.map((t) => (
          <li key={t} data-tier={t}>
            {t}: {summary.byTier[t]}
          </li>
        ))}
      </ul>
      <ul data-testid="speakers">
        {summary.speakers.map((s) => (
          <li key={s.name}>
            {s.name} ({s.attributions.length})
          </li>
        ))}
      </ul>
    </main>
  );
}
