/**
 * "The authors write", "the researchers found", "They also write": a study's authors, whom news names by the one who
 * led it ("lead author Dr Miriam Achterberg", "Amara Nkemelu, … who led the research"). They speak on record, by
 * that name (DESIGN.md: a role that refers to a named person is on record).
 */

/** A study's authors as a source: "the authors", "its authors", "the study's authors", "the researchers". */
export const STUDY_GROUP =
  /^(?:the|its|their|the study['’]s|the paper['’]s|the study|the paper)\s+(?:authors|researchers|scientists|team|research team)$/i;

/** How far back (characters) the study's lead is looked for: the article it is reported in. */
const AUTHOR_REACH = 6000;

const NAME = "(\\p{Lu}[\\p{L}'’-]+(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’-]+){1,2})";
const HONORIFIC = "(?:(?:Dr|Prof|Professor)\\.?[^\\S\\n]+)?";
/**
 * "lead author Dr X", "the lead author, X", "X, the study's lead author", "X, …, who led the research", "a team led
 * by X", "The work was led by Dr X".
 */
const LEAD = new RegExp(
  [
    `\\b(?:lead|senior|first|corresponding) (?:author|researcher|investigator),?[^\\S\\n]+${HONORIFIC}${NAME}`,
    `\\bprincipal investigator,?[^\\S\\n]+${HONORIFIC}${NAME}`,
    `${HONORIFIC}${NAME},[^.]{0,60}?\\b(?:lead|senior|first) author\\b`,
    `${HONORIFIC}${NAME},[^.]{0,140}?\\bwho led the (?:study|research|work|team|trial|analysis|project|survey)\\b`,
    `\\b(?:study|research|work|team|trial|analysis|project|survey) (?:was )?led by ${HONORIFIC}${NAME}`,
  ].join("|"),
  "gu",
);

/** The study's lead named last before `at`, or null. */
export function leadAuthorBefore(text: string, at: number): string | null {
  let last: string | null = null;
  for (const m of text.slice(Math.max(0, at - AUTHOR_REACH), at).matchAll(LEAD))
    last = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
  return last;
}
