/** The settings page: defaults, per-site lists, label style, palette, spam stripping. Saves as you go. */
import { useEffect, useState } from "preact/hooks";
import { TIERS } from "../../lib/attribution/types";
import { tierLook } from "../../lib/palette";
import { normaliseSite, type Palette, type Settings } from "../../lib/settings";
import { t } from "../shared/i18n";
import { tierLabel } from "../shared/tier-words";

export interface OptionsStore {
  load(): Promise<Settings>;
  save(patch: Partial<Settings>): Promise<Settings>;
}

function SiteList({
  label,
  sites,
  onChange,
  testId,
}: {
  label: string;
  sites: string[];
  onChange: (s: string[]) => void;
  testId: string;
}) {
  const [draft, setDraft] = useState("");
  const [error, setError] = useState("");
  const add = (e: Event) => {
    e.preventDefault();
    const site = normaliseSite(draft);
    if (!site) {
      setError(t("options_invalidSite"));
      return;
    }
    setError("");
    setDraft("");
    if (!sites.includes(site)) onChange([...sites, site]);
  };
  const id = `${testId}-input`;
  return (
    <fieldset data-testid={testId}>
      <legend>{label}</legend>
      <ul>
        {sites.map((s) => (
          <li key={s}>
            <span>{s}</span>
            <button
              type="button"
              aria-label={t("options_removeSite", s)}
              onClick={() => onChange(sites.filter((x) => x !== s))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} class="row">
        <label class="sr-only" for={id}>
          {label}
        </label>
        <input
          id={id}
          type="text"
          value={draft}
          placeholder={t("options_sitePlaceholder")}
          aria-invalid={!!error}
          aria-describedby={`${id}-err`}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t("options_addSite")}</button>
      </form>
      <p id={`${id}-err`} class="error" role="alert">
        {error}
      </p>
    </fieldset>
  );
}

export function Options({ store }: { store: OptionsStore }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState("");
  useEffect(() => {
    void store.load().then(setSettings);
  }, []);
  if (!settings) return null;
  const save = async (patch: Partial<Settings>) => {
    setSettings(await store.save(patch));
    setStatus(t("options_saved"));
  };
  const radio = <K extends "labelStyle" | "palette">(key: K, value: Settings[K], text: string) => (
    <label class="choice">
      <input
        type="radio"
        name={key}
        checked={settings[key] === value}
        onChange={() => void save({ [key]: value } as Partial<Settings>)}
      />
      {text}
    </label>
  );
  return (
    <main>
      <h1>{t("options_title")}</h1>
      <label class="choice">
        <input
          type="checkbox"
          data-testid="enabled"
          checked={settings.enabled}
          onChange={(e) => void save({ enabled: (e.currentTarget as HTMLInputElement).checked })}
        />
        {t("options_enabled")}
      </label>
      <label class="choice">
        <input
          type="checkbox"
          data-testid="strip-spam"
          checked={settings.stripSpam}
          onChange={(e) => void save({ stripSpam: (e.currentTarget as HTMLInputElement).checked })}
        />
        {t("options_stripSpam")}
      </label>
      <SiteList
        label={t("options_neverSites")}
        sites={settings.neverSites}
        onChange={(neverSites) => void save({ neverSites })}
        testId="never-sites"
      />
      <SiteList
        label={t("options_wholePageSites")}
        sites={settings.wholePageSites}
        onChange={(wholePageSites) => void save({ wholePageSites })}
        testId="whole-page-sites"
      />
      <fieldset>
        <legend>{t("options_labelStyle")}</legend>
        {radio("labelStyle", "label", t("options_labelStyleLabel"))}
        {radio("labelStyle", "underline", t("options_labelStyleUnderline"))}
      </fieldset>
      <fieldset>
        <legend>{t("options_palette")}</legend>
        {(["colour-blind-safe", "classic"] as Palette[]).map((p) => (
          <div key={p} class="palette">
            {radio("palette", p, t(p === "classic" ? "options_paletteClassic" : "options_paletteSafe"))}
            <span class="swatches" aria-hidden="true">
              {TIERS.map((tier) => {
                const look = tierLook(tier, p);
                return (
                  <span key={tier} class="swatch" style={{ background: look.colour, color: look.ink }}>
                    {tierLabel(tier)}
                  </span>
                );
              })}
            </span>
          </div>
        ))}
      </fieldset>
      <p role="status" aria-live="polite" data-testid="status">
        {status}
      </p>
    </main>
  );
}
