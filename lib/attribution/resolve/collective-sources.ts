/**
 * Sources named by a count, a gathering or what they own rather than by who speaks: "Two of the diplomats", "a
 * group of young conservative lawmakers", "Shares of Harlow & Finch".
 */
import type { Token } from "../text/sentences";
import { COUNTING_WORDS } from "../words";
import type { SourceReading } from "./source-kind";

/** A number written in words, as a count opens a phrase ("Thirty-one of 47 economists", "Hundreds of traders"). */
const NUMBER_WORD =
  /^(?:hundreds|thousands|dozens|scores|millions|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)$/;

/** Words for people gathered, before "of" and who they are ("a group of residents"). */
const GATHERED = /^(?:group|handful|number|crowd|band|gathering|delegation)$/;

/** A stock's ticker after a company's name: "CRVN", "HBP". */
const TICKER = /^\p{Lu}{2,5}$/u;

const ANONYMOUS: SourceReading = { kind: "anonymous", name: null, role: null };

/**
 * The reading of a source phrase that counts, gathers or owns, or null when it does none of these; `read` reads the
 * phrase inside it (source-kind.ts's readSource).
 */
export function collectiveReading(
  tokens: Token[],
  words: Token[],
  text: string,
  read: (tokens: Token[], text: string) => SourceReading,
): SourceReading | null {
  if (words.length < 3) return null;
  // "Two of the diplomats", "One of them": the people counted, not the number.
  const first = words[0];
  if (
    words[1].lower === "of" &&
    (COUNTING_WORDS.has(first.lower) || /^\d+$/.test(first.text) || NUMBER_WORD.test(first.lower))
  ) {
    const counted = read(tokens.slice(tokens.indexOf(words[2])), text);
    return counted.kind === "person" ? ANONYMOUS : counted;
  }
  // ("Shares of Harlow & Finch fell … and cut its forecast, blaming …": a company's shares say nothing, the company
  // does; its name runs to its ticker, "Corvane Semiconductor Inc. CRVN".)
  if (/^(?:shares|stock)$/.test(first.lower) && /^(?:of|in)$/.test(words[1].lower) && words[2].cap) {
    let end = 3;
    while (end < words.length && !TICKER.test(words[end].text)) end++;
    const company = read(words.slice(2, end), text);
    if (company.kind === "organisation") return company;
  }
  // ("A group of young conservative lawmakers says", "a handful of residents": people gathered, no body.)
  const gathered = /^(?:a|one|another)$/.test(first.lower) && GATHERED.test(words[1].lower) && words[2].lower === "of";
  return gathered && words.length > 3 ? ANONYMOUS : null;
}
