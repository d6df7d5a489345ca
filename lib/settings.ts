/**
 * User settings: their shape, defaults, and how they apply to one site.
 * Pure; the storage wiring lives in lib/browser/settings-store.ts.
 */

export type LabelStyle = "label" | "underline";
export type Palette = "colour-blind-safe" | "classic";

export interface Settings {
  /** Highlights on by default on every site (still off on `neverSites`). */
  enabled: boolean;
  /** Hosts where the extension never runs. */
  neverSites: string[];
  /** Hosts where it always scans the whole page instead of the article. */
  wholePageSites: string[];
  labelStyle: LabelStyle;
  palette: Palette;
  /** Take spam links out of the page; when off they are only listed. */
  stripSpam: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  neverSites: [],
  wholePageSites: [],
  labelStyle: "label",
  palette: "colour-blind-safe",
  stripSpam: true,
};

/** Normalises a user-typed site ("https://www.Example.com/x", "example.com") to a host. */
export function normaliseSite(input: string): string | null {
  const s = input.trim().toLowerCase();
  if (!s) return null;
  try {
    const host = new URL(s.includes("://") ? s : `https://${s}`).hostname.replace(/^www\./, "");
    return (/^[a-z0-9.-]+$/.test(host) && host.includes(".")) || host === "localhost" ? host : null;
  } catch {
    return null;
  }
}

/** True when `host` is `site` or one of its subdomains. */
export function hostMatches(host: string, site: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, "");
  return h === site || h.endsWith(`.${site}`);
}

export interface SiteSettings {
  run: boolean;
  wholePage: boolean;
  labelStyle: LabelStyle;
  palette: Palette;
  stripSpam: boolean;
}

/** What the settings mean for one page's host. */
export function settingsForHost(settings: Settings, host: string): SiteSettings {
  return {
    run: settings.enabled && !settings.neverSites.some((s) => hostMatches(host, s)),
    wholePage: settings.wholePageSites.some((s) => hostMatches(host, s)),
    labelStyle: settings.labelStyle,
    palette: settings.palette,
    stripSpam: settings.stripSpam,
  };
}

/** Merges stored (possibly partial or outdated) settings over the defaults. */
export function withDefaults(stored: Partial<Settings> | null | undefined): Settings {
  const s = { ...DEFAULT_SETTINGS, ...(stored ?? {}) };
  return {
    ...s,
    neverSites: Array.isArray(s.neverSites) ? s.neverSites.filter((x) => typeof x === "string") : [],
    wholePageSites: Array.isArray(s.wholePageSites) ? s.wholePageSites.filter((x) => typeof x === "string") : [],
  };
}
