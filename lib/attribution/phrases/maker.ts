/**
 * The maker named after "by" ("data compiled by the Office for National Statistics", "a report by Gallup"): who
 * made a document speaks through it. One reading of the name, forwards from "by" or backwards from its last word.
 */
import type { Token } from "../text/sentences";
import { timePhraseLeft } from "./time";

const BY = /^by$/;

/** "Bank of England", "Office for National Statistics": a lower-case "of" or "for" joins two capitalised words. */
const joinsName = (tokens: Token[], k: number) =>
  /^(of|for)$/.test(tokens[k]?.lower ?? "") && !!tokens[k - 1]?.cap && !!tokens[k + 1]?.cap;

/** Index just past the capitalised name that starts at `k` (`k` itself when none does). */
export function nameEnd(tokens: Token[], k: number): number {
  while (tokens[k] && (tokens[k].cap || joinsName(tokens, k))) k++;
  return k;
}

/** Whether the capitalised name ending at `k` follows "by" or "by the" ("compiled by Bloomberg"). */
export function madeByBefore(tokens: Token[], k: number): boolean {
  while (k > 0 && (tokens[k].cap || joinsName(tokens, k))) k--;
  return tokens[k]?.lower === "by" || (tokens[k]?.lower === "the" && tokens[k - 1]?.lower === "by");
}

/**
 * Where "by" (or another of `preps`) stands at `k`, or just past a time phrase that starts at `k` ("released on
 * Tuesday by the Treasury", "filed last week by the County Attorney's Office"); else -1.
 */
export function byAt(tokens: Token[], k: number, preps = BY): number {
  for (let b = k; b < k + 5 && tokens[b]; b++)
    if (preps.test(tokens[b].lower)) return b === k || timePhraseLeft(tokens, b - 1) === k ? b : -1;
  return -1;
}
