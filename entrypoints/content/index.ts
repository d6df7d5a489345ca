import { defineContentScript } from "wxt/utils/define-content-script";
import { startSourcelight } from "./controller";

export default defineContentScript({
  matches: ["http://*/*", "https://*/*"],
  runAt: "document_idle",
  main(ctx) {
    startSourcelight(ctx);
  },
});
