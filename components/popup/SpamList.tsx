/** The spam links Sourcelight took out of the page (or flagged), each with its reasons, and the way back. */
import type { PageReport } from "../../lib/messages";
import { t } from "../shared/i18n";

export function SpamList({
  spam,
  onAction,
  onKeep,
}: {
  spam: PageReport["spam"];
  onAction: (action: "restore" | "strip") => void;
  /** Keep one link on this site from now on, or (false) let it be taken out again. */
  onKeep: (href: string, keep: boolean) => void;
}) {
  const removed = spam.links.filter((l) => l.verdict === "spam" && !l.kept);
  const kept = spam.links.filter((l) => l.verdict === "spam" && l.kept);
  const flagged = spam.links.filter((l) => l.verdict === "suspicious");
  // One spam run shares its reasons: they are given once above its links, not repeated for every one.
  const groups = new Map<string, typeof removed>();
  for (const l of removed) groups.set(l.reasons.join(" "), [...(groups.get(l.reasons.join(" ")) ?? []), l]);
  return (
    <section aria-label={t("popup_spam")} id="spam">
      <h2>{removed.length && !spam.stripped ? t("popup_spamFound") : t("popup_spam")}</h2>
      {removed.length === 0 ? (
        <p class="muted">{t("popup_spamNone")}</p>
      ) : (
        <>
          {[...groups].map(([why, links]) => (
            <div class="spam-group" key={why}>
              <p class="spam-why">{why}</p>
              <ul class="spam" data-testid="spam-links">
                {links.map((l, i) => (
                  <li key={i}>
                    <span class="spam-text">{l.text || l.href}</span> <span class="spam-domain">{l.domain}</span>
                    <span class="spam-where">{l.where}</span>{" "}
                    <button
                      type="button"
                      class="link"
                      data-testid="spam-keep"
                      aria-label={t("popup_spamKeepLabel", l.text || l.domain)}
                      onClick={() => onKeep(l.href, true)}
                    >
                      {t("popup_spamKeep")}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {spam.stripped ? (
            <button type="button" onClick={() => onAction("restore")} data-testid="spam-restore">
              {t("popup_putBack")}
            </button>
          ) : (
            <>
              <p class="muted" role="status">
                {t("popup_spamPutBack")}
              </p>
              <button type="button" onClick={() => onAction("strip")} data-testid="spam-strip">
                {t("popup_stripAgain")}
              </button>
            </>
          )}
        </>
      )}
      {kept.length > 0 && (
        <>
          <h3>{t("popup_spamKept")}</h3>
          <ul class="spam" data-testid="spam-kept">
            {kept.map((l, i) => (
              <li key={i}>
                <span class="spam-text">{l.text || l.href}</span> <span class="spam-domain">{l.domain}</span>{" "}
                <button
                  type="button"
                  class="link"
                  data-testid="spam-unkeep"
                  aria-label={t("popup_spamUnkeepLabel", l.text || l.domain)}
                  onClick={() => onKeep(l.href, false)}
                >
                  {t("popup_spamUnkeep")}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {flagged.length > 0 && (
        <>
          <h3>{t("popup_spamFlagged")}</h3>
          <ul class="spam">
            {flagged.map((l, i) => (
              <li key={i}>
                <span class="spam-text">{l.text || l.href}</span> <span class="spam-domain">{l.domain}</span>{" "}
                <span class="spam-why">{l.reasons.join(" ")}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** One line at the top when spam links were found: how many, whether they are out, and a link to the list. */
export function SpamLine({ spam }: { spam: PageReport["spam"] }) {
  const n = spam.links.filter((l) => l.verdict === "spam" && !l.kept).length;
  if (!n) return null;
  return (
    <p class="spam-line" data-testid="spam-line">
      <a href="#spam">{spam.stripped ? t("popup_spamLineRemoved", n) : t("popup_spamLineFound", n)}</a>
    </p>
  );
}
