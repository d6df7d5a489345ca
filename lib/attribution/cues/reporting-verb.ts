/**
 * Reporting verbs and verb + particle cues ("said", "warned", "talked about", "made it clear"), with the source
 * before them (source-before.ts), after "by" in a passive or after them in an inversion (speaker-after.ts), or
 * shared with the clause before (", adding …", "… and said"; verb-surroundings.ts).
 */
import { addresseeRight, nounPhraseLeft } from "../phrases/noun-phrase";
import { isTimeWord } from "../phrases/time";
import { afterBe, mainSubject, nameSubject, sentenceSubject } from "../phrases/subject";
import { isAdverb, subjectEndLeft } from "../phrases/subject-end";
import { contentAfter, quoteEndingAt, quoteJustBefore, unnamedOnPurposeAt } from "../text/quotes";
import {
  CUE_AUXILIARIES,
  GERUND_PREPOSITIONS,
  IRREGULAR_PAST,
  OPEN_QUOTES,
  PARTICIPLE_CUES,
  READ_FORMS,
  MANNER_FORMS,
  PASSIVE_HEDGE_VERBS,
  PLANS_BEFORE_INFINITIVE,
  BE_FORMS,
  RELATIVES,
  REPORTING_BEFORE_CLAUSE,
  STATES_OF_MIND,
  STRONG_PHRASAL,
  STRONG_VERBS,
  SUBJECT_PRONOUNS,
  THINK_FORMS,
  VAGUE_PARTICIPLES,
  WEAK_VERBS,
  OUTLET_VOUCHING,
  endsAsPublication,
} from "../words";
import type { Token } from "../text/sentences";
import { raw, type SentenceScan } from "./raw";
import {
  claimAround,
  mannerQuotes,
  sharedWithClauseBefore,
  vouchesAtEnd,
  vouchesBeforeClause,
} from "./verb-surroundings";
import { authorVoice, publishedBy, sourceBefore } from "./source-before";
import {
  describedAfter,
  endsQuotation,
  invertedSpeaker,
  nameAfterComma,
  passiveAgent,
  quoteReadOut,
} from "./speaker-after";
import { groupThinks, namedThinks, notACueHere, phrasalEnd, researchersReport } from "./verb-senses";
import { vetoesFor } from "./verb-vetoes";
import { participle } from "./participle";
import { withAuxiliaries, withParticle } from "./cue-span";
import { weakVerbWithoutSource } from "./weak-verb-source";
import { knownToSomeone } from "./naming-vetoes";
import { putReports } from "./put-senses";
import { sayingVerb } from "./veto-kit";

export function reportingVerb(s: SentenceScan, i: number): number {
  const { tokens } = s;
  const w = tokens[i].lower;
  const phraseEnd = phrasalEnd(tokens, i);
  const strong =
    phraseEnd < 0
      ? STRONG_VERBS.has(w) ||
        (READ_FORMS.has(w) && (quoteJustBefore(tokens, i) || quoteReadOut(tokens, i))) ||
        (MANNER_FORMS.has(w) && mannerQuotes(tokens, i))
      : STRONG_PHRASAL.has(w);
  const weak =
    !strong &&
    (phraseEnd >= 0 ||
      WEAK_VERBS.has(w) ||
      (THINK_FORMS.has(w) && (groupThinks(tokens, i) || namedThinks(tokens, i))) ||
      researchersReport(tokens, i) ||
      vouchesAtEnd(tokens, i) ||
      vouchesBeforeClause(tokens, i));
  if (!strong && !weak && !PARTICIPLE_CUES.has(w)) return i;
  // Words that mean something else beside certain words ("compared to", "appeared on", "backed down"): see the table.
  if (notACueHere(tokens, i)) return s.veto("not-cue-beside", i);
  if ((w === "put" || w === "puts") && !putReports(tokens, i)) return s.veto("verb/put-without-as", i);
  const at = { s, tokens, i, w, next: tokens[i + 1] };
  if (
    (/^[,–—]$/.test(tokens[i - 1]?.text ?? "") || endsQuotation(tokens, i - 1)) &&
    (PARTICIPLE_CUES.has(w) || (w.endsWith("ing") && (strong || weak) && !VAGUE_PARTICIPLES.has(w)))
  ) {
    // (", asking that her name not be published", ", adding up to 12 days": the word's other senses, as below.)
    for (const veto of vetoesFor(w)) if (veto.test(at)) return s.veto(veto.id, i);
    return participle(s, i, strong);
  }
  if (!strong && !weak) return i;
  for (const veto of vetoesFor(w)) if (veto.test(at)) return s.veto(veto.id, i);
  return withItsSource(s, i, phraseEnd >= 0 ? phraseEnd : i, strong, phraseEnd >= 0);
}

/** Words that open a clause saying when something happened, and verbs that make it an event there. */
const WHEN_OPENERS = /^(?:since|after|before|until|once|when|if|unless)$/;
const EVENT_VERBS = /^(?:announced|unveiled|called|confirmed)$/;

/** The verb at `i` (cue ending at `end`) with its source found; returns where the scan goes on. */
function withItsSource(s: SentenceScan, i: number, end: number, strong: boolean, phrasal: boolean): number {
  const { tokens, used } = s;
  const w = tokens[i].lower;
  const weak = !strong;
  // Cue span: the verb with "has/have/had" and "also" right before it.
  let from = i;
  while (from > 0 && tokens[from - 1].word && CUE_AUXILIARIES.has(tokens[from - 1].lower)) from--;
  const kind = strong ? "verb" : "weak-verb";
  const a = raw(tokens, kind, "", [from, end]);
  let left = subjectEndLeft(tokens, i - 1);
  let how = sourceBefore(s, a, left, strong);
  // "… sent a letter to the office arguing that …": no one it was sent to does the arguing; the clause's subject
  // does, as after a comma. (After "by" the participle is the agent's: "contradicted by sources suggesting".)
  if (a.source && w.endsWith("ing") && tokens[a.source[0] - 1]?.lower === "to" && !s.quoted(0)) {
    const subject = mainSubject(tokens, a.source[0] - 1);
    if (subject && subject[1] < a.source[0] - 1) {
      a.source = subject;
      a.appositive = null;
    }
  }
  // "The ministry issued a statement saying …": the statement's author speaks, not the statement.
  const publisher = a.source && w.endsWith("ing") ? publishedBy(tokens, a.source) : -1;
  if (publisher >= 0) {
    a.cue = [publisher, end];
    a.source = a.appositive = null;
    left = subjectEndLeft(tokens, publisher - 1);
    sourceBefore(s, a, left, strong);
    how = "published";
  }
  // Passive: "was criticized by Senator X", "he was told by officials": the agent after "by" is the source.
  // Without an agent the subject is what was said or done, not who did it ("the matter was discussed").
  // "The campaign is worried" feels it: a state of mind, the subject's own, is no passive.
  // "Hollis was quoted as saying …", "… as urging …": the subject said it, and the passive is only the form.
  // ("Putin was quoted by TASS as saying …": so is he, the outlet the one that carried his words.)
  const quotedBy = w === "quoted" && tokens[i + 1]?.lower === "by" ? quotedByOutlet(tokens, i + 1) : -1;
  const asAt = quotedBy > 0 ? quotedBy : i + 1;
  // ("… was quoted as urging residents to …": or any reporting verb's -ing form.)
  const asWhat = tokens[asAt + 1]?.lower ?? "";
  const quotedAs =
    w === "quoted" &&
    tokens[asAt]?.lower === "as" &&
    (/^(saying|telling|writing)$/.test(asWhat) || (asWhat.endsWith("ing") && STRONG_VERBS.has(asWhat)));
  if (quotedAs && quotedBy > 0) {
    a.addressee = [i + 2, quotedBy - 1];
    a.cueTail = [quotedBy, quotedBy + 1];
  } else if (quotedAs) a.cue[1] = end = i + 2;
  // ("As first reported by Reuters, …": a passive with no "be", its agent after "by".)
  const asReportedBy =
    tokens[i + 1]?.lower === "by" &&
    (tokens[i - 1]?.lower === "as" || (tokens[i - 2]?.lower === "as" && isAdverbOrFirst(tokens[i - 1]?.lower ?? "")));
  // ("The memo, first reported on Wednesday by the Westminster Ledger, was …": so is a report's participle set off by
  // commas, its agent after "by".)
  const reportedBy =
    /^(?:reported|revealed|disclosed)$/.test(w) &&
    (tokens[i - 1]?.text === "," || (tokens[i - 2]?.text === "," && isAdverbOrFirst(tokens[i - 1]?.lower ?? ""))) &&
    passiveAgent(tokens, i) !== null &&
    !tokens
      .slice(
        i + 1,
        tokens.findIndex((t, k) => k > i && t.lower === "by"),
      )
      .some((t) => t.text === ",");
  const passive =
    (w.endsWith("ed") || IRREGULAR_PAST.has(w)) &&
    (afterBe(tokens, i) || asReportedBy || reportedBy) &&
    !STATES_OF_MIND.has(w) &&
    !quotedAs;
  // "Clinton was criticized": a cue with no source; the weak-verb checks below still look at its subject.
  const subject = a.source,
    subjectAppositive = a.appositive;
  // ("Sunday Standard is informed that …", "The Herald is reliably informed that": a name told something vouches for
  // it, as "has learnt that" does; its subject is the source.)
  // (A paper's name only: "Residents were informed that …" were told, and vouch for nothing.)
  // ("Sky Sports News has been told Harbridge would want …": so does an outlet told something by no one named; "was
  // told by two paramedics" names who told it, and "was told to leave" is an order.)
  const next = tokens[end + 1]?.lower ?? "";
  const informed =
    passive &&
    (w === "informed" || w === "told") &&
    !!subject &&
    tokens[subject[1]].cap &&
    endsAsPublication(tokens[subject[1]].text) &&
    (next === "that" || (w === "told" && !!tokens[end + 1]?.word && next !== "to" && next !== "by"));
  // ("had been asked by two investors whether it planned …", "was asked to hold prices": a question or a request put
  // to the subject, no claim; the answer is marked where it is given.)
  // ("Officers were called by a neighbour who said …": summoned, and the neighbour's own verb says what.)
  // ("The hearing was called after a resolution", "Police were called to the scene": summoned or convened; "has been
  // called a fraud" still says something of it.)
  const summoned = w === "called" && /^(?:by|in|to|after|off|out|for|on)$/.test(tokens[end + 1]?.lower ?? "");
  if (passive && (w === "asked" || summoned) && tokens[end + 1]?.lower !== "as" && !quotedAs)
    return s.veto("verb/asked-passive", i);
  // ("who was known to the victim", "was known to police": someone known to others, nothing said.)
  if (afterBe(tokens, i) && knownToSomeone(tokens, i)) return s.veto("verb/known-to", i);
  if (passive && !informed) {
    a.source = passiveAgent(tokens, i);
    a.appositive = null;
    // "… by Reform's party chairman, Colin Steadman,": the role, then the person's name, as after "said".
    const named = a.source && !tokens[a.source[1]].cap ? nameAfterComma(tokens, a.source[1]) : -1;
    if (a.source && named > 0) a.source = [a.source[0], named];
    how = a.source ? "passive-by" : "passive";
    // "since the strike was announced", "after the results were confirmed": when something happened, not a claim.
    // ("since it was reported that …" still reports something.)
    const said = /^(that|as|:)$/.test(tokens[end + 1]?.lower ?? "") || OPEN_QUOTES.has(tokens[end + 1]?.text ?? "");
    // ("though no talks have been announced": nothing was, so no one reported it.)
    const when =
      !!subject && (WHEN_OPENERS.test(tokens[subject[0] - 1]?.lower ?? "") || tokens[subject[0]].lower === "no");
    // ("The exit was announced Monday morning in a memo": when it was, so an event too.)
    const dated =
      isTimeWord(tokens[end + 1]?.lower ?? "") ||
      (tokens[end + 1]?.lower === "on" && isTimeWord(tokens[end + 2]?.lower ?? ""));
    // ("no incidents were reported", "No injuries were reported": nothing happened, and no one reported a claim.)
    const nothing = w === "reported" && !!subject && tokens[subject[0]].lower === "no";
    if (!a.source && !said && ((EVENT_VERBS.test(w) && (when || dated)) || nothing))
      return s.veto("verb/passive-event", i);
  }
  if (!a.source && strong) {
    a.source = invertedSpeaker(tokens, i, from);
    if (a.source) how = "inverted";
    // "…, said his best friend at Lehigh, Bruce Turry": the role, then the person's name.
    const named = a.source && !tokens[a.source[0]].cap ? nameAfterComma(tokens, a.source[1]) : -1;
    if (a.source && named > 0) [a.appositive, a.source] = [a.source, [a.source[0], named]];
    // "…, said Dean Baker, co-director of the Center for Economic and Policy Research.": the name and who they are,
    // as before a verb ("Dean Baker, co-director of …, said"); the name alone is the speaker.
    const described = a.source && named < 0 && tokens[a.source[0]].cap ? describedAfter(tokens, a.source[1]) : -1;
    if (a.source && described > 0) [a.appositive, a.source] = [a.source, [a.source[0], described]];
    // ("…,” said a contract engineer who worked on the system.": the clause describes the speaker, and is no claim.)
    const clause = a.source && /^(?:who|whose)$/.test(tokens[a.source[1] + 1]?.lower ?? "") ? a.source[1] + 1 : -1;
    if (a.source && clause > 0) {
      let k = clause;
      while (tokens[k + 1]?.word || tokens[k + 1]?.text === "’" || tokens[k + 1]?.text === "'") k++;
      // (Not one holding a report of its own, "said an engineer who said the tests were skipped"; asking not to be
      // named is none.)
      const reports =
        !unnamedOnPurposeAt(tokens, clause) && tokens.slice(clause + 1, k + 1).some((t) => sayingVerb(t.lower));
      if (!reports) [a.appositive, a.source] = [a.source, [a.source[0], k]];
    }
  }
  // "said they believe …", "says he wants …": the speaker's view inside their own report, which is the attribution.
  if (a.source && a.source[0] === a.source[1] && SUBJECT_PRONOUNS.has(tokens[a.source[0]].lower)) {
    const k = tokens[a.source[0] - 1]?.lower === "that" ? a.source[0] - 2 : a.source[0] - 1;
    if (used[k] && REPORTING_BEFORE_CLAUSE.has(tokens[k].lower)) return s.veto("verb/own-view-in-report", i);
  }
  // "I said", "we know", "our correspondent observed": the author's own voice outside a quotation (DESIGN.md),
  // no source the article cites.
  // ("Our correspondent gathered that …", as "PREMIUM TIMES gathered that": the outlet vouching for what it learnt,
  // DESIGN.md's outlet citing itself.)
  const vouching = OUTLET_VOUCHING.test(w) && tokens[a.source?.[0] ?? -1]?.lower === "our";
  // ("Mr Johnson, you promised …", "Q: Minister, you said …": someone addressed, not the reader.)
  const addressed =
    !!a.source &&
    tokens[a.source[0]].lower === "you" &&
    (tokens[a.source[0] - 1]?.text === "," || tokens.slice(0, a.source[0]).some((t) => t.text === ":"));
  // ("Anyone who thinks they may have been targeted should call": everybody's "who", no one's.)
  const whoOfAnyone =
    !!a.source &&
    a.source[0] === a.source[1] &&
    a.source[0] > 0 &&
    tokens[a.source[0]].lower === "who" &&
    authorVoice(tokens.slice(a.source[0] - 1, a.source[0]));
  if (
    a.source &&
    !s.quoted(i) &&
    !vouching &&
    !addressed &&
    (whoOfAnyone || authorVoice(tokens.slice(a.source[0], a.source[1] + 1)))
  )
    return s.veto("verb/author-voice", i);
  // "… and said", "but added": the verb shares the clause's earlier subject.
  const conj = tokens[left];
  // ("… had accepted a pay freeze and were now being asked to fund …": the subject of a passive is asked, not asking.)
  const coordinated = !a.source && !passive && conj?.word && (conj.lower === "and" || conj.lower === "but");
  // "The offer was reported by The Athletic and rejected": the second verb is a passive too, with no one named.
  if (coordinated && s.out[s.out.length - 1]?.rule.endsWith("/passive-by")) return s.veto("verb/and-passive", i);
  if (coordinated && sharedWithClauseBefore(s, a, left)) {
    a.rule = `${phrasal ? "phrasal" : kind}/and-said`;
    a.content = contentAfter(tokens, end);
    a.cue = [withAuxiliaries(s, a.cue[0]), a.cue[1]];
    s.take(a);
    return end;
  }
  // With no source, a strong verb still counts ("…, the spokesman said" split off, "says" in a headline), but not
  // a bare participle ("revealing" may be anything).
  // "by denouncing …", "while touting …": the sentence's subject does it.
  const gerund = w.endsWith("ing") && GERUND_PREPOSITIONS.has(tokens[from - 1]?.lower ?? "");
  if (gerund && !a.source) {
    // "“…,” Trump told reporters, before insisting …": the sentence's earlier speaker, past the quotation.
    const earlier = s.out[s.out.length - 1];
    if (earlier?.source) {
      a.sharedSource = earlier.appositive ?? earlier.source;
      how = "gerund";
    } else if (!s.quoted(0)) {
      a.source = sentenceSubject(tokens, from - 1);
      if (a.source) how = "gerund";
    }
  }
  if (
    !a.source &&
    !(
      IRREGULAR_PAST.has(w) ||
      (strong && !(w.endsWith("ing") && !PARTICIPLE_CUES.has(w) && !gerund)) ||
      (passive && subject)
    )
  )
    return s.veto("verb/needs-a-source", i);
  // An infinitive speaks for the sentence's subject ("Clinton took to Twitter to say thanks"); with none, for no one
  // ("refusing to testify", "it is too early to tell").
  // "Immigration lawyers The Local spoke to said": the people an outlet spoke to, before its name, speak; "to" is
  // no infinitive's before a past form.
  if (!a.source && !a.sharedSource && tokens[from - 1]?.lower === "to" && (IRREGULAR_PAST.has(w) || w.endsWith("ed"))) {
    let k = from - 2;
    if (!/^(spoke|spoken|talked)$/.test(tokens[k]?.lower ?? "")) return s.veto("verb/infinitive-without-subject", i);
    while (k > 0 && tokens[k - 1].cap) k--;
    if (tokens[k - 1]?.lower === "the") k--;
    const spokenTo = k < from - 2 ? nounPhraseLeft(tokens, k - 1) : null;
    if (!spokenTo) return s.veto("verb/infinitive-without-subject", i);
    a.source = spokenTo;
    how = "spoken-to";
  }
  if (!a.source && !a.sharedSource && tokens[from - 1]?.lower === "to") {
    // ("Marlowe is understood to have asked …": what a hedge says of the subject, the hedge's own claim.)
    if (PASSIVE_HEDGE_VERBS.has(tokens[from - 2]?.lower ?? "") && BE_FORMS.has(tokens[from - 3]?.lower ?? ""))
      return s.veto("verb/hedged-infinitive", i);
    // ("voted unanimously to write to the state government", "plans to announce": a thing decided or wished for.)
    let planned = from - 2;
    while (planned > 0 && /ly$/.test(tokens[planned].lower)) planned--;
    if (PLANS_BEFORE_INFINITIVE.has(tokens[planned]?.lower ?? "")) return s.veto("verb/planned-infinitive", i);
    a.source = s.quoted(0) ? null : nameSubject(tokens, from - 1);
    if (!a.source) return s.veto("verb/infinitive-without-subject", i);
    // ("I think it's fair to say …": the writer's own voice, DESIGN.md.)
    if (authorVoice(tokens.slice(a.source[0], a.source[1] + 1))) return s.veto("verb/author-voice", i);
    how = "infinitive";
  }
  if (weak) {
    const turnedDown = weakVerbWithoutSource(
      tokens,
      i,
      a,
      passive && !a.source ? subject : a.source,
      passive ? subjectAppositive : a.appositive,
      phrasal,
    );
    if (turnedDown) return s.veto(turnedDown, i);
  }
  // "told The Sunday Guardian", "told reporters": who heard it (not after a passive: "has been told Harbridge would").
  if ((w === "told" || w === "tells" || w === "tell" || w === "telling") && tokens[i + 1]?.word && !passive) {
    const r = addresseeRight(tokens, i + 1);
    if (r && r[1] - r[0] < 6) a.addressee = r;
  }
  // The claim: a quotation before the verb (“…,” he said) or whatever follows it.
  const quoteBefore = quoteEndingAt(tokens, Math.min(a.source?.[0] ?? from, from) - 1);
  // After "said Tom Fitton" the claim starts past the speaker.
  const after =
    a.cueTail && quotedAs ? a.cueTail[1] : a.addressee ? a.addressee[1] : Math.max(end, a.source?.[1] ?? -1);
  // ("…,” said one of two witnesses who relayed the same story …": a clause about the speaker is no claim.)
  const aboutSpeaker = how === "inverted" && /^(?:who|whose)$/.test(tokens[after + 1]?.lower ?? "");
  a.content = quoteBefore ?? (aboutSpeaker ? null : contentAfter(tokens, after));
  // "X, whom some residents have accused of leasing stool lands, said …": a clause between commas ends at its comma,
  // and the sentence's own verb is no part of its claim.
  const relative = a.source && RELATIVES.has(tokens[a.source[0]].lower) && tokens[a.source[0] - 1]?.text === ",";
  const comma =
    relative && a.content ? tokens.findIndex((t, k) => k > after && k <= a.content![1] && t.text === ",") : -1;
  if (a.content && comma > a.content[0]) a.content = [a.content[0], comma - 1];
  // "The toll was confirmed by X, who said …": the clause after the agent is X's own; what was confirmed is the
  // passive's subject.
  if (how === "passive-by" && tokens[after + 1]?.text === "," && RELATIVES.has(tokens[after + 2]?.lower ?? ""))
    a.content = subject;
  // "“…,” Braynard is quoted as saying": the quotation before the subject is the claim.
  const quoted = passive && subject ? quoteEndingAt(tokens, subject[0] - 1) : null;
  if (quoted) a.content = quoted;
  // "Loyalty, he noted, has long been …", "the minister ''looked ashen,'' Mr. Arad said, from …": a cue set
  // inside its claim, which is the whole sentence around it.
  const around = a.source && a.source[1] < from && !quoteBefore ? claimAround(tokens, a.source[0], after) : null;
  if (around) a.content = around;
  a.rule = `${phrasal ? "phrasal" : kind}/${a.source || a.sharedSource ? how : passive ? "passive" : "no-source"}`;
  a.cue = [withAuxiliaries(s, a.cue[0]), withParticle(tokens, a.cue[1])];
  // ("Reports suggest that …", "Claims say …": reports no one is said to have made, a hedge (DESIGN.md).)
  if (a.source && a.source[0] === a.source[1] && a.source[0] === 0 && BARE_REPORTS.test(tokens[0].lower)) {
    a.kind = "hedge";
    a.rule = "hedge/bare-reports";
    a.cue = [0, a.cue[1]];
    a.source = null;
  }
  s.take(a);
  return a.cue[1];
}

/** Plural claims opening a sentence with no one's name on them. */
const BARE_REPORTS = /^(?:reports|claims|rumours|rumors)$/;

/** "first", "previously", "widely" between "as" and its participle ("as first reported by"). */
const isAdverbOrFirst = (w: string) => w === "first" || isAdverb(w);

/** Where "as" stands after "quoted by" and the outlet's name at `by` ("quoted by TASS as saying"), or -1. */
function quotedByOutlet(tokens: Token[], by: number): number {
  for (let k = by + 2; k < by + 8 && tokens[k]?.word; k++) if (tokens[k].lower === "as") return k;
  return -1;
}
