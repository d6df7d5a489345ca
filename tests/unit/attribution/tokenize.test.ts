// @vitest-environment node
/**
 * The hand-written tokeniser against the regular expression it replaces (kept
 * here as the reference): the same tokens, offsets and flags on English,
 * other scripts, emoji, abbreviations and broken input.
 */
import { describe, expect, it } from "vitest";
import { sentencesAround, splitSentences, tokenize, type Token } from "../../../lib/attribution/text/sentences";
import { ABBREVIATIONS } from "../../../lib/attribution/words";

// Two apostrophes are one token: wire copy writes a double quotation mark that way (''…'').
const REFERENCE = /([\p{L}\p{N}]+(?:['’.\-&][\p{L}\p{N}]+)*\.?)|''|[^\s\p{L}\p{N}]/gu;

/** The reference tokens, with the same rule for trailing full stops (kept on abbreviations and "U.S."). */
function reference(text: string): Array<Pick<Token, "start" | "end" | "text" | "word">> {
  const out: Array<Pick<Token, "start" | "end" | "text" | "word">> = [];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
    let t = m[0];
    const word = m[1] !== undefined;
    if (
      word &&
      t.length > 1 &&
      t.endsWith(".") &&
      !ABBREVIATIONS.has(t.slice(0, -1).toLowerCase()) &&
      !/\.\p{L}\.$/u.test(t)
    ) {
      t = t.slice(0, -1);
      REFERENCE.lastIndex -= 1;
    }
    out.push({ start: m.index, end: m.index + t.length, text: t, word });
  }
  return out;
}

const SAMPLES = [
  "Former TTP commander Ehsanullah Ehsan has told The Sunday Guardian that “it is over.”",
  "Mr. Smith, of the U.S. Army, said: 'We're done' — reportedly.",
  "Die Regierung sagte, dass die Lage „ernst“ sei. Ça m’étonne, dit-il.",
  "Правительство заявило, что ситуация серьёзная. Он сказал: «Нет».",
  "政府表示，局势严重。他说：“不。” 報道によると、これは事実だ。",
  "الحكومة قالت إن الوضع خطير. सरकार ने कहा कि स्थिति गंभीर है।",
  "Emoji 👍🏽 and 𝐁𝐨𝐥𝐝 letters, AT&T, rock-'n'-roll, 3.5% of ½ the ¼ ² votes.",
  "Lone surrogate \ud800 here, NBSP\u00a0and\u2009thin space, tab\tand\nnewline…",
  "...---'''&&& ’’ . .. U.S. e.g. i.e. a.m. No. 5 St. Louis",
  "",
  "''Voters are dubious,'' said Newt Gingrich. It's 'fine'.",
];

describe("tokenize", () => {
  it.each(SAMPLES)("matches the reference on %j", (text) => {
    const got = tokenize(text, 0, text.length).map(({ start, end, text: t, word }) => ({ start, end, text: t, word }));
    expect(got).toEqual(reference(text));
  });

  it("stops at the end given, and keeps offsets into the whole text", () => {
    const text = "One two three. Four five.";
    const toks = tokenize(text, 4, 13);
    expect(toks.map((t) => t.text)).toEqual(["two", "three"]);
    expect(toks[0].start).toBe(4);
  });

  it("flags capitalised words and folds the curly apostrophe in the lower-case form", () => {
    const [a, b] = tokenize("Ehsan’s ÉCOLE", 0, 13);
    expect(a).toMatchObject({ lower: "ehsan's", cap: true, word: true });
    expect(b).toMatchObject({ lower: "école", cap: true });
  });
});

describe("a lost space between sentences", () => {
  it("splits “said.Trump” into two sentences and its words", () => {
    const text = "“We have control,” Trump said.Trump claimed he knew. See example.com and the U.S. Army.";
    const words = tokenize(text, 0, text.length).map((t) => t.text);
    expect(words).toEqual(expect.arrayContaining(["said", ".", "Trump", "example.com", "U.S."]));
    expect(splitSentences(text).map(([s, e]) => text.slice(s, e).trim())).toEqual([
      "“We have control,” Trump said.",
      "Trump claimed he knew.",
      "See example.com and the U.S. Army.",
    ]);
  });
});

describe("sentencesAround", () => {
  it("gives each span its sentence, or the sentences it runs over", () => {
    const text = "First one here. The minister said it was over.  Then “A. B.” she said.\nLast.";
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    expect(sentencesAround(text, [at("minister said"), at("A. B.” she said"), at("Last")])).toEqual([
      "The minister said it was over.",
      "Then “A. B.” she said.",
      "Last.",
    ]);
  });
});
