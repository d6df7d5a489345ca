/**
 * A generator of random and hostile pages for fuzzing: deep nesting, huge node
 * counts, shadow roots, iframes, SVG, tables, contenteditable, forms with
 * typed values, text in many scripts (RTL included), zero-width characters,
 * unmatched quotes, javascript: and data: links, spam-looking links.
 *
 * `buildHostilePage` is self-contained (no imports, no closures over module
 * scope) so the same function can be sent into a real browser with
 * Playwright's `page.evaluate(buildHostilePage, args)`.
 */

export interface HostileOptions {
  seed: number;
  /** Roughly how many elements to create. */
  size: number;
  /** Longest chain of nested elements (deep nesting); the DOM test environment is slow on very deep trees. */
  maxDepth?: number;
  /** Add iframes (the DOM test environment cannot load them and logs each one). */
  iframes?: boolean;
}

export interface HostileSummary {
  /** Form controls whose values were typed in (not just attributes), to check later. */
  fieldValues: Array<{ selector: string; value: string }>;
  elementCount: number;
}

export function buildHostilePage(
  doc: Document,
  { seed, size, maxDepth = 250, iframes = true }: HostileOptions,
): HostileSummary {
  // mulberry32: small, fast, deterministic.
  let state = seed >>> 0;
  const rand = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

  const TEXTS = [
    "The minister said the budget would pass.",
    "Officials allegedly knew, according to sources familiar with the matter.",
    "“An unmatched quote said nothing",
    "He told Reuters that ‘it was fine.",
    "Le ministre a déclaré que le budget serait adopté.",
    "وقال المتحدث إن الحكومة ستعلن القرار غدا",
    "הדובר אמר כי ההחלטה תתקבל מחר",
    "政府发言人表示，预算将获得通过。",
    "प्रवक्ता ने कहा कि बजट पारित होगा।",
    "โฆษกกล่าวว่างบประมาณจะผ่าน",
    "Người phát ngôn cho biết ngân sách sẽ được thông qua.",
    "zero\u200bwidth\u200djoiner\u2060and\ufeffBOM said",
    "emoji 🧪🗞️ reportedly 👩🏽‍💻",
    "\u202eright-to-left override said\u202c",
    "<script>alert('not markup')</script> & &amp; <b>bold?</b>",
    "**markdown** [link](javascript:alert(1)) _said_",
    "",
    "   ",
  ] as const;
  const HREFS = [
    "/local/path",
    "https://example.org/story",
    "javascript:void(0)",
    "data:text/html,<script>alert(1)</script>",
    "https://www.markas303.ac.id/",
    "mailto:desk@example.org",
    "#section",
    "",
  ] as const;
  const LINK_TEXTS = [
    "Read more",
    "slot gacor maxwin",
    "https://www.markas303.ac.id/",
    "Share",
    "",
    "agen bandar bola",
  ] as const;
  const BLOCKS = ["div", "p", "section", "article", "aside", "blockquote", "li", "span", "b", "em", "td"] as const;

  const fieldValues: HostileSummary["fieldValues"] = [];
  let count = 0;
  let fieldId = 0;
  let frames = 0;

  const text = (parent: Node) => parent.appendChild(doc.createTextNode(pick(TEXTS)));

  const make = (parent: Element | ShadowRoot, depth: number): void => {
    if (count >= size) return;
    count++;
    const r = rand();
    if (r < 0.04 && depth < 40) {
      // Very deep chain.
      let el: Element = parent.appendChild(doc.createElement("div"));
      const chain = Math.floor(maxDepth / 5 + rand() * maxDepth * 0.8);
      for (let i = 0; i < chain && count < size; i++, count++)
        el = el.appendChild(doc.createElement(pick(["div", "span"])));
      text(el);
    } else if (r < 0.08) {
      const host = parent.appendChild(doc.createElement("div"));
      try {
        const shadow = host.attachShadow({ mode: rand() < 0.5 ? "open" : "closed" });
        shadow.appendChild(doc.createElement("p")).textContent = pick(TEXTS);
      } catch {
        text(host);
      }
    } else if (r < 0.11 && iframes && frames < 12) {
      // A handful is enough: each frame loads a document of its own, and thousands would only be slow.
      frames++;
      const frame = parent.appendChild(doc.createElement("iframe"));
      frame.setAttribute("srcdoc", "<p>Inside a frame, officials said.</p>");
    } else if (r < 0.15) {
      const svg = parent.appendChild(doc.createElementNS("http://www.w3.org/2000/svg", "svg"));
      const t = svg.appendChild(doc.createElementNS("http://www.w3.org/2000/svg", "text"));
      t.textContent = pick(TEXTS);
      const a = svg.appendChild(doc.createElementNS("http://www.w3.org/2000/svg", "a"));
      a.setAttribute("href", pick(HREFS));
      a.textContent = "svg link";
    } else if (r < 0.2) {
      const table = parent.appendChild(doc.createElement("table"));
      for (let i = 0; i < 3; i++) {
        const row = table.appendChild(doc.createElement("tr"));
        for (let j = 0; j < 3; j++) text(row.appendChild(doc.createElement(j ? "td" : "th")));
      }
    } else if (r < 0.25) {
      const editor = parent.appendChild(doc.createElement("div"));
      editor.setAttribute("contenteditable", pick(["true", "", "plaintext-only"]));
      editor.textContent = "Draft: the senator said, allegedly, nothing.";
    } else if (r < 0.32) {
      const form = parent.appendChild(doc.createElement("form"));
      for (const kind of ["input", "textarea", "select"] as const) {
        const id = `fz-${seed}-${fieldId++}`;
        const field = form.appendChild(doc.createElement(kind));
        field.id = id;
        const value = kind === "select" ? "b" : `typed ${pick(TEXTS)}`;
        if (kind === "select") {
          for (const v of ["a", "b"]) {
            const o = field.appendChild(doc.createElement("option"));
            o.value = v;
            o.textContent = `option ${v} said`;
          }
        }
        (field as HTMLInputElement).value = value;
        fieldValues.push({ selector: `#${id}`, value: (field as HTMLInputElement).value });
      }
    } else if (r < 0.42) {
      const a = parent.appendChild(doc.createElement("a"));
      const href = pick(HREFS);
      if (href) a.setAttribute("href", href);
      if (rand() < 0.2) a.setAttribute("style", "position:absolute;left:-9999px");
      if (rand() < 0.1) a.setAttribute("rel", "dofollow");
      a.textContent = pick(LINK_TEXTS);
    } else if (r < 0.47) {
      const hidden = parent.appendChild(doc.createElement("div"));
      hidden.setAttribute(
        pick(["hidden", "aria-hidden", "style"]),
        pick(["", "true", "display:none", "visibility:hidden"]),
      );
      text(hidden);
    } else {
      const el = parent.appendChild(doc.createElement(pick(BLOCKS)));
      if (rand() < 0.15) el.setAttribute("dir", "rtl");
      if (rand() < 0.1) el.setAttribute("lang", pick(["ar", "he", "zh", "hi", "th", "vi", "fr"]));
      const kids = 1 + Math.floor(rand() * 4);
      for (let i = 0; i < kids; i++) {
        if (rand() < 0.6) text(el);
        else if (depth < 60) make(el, depth + 1);
      }
    }
  };

  const body = doc.body ?? doc.documentElement.appendChild(doc.createElement("body"));
  const container = body.appendChild(doc.createElement(rand() < 0.5 ? "article" : "main"));
  while (count < size) make(rand() < 0.8 ? container : body, 0);
  return { fieldValues, elementCount: count };
}
