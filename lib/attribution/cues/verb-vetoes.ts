/**
 * Places where a reporting verb reports nothing, checked in order once a verb has passed the word lists: each
 * with a stable id (`analyze --why` names the one that turned a candidate down) and the shapes it is for. Names given
 * are in naming-vetoes.ts, time going on or to come in time-vetoes.ts, nothing said in no-statement-vetoes.ts, the
 * verb's object in object-vetoes.ts, no proposition in no-proposition-vetoes.ts, a verb form used as a noun in
 * noun-use-vetoes.ts.
 */
import { afterBe, passiveWithoutAgent } from "../phrases/subject";
import { isTimeWord, timePhraseLeft } from "../phrases/time";
import {
  VOUCHING_AT_END,
  ANONYMOUS_HEADS,
  ASKING_VERBS,
  AUXILIARIES,
  BE_FORMS,
  CALLED_ACTS,
  DETERMINERS,
  DETERMINERS_AFTER,
  DOCUMENT_HEADS,
  DOCUMENT_PARTICIPLES,
  FOUND_OBJECTS,
  MID_ADVERBS,
  MODALS,
  OBJECT_PRONOUNS,
  OPEN_QUOTES,
  OTHER_PRONOUNS,
  ORGANISATION_HEADS,
  PERSON_HEADS,
  PERSON_PRONOUNS,
  PLURAL_VERB_AFTER,
  ROLE_NOUNS,
  POINTING_ADVERBS,
  POSTED_MEDIA,
  PREPOSITIONS,
  REFLEXIVES,
  REPORT_COMPLEMENT,
  SAID_AFTER,
  STRONG_VERBS,
  STATES_OF_MIND,
  TURNED_DOWN,
  WH_WORDS,
  ONLY_BEFORE_THAT,
  WRITE_FORMS,
  WRITTEN_THINGS,
} from "../words";
import { NOUN_USE_VETOES } from "./noun-use-vetoes";
import { NO_PROPOSITION_VETOES } from "./no-proposition-vetoes";
import { NAMING_VETOES } from "./naming-vetoes";
import { NO_STATEMENT_VETOES } from "./no-statement-vetoes";
import { TIME_VETOES } from "./time-vetoes";
import { OBJECT_VETOES } from "./object-vetoes";
import { unnamedOnPurposeAt } from "../text/quotes";
import { after, before, type Veto, type VerbAt } from "./veto-kit";
import { nounUse, showNoun } from "./verb-senses";

/** Counts before a participle that describes what is counted ("three reported thefts"). */
const COUNT_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten)$/;
/** Words ending in "s" that are no plural noun. */
const NOT_PLURALS = new Set(["this", "his", "its", "us", "was", "has", "is", "does", "as", "thus", "whereas"]);

/** A clause follows the verb: "that", or a modal or a form of "be" or "have" within a few words. */
const claimFollows = (v: VerbAt) =>
  after(v) === "that" ||
  [2, 3, 4].some((k) => MODALS.has(after(v, k)) || /^(is|are|was|were|had|has|will|would)$/.test(after(v, k)));

/**
 * "as" later in the verb's clause, within twelve words before its next punctuation mark, or twenty past an aside
 * between commas ("regard the summer heat, combined with late-night dining, as the main risk").
 */
function asInClause(v: VerbAt): boolean {
  let commas = 0;
  for (let k = v.i + 1; k < v.tokens.length && k <= v.i + (commas ? 20 : 12); k++) {
    const t = v.tokens[k];
    if (t.text === "," && ++commas <= 2) continue;
    if (!t.word) return false;
    if (t.lower === "as") return true;
  }
  return false;
}

/** What was said follows in the clause: "as", "for", "over", "that", a quotation, a colon or ", saying". */
function saidFollows(v: VerbAt): boolean {
  for (let k = v.i + 1; k < v.tokens.length && k <= v.i + 12; k++) {
    const t = v.tokens[k];
    if (OPEN_QUOTES.has(t.text) || t.text === ":" || SAID_AFTER.has(t.lower)) return true;
    if (!t.word) return t.text === "," && /^(saying|calling|arguing|accusing)$/.test(v.tokens[k + 1]?.lower ?? "");
  }
  return false;
}

/** A lower-case noun before the verb that names a thing, not a speaker ("prices", "figures"; not "ministry"). */
function thingBefore(v: VerbAt): boolean {
  const w = before(v);
  return (
    !!v.tokens[v.i - 1]?.word &&
    !v.tokens[v.i - 1].cap &&
    !/ly$/.test(w) &&
    w !== "as" &&
    !AUXILIARIES.has(w) &&
    !PERSON_PRONOUNS.has(w) &&
    !OTHER_PRONOUNS.has(w) &&
    ![w, w.replace(/s$/, "")].some(
      (n) => ANONYMOUS_HEADS.has(n) || ORGANISATION_HEADS.has(n) || PERSON_HEADS.has(n) || ROLE_NOUNS.has(n),
    )
  );
}

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
  // "a video posted to her account", "was offered a scholarship": the post, the offer, not who made it, are in view.
  {
    id: "verb/posted-offered",
    words: ["posted", "offered"],
    test: (v) => afterBe(v.tokens, v.i),
  },
  // "posted a photo of the flooded street", "posted videos of the parade": a picture shared, nothing said.
  {
    id: "verb/posted-media",
    words: ["posted", "posts", "post"],
    test: (v) =>
      POSTED_MEDIA.has(after(v)) ||
      (/^(a|an|the|some|two|three)$/.test(after(v)) && [2, 3, 4].some((k) => POSTED_MEDIA.has(after(v, k)))),
  },
  // "the ransomware incidents reported to ANSSI": a participle after its noun, an event reported, no claim.
  {
    id: "verb/reported-to",
    words: ["reported"],
    test: (v) =>
      after(v) === "to" &&
      !!v.tokens[v.i - 1]?.word &&
      !v.tokens[v.i - 1].cap &&
      v.tokens[v.i - 1].lower.endsWith("s") &&
      !AUXILIARIES.has(before(v)) &&
      !PERSON_PRONOUNS.has(before(v)) &&
      !OTHER_PRONOUNS.has(before(v)),
  },
  // "the input prices charged by each contractor", "the figures quoted by the minister": a participle after a noun
  // that cannot speak, with the passive's agent after it: the thing in view, no statement ("the ministry confirmed by
  // email" speaks; "as reported by Reuters" and "was told by aides" report).
  {
    id: "verb/participle-by",
    test: (v) => after(v) === "by" && /(?:ed|said|told)$/.test(v.w) && thingBefore(v),
  },
  // "rights that had been denied victims", "the request was denied": refused, not denied as untrue.
  { id: "verb/denied-refused", words: ["denied"], test: (v) => passiveWithoutAgent(v.tokens, v.i) },
  // "as more drugs are added", "features were added": something put in, no words.
  {
    id: "verb/added-passive",
    words: ["added"],
    test: (v) => passiveWithoutAgent(v.tokens, v.i) && after(v) !== "that" && !OPEN_QUOTES.has(v.next?.text ?? ""),
  },
  // "The quote was attributed to Lincoln", "terror attacks attributed to the group": whose the words or the deeds are
  // said to be; "The report attributed the rise to rents" names a cause, and reports.
  { id: "verb/attributed-to", words: ["attributed"], test: (v) => after(v) === "to" || afterBe(v.tokens, v.i) },
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
  // "Harker has been recalled to the Test squad", "the cars were recalled": called back, not remembering.
  {
    id: "verb/recalled-back",
    words: ["recalled"],
    test: (v) => passiveWithoutAgent(v.tokens, v.i) && after(v) !== "that",
  },
  // "The request was later referred to the Committee on Debts", "Syrians are referred to a fraud office": sent on.
  {
    id: "verb/referred-on",
    words: ["referred"],
    test: (v) => after(v) === "to" && passiveWithoutAgent(v.tokens, v.i),
  },
  // "found a way to …": coming upon something, not a finding reported. "Perhaps most telling,": revealing.
  {
    id: "verb/found-a-way",
    words: ["found"],
    test: (v) => after(v) === "a" && FOUND_OBJECTS.has(after(v, 2)),
  },
  { id: "verb/telling-revealing", words: ["telling"], test: (v) => !!v.next && !v.next.word },
  // "Cruz pledged to oppose …", "He pledged that …" (but "1,700 pledged delegates": a kind of delegate).
  {
    id: "verb/pledged-adjective",
    words: ["pledged"],
    test: (v) => !(v.next && (v.next.lower === "to" || v.next.lower === "that" || OPEN_QUOTES.has(v.next.text))),
  },
  // "agreed to a plan" accepts something; "agreed that …" reports a view. "added to" grows.
  { id: "verb/agreed-to", test: (v) => (v.w.startsWith("agree") || v.w === "added") && after(v) === "to" },
  // "the company added 40 new lines", "the economy added 200,000 jobs": a count added, not words.
  // ("substitute Dean Mowbray added a late third": a goal; "added that the third …" still reports.)
  {
    id: "verb/added-count",
    words: ["added", "adds", "adding"],
    test: (v) =>
      /^\d/.test(after(v)) ||
      (/^(a|an|the|his|her|their|its)$/.test(after(v)) &&
        v.tokens.slice(v.i + 2, v.i + 4).some((t) => ORDINALS.test(t.lower))),
  },

  // "Aurelis has offered 6.5%", "offered $2 million", "have offered him a two-year extension": a sum bid or a thing
  // given, not words.
  {
    id: "verb/offered-thing",
    words: ["offered", "offering", "offers", "offer"],
    // ("offered her own approach": "her" may own what is offered.)
    test: (v) => /^[\d$£€¥₹]/.test(v.next?.text ?? "") || /^(him|them|me|us)$/.test(after(v)),
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
  // "…,” adding a crying-laughing emoji": a thing put after the words, no words of its own ("adding a caveat that …"
  // and "adding: …" say something).
  {
    id: "verb/adding-a-thing",
    words: ["adding"],
    // ("adding a decision on the bridge would be made next week": a clause with its verb, its "that" left out.)
    test: (v) =>
      /^(a|an)$/.test(after(v)) &&
      !v.tokens
        .slice(v.i + 1, v.i + 10)
        .some(
          (t) =>
            t.lower === "that" ||
            t.text === ":" ||
            OPEN_QUOTES.has(t.text) ||
            MODALS.has(t.lower) ||
            /^(?:is|are|was|were|has|have|had)$/.test(t.lower),
        ),
  },
  // "An employee who answered the phone at the head office": a call taken, no answer given.
  {
    id: "verb/answered-call",
    words: ["answered", "answers", "answering", "answer"],
    // ("who answered her door … and said": kept, as the verb that gives "said" its speaker.)
    test: (v) => after(v) === "the" && /^(?:phone|phones|door|call|calls|telephone|bell)$/.test(after(v, 2)),
  },
  // "Opposition deputies have requested a report from the ministry": asking for something, no claim.
  {
    id: "verb/requested-thing",
    words: ["requested", "requests", "request"],
    test: (v) => /^(a|an|the)$/.test(after(v)),
  },
  // "called the police", "called a meeting", "called an election": an act, not a claim.
  {
    id: "verb/called-act",
    words: ["called", "calls", "call", "calling"],
    // ("called a 10-minute recess"; but "called the vote “a solution in search of a problem”" names what it is.)
    test: (v) =>
      !v.tokens.slice(v.i + 1, v.i + 6).some((t) => OPEN_QUOTES.has(t.text)) &&
      (CALLED_ACTS.has(after(v)) ||
        (/^(a|an|the)$/.test(after(v)) && [2, 3, 4].some((k) => CALLED_ACTS.has(after(v, k))))),
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
  // "the warning system sounded.": a sound, not a warning given ("sounded the alarm" is one).
  { id: "verb/sounded-alone", words: ["sounded"], test: (v) => !v.next?.word },
  // "the loss of awareness described in the report was …": a participle after its noun, pointing at a document.
  {
    id: "verb/described-in-document",
    words: ["described", "detailed", "outlined", "cited", "mentioned"],
    test: (v) =>
      /^(in|by)$/.test(after(v)) &&
      DETERMINERS.has(after(v, 2)) &&
      DOCUMENT_HEADS.has(after(v, 3)) &&
      !!v.tokens[v.i - 1]?.word &&
      !v.tokens[v.i - 1].cap &&
      !AUXILIARIES.has(before(v)) &&
      !PERSON_PRONOUNS.has(before(v)),
  },
  // "aides who spoke on the condition of anonymity to describe private talks": the reason they are unnamed, not a
  // statement.
  {
    id: "verb/anonymity-to",
    test: (v) => before(v) === "to" && [2, 3].some((k) => before(v, k) === "anonymity"),
  },
  // "was shown a second yellow card", "showed a red card to the coach": a card in sport, nothing shown to be so.
  {
    id: "verb/shown-card",
    words: ["shown", "showed", "shows", "show"],
    test: (v) => [1, 2, 3, 4].some((k) => /^cards?$/.test(after(v, k))),
  },
  // "in the fourth minute of added time": football's stoppage time.
  { id: "verb/added-time", words: ["added"], test: (v) => after(v) === "time" },
  // "The justices ruled 6-3": a decision, an act (DESIGN.md); "ruled that …" says what the court holds.
  { id: "verb/ruled-act", words: ["ruled"], test: (v) => after(v) !== "that" },
  // "Whitfield was seen leaving the facility": something watched, not a view held.
  { id: "verb/seen-doing", words: ["seen", "saw", "see", "sees"], test: (v) => after(v).endsWith("ing") },
  // "a security camera pointed into his backyard": a direction, not a point made ("pointed to the figures" is one).
  {
    id: "verb/pointed-direction",
    words: ["pointed", "pointing"],
    test: (v) => /^(into|at|towards?|down|up)$/.test(after(v)),
  },
  // "Members pressed him on near-collisions": questions put, no claim.
  {
    id: "verb/pressed-on",
    words: ["pressed", "presses", "pressing"],
    test: (v) => [1, 2, 3].some((k) => after(v, k) === "on"),
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
  // "the poll found that …" reports; "can be found here", "found myself", "found it" do not.
  {
    id: "verb/found-coming-upon",
    words: ["found", "finds"],
    test: (v) => passiveWithoutAgent(v.tokens, v.i) || REFLEXIVES.has(after(v)) || OBJECT_PRONOUNS.has(after(v)),
  },
  // "Rebels attacked a convoy" is an act; "attacked the plan as reckless", "attacked him for lying", "attacked the
  // ruling, saying …" are words (something said must follow in the clause: DESIGN.md's plain actions).
  {
    id: "verb/attack-act",
    words: ["attacked", "attacks", "attacking", "attack"],
    test: (v) => !saidFollows(v),
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
          ORGANISATION_HEADS.has(subject.lower))
      );
    },
  },
  // "added fees for paper bills": a thing added, not words.
  {
    id: "verb/added-thing",
    words: ["added", "adds", "adding"],
    test: (v) =>
      !!v.next?.word &&
      /s$/.test(after(v)) &&
      !v.next.cap &&
      !DETERMINERS_AFTER.has(after(v)) &&
      /^(for|to|on|in|of)$/.test(after(v, 2)),
  },
  // "a backlog of 6,000 reported leaks", "at least three reported thefts": a count of what was reported, not a report.
  {
    id: "verb/reported-count",
    words: ["reported"],
    test: (v) =>
      /^\d/.test(before(v)) ||
      (COUNT_WORDS.test(before(v)) && /^\p{Ll}+s$/u.test(after(v)) && !NOT_PLURALS.has(after(v))),
  },
  // "what they had seen or heard": the thing seen, not a view ("analysts see a rate cut" and "sees the deal as a
  // betrayal" give one).
  {
    id: "verb/what-was-seen",
    words: ["see", "sees", "seen", "seeing", "saw"],
    test: (v) => v.tokens.slice(Math.max(0, v.i - 4), v.i).some((t) => t.lower === "what") && !asInClause(v),
  },
  // "declared a state of emergency", "declared the outage a local disaster", "declared Friday a day of mourning": a
  // status proclaimed, an act (DESIGN.md); "declared that …" and "declared: “…”" say something.
  {
    id: "verb/declared-act",
    words: ["declared", "declares", "declare", "declaring"],
    test: (v) =>
      !!v.next?.word &&
      after(v) !== "that" &&
      !PREPOSITIONS.has(after(v)) &&
      // "declared on Friday", "declared Sunday", but "declared Friday a day of mourning".
      (!isTimeWord(after(v)) || /^(a|an)$/.test(after(v, 2))) &&
      // "“…,” declared Senator Jeff Flake": the speaker after a quotation.
      !/^[,”"’']$/.test(v.tokens[v.i - 1]?.text ?? "") &&
      // "declared Trump was a threat": a clause without its "that", which says something.
      !v.tokens.slice(v.i + 2, v.i + 6).some((t) => BE_FORMS.has(t.lower) || AUXILIARIES.has(t.lower)),
  },
  // "what the company first asked for", "a job they never asked for": a thing asked for, with nothing said.
  {
    id: "verb/asked-for-thing",
    words: ["asked", "asks", "ask"],
    test: (v) => after(v) === "for" && !v.tokens[v.i + 2]?.word,
  },
  // "referred the contracts to the Ombudsman": a case sent on; "referred to X as" is words.
  {
    id: "verb/referred-case",
    words: ["referred", "refers", "referring"],
    test: (v) => /^(the|a|an|his|her|its|their)$/.test(after(v)),
  },
  // "briefing documents the agency posted on Tuesday": the document is in view, not what was posted in it.
  {
    id: "verb/document-posted",
    words: ["posted", "released", "published", "issued", "filed"],
    test: (v) => DOCUMENT_HEADS.has(before(v, 3)) && /^(the|a|an|its|their)$/.test(before(v, 2)),
  },
  // "They found 31-year-old Marisol Vega": coming upon a person, not a finding.
  { id: "verb/found-person", words: ["found", "finds"], test: (v) => /^\d+-year-old$/.test(after(v)) },
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
    test: (v) =>
      v.w.endsWith("s") &&
      PLURAL_VERB_AFTER.has(after(v)) &&
      !!v.tokens[v.i - 1]?.word &&
      !PERSON_PRONOUNS.has(before(v)) &&
      !OTHER_PRONOUNS.has(before(v)),
  },
  // "Internal documents seen by The Verge show …", "a memo obtained by Reuters": the document is in view, not its
  // reader.
  {
    id: "verb/document-participle",
    words: [...DOCUMENT_PARTICIPLES],
    test: (v) => (after(v) === "by" || after(v) === "to") && DOCUMENT_HEADS.has(before(v)),
  },
  // "a home guard posted at the station", "troops posted to the border": stationed there ("posted at 11:48 p.m.:" is
  // a time, and "posted to the forum that …" says something).
  {
    id: "verb/posted-stationed",
    words: ["posted"],
    test: (v) =>
      (after(v) === "at" || after(v) === "to") &&
      DETERMINERS.has(after(v, 2)) &&
      !v.tokens.slice(v.i + 3, v.i + 8).some((t) => t.lower === "that" || t.text === ":" || OPEN_QUOTES.has(t.text)),
  },
  // "Trump's reported net worth", "a TV show": adjective and noun readings.
  { id: "verb/after-possessive", test: (v) => before(v).endsWith("'s") },
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
      const documentLetters =
        !!prev &&
        /^\p{Lu}{2,}$/u.test(prev.text) &&
        (DOCUMENT_HEADS.has(prev.lower) || ORGANISATION_HEADS.has(prev.lower)) &&
        after(v) === "that";
      return nounUse(v.tokens, v.i) || (v.w === "states" && !!prev?.cap && !documentLetters);
    },
  },
];

/** Verbs that report only with a clause after them, tried last: what the other vetoes did not turn down. */
const CLAUSE_NEEDED_VETOES: readonly Veto[] = [
  // "informed the exchanges that the penalty would be provided for" reports; "informed Kallstrom of the decision",
  // "notified the police" passes news on, unsaid.
  {
    id: "verb/informed-without-that",
    words: ["inform", "informs", "informed", "informing", "notify", "notifies", "notified", "notifying"],
    test: (v) => !v.tokens.slice(v.i + 1, v.i + 7).some((t) => t.lower === "that"),
  },
  // "accepted that it had been dark" concedes; "accepted the offer" takes it.
  // (A day may come between: "projects on Tuesday that …".)
  {
    id: "verb/needs-that",
    words: [...ONLY_BEFORE_THAT],
    test: (v) => {
      // ("…, the BBC has learned.": an outlet vouching after the claim; "the two learned of a meeting": news of it.)
      // ("The cause has not been established.": a passive vouches for nothing.)
      // (And set off by a comma, ", The Patriot has established.": "the company her father established." founded it.)
      const comma = v.tokens.slice(Math.max(0, v.i - 6), v.i).some((t) => t.text === ",");
      const vouchingAtEnd = VOUCHING_AT_END.has(v.w) && !afterBe(v.tokens, v.i) && comma;
      if (vouchingAtEnd && (/^[.;]?$/.test(v.next?.text ?? "") || after(v) === "of")) return false;
      const that = v.tokens.findIndex((t, k) => k > v.i && k <= v.i + 4 && t.lower === "that");
      // ("has learned, however, that …": an aside between commas may come between.)
      const aside = v.next?.text === "," && v.tokens[that - 1]?.text === ",";
      return !(that === v.i + 1 || (that > v.i + 1 && (timePhraseLeft(v.tokens, that - 1) === v.i + 1 || aside)));
    },
  },
];

/**
 * Every veto, in the order they are tried (the first that applies is the one `analyze --why` names): names given,
 * this file's, time going on or still to come, verbs that need a clause, those that find nothing said
 * (no-statement-vetoes.ts), those that read the verb's object or find no proposition, then noun uses.
 */
export const VERB_VETOES: readonly Veto[] = [
  ...NAMING_VETOES,
  ...OWN_VETOES,
  ...TIME_VETOES,
  ...CLAUSE_NEEDED_VETOES,
  ...NO_STATEMENT_VETOES,
  ...OBJECT_VETOES,
  ...NO_PROPOSITION_VETOES,
  ...NOUN_USE_VETOES,
];

const ORDINALS = /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/;

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
