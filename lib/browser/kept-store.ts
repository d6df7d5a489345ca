/** The links kept per site (lib/kept-links.ts) in extension storage: local, this browser's own. */
import { storage } from "wxt/utils/storage";
import { keptFor, withKept, type KeptBook } from "../kept-links";

const item = storage.defineItem<KeptBook>("local:kept-links", { fallback: {} });

export async function loadKept(site: string): Promise<Set<string>> {
  return keptFor(await item.getValue(), site);
}

export async function saveKept(site: string, href: string, keep: boolean): Promise<Set<string>> {
  const book = withKept(await item.getValue(), site, href, keep, Date.now());
  await item.setValue(book);
  return keptFor(book, site);
}
