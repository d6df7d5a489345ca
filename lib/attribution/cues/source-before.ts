/**
 * The source written before a reporting verb: a noun phrase ("the senator said"), an appositive ("X, a spokesman for
 * Y, said"), an aside between dashes, a subject past a relative clause ("Two engineers who asked not to be named
 * said"), a document with its maker ("data compiled by Bloomberg show"), a document's publisher ("issued a statement
 * saying"), and the writer's own voice, which is none. The sources written after a verb are in speaker-after.ts.
 */
import { appositiveSource } from "../phrases/appositive";
import {
  byAt,
  documentMadeBy,
  documentOfContactClause,
  isBodyNoun,
  makerStart,
  nameEnd,
  readingParticiple,
} from "../phrases/maker";
import { nounPhraseLeft, nounPhraseRight } from "../phrases/noun-phrase";
import { isTimeWord } from "../phrases/time";
import { withoutContraction, wordBefore, type Token } from "../text/sentences";
import {
  ANONYMOUS_HEADS,
  AUTHOR_VOICES,
  CLOSE_QUOTES,
  DOCUMENT_HEADS,
  GENERIC_VOICES,
  MAKING_PARTICIPLES,
  NESTED_CLAIM_VERBS,
  OPEN_QUOTES,
  ORGANISATION_HEADS,
  OWN_REPORTERS,
  PARTICIPLE_CUES,
  PUBLISHED_THINGS,
  PUBLISHING_VERBS,
  speakerHead,
} from "../words";
import type { RawAttribution, SentenceScan } from "./raw";

/** Whether a short quotation ends at `end`, opened after a word ("as the "dispatcher-in-chief,""). */
function quotedNameBefore(tokens: Token[], end: number): boolean {
  for (let k = end - 1; k > 0 && k > end - 8; k--) {
    if (!OPEN_QUOTES.has(tokens[k].text)) continue;
    return !!tokens[k - 1]?.word;
  }
  return false;
}

/**
 * The source right before the verb group ending at `left`: a noun phrase ("the senator said") or an appositive
 * ("X, a spokesman for Y, said"). Sets it on `a`; says how it was found.
 */
export function sourceBefore(s: SentenceScan, a: RawAttribution, left: number, strong: boolean): string {
  const { tokens, used } = s;
  if (left < 0 || used[left]) return "subject";
  // ("Dana Whit, known in the industry as the "dispatcher-in-chief," has denied": the comma inside a short quotation
  // of a name, as American copy sets it, closes the appositive.)
  if (CLOSE_QUOTES.has(tokens[left].text) && tokens[left - 1]?.text === "," && quotedNameBefore(tokens, left - 1))
    left -= 1;
  if (tokens[left].text === ",") {
    const app = appositiveSource(tokens, left);
    // ("Of the dead, six are women, said Md Anisur Rahman", "Without checks, problems can persist, said Renee Ruiz": a
    // clause with its own verb and no "who" is no appositive; the speaker comes after the verb.)
    const between = app ? tokens.slice(app.head[1] + 1, left) : [];
    const clause =
      between.some((x) =>
        /^(?:is|are|was|were|can|could|will|would|may|might|must|should|has|have|had)$/.test(x.lower),
      ) &&
      !between.some(
        (x, k) =>
          /^(?:who|which|that|whose|whom|because|as|since|when|if|while|although|though)$/.test(x.lower) &&
          // ("such as sores": an example, no clause of its own.)
          !(x.lower === "as" && between[k - 1]?.lower === "such"),
      ) &&
      !!tokens[left + 2]?.cap;
    if (clause) return "subject";
    // "Podesta, who said the project was vetted, said …": the clause holds an attribution of its own, so this
    // one's source is the name alone. So does "Salceda, citing data from the State Department, said".
    const nested =
      app &&
      tokens
        .slice(app.head[1] + 1, left)
        .some((x, k) => used[app.head[1] + 1 + k] && (NESTED_CLAIM_VERBS.has(x.lower) || PARTICIPLE_CUES.has(x.lower)));
    // ("A drone operator fighting near Kalynove Pole, who asked not to be named, told": no phrase a preposition
    // opens is the speaker; the subject opening the sentence is.)
    const place = (k: number) => PLACE_PREPOSITIONS.test(tokens[k]?.lower ?? "");
    const placed = app && (place(app.source[0]) || place(app.source[0] - 1)) ? longRelativeSubject(s, left) : null;
    if (placed) a.source = placed;
    // (A weak verb's needs a name in it: "the Kordofan Civil Monitor, a network of volunteers, found", after an
    // opening phrase too.)
    else if (app && (strong || tokens.slice(app.head[0], app.head[1] + 1).some((t) => t.cap && !isTimeWord(t.lower)))) {
      a.source = nested ? app.head : app.source;
      a.appositive = nested ? null : app.head;
    } else if (!app) {
      const described = longRelativeSubject(s, left);
      if (described) a.source = described;
    }
    return "appositive";
  }
  // "Many speakers at the service — including Muslims and Jews — said": an aside between dashes, the source before.
  if (ASIDE_DASHES.has(tokens[left].text)) {
    const open = tokens.findLastIndex((x, k) => k < left && k > left - 30 && x.text === tokens[left].text);
    const head = open > 0 ? nounPhraseLeft(tokens, open - 1) : null;
    if (head && !used[head[1]]) {
      a.source = [head[0], left - 1];
      a.appositive = head;
    }
    return "appositive";
  }
  // "Two engineers who asked not to be named said": the subject, past a relative clause that describes it (and is
  // no more part of the source than an appositive is: DESIGN.md).
  const described = relativeClauseSubject(s, left);
  if (described) {
    a.source = described;
    return "relative";
  }
  a.source = nounPhraseLeft(tokens, left);
  // ("Workers here complain that …", "Residents there say …": people, then where they are, in one word.)
  const where = /^(?:here|there|locally)$/.test(tokens[left]?.lower ?? "") && left > 0;
  if (!a.source && where) {
    const people = nounPhraseLeft(tokens, left - 1);
    if (people && speakerHead(tokens[people[1]].lower)) a.source = [people[0], left];
  }
  // ("14:05 Health Secretary Wes Streeting says", "10.15am Downing Street has said": a live page's time is no part.)
  while (a.source && a.source[0] < a.source[1] && clockAt(tokens, a.source[0]) && tokens[a.source[0] + 1].cap)
    a.source = [a.source[0] + 1, a.source[1]];
  // "Fans outside the stadium said", "Patients admitted to the hospital said": people, then where they are.
  if (a.source) a.source = peopleBefore(tokens, a.source) ?? a.source;
  // "A survey the district sent to families in September found": the document, past its contact clause.
  const contact = a.source ? contactClauseBefore(tokens, a.source) : -1;
  if (contact >= 0 && a.source) a.source = [contact, a.source[1]];
  // "data compiled by Bloomberg show": the document with its maker, who speaks through it.
  if (a.source) a.source[1] = withMaker(tokens, a.source[1]);
  // "A survey of 1,150 voters by Castleford Insight shows": the document before its maker, which speaks.
  const document = a.source ? documentBeforeMaker(tokens, a.source[0]) : null;
  if (document && a.source) a.source = [document[0], a.source[1]];
  // "An audit report seen by our correspondent found": the document, past who saw it.
  const seen = a.source ? a.source[0] - 2 : -1;
  if (seen > 0 && tokens[seen + 1].lower === "by" && readingParticiple(tokens[seen].lower)) {
    const read = nounPhraseLeft(tokens, seen - 1);
    if (read) a.source = [read[0], a.source![1]];
  }
  if (a.source && a.source[0] < a.source[1]) {
    // Never reach back over an earlier attribution's words.
    for (let k = a.source[1]; k >= a.source[0]; k--)
      if (used[k]) {
        a.source = k < a.source[1] ? [k + 1, a.source[1]] : null;
        break;
      }
  }
  return "subject";
}

/**
 * The document made by the maker whose phrase starts at `from`, named before its "by"; or past up to two describing
 * words in lower case the phrase stopped at ("A report to the committee by planning officers said").
 */
function documentBeforeMaker(tokens: Token[], from: number): [number, number] | null {
  let maker = from;
  while (
    maker > 1 &&
    maker > from - 2 &&
    tokens[maker - 1].word &&
    !tokens[maker - 1].cap &&
    tokens[maker - 1].lower !== "by"
  )
    maker--;
  return documentMadeBy(tokens, from) ?? (maker < from ? documentMadeBy(tokens, maker) : null);
}

/** A clock's time at `k`: "10.15am", or the minutes of "14:05" after their colon ("13 Hours" is a film's title). */
const clockAt = (tokens: Token[], k: number) =>
  /^\d{1,2}[.:]\d{2}(?:am|pm)?$/i.test(tokens[k].text) ||
  (/^\d{2}$/.test(tokens[k].text) && tokens[k - 1]?.text === ":" && /^\d{1,2}$/.test(tokens[k - 2]?.text ?? ""));

/**
 * People placed before the phrase at `np`: "Fans outside [the stadium]", "Mothers waiting outside [the clinic]",
 * "Patients admitted to [the hospital]": the people, with where they are, are the source; or null.
 */
function peopleBefore(tokens: Token[], [from, to]: [number, number]): [number, number] | null {
  let k = from - 1;
  if (!PLACE_PREPOSITIONS.test(tokens[k]?.lower ?? "") && tokens[k]?.lower !== "to") return null;
  k--;
  if (tokens[k]?.word && !tokens[k].cap && /(?:ing|ed)$/.test(tokens[k].lower)) k--;
  const people = tokens[k];
  // (People by what they are or do, in the plural: "Fans", "Patients", "Mothers", "Shopkeepers".)
  const plural =
    ANONYMOUS_HEADS.has(people?.lower ?? "") || /(?:ers|ors|ents|ants|ists|ians)$/.test(people?.lower ?? "");
  if (!people?.word || !plural || !people.lower.endsWith("s")) return null;
  const np = nounPhraseLeft(tokens, k);
  return np ? [np[0], to] : null;
}

/** A clause's subject or its "be" after a relative "that": it is no subject relative ("that they", "that is"). */
const BE_OR_PRONOUN = /^(?:is|was|are|were|be|been|i|we|you|he|she|it|they|the|a|an|this|these|those)$/;

/** A participle that ends a clause ("commissioned", "has seen", "had obtained"). */
const CLAUSE_PARTICIPLE = /^(?:\p{Ll}+ed|seen|written|made|drawn|shown|given|taken|got|gotten|read)$/u;

/**
 * The noun phrase before a "who" clause that ends at `left`, right before the verb ("engineers [who asked not to
 * be named] said"), or null. The clause holds no cue of its own and no punctuation.
 */
function relativeClauseSubject(s: SentenceScan, left: number): [number, number] | null {
  const { tokens, used } = s;
  // "Voters who say": a "who" right before the verb is its subject, read elsewhere (tier.ts, relativeHead).
  for (let k = left - 1; k > 0 && k > left - 12; k--) {
    const t = tokens[k];
    if (!t.word || used[k]) return null;
    // ("Lawyers acting for owners in comparable disputes said": people, then a participle that describes them, opening
    // the sentence.)
    const participle =
      /ing$/.test(t.lower) &&
      !t.cap &&
      ANONYMOUS_HEADS.has(tokens[k - 1]?.lower ?? "") &&
      /(?:s|^people)$/.test(tokens[k - 1].lower);
    // ("The report that the council commissioned says", "Documents which Reuters has seen show": a document, then
    // a clause of who made or saw it.)
    // (The clause ends on its own verb, a participle: in "a note that Carson posted", "posted" is the verb read.)
    const documentClause =
      (t.lower === "that" || t.lower === "which") &&
      DOCUMENT_HEADS.has(tokens[k - 1]?.lower ?? "") &&
      left - k >= 2 &&
      !tokens[left].cap &&
      CLAUSE_PARTICIPLE.test(tokens[left].lower);
    // ("Several wealth managers that hold the fund told": "that" for people, as "who" is, its verb right after it; not
    // "leaders that Sanders said", nor "the hall of mirrors that is Trump World".)
    const people = tokens[k - 1]?.lower ?? "";
    const clauseVerb = tokens[k + 1];
    const peopleThat =
      t.lower === "that" &&
      /s$/.test(people) &&
      (ANONYMOUS_HEADS.has(people) || /(?:ers|ors|ists|ians)$/.test(people)) &&
      !!clauseVerb?.word &&
      !clauseVerb.cap &&
      !BE_OR_PRONOUN.test(clauseVerb.lower);
    // ("The charity which runs Eastholme Baths has warned": a body's "which", as a person's "who"; only a body
    // opening the sentence: "The man who runs the charity which owns the baths said" is the man.)
    const bodyWhich =
      t.lower === "which" &&
      ORGANISATION_HEADS.has(tokens[k - 1]?.lower ?? "") &&
      !!clauseVerb?.word &&
      !clauseVerb.cap &&
      k <= 3;
    if (t.lower !== "who" && !participle && !documentClause && !peopleThat && !bodyWhich) continue;
    const np = nounPhraseLeft(tokens, k - 1);
    // (The participle's phrase is the source's own words, as written: "Officials speaking on condition of anonymity";
    // one inside the sentence, "officials working at the plant", leaves the search to a "who" before it.)
    if (participle) {
      if (np && !wordBefore(tokens, np[0]) && !used[np[1]]) return [np[0], left];
      continue;
    }
    return np && !used[np[1]] && tokens[np[0]].word ? np : null;
  }
  return null;
}

/** Prepositions of place, which open no speaker's phrase ("near Kalynove Pole"). */
const PLACE_PREPOSITIONS = /^(?:near|in|at|from|outside|inside|around|across|along|on|off)$/;

/** How far back (tokens) a "who" clause closed by a comma before the verb is read. */
const RELATIVE_REACH = 40;

/**
 * The subject opening the sentence before a long "who" clause that a comma closes right before the verb ("A midwife
 * who has worked there for a decade, and who did not want to be named because she was not authorised to speak, said
 * …"), or null. The clause holds no attribution of its own.
 */
function longRelativeSubject(s: SentenceScan, comma: number): [number, number] | null {
  const { tokens, used } = s;
  for (let k = comma - 1; k > 0 && k > comma - RELATIVE_REACH; k--) {
    if (used[k]) return null;
    if (tokens[k].lower !== "who" || (tokens[k - 1].lower === "and" && tokens[k - 2]?.text === ",")) continue;
    const before = tokens[k - 1].text === "," ? k - 2 : k - 1;
    const np = nounPhraseLeft(tokens, before);
    const from = /^(?:but|and)$/.test(tokens[0].lower) ? 1 : 0;
    if (np && np[0] === from) return used[np[1]] ? null : np;
    return np ? describedOpening(tokens, from, np, used) : null;
  }
  return null;
}

/**
 * The noun phrase opening the sentence at `from`, through `np`, when an -ing word or a preposition of place ties `np`
 * to it ("A drone operator fighting near Kalynove Pole", "A shop owner near the bridge"), or null.
 */
function describedOpening(
  tokens: Token[],
  from: number,
  np: [number, number],
  used: ArrayLike<number | boolean>,
): [number, number] | null {
  const opening = nounPhraseRight(tokens, from);
  if (!opening || used[opening[0]] || used[np[1]]) return null;
  const between = tokens.slice(opening[0] + 1, np[0]);
  const ties = between.some((t) => t.word && !t.cap && /ing$/.test(t.lower));
  const joined = opening[1] >= np[0] - 1 || between.slice(opening[1] - opening[0]).every((t) => t.word);
  // ("A shop owner near the bridge, who asked that his name not be used,": or a preposition of place right after it.)
  const placed = opening[1] >= np[0] - 2 && PLACE_PREPOSITIONS.test(tokens[np[0] - 1]?.lower ?? "");
  return (ties || placed) && joined ? [opening[0], np[1]] : null;
}

/**
 * The writer's own voice ("I", "we", the outlet's own reporter: "our correspondent", "this reporter") and
 * everybody's or nobody's ("Nobody would deny", "everyone knows"): no source the article cites.
 */
export function authorVoice(words: Token[]): boolean {
  if (words.length === 0 || words.length > 2) return false;
  // "I'll admit", "I've asked": the writer's voice with its auxiliary.
  const w = words.length === 1 ? withoutContraction(words[0].lower) : `${words[0].lower} ${words[1].lower}`;
  if (AUTHOR_VOICES.has(w) || GENERIC_VOICES.has(w)) return true;
  return words.length === 2 && /^(our|this)$/.test(words[0].lower) && OWN_REPORTERS.has(words[1].lower);
}

/** Dashes that set an aside off inside a sentence, in pairs. */
const ASIDE_DASHES = new Set(["—", "―", "–", "-", "--"]);

/**
 * The end of a document's phrase once its maker is read with it: "compiled by Bloomberg", "released by the
 * Treasury", "published on Tuesday by the Bank of England" (a time between the participle and "by").
 */
function withMaker(tokens: Token[], end: number): number {
  const by = MAKING_PARTICIPLES.has(tokens[end + 1]?.lower ?? "") ? byAt(tokens, end + 2) : -1;
  if (by < 0) return end;
  const first = makerStart(tokens, by);
  const past = nameEnd(tokens, first);
  // ("Figures published by the council in April show": a body by its kind, for the speakers to find.)
  if (past === first && tokens[first] && isBodyNoun(tokens[first])) return first;
  return past > first ? past - 1 : end;
}

/**
 * Where a document is the object of publishing it ("issued a statement", "released a letter"), the token of the
 * publishing verb; else -1. Its subject, not the document, then speaks.
 */
export function publishedBy(tokens: Token[], [from, to]: [number, number]): number {
  if (!PUBLISHED_THINGS.has(tokens[to].lower) || to - from > 3) return -1;
  const verb = from - 1;
  return verb > 0 && tokens[verb].word && PUBLISHING_VERBS.has(tokens[verb].lower) ? verb : -1;
}

/** The most words between a contact clause's verb and the subject's noun ("sent [to families in] September"). */
const CONTACT_TAIL = 5;

/**
 * Where the document starts whose contact clause ends in or right before the subject `[s, e]` ("A survey the
 * district sent to families in September found": the words after "sent" are the clause's, not the subject), or -1.
 */
function contactClauseBefore(tokens: Token[], [s, e]: [number, number]): number {
  for (let v = e; v >= 0 && v >= s - CONTACT_TAIL; v--) {
    if (!tokens[v].word) return -1;
    const document = documentOfContactClause(tokens, v);
    if (document >= 0) return document;
  }
  return -1;
}
