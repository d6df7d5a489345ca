/** User-facing strings come from public/_locales through browser.i18n, ready for translation. */
import { browser } from "wxt/browser";

/**
 * Messages without substitutions, once looked up: they cannot change while the page lives, and each lookup
 * crosses into the browser's binding (a long page draws a label for every highlight near the view).
 */
const plain = new Map<string, string>();

export function t(key: string, ...substitutions: Array<string | number>): string {
  if (!substitutions.length) {
    const known = plain.get(key);
    if (known !== undefined) return known;
  }
  try {
    // Keys are checked against messages.json by the unit test of the popup strings, not by the type.
    const text = browser.i18n.getMessage(key as "extName", substitutions.map(String));
    if (text) {
      if (!substitutions.length) plain.set(key, text);
      return text;
    }
  } catch {
    // No i18n (a unit test without the fake): show the key, which is still readable.
  }
  return substitutions.length ? `${key} ${substitutions.join(" ")}` : key;
}
