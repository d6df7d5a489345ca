/**
 * What tests call inside the browser (functions passed to evaluate() run
 * there, where our imports' types do not reach): the parts of the extension
 * API and of the fuzz page's state they use, typed for the compiler only.
 */
type Call = (...args: unknown[]) => Promise<unknown>;
interface Tabs {
  query(q: object): Promise<Array<{ id?: number }>>;
  sendMessage: Call;
}

export interface ExtensionGlobals {
  chrome: { action: { getBadgeText: Call; getTitle: Call }; tabs: Tabs; runtime: { reload(): void } };
  browser: { tabs: Tabs };
}

/** The hostile page's own record of what it built (tests/e2e/fuzz.test.ts). */
export interface FuzzGlobals {
  __fuzz: {
    settled?: boolean;
    before?: string;
    summary: { fieldValues: Array<{ selector: string; value: string }> } & Record<string, unknown>;
  } & Record<string, unknown>;
}
