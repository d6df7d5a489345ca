/** White space collapsed to single spaces and trimmed; the regex runs only when there is something to collapse. */
export function collapseSpace(s: string | null | undefined): string {
  const t = (s ?? "").trim();
  return /\s\s|[^\S ]/.test(t) ? t.replace(/\s+/g, " ") : t;
}
