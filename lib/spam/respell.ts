/**
 * Text as a spammer means it to be read. Spam anchors dodge word lists with
 * mathematical and full-width letters (𝐒𝐋𝐎𝐓, ＳＬＯＴ: NFKC folds them),
 * zero-width characters inside words, Cyrillic or small-capital letters that
 * look Latin (ѕlоt, ꜱʟᴏᴛ), letters spelt out one by one (s l o t, c.a.s.i.n.o)
 * and digits or symbols for letters (s1ot g4cor, c@sino). Pure.
 */
import { CONFUSABLES, LOOKALIKES } from "./vocabulary";

const NON_ASCII = /[^\x00-\x7f]/;
/** Format characters: zero-width spaces and joiners, soft hyphens, direction marks. */
const FORMAT = /\p{Cf}/gu;
/** A word of Latin letters mixed with letters of another script. */
const MIXED_SCRIPT = /^(?=.*[a-z])(?=.*[^\x00-\x7f])/;
/**
 * A cheap first look (no Unicode tables): a stand-in touching a letter inside a word ("s1ot", "c@sino"; not
 * "story 12"), or four single characters spaced out.
 */
const MAYBE_RESPELT =
  /[^\s\d.,:;/-][013457@$]|[013457@$][^\s\d.,:;/-]|(?:^|[ .-])[^ .-][ .-][^ .-][ .-][^ .-][ .-][^ .-](?:$|[ .-])/;
/** Four or more single letters in a row, spaced, dotted or hyphenated (ASCII text spared the Unicode tables). */
const SPELT_OUT = /(?<![\p{L}\p{N}])(?:\p{L}[ .·_*-]){3,}\p{L}(?![\p{L}\p{N}])/gu;
const SPELT_OUT_ASCII = /(?<![A-Za-z0-9])(?:[A-Za-z][ ._*-]){3,}[A-Za-z](?![A-Za-z0-9])/g;
const STAND_IN_CLASS = `[1${Object.keys(LOOKALIKES)
  .join("")
  .replace(/[\]\\^-]/g, "\\$&")}]`;
const STAND_INS = new RegExp(STAND_IN_CLASS, "g");
/** A word with letters and at least one stand-in among them (not a plain number, not a plain word). */
const MIXED = new RegExp(`^(?=.*\\p{L})(?=.*${STAND_IN_CLASS}).`, "u");
const MIXED_ASCII = new RegExp(`^(?=.*[a-z])(?=.*${STAND_IN_CLASS}).`);

/** Lower-cases and collapses a text so the vocabulary can match it; folds what only disguises letters. */
export function normaliseWords(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(/\s+/g, " ").trim();
  const t = text.normalize("NFKC").replace(FORMAT, "").toLowerCase();
  const folded = t.replace(/[\p{L}\p{N}]+/gu, (w) =>
    MIXED_SCRIPT.test(w) ? [...w].map((c) => CONFUSABLES[c] ?? c).join("") : w,
  );
  return folded.replace(/\s+/g, " ").trim();
}

/**
 * The respellings of a normalised text: spelt-out words joined, stand-ins read as letters (a "1" tried as both
 * "l" and "i"). Only words that mix letters with stand-ins are rewritten, so "Top 10 tips" stays as it is.
 * Empty when nothing changes.
 */
export function respellings(t: string): string[] {
  if (!MAYBE_RESPELT.test(t)) return [];
  const ascii = !NON_ASCII.test(t);
  const mixed = ascii ? MIXED_ASCII : MIXED;
  const joined = t.replace(ascii ? SPELT_OUT_ASCII : SPELT_OUT, (m) => m.replace(/[ .·_*-]/g, ""));
  const swap = (one: string) =>
    joined.replace(/\S+/g, (w) =>
      mixed.test(w) ? w.replace(STAND_INS, (c) => (c === "1" ? one : (LOOKALIKES[c] ?? c))) : w,
    );
  const variants = new Set([joined, swap("l"), swap("i")]);
  variants.delete(t);
  return [...variants];
}
