/** A quotation signed with a dash: "“… a real disgrace.” ― Azucena Gonzàlez". */
import { raw, type RawAttribution } from "./raw";
import { quoteEndingAt } from "../text/quotes";
import { type Token, isSpace } from "../text/sentences";
import { CLOSE_QUOTES, OPEN_QUOTES, SIGN_DASHES } from "../words";

/**
 * A quotation signed with a dash: "“… a real disgrace.” ― Azucena Gonzàlez".
 * `d` is the dash; `afterQuote` says a quotation closed right before the sentence.
 */
export function signedQuote(tokens: Token[], d: number, afterQuote: boolean): RawAttribution | null {
  if (!SIGN_DASHES.has(tokens[d].text) || !(d === 0 ? afterQuote : CLOSE_QUOTES.has(tokens[d - 1].text))) return null;
  let e = d;
  while (e + 1 < tokens.length && e < d + 5 && tokens[e + 1].word && tokens[e + 1].cap) e++;
  const after = tokens[e + 1];
  if (e === d || (after && !(after.text === "." || after.text === "," || OPEN_QUOTES.has(after.text)))) return null;
  return { ...raw(tokens, "verb", "signed-quote", [d, d]), source: [d + 1, e], content: quoteEndingAt(tokens, d - 1) };
}

export function startsWithDash(text: string, at: number): boolean {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++; // no-break spaces too
  const c = text[at];
  return c === "―" || c === "—" || c === "–" || c === "-";
}

export function lastNonSpaceBefore(text: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  return k;
}
