/**
 * Where the margin marks sit against the page's words, measured in the page: functions handed to Playwright's
 * and Puppeteer's `evaluate`, so the Chromium and Firefox tests check the same thing. Each is serialised: it
 * closes over nothing.
 */

/** For every mark, how far its middle is from the middle of the nearest highlight's first line (CSS pixels). */
export function markOffsetsInPage(): number[] {
  const marks = [...(document.querySelector("sourcelight-ui")?.shadowRoot?.querySelectorAll(".label") ?? [])];
  const lines = [...CSS.highlights.values()]
    .flatMap((h) => [...h])
    .map((r) => {
      const x = document.createRange();
      x.setStart(r.startContainer, r.startOffset);
      x.setEnd(r.endContainer, r.endOffset);
      const box = x.getClientRects()[0];
      return box.top + box.height / 2;
    });
  return marks.map((m) => {
    const r = m.getBoundingClientRect();
    const middle = r.top + r.height / 2;
    return Math.min(...lines.map((y) => Math.abs(y - middle)));
  });
}

/** How many marks cover another mark or a line box of the article's words (`clashes`), and how many there are. */
export function markClashesInPage(): { clashes: number; marks: number } {
  const boxes = (els: Element[]) => els.map((e) => e.getBoundingClientRect()).filter((r) => r.width && r.height);
  const marks = boxes([...(document.querySelector("sourcelight-ui")?.shadowRoot?.querySelectorAll(".label") ?? [])]);
  const words: DOMRect[] = [];
  const walker = document.createTreeWalker(document.querySelector("article")!, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent?.trim()) continue;
    const r = document.createRange();
    r.selectNodeContents(n);
    words.push(...[...r.getClientRects()].filter((b) => b.width > 0));
  }
  const meet = (a: DOMRect, b: DOMRect) =>
    a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  let clashes = 0;
  marks.forEach((m, i) => {
    for (const o of marks.slice(i + 1)) if (meet(m, o)) clashes++;
    for (const w of words) if (meet(m, w)) clashes++;
  });
  return { clashes, marks: marks.length };
}

/** How many marks lie above or below the scrolling pane `#pane` (view coordinates). */
export function marksOutsidePaneInPage(): number {
  const pane = document.getElementById("pane")!.getBoundingClientRect();
  const marks = [...(document.querySelector("sourcelight-ui")?.shadowRoot?.querySelectorAll(".label") ?? [])];
  return marks.filter((m) => {
    const r = m.getBoundingClientRect();
    return r.bottom < pane.top - 1 || r.top > pane.bottom + 1;
  }).length;
}

/** A page whose article scrolls inside a 400-pixel pane of its own (`#pane`), thirty paragraphs long. */
export const SCROLLING_PANE_HTML = `<div id="pane" style="height:400px;width:700px;margin-left:200px;overflow:auto">
  <article><h1>Budget night</h1><div class="entry-content">${Array.from(
    { length: 30 },
    (_, n) =>
      `<p>Paragraph ${n}: the minister said the budget would balance by the spring, and officials allegedly ` +
      `delayed the vote again, according to two council members who asked not to be named.</p>`,
  ).join("")}</div></article></div>`;
