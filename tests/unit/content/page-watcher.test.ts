import { afterEach, describe, expect, it, vi } from "vitest";
import { PageWatcher } from "../../../entrypoints/content/page-watcher";

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("PageWatcher", () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = "";
  });

  function watch() {
    document.body.innerHTML = "<p id=a>text</p>";
    const onChange = vi.fn();
    const own = document.createElement("sourcelight-mark");
    const watcher = new PageWatcher(document, (n) => n === own || own.contains(n), onChange, 50);
    watcher.start();
    return { watcher, onChange, own };
  }

  it("calls back once after a burst of page changes has gone quiet", async () => {
    const { watcher, onChange } = watch();
    for (let i = 0; i < 5; i++) document.body.append(document.createElement("p"));
    await tick();
    expect(onChange).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 80));
    expect(onChange).toHaveBeenCalledTimes(1);
    watcher.stop();
  });

  it("ignores its own nodes and writes made while paused", async () => {
    const { watcher, onChange, own } = watch();
    document.body.append(own);
    watcher.paused(() => document.getElementById("a")!.append(" more"));
    await new Promise((r) => setTimeout(r, 80));
    expect(onChange).not.toHaveBeenCalled();
    // Still watching after the pause.
    document.body.append(document.createElement("div"));
    await new Promise((r) => setTimeout(r, 80));
    expect(onChange).toHaveBeenCalledTimes(1);
    watcher.stop();
  });

  it("stops: later changes and a pending callback are dropped", async () => {
    const { watcher, onChange } = watch();
    document.body.append(document.createElement("p"));
    await tick();
    watcher.stop();
    document.body.append(document.createElement("p"));
    await new Promise((r) => setTimeout(r, 80));
    expect(onChange).not.toHaveBeenCalled();
  });

  it("says what changed: inside the article, only outside it, or a huge change", async () => {
    document.body.innerHTML = "<main><article id=art><p>story</p></article></main><aside id=rail></aside>";
    const changes: unknown[] = [];
    const root = () => document.getElementById("art");
    const watcher = new PageWatcher(
      document,
      () => false,
      (c) => changes.push(c),
      20,
      root,
    );
    watcher.start();
    document.getElementById("rail")!.append(document.createElement("a"));
    await new Promise((r) => setTimeout(r, 50));
    root()!.append(document.createElement("p"));
    await new Promise((r) => setTimeout(r, 50));
    for (let i = 0; i < 600; i++) document.getElementById("rail")!.append(document.createElement("a"));
    await new Promise((r) => setTimeout(r, 50));
    expect(changes).toEqual([
      { inside: false, outside: true, huge: false },
      { inside: true, outside: false, huge: false },
      { inside: false, outside: true, huge: true },
    ]);
    watcher.stop();
  });
});
