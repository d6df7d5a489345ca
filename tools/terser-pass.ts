/**
 * A Vite plugin for the extension's build: the content script, which every page the reader opens downloads and
 * parses, goes through terser after the bundler's own minifier (oxc). Its second look, two compression passes,
 * takes about a kilobyte of gzip off (≈1 %) for two seconds of build; DESIGN.md caps the script at 100 KB, so
 * that kilobyte is room for the engine's rules. Nothing unsafe: no option that may change what the code does.
 */
import { minify } from "terser";
import type { Plugin } from "vite";

/** The chunks the pass applies to: content scripts, and the engine they load (entrypoints/engine.ts). */
const CONTENT_SCRIPT = /(^|\/)(?:content-scripts\/[^/]+|engine)\.js$/;

export function terserPass(): Plugin {
  return {
    name: "sourcelight-terser-pass",
    apply: "build",
    enforce: "post",
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== "chunk" || !CONTENT_SCRIPT.test(chunk.fileName)) continue;
        const out = await minify(chunk.code, { compress: { passes: 2 }, mangle: true, ecma: 2020 });
        if (out.code && out.code.length < chunk.code.length) chunk.code = out.code;
      }
    },
  };
}
