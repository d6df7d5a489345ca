/** User-facing strings come from public/_locales through browser.i18n, ready for translation. */
import { browser } from "wxt/browser";

export function t(key: string, ...substitutions: Array<string | number>): string {
  try {
    // Keys are checked against messages.json by the unit test of the popup strings, not by the type.
    const text = browser.i18n.getMessage(key as "extName", substitutions.map(String));
    if (text) return text;
  } catch {
    // No i18n (a unit test without the fake): show the key, which is still readable.
  }
  return substitutions.length ? `${key} ${substitutions.join(" ")}` : key;
}
