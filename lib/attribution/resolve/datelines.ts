/**
 * A place in capitals opening an article ("KARACHI: The Sindh government on Friday imposed …", "PUNE: Three
 * persons …") or a tabloid's headline label ("TELLY CHEF IN SET STORM: Pals say …") is no speaker. A transcript
 * names its speakers in capitals too ("WALLACE: …"), but more than once and among others: a dateline is the
 * article's one colon label, opening a paragraph after the headline, near the start. (A place in mixed case, "Dubai:
 * Private sector employers …", is told from a speaker before it is read: cues/colon.ts.) Nor is a live blog's entry
 * heading, a label and a quotation on a line of their own.
 */
import type { Token } from "../text/sentences";
import type { Attribution } from "../types";
import { ALL_CAPS } from "./speakers";

/** The longest line read as a heading (characters). */
const HEADING_CHARS = 160;

/**
 * A line that is only a label and what follows it, with no sentence's end: a live blog's entry heading ("Hale: ‘This
 * is a budget for growth’", "Governor: ‘Stay where you are’") below the headline, which DESIGN.md does not count. A
 * transcript's or an article's colon ends its sentence ("WALLACE: Are you sure?", "She told the BBC: ‘It is over.’").
 */
export function withoutHeadingLabels(all: Attribution[], text: string): Attribution[] {
  return all.filter((a) => {
    if (!a.rule.startsWith("colon/")) return true;
    const from = text.lastIndexOf("\n", a.cue.start) + 1;
    // (The article's own headline is read as the rest of the article is: "Lynch: No outside influence on FBI probe".)
    if (from === 0) return true;
    const end = text.indexOf("\n", a.cue.end);
    const line = text.slice(from, end < 0 ? text.length : end).trim();
    return line.length > HEADING_CHARS || /[.!?…:;]["”’)\]]*$/.test(line);
  });
}

/** How far into the text a dateline may stand (characters): the headline and the first paragraph's start. */
const DATELINE_WITHIN = 400;
/** The most words a dateline or a headline's label runs to. */
const DATELINE_WORDS = 6;

export function withoutDateline(all: Attribution[], text: string): Attribution[] {
  const labels = all.filter((a) => a.rule === "colon/speaker");
  if (labels.length !== 1) return all;
  const [label] = labels;
  const name = label.source?.text ?? "";
  const from = label.source?.start ?? label.cue.start;
  const before = text.slice(0, from);
  const afterHeadline = /\n\s*$/.test(before) && /\S/.test(before);
  const dateline =
    afterHeadline &&
    label.cue.start <= DATELINE_WITHIN &&
    ALL_CAPS.test(name) &&
    name.split(/\s+/).length <= DATELINE_WORDS;
  return dateline ? all.filter((a) => a !== label) : all;
}

/**
 * A source phrase less a wire dateline before it ("BRUSSELS, Nov 12 (Reuters) - European Union ambassadors agreed …":
 * the ambassadors): the words after the agency's bracket and its dash.
 */
export function pastWireDateline(tokens: Token[], range: [number, number]): [number, number] {
  for (let k = range[1] - 1; k > range[0]; k--)
    if (/^[-–—]$/.test(tokens[k].text) && tokens[k - 1].text === ")") return [k + 1, range[1]];
  return range;
}
