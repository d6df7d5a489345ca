import { render } from "preact";
import { Popup } from "../../components/Popup";
import { targetTab, requestReport } from "./tab-link";

render(<Popup load={async () => requestReport(await targetTab(location.search))} />, document.getElementById("app")!);
