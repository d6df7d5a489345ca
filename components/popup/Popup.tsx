/**
 * The popup: the sourcing of the article in the tab, and what the reader can
 * do about it. A view only: every action goes out through `PopupActions`,
 * which the entrypoint wires to the browser.
 */
import { useEffect, useState } from "preact/hooks";
import type { ContentRequest, PageReport } from "../../lib/messages";
import type { PageKind } from "../../lib/page-kind";
import type { Palette } from "../../lib/settings";
import { t } from "../shared/i18n";
import { SpamLine, SpamList } from "./SpamList";
import { EntityList, HedgeList, TierBars } from "./Summary";

/** "German" for "de", in the reader's own language where the browser knows it; the code itself otherwise. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([navigator.language || "en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export type LoadResult =
  | { kind: "report"; report: PageReport; siteEnabled: boolean; palette: Palette }
  | { kind: "loading" }
  /** Sourcelight does not run on this page: switched off for its site, or everywhere. */
  | { kind: "off"; site: string; everywhere: boolean }
  | { kind: "restricted"; page: Exclude<PageKind, "web" | "unknown"> }
  | { kind: "error"; message: string };

export interface PopupActions {
  load(): Promise<LoadResult>;
  send(request: ContentRequest): Promise<PageReport | null>;
  setSiteEnabled(on: boolean): Promise<void>;
  /** The global switch (options), turned back on from a page where it is off. */
  setEnabled(on: boolean): Promise<void>;
  copy(text: string): Promise<void>;
  download(report: PageReport): void;
  markdown(report: PageReport): string;
  openOptions(): void;
}

const RESTRICTED_KEYS = {
  "browser-page": "popup_browserPage",
  store: "popup_store",
  pdf: "popup_pdf",
  file: "popup_file",
} as const;

export function Popup({ actions }: { actions: PopupActions }) {
  const [state, setState] = useState<LoadResult | null>(null);
  const [status, setStatus] = useState("");

  const reload = () =>
    actions.load().then(setState, (e) => setState({ kind: "error", message: String(e?.message ?? e) }));
  useEffect(() => {
    void reload();
  }, []);
  // A page still loading: look again shortly.
  useEffect(() => {
    if (state?.kind !== "loading") return;
    const id = setTimeout(() => void reload(), 700);
    return () => clearTimeout(id);
  }, [state]);

  if (!state)
    return (
      <p class="message" role="status">
        {t("popup_loading")}
      </p>
    );
  if (state.kind === "loading") {
    return (
      <main class="message" data-state="loading">
        <p role="status">{t("popup_stillLoading")}</p>
        <button type="button" onClick={() => void reload()}>
          {t("popup_retry")}
        </button>
      </main>
    );
  }
  if (state.kind === "off") {
    const turnOn = async () => {
      await (state.everywhere ? actions.setEnabled(true) : actions.setSiteEnabled(true));
      // The page's script hears the setting change and reads the page; ask for its report once it has.
      setState({ kind: "loading" });
    };
    return (
      <main class="message" data-state="off">
        <p role="status" data-testid="off-note">
          {state.everywhere ? t("popup_offEverywhere") : t("popup_offSite", state.site)}
        </p>
        <button type="button" data-testid="turn-on" onClick={() => void turnOn()}>
          {state.everywhere ? t("popup_turnOnEverywhere") : t("popup_turnOnSite")}
        </button>
        <button type="button" class="link" onClick={() => actions.openOptions()}>
          {t("popup_options")}
        </button>
      </main>
    );
  }
  if (state.kind === "restricted")
    return (
      <main class="message" data-state="restricted">
        <p>{t(RESTRICTED_KEYS[state.page])}</p>
      </main>
    );
  if (state.kind === "error")
    return (
      <main class="message" data-state="error">
        <p role="alert">{t("popup_cannotRead", state.message)}</p>
      </main>
    );

  const { report, siteEnabled, palette } = state;
  // From the latest state, not this render's: a toggle's answer may come back after another change.
  const update = (next: PageReport | null) =>
    next && setState((s) => (s?.kind === "report" ? { ...s, report: next } : s));
  const send = (req: ContentRequest) => actions.send(req).then(update);
  const focus = (index: number) => void actions.send({ type: "sourcelight:focus", index });
  const rescan: ContentRequest = { type: "sourcelight:rescan", wholePage: report.scope === "page" };

  return (
    <main data-state="ready">
      <header>
        <h1 data-testid="title">{report.title || report.url}</h1>
        <p class="site">{report.site}</p>
      </header>
      {!report.language.readable ? (
        <p class="note" data-testid="other-language">
          {t("popup_otherLanguage", languageName(report.language.code))}
        </p>
      ) : report.engineFailed ? (
        <div class="note" data-testid="engine-failed">
          <p role="alert">{t("popup_engineFailed")}</p>
          <button type="button" data-testid="try-again" onClick={() => void send(rescan)}>
            {t("popup_tryAgain")}
          </button>
        </div>
      ) : (
        !report.isArticle &&
        (report.unmarked ? (
          <div class="note" data-testid="not-article">
            <p>{t("popup_notArticleUnmarked")}</p>
            <button type="button" data-testid="mark-anyway" onClick={() => void send(rescan)}>
              {t("popup_markAnyway")}
            </button>
          </div>
        ) : (
          <p class="note" data-testid="not-article">
            {t("popup_notArticle")}
          </p>
        ))
      )}
      <SpamLine spam={report.spam} />
      {report.language.readable && !report.unmarked && !report.engineFailed && (
        <>
          <TierBars analysis={report.analysis} palette={palette} />
          <EntityList
            title={t("popup_speakers")}
            entries={report.analysis.summary.speakers}
            onFocus={focus}
            testId="speakers"
          />
          <EntityList
            title={t("popup_organisations")}
            entries={report.analysis.summary.organisations}
            onFocus={focus}
            testId="organisations"
          />
          <HedgeList analysis={report.analysis} onFocus={focus} />
        </>
      )}
      <SpamList
        spam={report.spam}
        onAction={(action) => void send({ type: "sourcelight:spam", action })}
        onKeep={(href, keep) => void send({ type: "sourcelight:keep-link", href, keep })}
      />
      <section aria-label={t("popup_controls")}>
        <h2>{t("popup_controls")}</h2>
        <label class="toggle">
          <input
            type="checkbox"
            checked={siteEnabled}
            data-testid="site-toggle"
            onChange={async (e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              await actions.setSiteEnabled(on);
              setState((s) => (s?.kind === "report" ? { ...s, siteEnabled: on } : s));
              await send({ type: "sourcelight:set-highlights", on });
            }}
          />
          {t("popup_highlightsSite")}
        </label>
        <label class="toggle">
          <input
            type="checkbox"
            checked={report.teaching}
            data-testid="teaching-toggle"
            onChange={(e) =>
              void send({ type: "sourcelight:set-teaching", on: (e.currentTarget as HTMLInputElement).checked })
            }
          />
          {t("popup_teaching")}
        </label>
        <button
          type="button"
          data-testid="scope"
          onClick={() => void send({ type: "sourcelight:rescan", wholePage: report.scope === "article" })}
        >
          {report.scope === "article" ? t("popup_scanWholePage") : t("popup_scanArticle")}
        </button>
      </section>
      <section aria-label={t("popup_export")}>
        <h2>{t("popup_export")}</h2>
        <div class="row">
          <button
            type="button"
            data-testid="copy-markdown"
            onClick={async () => {
              await actions.copy(actions.markdown(report));
              setStatus(t("popup_copied"));
            }}
          >
            {t("popup_copyMarkdown")}
          </button>
          <button type="button" data-testid="download-json" onClick={() => actions.download(report)}>
            {t("popup_downloadJson")}
          </button>
        </div>
        <p role="status" class="muted" data-testid="status">
          {status}
        </p>
      </section>
      <footer>
        <button type="button" class="link" onClick={() => actions.openOptions()}>
          {t("popup_options")}
        </button>
      </footer>
    </main>
  );
}
