/**
 * Registrable domains for the hosts a page links to, asked of the background
 * worker (where the Public Suffix List is loaded once) and remembered for the
 * page. A host it has not answered for stays unknown, and the spam judge never
 * strips a link to an unknown site.
 */
import { browser } from "wxt/browser";
import type { BackgroundMessage, SiteTable } from "../../lib/messages";
import type { SiteOf } from "../../lib/spam/site";
import { BackgroundAsks } from "./ask-background";

export class SiteNames {
  private readonly known = new Map<string, string>();

  readonly siteOf: SiteOf = (host) => this.known.get(host);

  private readonly asks = new BackgroundAsks<string>(
    (host) => this.known.has(host),
    async (hosts) => {
      const message: BackgroundMessage = { type: "sourcelight:sites", hosts };
      const table = (await browser.runtime.sendMessage(message)) as SiteTable | undefined;
      for (const h of hosts) if (typeof table?.[h] === "string") this.known.set(h, table[h]);
    },
  );

  /** Learns the sites of these hosts not known yet; resolves (never rejects) once the answer is in or failed. */
  learn(hosts: Iterable<string>): Promise<void> {
    return this.asks.learn(hosts);
  }
}
