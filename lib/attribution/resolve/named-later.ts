/**
 * A story's opening sentence gives its source by role and a later paragraph by name ("A Kilkenny coroner has urged
 * …" … "coroner Hugh Brennock said"; "A senior consultant at the hospital has warned …" … "Dr Fionnuala Keaveney, a
 * consultant in emergency medicine, told …"): the lede describes the person the story goes on to name, and DESIGN.md
 * reads a role standing for a named person as on record.
 */
import { explainAttribution } from "../explain";
import type { Attribution } from "../types";

/** How far into the text the lede's source may stand (after a headline and a standfirst). */
const LEDE_CHARS = 600;
/** How far after the lede the person may be named: the next few paragraphs. */
const NAMED_WITHIN = 4000;
/** "A senior consultant at …", "A Kilkenny coroner": an indefinite description; its role, the word before "at". */
const DESCRIBED = /^an?\s+((?:[\p{L}'’-]+\s+){0,4}?)(\p{Ll}[\p{Ll}-]+)(?:\s+(?:at|from|in|of|for|with|on)\b|$)/iu;

/** Two capitalised words or more: a person's full name. */
const FULL_NAME = /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u;

/** Gives the lede's unnamed source the name a later attribution gives the same role. */
export function ledeRoleNamedLater(all: Attribution[], text: string, article: string): void {
  // (Only the article's opening: a slice after the first is no lede.)
  if (text !== article && !article.startsWith(text)) return;
  const lede = all.find((a) => a.source);
  if (!lede?.source || lede.tier !== "anonymous" || lede.start > LEDE_CHARS) return;
  const role = DESCRIBED.exec(lede.source.text)?.[2]?.toLowerCase();
  if (!role) return;
  const word = new RegExp(`(?:^|[^\\p{L}])${role}(?:$|[^\\p{L}])`, "iu");
  const named = all.find(
    (b) =>
      b.start > lede.end &&
      b.start < lede.end + NAMED_WITHIN &&
      b.tier === "on-record" &&
      !!b.speaker &&
      FULL_NAME.test(b.speaker) &&
      !!b.source &&
      word.test(b.source.text),
  );
  if (!named) return;
  lede.tier = "on-record";
  lede.speaker = named.speaker;
  lede.explanation = explainAttribution(lede, false);
}
