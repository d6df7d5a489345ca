/**
 * Finds spam vocabulary in a piece of text (anchor text, or a URL turned into
 * words). Pure; the compiled patterns are built once on first use.
 */
import { BRAND_PATTERN, GAMBLING_HINT, GAMBLING_TLDS, GAMBLING_TOPIC, LOOKALIKES, VOCABULARY, type Family } from "./vocabulary";

export interface WordHit {
  family: Family;
  lang: string;
  /** The terms found, strong ones first, as written in the vocabulary. */
  terms: string[];
  /** True when at least one term is strong. */
  strong: boolean;
}

/** Scripts written without spaces between words: matched as substrings. */
const UNSPACED = new Set(["th", "zh"]);
const UNSPACED_CHARS = /[\u0E00-\u0E7F\u3400-\u9FFF\uF900-\uFAFF]/;
const MAX_GRAM = 4;
const NON_ASCII = /[^\x00-\x7f]/;

interface Entry {
  group: number;
  strong: boolean;
}

interface Index {
  /** Word n-gram ("slot gacor") → the groups it belongs to. */
  grams: Map<string, Entry[]>;
  /** First words of the multi-word terms: only these start a longer n-gram. */
  starts: Set<string>;
}

/** Groups of unspaced scripts, matched by one regex each. */
type Unspaced = Array<{ group: number; strong: RegExp; weak: RegExp | null }>;

let index: Index | null = null;
let unspacedIndex: Unspaced | null = null;

/**
 * Letters and digits between the rest. ASCII text (most links) splits on a
 * plain class: the Unicode one costs a millisecond to compile on first use.
 */
export const tokens = (text: string) =>
  (NON_ASCII.test(text) ? text.split(/[^\p{L}\p{N}]+/u) : text.split(/[^A-Za-z0-9]+/)).filter(Boolean);

/** The words of a vocabulary term, which joins them by spaces or hyphens (a unit test holds this to `tokens`). */
export const termWords = (term: string) => term.replaceAll("-", " ").split(" ");

const alternation = (list: string) => new RegExp(list.split("|").map((t) => t.replace(/[.*+?^${}()[\]\\]/g, "\\$&")).join("|"), "g");
const termsOf = (list: string) => list.split("|").filter(Boolean);

/**
 * Built once: a hash of word n-grams, so a link's text is checked with a few
 * lookups per word instead of one regex per vocabulary group (2000 links must
 * take milliseconds).
 */
function buildIndex(): Index {
  const grams = new Map<string, Entry[]>();
  const starts = new Set<string>();
  VOCABULARY.forEach((g, group) => {
    if (UNSPACED.has(g.lang)) return;
    for (const [list, strong] of [[g.strong, true], [g.weak, false]] as const) {
      for (const term of termsOf(list)) {
        const words = termWords(term);
        if (words.length > 1) starts.add(words[0]);
        const key = words.join(" ");
        const entries = grams.get(key);
        if (entries) entries.push({ group, strong });
        else grams.set(key, [{ group, strong }]);
      }
    }
  });
  return { grams, starts };
}

/** Built on first need: only text in an unspaced script (Thai, Chinese) uses these. */
function buildUnspaced(): Unspaced {
  const unspaced: Unspaced = [];
  VOCABULARY.forEach((g, group) => {
    if (UNSPACED.has(g.lang)) unspaced.push({ group, strong: alternation(g.strong), weak: g.weak ? alternation(g.weak) : null });
  });
  return unspaced;
}

/** Lower-cases and collapses a text so the vocabulary can match it. */
export function normaliseWords(text: string): string {
  // NFC only matters for non-ASCII (Vietnamese diacritics); skip it for the rest.
  const t = NON_ASCII.test(text) ? text.normalize("NFC") : text;
  return t.toLowerCase().replace(/\s+/g, " ").trim();
}

/** Turns a host and path into words: "slot-gacor.go.id/rtp_live" → "slot gacor go id rtp live". */
export function urlWords(host: string, path: string): string {
  return normaliseWords(`${host} ${path}`.replace(/[-_/.+=?&#%:~,;@]+/g, " "));
}

/**
 * Vocabulary groups present in the text. A group counts when it has a strong
 * term, or two distinct weak ones (one ordinary word proves nothing).
 */
export function findSpamWords(text: string): readonly WordHit[] {
  let hits = remembered.get(text);
  if (!hits) {
    if (remembered.size >= REMEMBER) remembered.clear();
    remembered.set(text, (hits = lookUpSpamWords(text)));
  }
  return hits;
}

/**
 * The words of a page's links come round again and again (menus, repeated teasers, a link's text looked at
 * first to pick the links worth a style read, then by the judge), and a rescan sees them all once more.
 */
const remembered = new Map<string, readonly WordHit[]>();
const REMEMBER = 5000;

/** A cheap first look (no Unicode tables): a stand-in character, or four single characters spaced out. */
const MAYBE_RESPELT = /[013457@$]|(?:^|[ .-])[^ .-][ .-][^ .-][ .-][^ .-][ .-][^ .-](?:$|[ .-])/;
/** Four or more single letters in a row, spaced, dotted or hyphenated. */
const SPELT_OUT = /(?<![\p{L}\p{N}])(?:\p{L}[ .-]){3,}\p{L}(?![\p{L}\p{N}])/gu;
const STAND_IN_CLASS = `[1${Object.keys(LOOKALIKES).join("").replace(/[\]\\^-]/g, "\\$&")}]`;
const STAND_INS = new RegExp(STAND_IN_CLASS, "g");
/** A word with letters and at least one stand-in among them (not a plain number, not a plain word). */
const MIXED = new RegExp(`^(?=.*\\p{L})(?=.*${STAND_IN_CLASS}).`, "u");


/**
 * The text as spammers mean it to be read: digits and symbols standing for letters ("s1ot g4cor", "c@sino",
 * "v1agra": a "1" is tried as both "l" and "i") and words spelt out letter by letter ("c a s i n o"). Only
 * words that mix letters with stand-ins are rewritten, so "Top 10 tips" stays as it is. "" when nothing changes.
 */
export function respelt(t: string): string {
  if (!MAYBE_RESPELT.test(t)) return "";
  const joined = t.replace(SPELT_OUT, (m) => m.replace(/[ .-]/g, ""));
  const swap = (one: string) => joined.replace(/\S+/g, (w) =>
    MIXED.test(w) ? w.replace(STAND_INS, (c) => (c === "1" ? one : LOOKALIKES[c] ?? c)) : w);
  const variants = new Set([swap("l"), swap("i")]);
  variants.delete(t);
  return [...variants].join(" ");
}

/** Strong terms of several words, written without spaces: found inside a glued word ("slotgacor", "judionline"). */
let glued: Array<{ group: number; term: string; joined: string }> | null = null;
function gluedTerms() {
  return (glued ??= VOCABULARY.flatMap((g, group) => UNSPACED.has(g.lang) ? [] :
    termsOf(g.strong).filter((t) => /[ -]/.test(t)).map((term) => ({ group, term, joined: termWords(term).join("") }))));
}
const GLUED_MIN = 8;

function lookUpSpamWords(text: string): WordHit[] {
  const plain = normaliseWords(text);
  if (!plain) return [];
  const variant = respelt(plain);
  const t = variant ? `${plain} ${variant}` : plain;
  index ??= buildIndex();
  const found = new Map<number, { strong: Set<string>; weak: Set<string> }>();
  const note = (group: number, strong: boolean, term: string) => {
    const f = found.get(group) ?? { strong: new Set<string>(), weak: new Set<string>() };
    found.set(group, f);
    (strong ? f.strong : f.weak).add(term);
  };
  // The text and its respellings apart, so that no n-gram spans the seam between them.
  for (const words of variant ? [tokens(plain), tokens(variant)] : [tokens(plain)]) {
    for (let i = 0; i < words.length; i++) {
      let gram = "";
      const last = index.starts.has(words[i]) ? MAX_GRAM : 1;
      for (let n = 0; n < last && i + n < words.length; n++) {
        gram = n ? `${gram} ${words[i + n]}` : words[i];
        for (const e of index.grams.get(gram) ?? []) note(e.group, e.strong, gram);
      }
    }
    for (const w of words) {
      if (w.length < GLUED_MIN || index.grams.has(w)) continue;
      for (const g of gluedTerms()) if (w.includes(g.joined)) note(g.group, true, g.term);
    }
  }
  if (UNSPACED_CHARS.test(t)) {
    unspacedIndex ??= buildUnspaced();
    for (const { group, strong, weak } of unspacedIndex) {
      for (const m of t.matchAll(strong)) note(group, true, m[0]);
      if (weak) for (const m of t.matchAll(weak)) note(group, false, m[0]);
    }
  }
  const hits: WordHit[] = [];
  for (const [group, f] of found) {
    const s = [...f.strong];
    const w = [...f.weak].filter((x) => !s.some((y) => y.includes(x)));
    const g = VOCABULARY[group];
    if (s.length || w.length >= 2) hits.push({ family: g.family, lang: g.lang, terms: [...s, ...w], strong: s.length > 0 });
  }
  return hits.sort((a, b) => Number(b.strong) - Number(a.strong));
}

/** The gambling-only top-level domain a host is under ("casino" for "luckyspin.casino"), or null. */
export function gamblingDomain(host: string): string | null {
  const tld = host.slice(host.lastIndexOf(".") + 1).toLowerCase();
  return GAMBLING_TLDS.has(tld) ? tld : null;
}

/** A gambling-network brand name ("markas303", "hoki88") in the text, or null. */
export function findBrand(text: string): string | null {
  return BRAND_PATTERN.exec(normaliseWords(text))?.[1] ?? null;
}

/**
 * True when a page's own words are about gambling (a report on regulation,
 * an operator, a court case): then gambling words in its links prove nothing.
 * The headline alone decides, or several mentions in the prose.
 */
export function isAboutGambling(headline: string, prose: string): boolean {
  const count = (s: string) => {
    const head = s.slice(0, 20000);
    return GAMBLING_HINT.test(head) ? Array.from(head.matchAll(GAMBLING_TOPIC)).length : 0;
  };
  return count(headline) > 0 || count(prose) >= 4;
}
