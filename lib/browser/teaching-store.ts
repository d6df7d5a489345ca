/** The teaching view's per-site choices in extension storage (local: a class's machine, not the teacher's account). */
import { storage } from "wxt/utils/storage";
import { remember, teachingFor, type TeachingBook, type TeachingPrefs } from "../teaching";

const item = storage.defineItem<TeachingBook>("local:teaching", { fallback: {} });

export async function loadTeaching(host: string): Promise<TeachingPrefs> {
  return teachingFor(await item.getValue(), host);
}

export async function saveTeaching(host: string, patch: Partial<TeachingPrefs>): Promise<TeachingPrefs> {
  const book = remember(await item.getValue(), host, patch, Date.now());
  await item.setValue(book);
  return teachingFor(book, host);
}
