/** Every string key the UI asks browser.i18n for exists in the English messages, with its placeholders. */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../harness/paths";

const messages = JSON.parse(readFileSync(join(PROJECT_ROOT, "public/_locales/en/messages.json"), "utf8")) as Record<
  string,
  { message: string; placeholders?: Record<string, unknown> }
>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

const calls = ["components", "entrypoints"]
  .flatMap((d) => sources(join(PROJECT_ROOT, d)))
  .flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/\bt\("([\w]+)"((?:,[^)]*)?)\)/g)].map((m) => ({
      file,
      key: m[1],
      args: m[2] ? m[2].split(",").length - 1 : 0,
    })),
  );

describe("i18n messages", () => {
  it("the UI uses message keys at all", () => expect(calls.length).toBeGreaterThan(30));
  it.each(["onRecord", "institutional", "anonymous", "unattributed"])(
    "has a label, name and meaning for %s",
    (tier) => {
      for (const prefix of ["label_", "tier_", "meaning_"])
        expect(messages[prefix + tier]?.message, prefix + tier).toBeTruthy();
    },
  );
  it.each(calls.map((c) => [c.key, c] as const))("%s exists with its placeholders", (_key, c) => {
    const entry = messages[c.key];
    expect(entry, `${c.key} used in ${c.file}`).toBeDefined();
    expect(Object.keys(entry.placeholders ?? {}).length).toBe(c.args);
  });
});
