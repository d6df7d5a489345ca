/** The settings in extension storage (sync where available), shared by popup, options and content script. */
import { storage } from "wxt/utils/storage";
import { DEFAULT_SETTINGS, withDefaults, type Settings } from "../settings";

const item = storage.defineItem<Partial<Settings>>("sync:settings", { fallback: DEFAULT_SETTINGS });

export async function loadSettings(): Promise<Settings> {
  return withDefaults(await item.getValue());
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = withDefaults({ ...(await loadSettings()), ...patch });
  await item.setValue(next);
  return next;
}

/** Calls `cb` whenever the settings change (in any tab or page); returns the unsubscribe function. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return item.watch((v) => cb(withDefaults(v)));
}
