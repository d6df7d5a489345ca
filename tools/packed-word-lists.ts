/**
 * A Vite plugin for the extension's build: the engine's word lists (lib/attribution/rules/*.json, not their
 * examples) go into the background worker's bundle as one string per list, split when the script loads, instead of
 * a JSON array of quoted words. The lists stay plain JSON in the repository; only the shipped code is smaller (about
 * half a kilobyte of gzip across them), which the worker parses at each start.
 */
import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

/** The rules' own JSON files, as imported from the engine. */
const RULES = /[\\/]lib[\\/]attribution[\\/]rules[\\/][a-z-]+\.json$/;
const PREFIX = "\0sourcelight-packed:";
/** A character no listed word holds (checked, so a word that did would keep its list a plain array). */
const SEPARATOR = "|";

/** JavaScript for a JSON value, lists of words written as one string split at load. */
export function packed(value: unknown): string {
  if (Array.isArray(value)) {
    const words = value.every((w) => typeof w === "string" && !w.includes(SEPARATOR));
    return words && value.length > 1
      ? `${JSON.stringify(value.join(SEPARATOR))}.split(${JSON.stringify(SEPARATOR)})`
      : `[${value.map(packed).join(",")}]`;
  }
  if (value && typeof value === "object")
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${packed(v)}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

export function packedWordLists(): Plugin {
  return {
    name: "sourcelight-packed-word-lists",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (!source.endsWith(".json") || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      // (Named as JavaScript, or the bundler's own JSON plugin would read it again.)
      return resolved && RULES.test(resolved.id) ? `${PREFIX}${resolved.id}.js` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -".js".length);
      return `export default ${packed(JSON.parse(readFileSync(file, "utf8")))};`;
    },
  };
}
