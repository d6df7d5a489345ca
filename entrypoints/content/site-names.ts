/**
 * Registrable domains for the hosts a page links to, asked of the background
 * worker (where the Public Suffix List is loaded once) and remembered for the
 * page. A host it has not answered for stays unknown, and the spam judge never
 * strips a link to an unknown site.
 */
import { browser } from "wxt/browser";
import { SITE_BATCH, type BackgroundMessage, type SiteTable } from "../../lib/messages";
import type { SiteOf } from "../../lib/spam/site";
import { linkHosts } from "../../lib/dom/link-features";

export class SiteNames {
  private readonly known = new Map<string, string>();

  readonly siteOf: SiteOf = (host) => this.known.get(host);

  private asking: Promise<void> = Promise.resolve();

  /**
   * Learns the sites of the page's hosts not known yet; resolves (never rejects) once the answer is in or
   * failed. Calls queue behind each other, so hosts already asked for are not asked for twice.
   */
  learn(doc: Document): Promise<void> {
    return (this.asking = this.asking.then(() => this.ask(doc)));
  }

  private async ask(doc: Document): Promise<void> {
    const missing = linkHosts(doc).filter((h) => !this.known.has(h));
    // In batches the background answers whole.
    for (let i = 0; i < missing.length; i += SITE_BATCH) {
      const hosts = missing.slice(i, i + SITE_BATCH);
      try {
        const message: BackgroundMessage = { type: "sourcelight:sites", hosts };
        const table = (await browser.runtime.sendMessage(message)) as SiteTable | undefined;
        for (const h of hosts) if (typeof table?.[h] === "string") this.known.set(h, table[h]);
      } catch {
        // No background (the extension is reloading): the hosts stay unknown and their links untouched.
        return;
      }
    }
  }
}
