/**
 * A story's opening sentence gives its source by role and a later paragraph by name ("A Kilkenny coroner has urged
 * …" … "coroner Hugh Brennock said"; "A senior consultant at the hospital has warned …" … "Dr Fionnuala Keaveney, a
 * consultant in emergency medicine, told …"): the lede describes the person the story goes on to name, and DESIGN.md
 * reads a role standing for a named person as on record. Only the text's opening (FindOptions.opening), and only a
 * person the role is given to right beside the name: not "The witness's mother, Ann Byrne", "Another senior official,
 * Maria Lopez" or "Fellow resident Tom Walsh", who are someone else.
 */
import { explainAttribution } from "../explain";
import type { Attribution } from "../types";

/** How far into the text the lede's source may stand (after a headline and a standfirst). */
const LEDE_CHARS = 600;
/** How far after the lede the person may be named: the next few paragraphs. */
const NAMED_WITHIN = 4000;
/** "A senior consultant at …", "A Kilkenny coroner": an indefinite description; its role, the word before "at". */
const DESCRIBED =
  /^(?:A|An|a|an)\s+(?:[\p{L}'’-]+\s+){0,4}?(\p{Ll}[\p{Ll}-]+)(?:\s+(?:at|from|in|of|for|with|on)\b|$)/u;
/** Two capitalised words or more: a person's full name. */
const FULL_NAME = /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u;
/** Words that make a role someone else's: "another official", "fellow resident". */
const OTHER = /^(?:another|other|fellow|second|third|former)$/i;

/** Whether `source` gives `role` to `name` right beside it: "coroner Hugh Brennock", "Keaveney, a consultant in …". */
function givenTheRole(source: string, name: string, role: string): boolean {
  const at = source.indexOf(name.split(" ")[0]);
  if (at < 0) return false;
  const before = source.slice(0, at).trim().split(/\s+/);
  // ("coroner Hugh Brennock", "Los Angeles County Superior Court Judge Renata Villalobos", "Dr Ann Ruiz": the role,
  // or a title after it, right before the name.)
  const word = (k: number) => (before[before.length - k] ?? "").toLowerCase();
  const right = word(1) === role || (word(2) === role && /^(?:dr|prof|mr|mrs|ms)\.?$/.test(word(1)));
  if (right) return !OTHER.test(word(word(1) === role ? 2 : 3));
  // ("Dr Fionnuala Keaveney, a consultant in emergency medicine": an appositive after it, the role its head.)
  // ("Eleanor Whitcombe, assistant coroner for West Harbridge": with no article too.)
  const after = /^[^,]*,\s+(?:(?:a|an|the)\s+)?((?:[\p{Ll}-]+\s+){0,3}?)(\p{Ll}[\p{Ll}-]+)\b/u.exec(source.slice(at));
  return !!after && after[2] === role && !after[1].split(/\s+/).some((w) => OTHER.test(w));
}

/** Gives the lede's unnamed source the name a later attribution gives the same role. */
export function ledeRoleNamedLater(all: Attribution[], text: string): void {
  const lede = all.find((a) => a.source);
  if (!lede?.source || lede.tier !== "anonymous" || lede.start > LEDE_CHARS) return;
  const role = DESCRIBED.exec(lede.source.text)?.[1];
  if (!role) return;
  const named = all.find(
    (b) =>
      b.start > lede.end &&
      b.start < lede.end + NAMED_WITHIN &&
      b.tier === "on-record" &&
      !!b.speaker &&
      FULL_NAME.test(b.speaker) &&
      !!b.source &&
      givenTheRole(b.source.text, b.speaker, role),
  );
  // (Or the role written right before a full name anywhere in the next paragraphs: "He told District Judge Maura
  // Ní Bhriain that …".)
  const speaker = named?.speaker ?? titledLater(text.slice(lede.end, lede.end + NAMED_WITHIN), role);
  if (!speaker) return;
  lede.tier = "on-record";
  lede.speaker = speaker;
  lede.explanation = explainAttribution(lede, false);
}

/** The first full name `stretch` writes right after `role` ("Judge Ong Hui Min"), not after "another" or "fellow". */
function titledLater(stretch: string, role: string): string | null {
  // (The role in lower case or capitalised as a title; the name's words capitalised.)
  const written = `[${role[0]}${role[0].toUpperCase()}]${role.slice(1)}`;
  const name = `\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){1,3}`;
  const titled = new RegExp(`(\\p{L}+\\s+)?\\b${written}\\s+(${name})`, "gu");
  for (const m of stretch.matchAll(titled)) if (!OTHER.test((m[1] ?? "").trim())) return m[2];
  return null;
}
