/**
 * Links written inside <noscript>: a browser running scripts keeps them as raw
 * text (never shown), but saved copies and text extractors see them. Builds a
 * detached stand-in <a> for each, without parsing markup.
 */

export interface RawLink {
  /** A detached stand-in for the link. */
  element: HTMLAnchorElement;
  /** The text node and the range of the link's markup in it. */
  raw: { node: Text; start: number; end: number };
  /** The <noscript> that places it on the page. */
  anchor: Element;
}

const RAW_LINK = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(s: string): string {
  return s.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

const attr = (attrs: string, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i")
    .exec(attrs)
    ?.slice(1)
    .find((x) => x !== undefined) ?? null;

export function rawNoscriptLinks(doc: Document): RawLink[] {
  const out: RawLink[] = [];
  for (const ns of Array.from(doc.querySelectorAll("noscript"))) {
    if (ns.firstElementChild) continue;
    for (const node of Array.from(ns.childNodes)) {
      if (node.nodeType !== 3) continue;
      for (const m of (node as Text).data.matchAll(RAW_LINK)) {
        const href = attr(m[1], "href");
        if (href === null) continue;
        const a = doc.createElement("a");
        a.setAttribute("href", decodeEntities(href));
        for (const name of ["rel", "title"]) {
          const v = attr(m[1], name);
          if (v !== null) a.setAttribute(name, decodeEntities(v));
        }
        a.textContent = decodeEntities(m[2].replace(/<[^>]*>/g, " "));
        out.push({ element: a, raw: { node: node as Text, start: m.index, end: m.index + m[0].length }, anchor: ns });
      }
    }
  }
  return out;
}
