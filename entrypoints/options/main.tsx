import { render } from "preact";
import { Options } from "../../components/options/Options";
import { loadSettings, saveSettings } from "../../lib/browser/settings-store";
import "./options.css";

render(<Options store={{ load: loadSettings, save: saveSettings }} />, document.getElementById("app")!);
