import { render } from "preact";
import { browser } from "wxt/browser";
import { Welcome } from "../../components/welcome/Welcome";
import "./welcome.css";

/** The browser's own shortcuts for stepping through attributions, as the reader may have remapped them. */
async function shortcuts(): Promise<Record<string, string>> {
  try {
    const all = await browser.commands.getAll();
    return Object.fromEntries(all.filter((c) => c.name).map((c) => [c.name!, c.shortcut ?? ""]));
  } catch {
    return {};
  }
}

render(<Welcome shortcuts={shortcuts} />, document.getElementById("app")!);
