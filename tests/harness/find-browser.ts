/** Finds a browser executable: an environment variable first, then the usual install places. */
import { existsSync } from "node:fs";

export interface BrowserLookup {
  /** "Chromium", "Firefox": for messages. */
  name: string;
  envVar: string;
  candidates: string[];
  /** How to install one, for the error message. */
  install: string;
}

/** The executable's path, or an Error that names the fix — never a silent skip. */
export function findBrowser({ name, envVar, candidates, install }: BrowserLookup): string {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${envVar} is set to ${fromEnv}, but there is no file there.`);
  }
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    `No ${name} found (looked at ${envVar}, ${candidates.join(", ")}). ` +
      `Install one (Debian/Ubuntu: sudo apt-get install -y ${install}) or set ${envVar} to its executable.`,
  );
}
