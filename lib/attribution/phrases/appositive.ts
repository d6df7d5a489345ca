/** Sources described between commas: "X, a spokesman for Y, said", "X, who chairs Z, said". */
import { allCapitals } from "../text/headline";
import { commaInBodyName, nounPhraseLeft } from "./noun-phrase";
import { documentEnds, documentMadeBy } from "./maker";
import { isMonthShort, timePhraseLeft, withoutTimeTail } from "./time";
import { type Token } from "../text/sentences";
import {
  ASIDE_OPENERS,
  CLOSE_QUOTES,
  CONJUNCTIONS,
  DETERMINERS,
  DOCUMENT_HEADS,
  MONTHS,
  NP_PUNCT,
  OPENING_ADVERBS,
  ORIGIN,
  PREPOSITIONS,
  SUBORDINATORS,
  RELATIVES,
  STRONG_VERBS,
  WEAK_VERBS,
  WEEKDAYS,
} from "../words";

/**
 * A sentence-internal appositive source: "X, a spokesman for Y, said".
 * `comma` is the index of the comma right before the verb group.
 */
export function appositiveSource(
  tokens: Token[],
  comma: number,
): { source: [number, number]; head: [number, number] } | null {
  const found = appositiveOf(tokens, comma);
  // "KUALA LUMPUR, July 14 — …, says": a place in capitals opening the sentence is a dateline, not a name ("UNHCR,
  // the UN refugee agency, said": a description after the comma makes it one).
  const described = !!found && DETERMINERS.has(tokens[found.head[1] + 2]?.lower ?? "");
  // ("SABH, in a statement, said", "PKR, however, insists": letters a preposition or an aside's word follows are a
  // body's, no dateline.)
  const next = tokens[(found?.head[1] ?? 0) + 2]?.lower ?? "";
  const aside = PREPOSITIONS.has(next) || ASIDE_OPENERS.has(next);
  const dateline =
    found?.head[0] === 0 &&
    !described &&
    !aside &&
    tokens.slice(0, found.head[1] + 1).every((t) => t.word && allCapitals(t.text));
  return dateline ? null : found;
}

/**
 * The phrase ending at `end` before a name's comma, and a post's field with it: "The cabinet member for housing, Cllr
 * Dan Booth,", "The minister of state for schools, X,": the phrase runs back over "for" or "of" to the post in lower
 * case, when its determiner opens it.
 */
function withPostsField(tokens: Token[], end: number): [number, number] | null {
  const np = nounPhraseLeft(tokens, end);
  const field = np ?? (tokens[end]?.word && !tokens[end].cap ? ([end, end] as [number, number]) : null);
  if (!field || !/^(?:for|of)$/.test(tokens[field[0] - 1]?.lower ?? "") || tokens[field[0]].cap) return np;
  const post = tokens[field[0] - 2];
  if (!post?.word || post.cap || DOCUMENT_HEADS.has(post.lower)) return np;
  const whole = nounPhraseLeft(tokens, field[0] - 2);
  return whole && DETERMINERS.has(tokens[whole[0]].lower) ? [whole[0], field[1]] : np;
}

/** "a copy of which", "copies of which", "some of whom" opening a clause at `k`. */
const ofWhich = (tokens: Token[], k: number) =>
  tokens.slice(k, k + 4).some((t, j, near) => t.lower === "of" && /^(which|whom)$/.test(near[j + 1]?.lower ?? ""));

function appositiveOf(tokens: Token[], comma: number): { source: [number, number]; head: [number, number] } | null {
  const signed = signedStatement(tokens, comma);
  if (signed) return signed;
  const dated = datedClause(tokens, comma);
  if (dated) return dated;
  // "The senator, in an interview, praised", "The prime minister, while addressing a rally, said": an aside between
  // commas, not a description; the subject is before it.
  let open = comma - 1;
  while (
    open > 0 &&
    comma - open < 12 &&
    tokens[open].text !== "," &&
    (tokens[open].word || NP_PUNCT.has(tokens[open].text))
  )
    open--;
  const aside = tokens[open + 1];
  if (
    open > 0 &&
    tokens[open].text === "," &&
    aside?.word &&
    !aside.cap &&
    (PREPOSITIONS.has(aside.lower) || ASIDE_OPENERS.has(aside.lower))
  ) {
    // ("The minister on Friday, however, said": the day is no part of the minister.)
    const np = nounPhraseLeft(tokens, open - 1);
    const head = np && withoutTimeTail(tokens, np);
    // (A comma before it may close an opening phrase: "In a statement read to the court, PC Daniel Royce, of …,".)
    if (head && (tokens[head[0] - 1]?.text !== "," || openedAfter(tokens, head[0]))) return { source: head, head };
    // ("The Omanhene of the area, Nana Attakora III, however, accused": after an appositive, a one-word aside is read
    // as if the verb came next. A longer one may follow an opening phrase: "Outside the campaign, many Democrats,
    // while still confident, are warning".)
    const described = head && open === comma - 2 && appositiveOf(tokens, open);
    if (described) return described;
  }
  const inner = wholeDescription(tokens, nounPhraseLeft(tokens, comma - 1));
  // ("A memo dated Nov. 14, 2022, warned": a date's year, no description; the document before "dated" speaks.)
  if (
    inner &&
    inner[0] === inner[1] &&
    /^\d{4}$/.test(tokens[inner[0]].text) &&
    /^\d{1,2}$/.test(tokens[inner[0] - 2]?.text ?? "")
  ) {
    const dated = tokens.findLastIndex((t, k) => k < inner[0] && k > inner[0] - 8 && t.lower === "dated");
    const np = dated > 0 ? nounPhraseLeft(tokens, tokens[dated - 1].text === "," ? dated - 2 : dated - 1) : null;
    return np ? { source: [np[0], comma - 1], head: np } : null;
  }
  // ("…, a specialist at Carrow Medical Center in Halbrook, Colorado, said": a place and its region are one place.)
  // ("…, a planner in Tacoma Ridge, Washington, says": a place of two or three words after "in"; "from Sen. Lindsey
  // Graham, R-S.C.," is a person's.)
  let place = inner ? inner[0] - 2 : -1;
  while (place > 0 && place > (inner?.[0] ?? 0) - 5 && tokens[place - 1]?.cap) place--;
  const placeOpener = tokens[place - 1]?.lower ?? "";
  const region =
    inner &&
    inner[0] === inner[1] &&
    tokens[inner[0]].cap &&
    tokens[inner[0] - 2]?.cap &&
    (place === inner[0] - 2 ? PREPOSITIONS.has(placeOpener) : /^(?:in|near|outside)$/.test(placeOpener));
  if (inner && !region && tokens[inner[0] - 1]?.text === ",") {
    const head = withPostsField(tokens, inner[0] - 2);
    // A comma before that head too: the description runs on ("X, editor of Y, a weekly paper, wrote").
    // So does an address ("Gareth Pennock, 41, of Mirfield Terrace, Ashby Moor, denies"): the name opens it.
    const runsOn = head && (tokens[head[0] - 1]?.text === "," || ORIGIN.has(tokens[head[0] - 1]?.lower ?? ""));
    const longer = runsOn ? openingNameWithDescription(tokens, comma) : null;
    if (longer) return longer;
    // ("An analysis by the Aldgate Institute, a health think tank,": the document its maker made speaks.)
    const document = head ? documentMadeBy(tokens, head[0]) : null;
    if (head && document) return { source: [document[0], inner[1]], head: [document[0], head[1]] };
    if (head) {
      // ("Guo Meifang, who runs a factory in Shunhe, an industrial town, said": the town describes what the clause
      // names; the name opening the clause speaks.)
      const inClause = tokens
        .slice(Math.max(0, head[0] - 20), head[0])
        .some((t, k, before) => RELATIVES.has(t.lower) && t.lower !== "that" && before[k - 1]?.text === ",");
      return inClause ? named({ source: [head[0], inner[1]], head }) : { source: [head[0], inner[1]], head };
    }
  }
  // "X, who wrote the bill, said" / "X, speaking on condition of anonymity, said", and chains of them:
  // "Ms. Arnold, who helped found EDGE, an environmental group based in Philadelphia, said".
  let found: { source: [number, number]; head: [number, number] } | null = null;
  for (let k = comma - 2; k >= 1 && k > comma - 30; k--) {
    // (Not a comma listing a body's parts: "the Ministry of Trade, Industry and Resources, who …".)
    if (tokens[k].text !== "," || commaInBodyName(tokens, k)) continue;
    const first = tokens[k + 1];
    // "…, who chairs …", "…, speaking on …", "…, obtained by The Washington Post,".
    const relative =
      first?.word &&
      !first.cap &&
      (first.lower === "who" ||
        first.lower === "whom" ||
        first.lower === "whose" ||
        first.lower === "which" ||
        /(ing|ed|written|seen|given)$/.test(first.lower) ||
        // ("…, a copy of which Nile Post has seen,", "…, copies of which …".)
        ofWhich(tokens, k + 1));
    // Further in, an appositive noun phrase may follow the clause ("…, an environmental group …,").
    if (!relative && !(found === null && first?.word && (first.lower === "a" || first.lower === "an"))) break;
    let head = nounPhraseLeft(tokens, k - 1);
    // ("But a letter dated March 4 from the Land Board, a copy of which …,": what a copy was seen of opens the
    // sentence, however long.)
    const opening = /^(?:but|and|yet)$/.test(tokens[0].lower) ? 1 : 0;
    if (ofWhich(tokens, k + 1) && k - opening < 30 && !tokens.slice(opening, k).some((t) => t.text === ","))
      head = [opening, k - 1];
    // "A report by the Extractives Justice Network, published in March,": the document with its maker.
    const maker =
      head && /^(by|from)$/.test(tokens[head[0] - 1]?.lower ?? "") ? nounPhraseLeft(tokens, head[0] - 2) : null;
    // ("A survey of 2,300 firms by the Bank's Decision Maker Panel, published last week,": or before its "of".)
    if (head && maker && documentEnds(tokens, maker)) head = [maker[0], head[1]];
    // ("Two people who worked on the study, who asked not to be named,": the people the first clause describes.)
    const described = head && !maker ? describedByClause(tokens, head[0]) : null;
    if (described) head = described;
    // ("Ashley Brandt of Dayton, Ohio, who bought …, said": a town and its state after "of" or "from" say where the
    // person before them is from.)
    const region = head && head[0] === head[1] ? head[0] : -1;
    const town = region > 1 && tokens[region - 1].text === "," && tokens[region - 2].cap ? region - 2 : -1;
    const from = town > 1 && /^(?:of|from|in)$/.test(tokens[town - 1].lower) ? nounPhraseLeft(tokens, town - 2) : null;
    if (relative && head && from && tokens.slice(from[0], from[1] + 1).every((t) => t.cap && !DETERMINERS.has(t.lower)))
      return named({ source: [from[0], comma - 1], head: from });
    if (relative && head && tokens[head[0] - 1]?.text !== ",") return named({ source: [head[0], comma - 1], head });
    if (relative && !head) break;
    if (head && relative) found = { source: [head[0], comma - 1], head };
  }
  return found ? named(found) : openingNameWithDescription(tokens, comma);

  // "Woodrow Benford, 58, who lives outside Minneapolis, says", "Scott Morris, a former official who is now a
  // fellow at the Center, which …, said": a clause that describes a description; the name opening the clause
  // speaks, not "58" or "a fellow at the Center".
  function named(found: { source: [number, number]; head: [number, number] }) {
    const first = tokens[found.head[0]];
    // ("Passenger Megan Doyle, 34, from Livingston, who was travelling …": where she is from describes her too.)
    const description =
      !first.cap || DETERMINERS.has(first.lower) || ORIGIN.has(tokens[found.head[0] - 1]?.lower ?? "");
    return (description && openingNameWithDescription(tokens, comma)) || found;
  }
}

/**
 * "The Urban Green Trust, a charity that works with councils on park funding, said", "Councillor Ben
 * Achterberg, one of the two who voted against, said": a capitalised name opening a clause, then a
 * description with a clause or commas of its own, then the verb. The head is the name. A clause opens the
 * sentence, or follows a closing quotation mark ("“…,” Jane Roe, the mayor of X, Y and Z, said"), an opening
 * conjunction ("And Jane Roe, …") or an opening time phrase or adverb ("Just last week, Jane Roe, …").
 */
export function openingNameWithDescription(
  tokens: Token[],
  comma: number,
): { source: [number, number]; head: [number, number] } | null {
  for (const from of clauseStarts(tokens, comma)) {
    const first = tokens.findIndex((t, k) => k >= from && k < comma && t.text === "," && !commaInBodyName(tokens, k));
    if (first <= from || first >= comma - 1 || comma - first > 30) continue;
    const head = nounPhraseLeft(tokens, first - 1, from);
    if (!head || head[0] !== from || !tokens.slice(head[0], head[1] + 1).some((t) => t.cap && t.word)) continue;
    // "Separately, Mr Smith, clearly annoyed, said": a sentence adverb opening the sentence is no name, nor is an aside
    // about where or when ("Outside court, victim Shontelle Maguire, whose family …, said").
    const opener = tokens[head[0]].lower;
    // ("Briefing journalists in Abuja, the director, …": a participle, its object and a place or time open an aside;
    // "Managing director Arvind Raghunath", "Bearing specialist Dr Miriam Okonjo" are roles and names.)
    const participleAside =
      /ing$/.test(opener) &&
      !!tokens[head[0] + 1]?.word &&
      !tokens[head[0] + 1].cap &&
      tokens.slice(head[0] + 1, first).some((t) => PREPOSITIONS.has(t.lower));
    if (
      ASIDE_OPENERS.has(opener) ||
      participleAside ||
      (head[0] === head[1] && (/ly$/.test(opener) || OPENING_ADVERBS.has(opener) || openingParticiple(opener)))
    )
      continue;
    // A time phrase opening the sentence ("Last year, …") is no name.
    const time = timePhraseLeft(tokens, first - 1);
    if (time >= 0 && time <= head[0]) continue;
    return { source: [head[0], comma - 1], head };
  }
  return null;
}

/**
 * "The NPC, in a statement on Sunday signed by its Chief Corporate Communications Officer, Mrs Funmi Bakare, denied":
 * the body before the statement speaks, not whoever signed it; so does a statement itself, whoever signed it. Null
 * unless the words before `comma` are such an aside.
 */
function signedStatement(tokens: Token[], comma: number): { source: [number, number]; head: [number, number] } | null {
  for (let k = comma - 1; k > 0 && k > comma - 30; k--) {
    // "The statement, signed by the company's managing director, Mr Paul Wasswa, denied": the statement speaks.
    if (tokens[k].text === "," && /^(signed|issued|released)$/.test(tokens[k + 1]?.lower ?? "")) {
      const document = tokens[k + 2]?.lower === "by" ? nounPhraseLeft(tokens, k - 1) : null;
      if (document && documentEnds(tokens, document) && tokens[document[0] - 1]?.text !== ",")
        return { source: document, head: document };
    }
    if (tokens[k].text !== "," || tokens[k + 1]?.lower !== "in" || !/^(a|an)$/.test(tokens[k + 2]?.lower ?? ""))
      continue;
    const aside = tokens.slice(k + 3, comma);
    const by = aside.findIndex(
      (t, j) => t.lower === "by" && /^(signed|issued|released)$/.test(aside[j - 1]?.lower ?? ""),
    );
    if (by < 0 || !aside.slice(0, by).some((t) => DOCUMENT_HEADS.has(t.lower))) return null;
    const head = nounPhraseLeft(tokens, k - 1);
    return head ? { source: head, head } : null;
  }
  return null;
}

/** "Reacting,", "Responding,": a reporting verb's participle opening the sentence ("Manning," is a name). */
const openingParticiple = (w: string) =>
  w.endsWith("ing") &&
  (COURT_OPENERS.test(w) ||
    [w, `${w.slice(0, -3)}ed`, `${w.slice(0, -3)}s`].some((f) => STRONG_VERBS.has(f) || WEAK_VERBS.has(f)));
/** A court report's opening word for who spoke for whom ("Mitigating, Ashworth's solicitor, Daniel Fearon, said"). */
const COURT_OPENERS = /^(?:mitigating|defending|prosecuting|sentencing|representing|summing)$/;

/** Where a clause may open before `comma`, latest first: after a closing quotation mark, an opening phrase, or 0. */
function clauseStarts(tokens: Token[], comma: number): number[] {
  const starts: number[] = [];
  // (Not a plural's apostrophe: "the Municipal and Allied Workers’ Union".)
  const possessive = (k: number) =>
    /[sS]$/.test(tokens[k - 1]?.text ?? "") && tokens[k - 1].end === tokens[k].start && tokens[k + 1]?.cap;
  const quote = tokens.findLastIndex((t, k) => k < comma && CLOSE_QUOTES.has(t.text) && !possessive(k));
  if (quote >= 0 && tokens[quote + 1]?.word) starts.push(quote + 1);
  let at = 0;
  if (CONJUNCTIONS.has(tokens[0]?.lower ?? "")) at = 1;
  // "Just last week, …", "Separately, …": a short opening phrase ended by a comma; "In a note to clients Thursday
  // evening, …": or a longer one opened by a preposition.
  const opening = tokens.findIndex((t, k) => k > at && k < at + 12 && t.text === ",");
  const short = opening > 0 && opening < at + 5;
  // ("Appearing before the panel, Aniekan-Bassey, a soil scientist who …, admitted": or a participle's phrase, of two
  // words or more, "Manning," being a name.)
  const participle = opening > at + 1 && /^\p{L}{3,}ing$/u.test(tokens[at].text);
  if (
    opening > 0 &&
    ((short && (timePhraseLeft(tokens, opening - 1) >= 0 || OPENING_ADVERBS.has(tokens[opening - 1].lower))) ||
      PREPOSITIONS.has(tokens[at].lower) ||
      participle)
  )
    starts.push(opening + 1);
  starts.push(at);
  return starts.filter((k) => k < comma);
}

/** Whether the comma before `k` closes a phrase that opens the sentence ("In a statement read to the court,"). */
function openedAfter(tokens: Token[], k: number): boolean {
  const first = tokens[0];
  return (
    !!first?.word &&
    // ("After the hearing, Sergeant Lisa Connolly, of …,": "after", "during", "since" open a phrase too.)
    (PREPOSITIONS.has(first.lower) || OPENING_ADVERBS.has(first.lower) || SUBORDINATORS.has(first.lower)) &&
    tokens.slice(1, k - 1).every((t) => t.text !== ",")
  );
}

/**
 * The people a "who" clause with no comma describes, when the noun phrase at `start` ends that clause ("Two people
 * [who worked on] the study"), or null.
 */
function describedByClause(tokens: Token[], start: number): [number, number] | null {
  if (!PREPOSITIONS.has(tokens[start - 1]?.lower ?? "") && !/ed$/.test(tokens[start - 1]?.lower ?? "")) return null;
  for (let k = start - 1; k > 0 && k >= start - 6; k--) {
    if (!tokens[k].word) return null;
    if (tokens[k].lower === "who") return nounPhraseLeft(tokens, k - 1);
  }
  return null;
}

/**
 * A description between commas that opens with "a" or "an" is read whole, however many plain words it stacks ("…, a
 * nonprofit energy think tank,"): the noun phrase found before the closing comma, widened back to its article.
 */
function wholeDescription(tokens: Token[], inner: [number, number] | null): [number, number] | null {
  if (!inner || tokens[inner[0] - 1]?.text === ",") return inner;
  // ("the Cornish tin and copper producer": "and" between two words that describe the one noun cut the phrase.)
  let joined = false;
  for (let k = inner[0] - 1; k >= 1 && k >= inner[0] - 6; k--) {
    const t = tokens[k];
    const and = /^(and|or)$/.test(t.lower) && !!tokens[k - 1]?.word && !tokens[k - 1].cap && !tokens[k + 1]?.cap;
    if (!t.word || STRONG_VERBS.has(t.lower) || WEAK_VERBS.has(t.lower) || (PREPOSITIONS.has(t.lower) && !and))
      return inner;
    if ((CONJUNCTIONS.has(t.lower) && !and) || /(ing|ed)$/.test(t.lower)) return inner;
    joined ||= and;
    const article = t.lower === "a" || t.lower === "an" || (joined && t.lower === "the");
    if (article) return tokens[k - 1].text === "," ? [k, inner[1]] : inner;
  }
  return inner;
}

/** Whether the comma at `k` is a date's own: "Monday, March 10", "Nov. 14, 2022". */
function dateComma(tokens: Token[], k: number): boolean {
  const [prev, next] = [tokens[k - 1], tokens[k + 1]];
  if (!prev || !next) return false;
  // (Or as wire copy abbreviates it, "Nov. 14", or "May", which the months list leaves out as a word of its own.)
  const month = MONTHS.has(next.lower) || next.lower === "may" || isMonthShort(next.lower);
  return (WEEKDAYS.has(prev.lower) && month) || (/^\d{1,2}$/.test(prev.text) && /^\d{4}$/.test(next.text));
}

/**
 * "The audit report, released on Monday, March 10, found", "The report, published on Nov. 14, 2022, warned": a
 * clause with a date's own commas in it describes the noun before it, which is the source.
 */
function datedClause(tokens: Token[], comma: number): { source: [number, number]; head: [number, number] } | null {
  let k = comma - 1;
  let dateCommas = 0;
  for (; k > 0 && comma - k < 16; k--) {
    if (tokens[k].text === ",") {
      if (!dateComma(tokens, k)) break;
      dateCommas++;
    } else if (!tokens[k].word && tokens[k].text !== ".") return null;
  }
  const opener = tokens[k + 1];
  if (!dateCommas || tokens[k]?.text !== "," || !opener?.word || !/(?:ed|en)$/.test(opener.lower)) return null;
  const head = nounPhraseLeft(tokens, k - 1);
  return head ? { source: [head[0], comma - 1], head } : null;
}
