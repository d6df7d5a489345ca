/** Where the project lives, for tests that read its files. */
import { resolve } from "node:path";

export const PROJECT_ROOT = resolve(import.meta.dirname, "../..");
