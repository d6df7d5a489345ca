/**
 * Asking the background worker about many things at once (hosts, links): in batches it answers whole, each ask
 * queued behind the last so nothing is asked twice at once. An ask that fails (the extension is reloading) stops
 * the rest; what was not answered stays unknown, and an unknown link is never stripped.
 */
import { SITE_BATCH } from "../../lib/messages";

export class BackgroundAsks<T> {
  private asking: Promise<void> = Promise.resolve();

  /**
   * @param known whether an item was answered for already
   * @param ask sends one batch and records the answer; throws (or rejects) when there is none
   */
  constructor(
    private readonly known: (item: T) => boolean,
    private readonly ask: (batch: T[]) => Promise<void>,
  ) {}

  /** Asks about the items not answered for yet (each once); resolves, never rejecting, once done or failed. */
  learn(items: Iterable<T>, key: (item: T) => string = String): Promise<void> {
    return (this.asking = this.asking.then(async () => {
      const missing = new Map<string, T>();
      for (const item of items) if (!this.known(item)) missing.set(key(item), item);
      const all = [...missing.values()];
      for (let i = 0; i < all.length; i += SITE_BATCH) {
        try {
          await this.ask(all.slice(i, i + SITE_BATCH));
        } catch {
          return;
        }
      }
    }));
  }
}
