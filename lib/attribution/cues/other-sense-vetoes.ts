/**
 * Vetoes for a reporting verb in another of its senses: an act ("declared a state of emergency", "ruled the
 * country"), a movement or a place ("pointed north", "pressed on"), a thing or person come upon ("found a way", "found
 * a 12-year-old"). A call that says nothing is in call-vetoes.ts; the rest of the table is in verb-vetoes.ts.
 */
import { headIndex } from "../phrases/head-word";
import { nounPhraseRight } from "../phrases/noun-phrase";
import { passiveWithoutAgent } from "../phrases/subject";
import { isTimeWord } from "../phrases/time";
import {
  AUXILIARIES,
  BE_FORMS,
  DOCUMENT_HEADS,
  FOUND_OBJECTS,
  FOUND_THINGS,
  OBJECT_PRONOUNS,
  OPEN_QUOTES,
  PREPOSITIONS,
  REFLEXIVES,
  FOUND_POSTURES,
  VERB_AUXILIARIES,
} from "../words";
import {
  FINITE,
  after,
  asInClause,
  before,
  hearerAt,
  saidFollows,
  sayingVerb,
  type Veto,
  type VerbAt,
} from "./veto-kit";

/** What a warning can be the kind of: "warning signs", "warning lights", "warning shots". */
const WARNING_THINGS = /^(?:signs?|lights?|shots?|labels?|notices?|triangles?|systems?|bells?|scores?|sirens?|flags?)$/;

/** "with a golf club" soon after the verb, and nothing said after it: what an attack was made with. */
const withWeapon = (v: VerbAt) =>
  v.tokens
    .slice(v.i + 1, v.i + 6)
    .some((t, k, near) => t.lower === "with" && /^(?:a|an|his|her|their)$/.test(near[k + 1]?.lower ?? "")) &&
  !v.tokens.slice(v.i + 1, v.i + 12).some((t) => t.lower === "that" || OPEN_QUOTES.has(t.text));

export const OTHER_SENSE_VETOES: readonly Veto[] = [
  // "had not been recorded in writing", "put his concerns in writing to the site manager", "notify their landlord in
  // writing that …": a way of keeping something, no one writing a claim.
  { id: "verb/in-writing", words: ["writing"], test: (v) => before(v) === "in" },
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
    // ("She was referred by her GP in March": a patient sent on by a doctor.)
    test: (v) =>
      (after(v) === "to" && passiveWithoutAgent(v.tokens, v.i)) ||
      (after(v) === "by" && /^(?:was|were|been|being|is|are|be)$/.test(before(v))),
  },
  // "Many farmers found out about the talks from social media": learnt of it, no finding reported.
  { id: "verb/found-out", words: ["found", "find", "finds", "finding"], test: (v) => after(v) === "out" },
  // "found a way to …": coming upon something, not a finding reported. "Perhaps most telling,": revealing.
  {
    id: "verb/found-a-way",
    words: ["found"],
    // ("has found work as a delivery driver": or work itself.)
    // ("The survey found employment rose": a clause after it is a finding.)
    // ("found a new use for the slab": an adjective before the thing.)
    test: (v) =>
      (after(v) === "a" && (FOUND_OBJECTS.has(after(v, 2)) || FOUND_OBJECTS.has(after(v, 3)))) ||
      (/^(work|employment)$/.test(after(v)) && /^(as|at|in|with|for|on)$/.test(after(v, 2))),
  },
  // "Police found a body in the canal", "Divers found the wreckage": a thing come upon (nouns.json foundThings);
  // "found the body had been moved" finds that something is so.
  {
    id: "verb/found-a-thing",
    words: ["found", "find", "finds"],
    test: (v) => {
      const thing = nounPhraseRight(v.tokens, v.i + 1);
      // ("found no alcohol or drugs in his system": finding none is a finding.)
      if (!thing || v.tokens[thing[0]].lower === "no") return false;
      const words = v.tokens.slice(thing[0], thing[1] + 1);
      const head = words[headIndex(words)];
      // ("found seven cartridges next to the vehicle": or the word before where it was found.)
      const where = words.findIndex((t, k) => k > 0 && (PREPOSITIONS.has(t.lower) || t.lower === "next"));
      // ("found the last of the bodies", "found two of the missing hikers": the things a part is of.)
      const of = words[where]?.lower === "of" ? where + (words[where + 1]?.lower === "the" ? 2 : 1) : -1;
      const partOf = of > 0 ? words.slice(of, of + 2).find((t) => FOUND_THINGS.has(t.lower)) : undefined;
      const found = [head, words[where - 1], partOf].some((t) => !!t && FOUND_THINGS.has(t.lower));
      return found && !FINITE.test(after(v, thing[1] - v.i + 1));
    },
  },
  { id: "verb/telling-revealing", words: ["telling"], test: (v) => !!v.next && !v.next.word },
  // "The judge, however, was not persuaded.", "Not everyone in the City was persuaded": a state of mind, no claim
  // ("was persuaded that …" holds one; "persuaded the donors" is an act, read as any verb is).
  {
    id: "verb/persuaded-state",
    words: ["persuaded", "unpersuaded"],
    test: (v) => passiveWithoutAgent(v.tokens, v.i) && after(v) !== "that",
  },
  // "Warning signs have been put up", "an early warning score": a kind of thing, no warning given.
  {
    id: "verb/warning-thing",
    words: ["warning"],
    // ("Economists are warning signs of a slowdown are everywhere": after "be", a verb with its claim.)
    test: (v) =>
      !BE_FORMS.has(before(v)) &&
      !AUXILIARIES.has(before(v)) &&
      (WARNING_THINGS.test(after(v)) || before(v) === "early"),
  },
  // "had been quoted £14,500 by a clinic", "quoted a price of": a price given, not words repeated.
  {
    id: "verb/quoted-price",
    words: ["quoted", "quotes", "quote", "quoting"],
    test: (v) =>
      /^[£$€¥₹]|^\d/.test(v.next?.text ?? "") || (after(v) === "a" && /^(?:price|fee|figure)$/.test(after(v, 2))),
  },
  // "the warning system sounded.": a sound, not a warning given ("sounded the alarm" is one).
  { id: "verb/sounded-alone", words: ["sounded"], test: (v) => !v.next?.word },
  // "was shown a second yellow card", "showed a red card to the coach": a card in sport, nothing shown to be so.
  {
    id: "verb/shown-card",
    words: ["shown", "showed", "shows", "show"],
    test: (v) => [1, 2, 3, 4].some((k) => /^cards?$/.test(after(v, k))),
  },
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
  // "the poll found that …" reports; "can be found here", "found myself", "found it" do not.
  {
    id: "verb/found-coming-upon",
    words: ["found", "finds"],
    test: (v) => passiveWithoutAgent(v.tokens, v.i) || REFLEXIVES.has(after(v)) || OBJECT_PRONOUNS.has(after(v)),
  },
  // "Rebels attacked a convoy" is an act; "attacked the plan as reckless", "attacked him for lying", "attacked the
  // ruling, saying …" are words (something said must follow in the clause: DESIGN.md's plain actions). ("attacked his
  // neighbour with a golf club during a row over a hedge": a weapon says an assault, whatever "over" follows.)
  {
    id: "verb/attack-act",
    words: ["attacked", "attacks", "attacking", "attack"],
    test: (v) => !saidFollows(v) || withWeapon(v),
  },
  // "what they had seen or heard": the thing seen, not a view ("analysts see a rate cut" and "sees the deal as a
  // betrayal" give one).
  {
    id: "verb/what-was-seen",
    words: ["see", "sees", "seen", "seeing", "saw"],
    test: (v) => v.tokens.slice(Math.max(0, v.i - 4), v.i).some((t) => t.lower === "what") && !asInClause(v),
  },
  // "The numbers help explain the standoff": things that explain, no one explaining.
  {
    id: "verb/helps-explain",
    words: ["explain", "explains"],
    test: (v) => /^(help|helps|helped|helping)$/.test(before(v)),
  },
  // "Leadership considered pulling the bill", "is considering running": a plan weighed, no view held.
  {
    id: "verb/considered-doing",
    words: ["considered", "considers", "considering", "consider"],
    // ("Smoking is considered damaging": a passive's view, a hedge.)
    test: (v) =>
      /ing$/.test(after(v)) &&
      !v.next?.cap &&
      !BE_FORMS.has(before(v)) &&
      !!v.tokens[v.i + 2]?.word &&
      !/^(nothing|something|anything)$/.test(after(v)),
  },
  // "Workers continued their sit-in", "continued the strike": an act kept up; "continued: …" and "continued, “…”"
  // go on speaking.
  {
    id: "verb/continued-act",
    words: ["continued", "continues", "continue"],
    test: (v) => /^(their|its|his|her|our|the|a|an|to)$/.test(after(v)) && after(v, 2) !== "say",
  },
  // "data showing whether the trainings worked": a question asked of it, no finding.
  {
    id: "verb/shows-whether",
    words: ["show", "shows", "showed", "showing", "indicate", "indicates", "indicating"],
    // ("A new poll shows if the election were held today …": "if" opens a condition, and the poll still finds.)
    // ("The records do not show if the payment was made": after a negation, "if" asks too.)
    test: (v) =>
      after(v) === "whether" ||
      (after(v) === "if" &&
        v.tokens.slice(Math.max(0, v.i - 3), v.i).some((t) => /^(not|no|never|n't)$/.test(t.lower))),
  },
  // "she complained of severe chest pain": a symptom felt, no grievance put.
  {
    id: "verb/complained-of-symptom",
    words: ["complained", "complaining", "complains", "complain"],
    test: (v) =>
      after(v) === "of" &&
      v.tokens
        .slice(v.i + 2, v.i + 5)
        .some((t) =>
          /^(pain|pains|symptoms|headache|headaches|fever|dizziness|nausea|breathlessness|discomfort|fatigue|vomiting)$/.test(
            t.lower,
          ),
        ),
  },
  // "Doorbell footage shared widely on social media": what was passed around, no one sharing a view.
  { id: "verb/shared-widely", words: ["shared"], test: (v) => /^(widely|online)$/.test(after(v)) },
  // "be pressed into service": put to use.
  { id: "verb/pressed-into", words: ["pressed", "press"], test: (v) => after(v) === "into" },
  // "had reported as required for years", "reported for duty": turning up, not a report.
  {
    id: "verb/reported-as-required",
    words: ["reported", "report", "reports", "reporting"],
    test: (v) =>
      (after(v) === "as" && /^(required|instructed|ordered|scheduled|directed|usual|told)$/.test(after(v, 2))) ||
      (after(v) === "for" && after(v, 2) === "duty"),
  },
  // "was showing signs of sepsis", "shows no sign of slowing": a symptom or a trend, no one showing anything.
  {
    id: "verb/showing-signs",
    words: ["show", "shows", "showed", "shown", "showing"],
    // ("The latest survey shows signs of a recovery": a document's finding.)
    test: (v) => {
      const k = /^(no|few|any|some|early|clear)$/.test(after(v)) ? 2 : 1;
      const document = v.tokens.slice(Math.max(0, v.i - 4), v.i).some((t) => DOCUMENT_HEADS.has(t.lower));
      return !document && /^signs?$/.test(after(v, k)) && after(v, k + 1) === "of";
    },
  },
  // "copies of which Mada Masr has seen,", "Documents that the BBC has seen show …": the thing seen is what the
  // relative stands for, and the verb has nothing after it to report.
  {
    id: "verb/which-was-seen",
    words: ["seen", "saw", "obtained", "reviewed", "viewed"],
    test: (v) =>
      v.tokens.slice(Math.max(0, v.i - 5), v.i).some((t) => t.lower === "which" || t.lower === "that") &&
      (!v.next?.word || sayingVerb(after(v)) || FINITE.test(after(v))),
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
      // (An auxiliary of a verb, not an adverb: "declared their first innings on 402 for 8" is a declaration.)
      !v.tokens.slice(v.i + 2, v.i + 6).some((t) => BE_FORMS.has(t.lower) || VERB_AUXILIARIES.has(t.lower)),
  },
  // "referred the contracts to the Ombudsman", "The force has referred itself to the IOPC": a case sent on;
  // "referred to X as" is words.
  {
    id: "verb/referred-case",
    words: ["referred", "refers", "referring"],
    // ("declined to comment, referring our correspondent to the command's spokesperson": a question sent on.)
    // ("The watchdog also referred Daeseong Logistics and two executives to prosecutors": named ones sent on too.)
    test: (v) =>
      /^(the|a|an|his|her|its|their|our|my|your|him|them|us|me|questions|queries|inquiries|enquiries|reporters|journalists)$/.test(
        after(v),
      ) ||
      (REFLEXIVES.has(after(v)) && after(v, 2) === "to") ||
      // ("referred 311 companies to the Labour Dispute Settlement Committee": a count of cases sent on.)
      (/^\d/.test(after(v)) && v.tokens.slice(v.i + 2, v.i + 5).some((t) => t.lower === "to")) ||
      (!!v.tokens[v.i + 1]?.cap &&
        v.tokens
          .slice(v.i + 2, v.i + 9)
          .some((t, k, near) => t.lower === "to" && !!near[k + 1] && hearerAt(v.tokens, v.i + 3 + k))),
  },
  // "the hyperscalers, as the giant cloud firms are known": what they are called, nothing said.
  {
    id: "verb/as-they-are-known",
    words: ["known"],
    test: (v) => !v.tokens[v.i + 1]?.word && v.tokens.slice(Math.max(0, v.i - 8), v.i).some((t) => t.lower === "as"),
  },
  // "The jury was shown doorbell camera footage": evidence put before someone, no claim ("was shown to be false",
  // "it was shown that …" still say something).
  {
    id: "verb/shown-something",
    words: ["shown"],
    test: (v) =>
      /^(?:was|were|been|be|being|also)$/.test(before(v)) &&
      !!v.tokens[v.i + 1]?.word &&
      !/^(?:to|that|by|in|as|how|what|whether)$/.test(after(v)),
  },
  // "The governor, who was nominated by the federal coalition": appointed, nothing said.
  {
    id: "verb/nominated-by",
    words: ["nominated"],
    test: (v) => /^(?:by|for|to)$/.test(after(v)) || /^(?:was|were|been|be|being)$/.test(before(v)),
  },
  // "Opposition benches chanted slogans": a crowd's noise; "chanted 'Lock her up'" quotes words.
  {
    id: "verb/chanted-slogans",
    words: ["chanted", "chanting", "chant", "chants"],
    test: (v) => /^(?:slogans?|songs?|prayers?)$/.test(after(v)) || /^(?:slogans?|songs?)$/.test(after(v, 2)),
  },
  // "She had reported him to the council for parking": a complaint lodged, no claim.
  {
    id: "verb/reported-someone-to",
    words: ["reported", "reports", "report", "reporting"],
    test: (v) =>
      /^(?:him|her|them|it|me|us|himself|herself|themselves)$/.test(after(v)) &&
      after(v, 2) === "to" &&
      /^(?:the|police|authorities|a|his|her|their)$/.test(after(v, 3)),
  },
  // "They found 31-year-old Marisol Vega": coming upon a person, not a finding.
  // ("found Mr Leadbetter lying in the road", "found the man clinging to the roof": whom, then how.)
  // ("found the defendant's son, unhurt,", "found the heater still plugged in": past a comma, or "still".)
  {
    id: "verb/found-person",
    words: ["found", "finds"],
    test: (v) =>
      /^\d+-year-old$/.test(after(v)) ||
      // ("found a section of the fence cut": past a thing's "of".)
      [2, 3, 4, 5, 6, 7].some(
        (k) =>
          FOUND_POSTURES.has(after(v, k)) &&
          // ("found the pilot still had not slept" finds that something is so.)
          !(after(v, k) === "still" && FINITE.test(after(v, k + 1))) &&
          v.tokens.slice(v.i + 1, v.i + k).every((t) => (t.word || t.text === ",") && t.lower !== "that") &&
          v.tokens[v.i + 1]?.word,
      ),
  },
  // "The company showed off a palm-size pouch cell": a thing displayed.
  { id: "verb/showed-off", words: ["showed", "shows", "show", "showing"], test: (v) => after(v) === "off" },
  // "The letter says nothing about energy density": nothing said.
  // ("said nothing would be decided until …" says something.)
  {
    id: "verb/says-nothing",
    words: ["says", "said", "say"],
    test: (v) => after(v) === "nothing" && /^(?:about|of|on|to|more|further|else|at||[.,;])$/.test(after(v, 2)),
  },
  // "B50 refers to a mandatory 50 percent blend": what a term means.
  {
    id: "verb/refers-to-a-thing",
    words: ["refers", "refer"],
    test: (v) => after(v) === "to" && /^(?:a|an)$/.test(after(v, 2)) && /^\p{Lu}/u.test(v.tokens[v.i - 1]?.text ?? ""),
  },
  // "American home sellers are slashing asking prices": the price asked, no one asking.
  { id: "verb/asking-price", words: ["asking"], test: (v) => /^(?:prices?|rents?|fees?)$/.test(after(v)) },
  // "officials showed reporters around a new complaints centre": a visit given, nothing shown to be so.
  {
    id: "verb/showed-around",
    words: ["showed", "shows", "show", "showing", "shown"],
    // ("show that around 9,000 vehicles …" says something.)
    test: (v) =>
      after(v) !== "that" && [2, 3].some((k) => /^(?:around|round)$/.test(after(v, k)) && !/^\d/.test(after(v, k + 1))),
  },
  // "Some residents have already said goodbye to the trees": a farewell, nothing claimed.
  {
    id: "verb/said-goodbye",
    words: ["said", "say", "says", "saying"],
    // ("said Grace Achieng": a name is a speaker.)
    test: (v) => !v.next?.cap && /^(?:goodbye|farewell|hello|grace|amen)$/.test(after(v)),
  },
  // "waving red, white and blue flags", "whose monitoring reports she examined": plural nouns, not verbs.
  {
    id: "verb/plural-noun-after-describer",
    words: ["flags", "reports"],
    test: (v) =>
      /^(?:red|white|blue|green|black|yellow|orange|national|rainbow|party)$/.test(before(v)) ||
      before(v, 2) === "whose",
  },
  // "Dwyer-Kane, recalled for this match", "was recalled to the squad": a player brought back, nothing remembered.
  {
    id: "verb/recalled-to-side",
    words: ["recalled", "recall", "recalls", "recalling"],
    test: (v) =>
      /^(?:for|to|into)$/.test(after(v)) &&
      [2, 3, 4].some((k) =>
        /^(?:match|game|squad|side|team|xi|line-up|lineup|fold|test|series|tour)$/.test(after(v, k)),
      ),
  },
];
