/**
 * The spam judge as a content script has it: the background worker's answers. The judge and its vocabulary of
 * eleven languages (lib/spam/judge.ts) are loaded there once, not into every page. The content script asks which
 * of the page's links could be spam when it learns their sites (spam-state.ts), and has the suspects judged,
 * features in hand, when it strips. A link the background has not answered for is no suspect, so it is never
 * stripped.
 */
import { browser } from "wxt/browser";
import { SITE_BATCH, type BackgroundMessage, type LinkLook } from "../../lib/messages";
import type { LinkFeatures, LinkJudgement } from "../../lib/spam/types";
import { BackgroundAsks } from "./ask-background";

const key = (host: string, path: string, text: string, title: string) => `${host}\n${path}\n${text}\n${title}`;

export class RemoteJudge {
  /** Looks answered for: suspect or not. */
  private readonly answered = new Map<string, boolean>();

  readonly mayBeSpam = (host: string, path: string, text: string, title: string): boolean =>
    this.answered.get(key(host, path, text, title)) === true;

  private readonly asks = new BackgroundAsks<LinkLook>(
    (look) => this.answered.has(key(...look)),
    async (looks) => {
      const message: BackgroundMessage = { type: "sourcelight:suspects", looks };
      const suspects = (await browser.runtime.sendMessage(message)) as number[] | undefined;
      if (!Array.isArray(suspects)) throw new Error("no answer");
      const yes = new Set(suspects);
      looks.forEach((look, k) => this.answered.set(key(...look), yes.has(k)));
    },
  );

  /** Learns which of these links not asked about yet could be spam; resolves (never rejects) once answered. */
  learn(looks: LinkLook[]): Promise<void> {
    return this.asks.learn(looks, (look) => key(...look));
  }

  /** The suspects' judgements, in order; null when the background cannot answer (then nothing is stripped). */
  async judge(links: LinkFeatures[]): Promise<LinkJudgement[] | null> {
    if (links.length === 0) return [];
    try {
      const message: BackgroundMessage = { type: "sourcelight:judge", links: links.slice(0, SITE_BATCH) };
      const judgements = (await browser.runtime.sendMessage(message)) as LinkJudgement[] | undefined;
      return Array.isArray(judgements) && judgements.length === message.links.length ? judgements : null;
    } catch {
      return null;
    }
  }
}
