import { describe, expect, it } from "vitest";
import { boundsFor, rangeFor, readTextRuns, readTextRunsPaced } from "../../../lib/dom/text-runs";

function root(html: string): Element {
  document.body.innerHTML = html;
  return document.body;
}

describe("readTextRuns", () => {
  it("separates blocks so sentences never span paragraphs", () => {
    const { text } = readTextRuns(root("<p>One said</p><p>Two</p>"));
    expect(text).toContain("One said\nTwo");
  });

  it.each([
    ["script", "<p>a</p><script>var secret = 1;</script>", "secret"],
    ["style", "<style>.x{}</style><p>a</p>", ".x"],
    ["textarea", "<p>a</p><textarea>typed by user</textarea>", "typed"],
    ["input", '<p>a</p><input value="field">', "field"],
    ["contenteditable", '<p>a</p><div contenteditable="true">draft said</div>', "draft"],
    ["hidden attribute", "<p>a</p><p hidden>gone</p>", "gone"],
    ["aria-hidden", '<p>a</p><span aria-hidden="true">icon</span>', "icon"],
    ["inline display:none", '<p>a</p><p style="display:none">none</p>', "none"],
    ["svg text", "<p>a</p><svg><text>chart label</text></svg>", "chart"],
  ])("skips %s", (_name, html, absent) => {
    expect(readTextRuns(root(html)).text).not.toContain(absent);
  });

  it("adds no break after text that already ends its line, and one after text that does not", () => {
    expect(readTextRuns(root("<p>One said\n  </p><p>Two</p>")).text).toBe("One said\n  Two\n");
    expect(readTextRuns(root("<p>One said\n  x</p><p>Two</p>")).text).toBe("One said\n  x\nTwo\n");
    expect(readTextRuns(root("<p>Tab\u00a0\n\u00a0</p><p>Two</p>")).text).toBe("Tab\u00a0\n\u00a0Two\n");
  });

  it("reads a text node of 200,000 characters of blank lines in one pass", () => {
    // Testing the end with /\n\s*$/ backtracked from every line break: minutes for this node.
    const blank = "\n ".repeat(100_000);
    const { text } = readTextRuns(root(`<pre>${blank}x</pre><p>after</p>`), { skipHidden: false });
    expect(text).toBe(`${blank}x\nafter\n`);
  });

  it("keeps contenteditable=false content", () => {
    expect(readTextRuns(root('<div contenteditable="false">kept</div>')).text).toContain("kept");
  });

  it("survives very deep nesting without recursion", () => {
    // Detached, and without style lookups: the DOM test environment itself recurses
    // and slows down at this depth; the walk is what is tested.
    const top = document.createElement("div");
    let el: Element = top;
    for (let i = 0; i < 20_000; i++) el = el.appendChild(document.createElement("span"));
    el.textContent = "deep";
    expect(readTextRuns(top, { skipHidden: false }).text).toContain("deep");
  });

  it("maps flat offsets back to ranges across inline elements", () => {
    const runs = readTextRuns(root("<p>Ehsan <b>stated</b>, “hi”</p>"));
    const start = runs.text.indexOf("Ehsan");
    const end = runs.text.indexOf(",");
    const range = rangeFor(document, runs, start, end);
    expect(range?.toString()).toBe("Ehsan stated");
  });

  it("gives the same boundary points as the live range, for a StaticRange", () => {
    const runs = readTextRuns(root("<p>Ehsan <b>stated</b>, “hi”</p><p>Next</p>"));
    for (const [start, end] of [
      [0, 5],
      [0, 12],
      [6, 12],
      [3, 18],
      [runs.text.indexOf("Next"), runs.text.length - 1],
    ]) {
      const live = rangeFor(document, runs, start, end)!;
      const bounds = boundsFor(runs, start, end)!;
      expect([bounds.startContainer, bounds.startOffset, bounds.endContainer, bounds.endOffset]).toEqual([
        live.startContainer,
        live.startOffset,
        live.endContainer,
        live.endOffset,
      ]);
    }
    expect(boundsFor(runs, 4, 4)).toBeNull();
  });

  it("returns null for spans whose nodes are gone", () => {
    const runs = readTextRuns(root("<p>gone soon</p>"));
    document.body.innerHTML = "";
    expect(rangeFor(document, runs, 0, 4)).toBeNull();
    expect(boundsFor(runs, 0, 4)).toBeNull();
  });
});

describe("readTextRunsPaced", () => {
  const page = () =>
    root(
      Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i} <b>said</b> <i>more</i></p>`).join("") +
        '<div hidden>gone</div><p contenteditable="true">draft</p>',
    );

  it("reads what readTextRuns reads, giving the page turns when its budget is spent", async () => {
    const whole = readTextRuns(page());
    let turns = 0;
    const paced = await readTextRunsPaced(page(), {}, async () => void turns++, -1);
    expect(paced.text).toBe(whole.text);
    expect(paced.runs.map((r) => [r.start, r.node.data])).toEqual(whole.runs.map((r) => [r.start, r.node.data]));
    // Over 2,000 nodes, a look at the clock every 256 of them, each past the budget.
    expect(turns).toBeGreaterThanOrEqual(8);
  });

  it("takes no turn when the walk fits its budget", async () => {
    let turns = 0;
    await readTextRunsPaced(root("<p>Short said</p>"), {}, async () => void turns++, 1000);
    expect(turns).toBe(0);
  });

  it("starts again when the page takes away what it was to read next during a turn", async () => {
    const body = page();
    let turns = 0;
    const paced = await readTextRunsPaced(
      body,
      {},
      async () => {
        if (++turns === 1)
          body.replaceChildren(Object.assign(document.createElement("p"), { textContent: "New said" }));
      },
      -1,
    );
    // The page as it is now, none of what was read before the turn.
    expect(paced.text).toBe(readTextRuns(body).text);
    expect(paced.text).toContain("New said");
    expect(paced.text).not.toContain("Paragraph 0");
  });

  it("never reads past its root when what it was to read next is moved out of it", async () => {
    document.body.innerHTML =
      "<article>" +
      Array.from({ length: 600 }, (_, i) => `<p>Paragraph ${i} said</p>`).join("") +
      "</article><footer><p>Footer text outside</p></footer>";
    const article = document.querySelector("article")!;
    const footer = document.querySelector("footer")!;
    let turns = 0;
    const paced = await readTextRunsPaced(
      article,
      {},
      async () => {
        if (++turns === 1) footer.prepend(...[...article.children].slice(300));
      },
      -1,
    );
    expect(paced.text).not.toContain("Footer text outside");
    expect(paced.text).toBe(readTextRuns(article).text);
  });

  it("reads a page that changes at every turn in one go after a few fresh starts", async () => {
    const body = page();
    let turns = 0;
    const paced = await readTextRunsPaced(
      body,
      {},
      async () => {
        turns++;
        body.replaceChildren(...[...body.children].map((c) => c.cloneNode(true)));
      },
      -1,
    );
    expect(turns).toBe(3); // three fresh starts, then the rest in one go
    expect(paced.text).toBe(readTextRuns(body).text);
  });
});
