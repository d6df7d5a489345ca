/**
 * Which language an article is written in, as far as it matters here: the
 * engine reads attributions in English only, so a German, French or Arabic
 * article gets a plain word saying so instead of "no attributions found".
 *
 * The page's own `lang` says first; the text itself overrules it when it
 * clearly says otherwise (sites often declare "en" on every page): a count of
 * each language's commonest words, and the script the letters are in. Pure.
 */

/** The commonest short words of each language, none of them an English word too. */
const STOP_WORDS: Record<string, string> = {
  en: "the of and to is that for with was said are from have has were which would",
  de: "der die das und ist nicht mit sich auf dem den des sie ein eine wurde sagte",
  fr: "le les des et est une dans que pour qui sur pas avec sont du au",
  es: "el los las del que por una con para es al lo como más pero sus",
  pt: "os das dos que não uma com para por mais foi são ao pela pelo",
  it: "il della che gli per una sono con del non anche alla nel",
  nl: "het een van en niet zijn voor met dat op deze werd",
  id: "yang dan di dengan untuk dari ini itu dalam tidak akan pada",
  tr: "ve bir bu da için ile olarak olan gibi daha çok",
};

/** Scripts that are no English, by their letters, and the share of a text's letters that says it is written in one. */
const SCRIPTS: Array<[lang: string, letters: RegExp, share?: number]> = [
  ["ar", /[\u0600-\u06FF]/g],
  ["he", /[\u0590-\u05FF]/g],
  ["ru", /[\u0400-\u04FF]/g],
  ["el", /[\u0370-\u03FF]/g],
  // Kana before Han: Japanese is written with both.
  ["ja", /[\u3040-\u30FF]/g, 0.05],
  ["zh", /[\u4E00-\u9FFF]/g],
  ["ko", /[\uAC00-\uD7AF]/g],
  ["th", /[\u0E00-\u0E7F]/g],
  ["hi", /[\u0900-\u097F]/g],
];

const WORD_SETS = Object.entries(STOP_WORDS).map(([lang, words]) => [lang, new Set(words.split(" "))] as const);
/** Words looked at: enough to tell, little enough to stay cheap on a long page. */
const SAMPLE_WORDS = 400;
/** A text needs this many words before its own evidence overrules the page's `lang`. */
const MIN_WORDS = 40;

export interface ArticleLanguage {
  /** Primary language subtag ("en", "de"), "" when it cannot be told. */
  code: string;
  /** True when the engine can read it (English, or unknown). */
  readable: boolean;
}

/** The language the text's letters and commonest words point to, "" when they do not say. */
export function languageOfText(text: string): string {
  const sample = text.slice(0, 6000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  for (const [lang, re, share = 0.3] of SCRIPTS) {
    if ((sample.match(re)?.length ?? 0) > letters * share) return lang;
  }
  const words = sample
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .slice(0, SAMPLE_WORDS);
  if (words.length < MIN_WORDS) return "";
  let best = "";
  let bestCount = 0;
  for (const [lang, set] of WORD_SETS) {
    const count = words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0);
    if (count > bestCount) [best, bestCount] = [lang, count];
  }
  // A language's commonest words make up a good share of its running text (6 % is a safe floor); a few are chance.
  return bestCount >= words.length * 0.06 ? best : "";
}

/** The article's language from its declared `lang` (of the root or the page) and its text. */
export function articleLanguage(declared: string, text: string): ArticleLanguage {
  const stated = declared.toLowerCase().split(/[-_]/)[0];
  const seen = languageOfText(text);
  const code = seen || stated;
  return { code, readable: code === "" || code === "en" };
}
