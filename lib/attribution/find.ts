/**
 * Finds attributions sentence by sentence (cues/sentence.ts): patterns that
 * carry their own source ("according to X", "claims from X suggest", "X's
 * narrative"), source-less hedges ("allegedly", "is believed to"), then
 * reporting verbs with the source noun phrase before or after them.
 */
import { lastNonSpaceBefore, startsWithDash } from "./cues/signed-quote";
import { findInSentence } from "./cues/sentence";
import type { RawAttribution, VetoListener } from "./cues/raw";
import { triggerRe } from "./cues/triggers";
import { inTitleCase } from "./text/headline";
import { quoteRegions } from "./text/quotes";
import { splitSentences, tokenize } from "./text/sentences";
import { CLOSE_QUOTES } from "./words";

export type { RawAttribution } from "./cues/raw";

/**
 * Texts shorter than this are read sentence by sentence without the
 * prefilter: compiling the trigger pattern (over 500 words) costs a couple of
 * milliseconds, more than reading a short article's sentences outright. Once
 * a process has read half a megabyte in all (a batch of short articles), the
 * pattern has paid for itself and every text is prefiltered.
 */
const PREFILTER_AFTER_CHARS = 20_000;
const PREFILTER_AFTER_CHARS_IN_ALL = 500_000;
let charsRead = 0;

export interface FindOptions {
  /** Skip sentences with no trigger word unread (never changes the result); by default for long texts and batches. */
  prefilter?: boolean;
  /** Told of each candidate a rule turned down (`analyze --why`). */
  onVeto?: VetoListener;
  /**
   * The whole article when `text` is a slice of it: a speaker named by one word is settled against the article
   * (its full name or a "he" may sit in another slice).
   */
  article?: string;
  /**
   * Whether `text` opens the article (default true): false for a slice after the first, or a stretch from inside a
   * page read first (lib/preview.ts), where the first source is no story's opening (resolve/named-later.ts).
   */
  opening?: boolean;
}

/** Every raw attribution of `text` at once (tests; the engine reads them sentence by sentence). */
export function findRaw(text: string, options?: FindOptions): RawAttribution[] {
  return [...rawBySentence(text, options)].flat();
}

/**
 * Runs the finder over every sentence of `text`, yielding each sentence's
 * attributions as they are found: a sentence's tokens then die young, where
 * collecting them all first kept a long page's every token alive at once
 * (V8 then spent a fifth of the time moving them in the heap). With
 * `prefilter`, sentences with no cue word are skipped unread, which never
 * changes the result (the finder starts only at a trigger word or a colon)
 * and is faster once the pattern is compiled.
 */
export function* rawBySentence(
  text: string,
  options: FindOptions = {},
  quotes = quoteRegions(text),
): Generator<RawAttribution[]> {
  charsRead += text.length;
  const prefilter =
    options.prefilter ?? (text.length >= PREFILTER_AFTER_CHARS || charsRead >= PREFILTER_AFTER_CHARS_IN_ALL);
  let q = 0;
  // The next trigger word at or after the current sentence; found once, reused until passed.
  let hit = -1;
  let hitFrom = -1;
  const headline = headlineEnd(text);
  let first = true;
  for (const [s, e] of splitSentences(text)) {
    if (s < headline || subheading(text, s, e)) continue;
    // The article's first sentence, where a place may stand before a colon as a dateline ("Dubai: Private sector
    // employers …"): not a line of title-case words, nor a first line standing alone with no headline above it
    // ("Sanders: Clinton needs to 'get away from all of this'." is the headline). (Blank lines between a headline and
    // the text are sentences of their own.)
    const opening = first && /\S/.test(text.slice(s, e));
    if (opening) first = false;
    // ("NEW DELHI: The Centre on Monday told …" on a line of its own: a place in capitals is a dateline, not a
    // headline's speaker.)
    const capitalsDateline = opening && CAPITALS_DATELINE.test(text.slice(s, s + 40));
    const opensArticle =
      opening &&
      (headline > 0 || capitalsDateline || !/^[ \t]*(?:\n|$)/.test(text.slice(e, e + 80))) &&
      !inTitleCase(text, s);
    // Sentences are bounded so that one unbroken 5 MB line cannot make the token scan quadratic.
    for (let from = s; from < e; from += 4000) {
      const to = Math.min(e, from + 4000);
      if (prefilter && (hitFrom < 0 || (hit >= 0 && hit < from))) {
        const re = triggerRe();
        re.lastIndex = from;
        hit = re.exec(text)?.index ?? -1;
        hitFrom = from;
      }
      // A sentence that starts with a dash may sign the quotation that ended the one before.
      const afterQuote = from === s && startsWithDash(text, s) && CLOSE_QUOTES.has(text[lastNonSpaceBefore(text, s)]);
      if (prefilter && (hit < 0 || hit >= to) && !afterQuote) continue;
      const tokens = tokenize(text, from, to);
      while (q < quotes.length && quotes[q][1] <= from) q++;
      const inQuote = (i: number) => {
        const at = tokens[i].start;
        for (let k = q; k < quotes.length && quotes[k][0] <= at; k++) if (at < quotes[k][1]) return true;
        return false;
      };
      const found = findInSentence(tokens, inQuote, afterQuote, options.onVeto, opensArticle && from === s);
      if (found.length) yield found;
    }
  }
}

/**
 * A place in capitals, one to three words, opening the text before a colon or a dash ("NEW DELHI:", "LAGOS —"; "AP:"
 * is the wire citing itself).
 */
const CAPITALS_DATELINE = /^\s*\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2}\s*[:—–]/u;

/** A subheading's words at most, and characters. */
const SUBHEADING_WORDS = 12;
const SUBHEADING_CHARS = 160;

/** Words that open a question standing as a subheading. */
const QUESTION_OPENERS = /^(?:What|How|Why|Who|Where|When|Which|Is|Are|Does|Do|Did|Has|Have|Will|Can|Should|Could)\b/;

/**
 * Whether the sentence text[s, e) is a subheading of a plain text: a line of its own, a blank line before it, with
 * no stop at its end (or a question mark after a question) and a dozen words at most ("Bureau warns of dry summer",
 * "What does the data show?"). DESIGN.md: headings are no attributions.
 */
function subheading(text: string, s: number, e: number): boolean {
  // Most sentences do not open a line: read back past spaces to the line break, then the blank line before it.
  let k = s - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k < 1 || text.charCodeAt(k) !== 10) return false;
  k--;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k < 0 || text.charCodeAt(k) !== 10) return false;
  // The sentence runs to the end of its line (the splitter ends a sentence at a line break, or the text's end).
  if (e - s > SUBHEADING_CHARS) return false;
  let end = s;
  while (end < text.length && end < e + 2 && text.charCodeAt(end) !== 10) end++;
  if (end < text.length && text.charCodeAt(end) !== 10) return false;
  const line = text.slice(s, end).trim();
  // ("What does the data show?", "What has the government said?": an explainer's question heading its section.)
  const question = /\?$/.test(line) && QUESTION_OPENERS.test(line);
  return (question || !/[.!?…:;,"'”’»)\]]$/.test(line)) && line.split(/\s+/).length <= SUBHEADING_WORDS;
}

/** A headline's words at most: longer, a first line is prose. */
const HEADLINE_WORDS = 25;

/**
 * Where a plain text's headline ends, or 0: a first line with no full stop, question or exclamation mark or
 * closing quotation mark at its end, and a line break after it ("Bumblebees learn faster in cooler weather, study
 * finds"). DESIGN.md: headings are no attributions. (On a page, the article's furniture leaves its headings out.)
 */
export function headlineEnd(text: string): number {
  const start = text.search(/\S/);
  if (start < 0) return 0;
  const end = text.indexOf("\n", start);
  if (end < 0) return 0;
  const line = text.slice(start, end).trimEnd();
  // A sentence ends in its stop (a quotation's closing mark may follow); a headline may end in a quotation without
  // one ("… Cannot Be Removed “With A Loudspeaker”").
  // (A question is a headline's too: "… as Osric Brisco claimed?")
  if (/[.!…:]["”’»)\]]*$/.test(line) || line.split(/\s+/).length > HEADLINE_WORDS) return 0;
  return end;
}
