/**
 * Places where a reporting verb reports nothing, checked in order once a verb has passed the word lists: each
 * with a stable id (`analyze --why` names the one that turned a candidate down) and the shapes it is for. Names given
 * are in naming-vetoes.ts, a participle or passive with a thing in view in participle-vetoes.ts, an act, a movement or
 * a thing come upon in other-sense-vetoes.ts, a call that says nothing in call-vetoes.ts, a count or a thing added in
 * added-vetoes.ts, time going on or to come in time-vetoes.ts, verbs that need a clause in clause-needed-vetoes.ts,
 * nothing said in no-statement-vetoes.ts, orders and requests in order-vetoes.ts, the verb's object in
 * object-vetoes.ts, no proposition in no-proposition-vetoes.ts, a verb form used as a noun in noun-use-vetoes.ts.
 */
import { nounPhraseRight } from "../phrases/noun-phrase";
import {
  CAPITALISED_OPENERS,
  ANONYMOUS_HEADS,
  ASKING_VERBS,
  AUXILIARIES,
  DOCUMENT_HEADS,
  MID_ADVERBS,
  MODALS,
  OPEN_QUOTES,
  OTHER_PRONOUNS,
  ORGANISATION_HEADS,
  PERSON_PRONOUNS,
  PLURAL_VERB_AFTER,
  POINTING_ADVERBS,
  POSTED_MEDIA,
  REPORT_COMPLEMENT,
  STRONG_VERBS,
  STATES_OF_MIND,
  TURNED_DOWN,
  WH_WORDS,
  WRITE_FORMS,
  WRITTEN_THINGS,
} from "../words";
import { NOUN_USE_VETOES } from "./noun-use-vetoes";
import { NO_PROPOSITION_VETOES } from "./no-proposition-vetoes";
import { NAMING_VETOES } from "./naming-vetoes";
import { NO_STATEMENT_VETOES } from "./no-statement-vetoes";
import { TIME_VETOES } from "./time-vetoes";
import { PARTICIPLE_VETOES } from "./participle-vetoes";
import { OTHER_SENSE_VETOES } from "./other-sense-vetoes";
import { CALL_VETOES } from "./call-vetoes";
import { OBJECT_VETOES } from "./object-vetoes";
import { ORDER_VETOES } from "./order-vetoes";
import { ACT_VETOES } from "./act-vetoes";
import { ADDED_VETOES } from "./added-vetoes";
import { CLAUSE_NEEDED_VETOES } from "./clause-needed-vetoes";
import { unnamedOnPurposeAt } from "../text/quotes";
import { after, amountAt, asInClause, before, pronounBefore, type Veto, type VerbAt } from "./veto-kit";
import { clauseAfterThat, nounUse, showNoun } from "./verb-senses";

/** Counts before a participle that describes what is counted ("three reported thefts"). */
const COUNT_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten)$/;

/** Words ending in "s" that are no plural noun. */
const NOT_PLURALS = new Set(["this", "his", "its", "us", "was", "has", "is", "does", "as", "thus", "whereas"]);

/** A clause follows the verb: "that", or a modal or a form of "be" or "have" within a few words. */
const FINITE_AFTER = /^(is|are|was|were|had|has|will|would)$/;
const claimFollows = (v: VerbAt) => {
  if (after(v) === "that" || [2, 3, 4].some((k) => MODALS.has(after(v, k)) || FINITE_AFTER.test(after(v, k))))
    return true;
  // ("Some economists fear a prolonged haze season could dent …": a longer subject, then its verb.)
  const subject = nounPhraseRight(v.tokens, v.i + 1);
  const verb = subject ? (v.tokens[subject[1] + 1]?.lower ?? "") : "";
  return !!subject && subject[1] - subject[0] < 8 && (MODALS.has(verb) || FINITE_AFTER.test(verb));
};

const OWN_VETOES: readonly Veto[] = [
  // "Post", "Call" as names mid-sentence (a title-case headline capitalises its verbs too).
  { id: "verb/capitalised", test: (v) => v.tokens[v.i].cap && v.i > 0 && !v.s.titleCase() },
  // Turns of phrase: "That said, …", "Having said that, …", "it goes without saying", "it's worth noting".
  {
    id: "verb/turn-of-phrase",
    test: (v) =>
      (v.w === "said" && v.i === 1 && v.tokens[0].lower === "that" && v.next?.text === ",") ||
      (v.w === "said" && before(v) === "having" && /^(that|this)$/.test(after(v)) && v.tokens[v.i + 2]?.text === ",") ||
      (v.w === "saying" && before(v) === "without") ||
      (before(v) === "worth" && v.w.endsWith("ing")),
  },
  // "who requested anonymity", "asked not to be named": part of the source's description, not a new claim.
  {
    id: "verb/describes-source",
    test: (v) =>
      after(v) === "anonymity" ||
      (after(v) === "not" && after(v, 2) === "to" && /^(be|speak)$/.test(after(v, 3))) ||
      // ("She asked that her name be withheld for fear of …", "…, the people said, asking not to be identified": the
      // source's terms, not a second statement.)
      (/^(?:ask|request)(?:s|ed|ing)?$/.test(v.w) && unnamedOnPurposeAt(v.tokens, v.i)),
  },
  // "Let's say …", "by, say, 10 percent": an example, not a report.
  {
    id: "verb/example-say",
    words: ["say"],
    test: (v) =>
      /^let['’]?s$/.test(before(v)) || before(v) === "us" || (v.tokens[v.i - 1]?.text === "," && v.next?.text === ","),
  },
  // The writer pointing back or ahead: "As noted above", "As reported earlier", "It should be noted that".
  {
    id: "verb/writer-pointing",
    test: (v) =>
      /(ed|said|told|written|shown)$/.test(v.w) &&
      ((before(v) === "as" && POINTING_ADVERBS.has(after(v))) ||
        (before(v) === "be" && MODALS.has(before(v, 2)) && before(v, 3) === "it")),
  },
  // "posted a photo of the flooded street", "posted videos of the parade", "posted glossy before-and-after shots": a
  // picture shared, nothing said.
  {
    id: "verb/posted-media",
    words: ["posted", "posts", "post"],
    // ("posted a series of photos from the wedding", "posted on Instagram a photo": the object read up to a "that" or a
    // comma; "posted that the election result had been rigged" says something.)
    test: (v) => {
      for (let k = v.i + 1; k < v.i + 7 && v.tokens[k]?.word; k++) {
        if (v.tokens[k].lower === "that") return false;
        if (POSTED_MEDIA.has(v.tokens[k].lower)) return true;
      }
      return false;
    },
  },
  // "Negotiations reportedly continued late into the night": the hedge is the attribution, not a verb that reports
  // nothing by itself, whose subject is no one who could speak (a strong verb keeps it, "The company reportedly
  // said …", and so does a speaker: "Campaign officials reportedly expect …").
  {
    id: "verb/reportedly-weak",
    test: (v) => {
      if (STRONG_VERBS.has(v.w) || !/^(reportedly|allegedly|purportedly|supposedly)$/.test(before(v))) return false;
      const subject = v.tokens[v.i - 2];
      const lower = subject?.lower ?? "";
      // (A capital only where the sentence opens with a plural: "Negotiations reportedly continued".)
      const common = !subject?.cap || (v.i === 2 && /[^s']s$/.test(lower));
      return (
        !!subject?.word &&
        common &&
        ![ANONYMOUS_HEADS, ORGANISATION_HEADS, PERSON_PRONOUNS, OTHER_PRONOUNS].some((list) => list.has(lower))
      );
    },
  },
  // "Cruz pledged to oppose …", "He pledged that …" (but "1,700 pledged delegates": a kind of delegate).
  {
    id: "verb/pledged-adjective",
    words: ["pledged"],
    test: (v) => !(v.next && (v.next.lower === "to" || v.next.lower === "that" || OPEN_QUOTES.has(v.next.text))),
  },
  // "agreed to a plan" accepts something; "agreed that …" reports a view. "added to" grows.
  { id: "verb/agreed-to", test: (v) => (v.w.startsWith("agree") || v.w === "added") && after(v) === "to" },
  // "Aurelis has offered 6.5%", "offered $2 million", "have offered him a two-year extension": a sum bid or a thing
  // given, not words.
  {
    id: "verb/offered-thing",
    words: ["offered", "offering", "offers", "offer"],
    // ("offered her own approach": "her" may own what is offered.)
    test: (v) => amountAt(v, v.i + 1) || /^(him|them|me|us)$/.test(after(v)),
  },
  // "Trade disputes with China rose", "land disputes over grazing": the noun ("the ministry disputes that figure"
  // takes an object).
  {
    id: "verb/disputes-noun",
    words: ["disputes"],
    test: (v) => !v.next?.word || /^(with|over|between|about|among|involving|and|or|are|were|have|had)$/.test(after(v)),
  },
  // "Marcus Delaney-Hope, writing in his weekly column, argued that …": where he wrote, between commas before the
  // verb that reports it ("writing on X that …" says something itself).
  {
    id: "verb/writing-where",
    words: ["writing"],
    test: (v) => {
      if (before(v) !== "," || !/^(in|for|on)$/.test(after(v))) return false;
      for (let k = v.i + 2; k < v.tokens.length && k <= v.i + 15; k++) {
        const t = v.tokens[k];
        if (t.lower === "that" || OPEN_QUOTES.has(t.text) || t.text === ":") return false;
        if (t.text === ",") return !!v.tokens[k + 1]?.word && !v.tokens[k + 1].cap;
      }
      return false;
    },
  },
  // "Opposition deputies have requested a report from the ministry": asking for something, no claim.
  {
    id: "verb/requested-thing",
    words: ["requested", "requests", "request"],
    // ("Greece has requested assistance through the EU": help asked for.)
    test: (v) =>
      /^(a|an|the)$/.test(after(v)) || /^(?:assistance|help|aid|support|funding|reinforcements)$/.test(after(v)),
  },
  // "Police suspect the network extends …" gives a view; "a second suspect", "the suspect said" name a person.
  {
    id: "verb/suspect-noun",
    words: ["suspect", "suspects"],
    test: (v) =>
      !v.next?.word ||
      !(
        v.next.lower === "that" ||
        v.next.cap ||
        /^(the|a|an|this|these|those|he|she|they|it|his|her|their)$/.test(v.next.lower)
      ),
  },
  // "aides who spoke on the condition of anonymity to describe private talks": the reason they are unnamed, not a
  // statement.
  {
    id: "verb/anonymity-to",
    test: (v) => before(v) === "to" && [2, 3].some((k) => before(v, k) === "anonymity"),
  },
  // "Supporters counter that …" reply; "over the counter", "counter the threat" do not.
  { id: "verb/counter-without-that", words: ["counter"], test: (v) => after(v) !== "that" },
  // "rejected the claim" answers words; "rejected an approach", "rejects the bid" turn down an act (DESIGN.md's plain
  // actions).
  {
    id: "verb/rejected-offer",
    words: ["rejected", "rejects", "reject", "rejecting", "rebuffed", "rebuffs", "rebuff", "rebuffing"],
    // ("rejected the company’s “final offer”": past a possessive and a quotation mark too.)
    test: (v) => [1, 2, 3, 4, 5].some((k) => TURNED_DOWN.has(after(v, k))),
  },
  // "maintained that …" reports; "maintained the road", "maintained a lead" keep something up.
  {
    id: "verb/maintained-thing",
    words: ["maintained", "maintains", "maintaining"],
    test: (v) => !!v.next && v.next.word && v.next.lower !== "that",
  },
  // "wrote cheques", "the engineers who wrote the code", "a construction she wrote down in 1987": writing that is no
  // message.
  {
    id: "verb/wrote-thing",
    words: ["wrote", "writes", "write", "writing"],
    test: (v) => WRITTEN_THINGS.has(after(v)) || WRITTEN_THINGS.has(after(v, 2)) || after(v) === "down",
  },
  // "shopkeepers feared clashes", "farmers are worried about the drought": a feeling; "officials feared that the
  // dam would break", "is convinced the vaccine will work" report a view (DESIGN.md: a view with a proposition).
  {
    id: "verb/feeling-without-claim",
    words: ["feared", "fear", "fears", ...STATES_OF_MIND],
    test: (v) => !claimFollows(v),
  },
  // "Critics regard the scheme as a tax on the poor" gives a view; "with regard to", "regards from" do not.
  {
    id: "verb/regard-without-as",
    words: ["regard", "regards", "regarded"],
    test: (v) => !asInClause(v),
  },
  // "The complaint states that …", "He states that …" report; "the United States", "member states", "the 35 states
  // that vote" name places: a report's subject is a name, a pronoun, or a body or a document.
  {
    id: "verb/states-place",
    words: ["states"],
    test: (v) => {
      // ("“…,” the memo states.": a document's verb after its words.)
      // ("… are often cited as model states, but": a compound noun, no document's determiner before it.)
      const document = DOCUMENT_HEADS.has(before(v)) || before(v) === "paper";
      if (/^[.,;]$/.test(v.next?.text ?? "") && document && /^(?:the|this|that|its|their|his|her)$/.test(before(v, 2)))
        return false;
      if (after(v) !== "that" && v.next?.text !== ":") return true;
      // ("The document also states that": past an adverb to the subject.)
      let k = v.i - 1;
      while (k > 0 && v.tokens[k].word && (AUXILIARIES.has(v.tokens[k].lower) || MID_ADVERBS.has(v.tokens[k].lower)))
        k--;
      const subject = v.tokens[k];
      // ("The draft, dated March 14, states that": after a description between commas.)
      if (subject?.text === "," || subject?.text === ")") return false;
      return !(
        subject?.word &&
        ((subject.cap && !/^\d/.test(subject.text)) ||
          PERSON_PRONOUNS.has(subject.lower) ||
          subject.lower === "it" ||
          ORGANISATION_HEADS.has(subject.lower) ||
          DOCUMENT_HEADS.has(subject.lower))
      );
    },
  },
  // "Documented is identifying her only by her first name": a name opening the sentence, its verb right after it.
  {
    id: "verb/name-opening",
    // ("Said has denied the charges" too; a plural is a noun and a hedge of its own: "Reports had surfaced that …".)
    test: (v) =>
      v.i === 0 && v.tokens[0].cap && !/s$/.test(v.w) && /^(is|was|has|had|will|would|does|did)$/.test(after(v)),
  },
  // "a backlog of 6,000 reported leaks", "at least three reported thefts": a count of what was reported, not a report.
  // ("Channel 4 reported that", "Radio 4 reported": a number closing a name, unless a count of things follows.)
  {
    id: "verb/reported-count",
    words: ["reported"],
    test: (v) => {
      const things = /^\p{Ll}+s$/u.test(after(v)) && !NOT_PLURALS.has(after(v));
      const name = v.tokens[v.i - 2];
      if (/^\d/.test(before(v))) return things || !name?.cap || CAPITALISED_OPENERS.has(name.lower);
      return COUNT_WORDS.test(before(v)) && things;
    },
  },
  // "what the company first asked for", "a job they never asked for": a thing asked for, with nothing said.
  {
    id: "verb/asked-for-thing",
    words: ["asked", "asks", "ask"],
    test: (v) => after(v) === "for" && !v.tokens[v.i + 2]?.word,
  },
  // "What did the government say?", a newsletter's "What they're saying:": a question or a label a subhead asks.
  {
    id: "verb/question",
    test: (v) =>
      WH_WORDS.has(v.tokens[0]?.lower ?? "") &&
      ((v.tokens[v.tokens.length - 1]?.text === "?" &&
        /^(did|does|do|will|would|can|could)$/.test(v.tokens[1]?.lower ?? "")) ||
        (v.next?.text === ":" && v.i <= 3)),
  },
  // "a royalty deferral offered to lithium miners", "offered to resign": something given or a plan, no claim.
  { id: "verb/offered-to", words: ["offered"], test: (v) => after(v) === "to" },
  // "summoned the chief executive to testify", "asked him to comment": what was asked for, still to come.
  {
    id: "verb/asked-to",
    test: (v) =>
      before(v) === "to" && v.tokens.slice(Math.max(0, v.i - 10), v.i - 1).some((t) => ASKING_VERBS.has(t.lower)),
  },
  // "The privacy worries are not hypothetical", "the claims were false": a plural noun before its own verb.
  {
    id: "verb/plural-noun",
    test: (v) => v.w.endsWith("s") && PLURAL_VERB_AFTER.has(after(v)) && !!v.tokens[v.i - 1]?.word && !pronounBefore(v),
  },
  // "Trump's reported net worth", "a TV show": adjective and noun readings.
  // ("Moody's said the outlook was negative", "Sainsbury's says sales rose": a company's name that ends like a
  // possessive, before a verb no noun could be.)
  {
    id: "verb/after-possessive",
    test: (v) => before(v).endsWith("'s") && !(v.tokens[v.i - 1].cap && /^(?:said|says|told|tells)$/.test(v.w)),
  },
  { id: "verb/show-noun", words: ["show"], test: (v) => showNoun(v.tokens, v.i) },
  // "to write the bill" is a task, not a report: "write" and "writing" report only before that/a quote/colon.
  // "wrote" and "writes" report whatever follows ("Cruz wrote an op-ed urging …").
  {
    id: "verb/write-task",
    words: [...WRITE_FORMS],
    test: (v) =>
      // "the council would write to Ms Grant": a letter still to send.
      MODALS.has(before(v)) ||
      (!!v.next &&
        !(
          REPORT_COMPLEMENT.has(v.next.lower) ||
          OPEN_QUOTES.has(v.next.text) ||
          v.next.text === ":" ||
          v.next.text === "," ||
          v.next.text === "."
        )),
  },
  // "the claims", "media reports", "a handwritten note"; "the United States".
  // ("the United States", "Rust Belt states that have suffered"; but a document's letters, "The FIR states that …",
  // report.)
  {
    id: "verb/noun-use",
    test: (v) => {
      const prev = v.tokens[v.i - 1];
      // ("The charge sheet filed by the CBI states that the accused took bribes": or a body's letters, then a clause
      // of its own; "US states that voted for him" is a relative clause.)
      const documentLetters =
        !!prev &&
        /^\p{Lu}{2,}$/u.test(prev.text) &&
        after(v) === "that" &&
        (DOCUMENT_HEADS.has(prev.lower) || ORGANISATION_HEADS.has(prev.lower) || clauseAfterThat(v.tokens, v.i + 1));
      return nounUse(v.tokens, v.i) || (v.w === "states" && !!prev?.cap && !documentLetters);
    },
  },
];

/**
 * Every veto, in the order they are tried (the first that applies is the one `analyze --why` names): names given,
 * this file's, time going on or still to come, verbs that need a clause, those that find nothing said
 * (no-statement-vetoes.ts), those that read the verb's object, those that find a plain act (act-vetoes.ts) or no
 * proposition, then noun uses.
 */
export const VERB_VETOES: readonly Veto[] = [
  ...NAMING_VETOES,
  ...OWN_VETOES,
  ...ADDED_VETOES,
  ...PARTICIPLE_VETOES,
  ...OTHER_SENSE_VETOES,
  ...CALL_VETOES,
  ...TIME_VETOES,
  ...CLAUSE_NEEDED_VETOES,
  ...NO_STATEMENT_VETOES,
  ...ORDER_VETOES,
  ...OBJECT_VETOES,
  ...ACT_VETOES,
  ...NO_PROPOSITION_VETOES,
  ...NOUN_USE_VETOES,
];

const ANY_VERB = VERB_VETOES.filter((v) => !v.words);
const BY_WORD = new Map<string, Veto[]>();
for (const w of new Set(VERB_VETOES.flatMap((v) => v.words ?? []))) {
  BY_WORD.set(
    w,
    VERB_VETOES.filter((v) => !v.words || v.words.includes(w)),
  );
}

/** The vetoes that can apply to the verb form `w`, in table order. */
export const vetoesFor = (w: string): readonly Veto[] => BY_WORD.get(w) ?? ANY_VERB;
