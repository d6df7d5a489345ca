/**
 * Finds spam vocabulary in a piece of text (anchor text, or a URL turned into
 * words). Pure; the compiled index is built once on first use.
 */
import {
  BRAND_PATTERN,
  GAMBLING_HINT,
  GAMBLING_TLDS,
  GAMBLING_TOPIC,
  LUCKY_NUMBER_NAME,
  MIRROR_PATTERN,
  VOCABULARY,
  type Family,
} from "./vocabulary";
import { normaliseWords, respellings } from "./respell";
import { escapeRegExp } from "../escape-regexp";

export { normaliseWords } from "./respell";

export interface WordHit {
  family: Family;
  lang: string;
  /** The terms found, strong ones first, as written in the vocabulary. */
  terms: string[];
  /**
   * "strong": a strong term; "pair": two distinct weak terms, or one beside a booster; "single": one weak term
   * (a word news uses too) or two boosters, which prove nothing alone but corroborate other evidence.
   */
  level: "strong" | "pair" | "single";
  /** True when at least one term is strong. */
  strong: boolean;
}

const LEVEL_ORDER = { strong: 0, pair: 1, single: 2 } as const;

type Kind = "strong" | "weak" | "boosters";
const KINDS: readonly Kind[] = ["strong", "weak", "boosters"];

/** Scripts written without spaces between words (Thai, Chinese, Japanese, Korean): their terms match as substrings. */
const UNSPACED_CHARS = /[\u0E00-\u0E7F\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF]/;
const NON_ASCII = /[^\x00-\x7f]/;
/** Glued words at least this long are searched for multi-word strong terms written without spaces ("slotgacor"). */
const GLUED_MIN = 8;
/** Letters a glued term is looked up by, at each place in a long word. */
const GLUE_KEY = 4;

interface Entry {
  group: number;
  kind: Kind;
}

interface Index {
  /** Word n-gram ("slot gacor") → the groups and kinds it belongs to. */
  grams: Map<string, Entry[]>;
  /** First words of the multi-word terms: only these start a longer n-gram. */
  starts: Set<string>;
  /** Words in the longest term. */
  longest: number;
  /** Multi-word strong terms with their spaces taken out, by their first GLUE_KEY letters. */
  glued: Map<string, Array<{ group: number; term: string; joined: string }>>;
}

/** Terms in unspaced scripts, one regex per group and kind, matched against the text without spaces. */
type Unspaced = Array<{ group: number; kind: Kind; pattern: RegExp }>;

let index: Index | null = null;
/** Built on first need: only text in an unspaced script uses it. */
let unspacedIndex: Unspaced | null = null;

/**
 * Letters and digits between the rest. ASCII text (most links) splits on a
 * plain class: the Unicode one costs a millisecond to compile on first use.
 */
export const tokens = (text: string) =>
  (NON_ASCII.test(text) ? text.split(/[^\p{L}\p{N}]+/u) : text.split(/[^A-Za-z0-9]+/)).filter(Boolean);

/**
 * The words of a vocabulary term. Terms are written as `tokens` splits text, joined by single spaces (a unit
 * test holds them to it): a plain split, with no Unicode tables to compile on every page.
 */
export const termWords = (term: string) => term.split(" ");

/**
 * Built once: a hash of word n-grams, so a link's text is checked with a few
 * lookups per word instead of one regex per vocabulary group (2000 links must
 * take milliseconds).
 */
function buildIndex(): Index {
  const ix: Index = { grams: new Map(), starts: new Set(), glued: new Map(), longest: 1 };
  VOCABULARY.forEach((g, group) => {
    for (const kind of KINDS) {
      for (const term of g[kind]) {
        // Terms are written normalised as text is (vocabulary.test.ts holds them to it), so none is redone here.
        if (UNSPACED_CHARS.test(term)) continue;
        const words = termWords(term);
        if (words.length === 0) continue;
        if (words.length > 1) ix.starts.add(words[0]);
        ix.longest = Math.max(ix.longest, words.length);
        if (words.length > 1 && kind === "strong") {
          const joined = words.join("");
          const key = joined.slice(0, GLUE_KEY);
          ix.glued.set(key, [...(ix.glued.get(key) ?? []), { group, term, joined }]);
        }
        const key = words.join(" ");
        const entries = ix.grams.get(key);
        if (entries) entries.push({ group, kind });
        else ix.grams.set(key, [{ group, kind }]);
      }
    }
  });
  return ix;
}

function buildUnspaced(): Unspaced {
  const out: Unspaced = [];
  VOCABULARY.forEach((g, group) => {
    for (const kind of KINDS) {
      const terms = g[kind].filter((t) => UNSPACED_CHARS.test(t)).map((t) => escapeRegExp(t.replace(/\s+/g, "")));
      if (terms.length) out.push({ group, kind, pattern: new RegExp(terms.join("|"), "g") });
    }
  });
  return out;
}

/** A term found at [start, end) of one reading of the text (token or character offsets). */
interface Found {
  term: string;
  start: number;
  end: number;
}

type GroupFinds = Record<Kind, Found[]>;

/** Every vocabulary term in one reading of a text, by group. */
function findTerms(t: string, ix: Index, into: Map<number, GroupFinds>): void {
  const note = (group: number, kind: Kind, f: Found) => {
    let g = into.get(group);
    if (!g) into.set(group, (g = { strong: [], weak: [], boosters: [] }));
    g[kind].push(f);
  };
  const words = tokens(t);
  for (let i = 0; i < words.length; i++) {
    let gram = "";
    const last = ix.starts.has(words[i]) ? ix.longest : 1;
    for (let n = 0; n < last && i + n < words.length; n++) {
      gram = n ? `${gram} ${words[i + n]}` : words[i];
      for (const e of ix.grams.get(gram) ?? []) note(e.group, e.kind, { term: gram, start: i, end: i + n + 1 });
    }
    const w = words[i];
    if (w.length >= GLUED_MIN && !ix.grams.has(w)) {
      for (let at = 0; at + GLUE_KEY <= w.length; at++) {
        for (const g of ix.glued.get(w.slice(at, at + GLUE_KEY)) ?? []) {
          if (w.startsWith(g.joined, at)) note(g.group, "strong", { term: g.term, start: i, end: i + 1 });
        }
      }
    }
  }
  if (UNSPACED_CHARS.test(t)) {
    // Character offsets, past the end of the token offsets so that the two never overlap.
    const solid = t.replace(/\s+/g, "");
    const base = words.length + 1;
    unspacedIndex ??= buildUnspaced();
    for (const { group, kind, pattern } of unspacedIndex) {
      for (const m of solid.matchAll(pattern))
        note(group, kind, { term: m[0], start: base + m.index, end: base + m.index + m[0].length });
    }
  }
}

/** The longest finds that do not overlap: "judi" inside "judi online" is not a second term. */
function apart(finds: Found[]): Found[] {
  const chosen: Found[] = [];
  for (const f of [...finds].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (!chosen.some((c) => c.start < f.end && f.start < c.end)) chosen.push(f);
  }
  return chosen;
}

/**
 * Vocabulary groups present in the text, strongest first: a strong term, two distinct weak ones or a weak one
 * beside a booster, or a single weak one (which the judge weighs as the least of evidence).
 */
export const findSpamWords: (text: string) => readonly WordHit[] = remember(lookUpSpamWords);

/**
 * The words of a page's links come round again and again (menus, repeated teasers, a link's text looked at
 * first to pick the links worth a style read, then by the judge), and a rescan sees them all once more.
 */
const REMEMBER = 5000;

function lookUpSpamWords(text: string): WordHit[] {
  const plain = normaliseWords(text);
  if (!plain) return [];
  index ??= buildIndex();
  const terms = new Map<number, Record<Kind, Set<string>>>();
  // Each reading apart, so that no term spans the seam between the text and its respelling.
  for (const reading of [plain, ...respellings(plain)]) {
    const finds = new Map<number, GroupFinds>();
    findTerms(reading, index, finds);
    for (const [group, f] of finds) {
      const weak = apart(f.weak);
      const boosters = apart(f.boosters).filter((b) => !weak.some((w) => w.start < b.end && b.start < w.end));
      let t = terms.get(group);
      if (!t) terms.set(group, (t = { strong: new Set(), weak: new Set(), boosters: new Set() }));
      for (const x of f.strong) t.strong.add(x.term);
      for (const x of weak) t.weak.add(x.term);
      for (const x of boosters) t.boosters.add(x.term);
    }
  }
  const hits: WordHit[] = [];
  for (const [group, t] of terms) {
    const strong = [...t.strong];
    const weak = [...t.weak].filter((w) => !strong.some((s) => s.includes(w)));
    const boosters = [...t.boosters];
    // Promotional words alone ("agen … terpercaya") say only which language's spam a brand name is dressed in.
    if (strong.length === 0 && weak.length === 0 && boosters.length < 2) continue;
    const level = strong.length
      ? "strong"
      : weak.length >= 2 || (weak.length === 1 && boosters.length > 0)
        ? "pair"
        : "single";
    const g = VOCABULARY[group];
    hits.push({
      family: g.family,
      lang: g.lang,
      terms: [...strong, ...weak, ...boosters],
      level,
      strong: level === "strong",
    });
  }
  return hits.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
}

/** Remembers a text's answer: link texts repeat, and each is asked about by the candidate check and the judge. */
function remember<T>(fn: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let v = seen.get(text);
    if (v === undefined && !seen.has(text)) {
      if (seen.size >= REMEMBER) seen.clear();
      seen.set(text, (v = fn(text)));
    }
    return v as T;
  };
}

/** Turns a host and path into words: "slot-gacor.go.id/rtp_live" → "slot gacor go id rtp live". */
export const urlWords = (host: string, path: string): string => addressWords(`${host} ${path}`);
const addressWords = remember((address: string) => normaliseWords(address.replace(/[-_/.+=?&#%:~,;@]+/g, " ")));

/** The gambling-only top-level domain a host is under ("casino" for "luckyspin.casino"), or null. */
export function gamblingDomain(host: string): string | null {
  const tld = host.slice(host.lastIndexOf(".") + 1).toLowerCase();
  return GAMBLING_TLDS.has(tld) ? tld : null;
}

export interface BrandHit {
  brand: string;
  /** A gambling stem and a lucky number, or a mirror's name; otherwise only a made-up word and a lucky number. */
  sure: boolean;
  /** A rotating mirror's name ("dewabet giriş"): a brand of any country's networks, not only Indonesia's. */
  mirror: boolean;
}

/** A gambling network's brand in the text ("hoki88", "markas303", "dewabet giriş"), or null. */
export const findBrand = remember(lookUpBrand);

const MIRROR_HINT = /giriş|alternatif|зеркало|mirror/;

function lookUpBrand(text: string): BrandHit | null {
  const t = normaliseWords(text);
  // A brand ends in a lucky number and a mirror in its word for "mirror": most texts have neither.
  const lucky = /\d/.test(t);
  if (!lucky && !MIRROR_HINT.test(t)) return null;
  const stem = lucky ? BRAND_PATTERN.exec(t)?.[1] : undefined;
  if (stem) return { brand: stem, sure: true, mirror: false };
  const mirror = MIRROR_PATTERN.exec(t)?.[1];
  if (mirror) return { brand: mirror, sure: true, mirror: true };
  const maybe = lucky ? LUCKY_NUMBER_NAME.exec(t)?.[1] : undefined;
  return maybe ? { brand: maybe, sure: false, mirror: false } : null;
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
