/**
 * The engine's word lists as Sets, loaded from the data in rules/ (what each
 * list is for, with examples and counterexamples, is beside it in
 * rules/*.examples.json). Verb lists give base forms, inflected here
 * ("say/said" → say, says, saying, said, said), and single forms.
 */
import verbs from "./rules/verbs.json";
import hedges from "./rules/hedges.json";
import nouns from "./rules/nouns.json";
import grammar from "./rules/grammar.json";
import pageText from "./rules/page-text.json";
import phrasal from "./rules/phrasal.json";
import notCues from "./rules/not-cues.json";

/** Every inflection of a regular verb (say → says, saying; irregular past given): "base[/past[/participle]]". */
function inflect(entry: string): string[] {
  const [base, past, participle] = entry.split("/");
  const stem = base.endsWith("e") && !base.endsWith("ee") ? base.slice(0, -1) : base;
  const third = /(s|sh|ch|x|z)$/.test(base)
    ? `${base}es`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ies`
      : `${base}s`;
  const regularPast = base.endsWith("e")
    ? `${base}d`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ied`
      : `${base}ed`;
  // "plan/planned", "signal/signalled": a past that doubles the last consonant doubles it before -ing too.
  const doubled = past === `${base}${base.at(-1)}ed`;
  return [
    base,
    third,
    doubled ? `${base}${base.at(-1)}ing` : `${stem}ing`,
    past ?? regularPast,
    participle ?? past ?? regularPast,
  ];
}

/** British spellings beside American ones: "criticised" is "criticized", "apologising" "apologizing". */
const withBritish = (forms: string[]) =>
  forms.flatMap((f) => (/iz(e|es|ed|ing)$/.test(f) ? [f, f.replace(/iz(e|es|ed|ing)$/, "is$1")] : [f]));

const verbForms = (list: { verbs: string[]; forms?: string[] }) =>
  new Set(withBritish([...list.verbs.flatMap(inflect), ...(list.forms ?? [])]));

// verbs.json
export const PUBLISHING_VERBS = new Set(verbs.publishingVerbs);
/** What one calls that is an act, not a claim: "called the police", "called an election". */
export const POSTED_MEDIA = new Set(verbs.postedMedia);
export const CALLED_ACTS = new Set(verbs.calledActs);
/** What one writes that is no message: "wrote cheques", "wrote the code". */
export const WRITTEN_THINGS = new Set(verbs.writtenThings);
export const TURNED_DOWN = new Set(verbs.turnedDown);
export const ASKING_VERBS = new Set(verbs.askingVerbs);
export const VOUCHING_AT_END = new Set(verbs.vouchingAtEnd);
export const DATING_PARTICIPLES = new Set(verbs.datingParticiples);
export const DOCUMENT_PARTICIPLES = new Set(verbs.documentParticiples);
export const MAKING_PARTICIPLES = new Set(verbs.makingParticiples);
export const STRONG_VERBS = verbForms(verbs.strongVerbs);
export const WEAK_VERBS = verbForms(verbs.weakVerbs);
export const INVERTING_VERBS = verbForms(verbs.invertingVerbs);
export const PARTICIPLE_CUES = new Set(verbs.participleCues);
export const NESTED_CLAIM_VERBS = new Set(verbs.nestedClaimVerbs);
export const VAGUE_PARTICIPLES = new Set(verbs.vagueParticiples);
export const REPORTING_BEFORE_CLAUSE = new Set(verbs.reportingBeforeClause);
export const STATES_OF_MIND = new Set(verbs.statesOfMind);
export const PICKY_WEAK = new Set(verbs.pickyWeak);
export const IRREGULAR_PAST = new Set(verbs.irregularPast);
export const PAST_FORMS_NO_NOUN = new Set(verbs.pastFormsNoNoun);
export const WRITE_FORMS = new Set(verbs.writeForms);
export const ONLY_BEFORE_THAT = new Set(verbs.onlyBeforeThat);
export const READ_FORMS = new Set(verbs.readForms);
export const MANNER_FORMS = new Set(verbs.mannerForms);
export const INDICATING_VERBS = new Set(verbs.indicatingVerbs);
export const SHOWING_VERBS = new Set(verbs.showingVerbs);
export const REPORT_COMPLEMENT = new Set(verbs.reportComplement);
export const ASKED_NEXT = new Set(verbs.askedNext);

// hedges.json
export const HEDGE_ADVERBS = new Set(hedges.hedgeAdverbs);
export const HEDGE_NOUNS = new Set(hedges.hedgeNouns);
export const REPORTS_AS_HEDGE_AFTER = new Set(hedges.reportsAsHedgeAfter);
export const HEDGE_ADJECTIVES = new Set(hedges.hedgeAdjectives);
export const PASSIVE_HEDGE_VERBS = new Set(hedges.passiveHedgeVerbs);
export const IT_EMERGED = new Set(hedges.itEmerged);
export const DESCRIBED_AS = new Set(hedges.describedAs);
export const DESCRIBED_WITHOUT_AS = new Set(hedges.describedWithoutAs);
export const SEEN_FORECASTING = new Set(hedges.seenForecasting);
export const HEDGE_GAP = new Set(hedges.hedgeGap);
export const SCHEDULED = new Set(hedges.scheduled);
export const ESTIMATING = new Set(hedges.estimating);
export const SCHEDULED_BEFORE_NAMES = new Set(hedges.scheduledBeforeNames);

// nouns.json
export const PUBLISHED_THINGS = new Set(nouns.publishedThings);
export const STATES = new Set(nouns.states);
export const STATES_ALSO_SURNAMES = new Set(nouns.statesAlsoSurnames);
export const PARTY_NAMES = new Set(nouns.partyNames);
export const SEATS_OF_GOVERNMENT = new Set(nouns.seatsOfGovernment);
export const FOUND_OBJECTS = new Set(nouns.foundObjects);
export const FOUND_THINGS = new Set(nouns.foundThings);
/** How someone was found, right after whom ("lying", "clinging"): come upon, no finding (verbs.json foundPostures). */
export const FOUND_POSTURES = new Set(verbs.foundPostures);
export const INVOKED_RULES = new Set(nouns.invokedRules);
export const AGREED_OBJECTS = new Set(nouns.agreedObjects);
export const KINDS_AFTER_NAME = new Set(nouns.kindsAfterName);
export const STATE_COLLECTIVES = new Set(nouns.stateCollectives);
export const STORY_BODY_KINDS = new Set(nouns.storyBodyKinds);
/** Kinds whose name after them is a body's alone ("the charity Mare Aperto"): company and called kinds, not trades. */
export const BODY_ONLY_KINDS = new Set(
  [...nouns.companyKinds, ...nouns.calledKinds].filter((k) => !nouns.kindsAlsoPeople.includes(k)),
);
export const SHOW_KINDS = new Set(nouns.showKinds);
export const CLAIM_NOUNS = new Set(nouns.claimNouns);
export const THAT_CLAIM_NOUNS = new Set(nouns.thatClaimNouns);
export const VOW_NOUNS = new Set(nouns.vowNouns);
export const EVIDENCE_NOUNS = new Set(nouns.evidenceNouns);
export const EVIDENCE_THAT_NOUNS = new Set(nouns.evidenceThatNouns);
export const NO_EVIDENCE = new Set(nouns.noEvidence);
export const PLANS_BEFORE_INFINITIVE = new Set(verbs.plansBeforeInfinitive);
export const SURVEY_NOUNS = new Set(nouns.surveyNouns);
export const TAKING_PART_IN = new Set(nouns.takingPartIn);
export const OPINION_NOUNS = new Set(nouns.opinionNouns);
export const ANONYMOUS_HEADS = new Set(nouns.anonymousHeads);
/** Heads of a body's name, and of a document's (which speaks for its maker). */
export const ORGANISATION_HEADS = new Set([...nouns.organisationHeads, ...nouns.documentHeads]);
export const DOCUMENT_HEADS = new Set(nouns.documentHeads);
/** A speaker that is a document's own words, its maker not found ("draft audit report", "internal memo"). */
export const documentAlone = (speaker: string) =>
  !/\p{Lu}/u.test(speaker) && DOCUMENT_HEADS.has(speaker.slice(speaker.lastIndexOf(" ") + 1));
/** Heads of a body's name alone ("police", "council", "ministry"). */
export const BODY_HEADS = new Set(nouns.organisationHeads);
export const PARTY_MEMBERS = new Set(nouns.partyMembers);
/** People by sex or kin ("mother", "husband", "actress"): nouns.json sexedNouns, both lists. */
export const SEXED_NOUNS = new Set([...nouns.sexedNouns.men, ...nouns.sexedNouns.women]);
export const PERSON_HEADS = new Set(nouns.personHeads);
export const TITLES = new Set(nouns.titles);
export const SPEAKING_THINGS = new Set(nouns.speakingThings);
export const NOUNS_LIKE_VERBS = new Set(nouns.nounsLikeVerbs);
export const LY_NOUNS = new Set(nouns.lyNouns);
export const NOUN_LIKE_VERBS = new Set(nouns.nounLikeVerbs);
export const PARTY_WORDS = new Set(nouns.partyWords);
export const PARTIES_BY_MEMBERS = new Set(nouns.partiesByMembers);
export const NAMING_BEFORE = new Set(nouns.namingBefore);
export const TWO_WORD_TITLES = new Set(nouns.twoWordTitles);
/** Words a title's portfolio ends with: "Tourism", "Affairs", "Province" (nouns.json portfolioWords). */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(nouns.portfolioWords);
/** Bodies in the plural that no name makes one's own: "aid agencies", "European banks" (nouns.json unnamedBodies). */
export const UNNAMED_BODIES: ReadonlySet<string> = new Set(nouns.unnamedBodies);
/** A place's kind whose name runs on through "of": "Isle of Man", "Bay of Plenty" (nouns.json placesWithOf). */
export const PLACES_WITH_OF: ReadonlySet<string> = new Set(nouns.placesWithOf);
export const SPEAKING_FOR = new Set(nouns.speakingFor);
export const STYLES_OF_ADDRESS = new Set(nouns.stylesOfAddress);
export const NOT_NAMES = new Set(nouns.notNames);
const BODY_NAME_WORDS = new Set(nouns.bodyNameWords);
/** One of them ending a compound, three letters or more before it ("aerosystems"; "vargas" holds no "gas"). */
const COMPOUND_ENDING = new RegExp(`^.{3,}(?:${nouns.compoundBodyEndings.join("|")})$`);
/** A company's word in a name ("Foods", "Games"), or one ending a compound ("Aerosystems"); lower case. */
export const isBodyNameWord = (lower: string) => BODY_NAME_WORDS.has(lower) || COMPOUND_ENDING.test(lower);
export const NOT_ROLES = new Set(nouns.notRoles);
export const HEARING_BODIES = new Set(nouns.hearingBodies);
export const NAME_POSSESSIVES = new Set(nouns.namePossessives);
export const STAFF_MODIFIERS = new Set(nouns.staffModifiers);
export const NOT_COMPANY_WORDS = new Set(nouns.notCompanyWords);
export const COMPANY_KINDS = new Set(nouns.companyKinds);
export const KINDS_OPENING_NAMES = new Set(nouns.kindsOpeningNames);
export const PEOPLES_KINDS = new Set(nouns.peoplesKinds);
/** A company's kind that is a person's job too ("a developer", "a crane operator"); a business or a group is not. */
export const personsWork = (kind: string) => PEOPLES_KINDS.has(kind) && kind !== "business" && kind !== "group";
export const COMPANY_DOINGS = new Set(nouns.companyDoings);
export const OWN_DOCUMENTS = new Set(nouns.ownDocuments);
export const REJECTED_PLANS = new Set(nouns.rejectedPlans);
export const DISMISSED_MATTERS = new Set(nouns.dismissedMatters);
export const DENIED_REQUESTS = new Set(nouns.deniedRequests);
export const PRICES_ASKED = new Set(nouns.pricesAsked);
export const POSTED_RESULTS = new Set(nouns.postedResults);
export const RECALLED_GOODS = new Set(nouns.recalledGoods);
export const HELPED_PEOPLE = new Set(nouns.helpedPeople);
export const PHYSICAL_FINDERS = new Set(nouns.physicalFinders);
export const LIVES_CLAIMED = new Set(nouns.livesClaimed);
export const CLAIM_KINDS = new Set(nouns.claimKinds);
export const NATIONALITY_NOUNS = new Set(nouns.nationalityNouns);
export const ARGUED_MATTERS = new Set(nouns.arguedMatters);
export const OFFERED_TERMS = new Set(nouns.offeredTerms);
export const CLAIMED_PRIZES = new Set(nouns.claimedPrizes);
export const MONEY_CLAIMED = new Set(nouns.moneyClaimed);
export const SCORES_CONCEDED = new Set(nouns.scoresConceded);
export const ADMITTED_PLACES = new Set(nouns.admittedPlaces);
export const REPORTED_TO_PLACES = new Set(nouns.reportedToPlaces);
export const CALLED_KINDS = new Set(nouns.calledKinds);
export const OVERSEERS = new Set(nouns.overseers.kinds);
export const OVERSEEING_HEADS = new Set(nouns.overseers.heads);
/**
 * The heads of the names a body's kind stands for ("the newspaper": "… Zeitung"; "the club": "… City"; "the jury":
 * "… Court"), by kind.
 */
export const HEADS_BY_KIND = new Map<string, ReadonlySet<string>>(
  [
    nouns.newspapers,
    nouns.agencies,
    nouns.clubs,
    nouns.unions,
    nouns.utilities,
    nouns.courts,
    nouns.brokerages,
  ].flatMap(({ kinds, heads }) => {
    const set = new Set(heads);
    return kinds.map((k): [string, ReadonlySet<string>] => [k, set]);
  }),
);
export const DOCUMENT_MODIFIERS = new Set(nouns.documentModifiers);
export const NAME_PARTICLES = new Set(nouns.nameParticles);
export const HYPHEN_PARTICLES = new Set(nouns.hyphenParticles);
export const COUNTING_WORDS = new Set(nouns.countingWords);

// grammar.json
export const DAY_OPENERS = new Set(grammar.dayOpeners);
export const IRREGULAR_PAST_FORMS = new Set(grammar.irregularPastForms);
export const AFTER_PARTICIPLE = new Set(grammar.afterParticiple);
export const IRREGULAR_PARTICIPLES = new Set(grammar.irregularParticiples);
export const SAID_AFTER = new Set(grammar.saidAfter);
export const DETERMINERS_AFTER = new Set(grammar.clauseAfterAdded);
export const WH_WORDS = new Set(grammar.whWords);
export const PLURAL_VERB_AFTER = new Set(grammar.pluralVerbAfter);
export const DESCRIPTION_OPENERS = new Set(grammar.descriptionOpeners);
export const NOUN_AFTER = new Set(grammar.nounAfter);
export const PERSON_LINKS = new Set(grammar.personLinks);
export const PERIOD_OPENERS = new Set(grammar.periodOpeners);
export const VERB_AUXILIARIES = new Set(grammar.verbAuxiliaries);
export const MODALS = new Set(grammar.modals);
export const POINTING_ADVERBS = new Set(grammar.pointingAdverbs);
export const CUE_AUXILIARIES = new Set(grammar.cueAuxiliaries);
export const HEDGE_AUXILIARIES = new Set(grammar.hedgeAuxiliaries);
export const NOT_A_GROUP_VIEW = new Set(grammar.notAGroupView);
export const NOT_GROUP_HEADS = new Set(grammar.notGroupHeads);
export const GROUP_QUANTIFIERS = new Set(grammar.groupQuantifiers);
/** Forms of "think", which report a view only where a group's or a named person's is given (verb-senses.ts). */
export const THINK_FORMS = new Set(grammar.thinkForms);
/** Capitalised words before "think" that name no third party: "I think", "They think". */
export const THINKING_VOICES = new Set(grammar.thinkingVoices);
/** Words after "thought" that give it no proposition: "thought about", "thought twice". */
export const NO_PROPOSITION = new Set(grammar.noProposition);
export const AFTER_SHOW_NOUN = new Set(grammar.afterShowNoun);
export const CONJUNCTIONS = new Set(grammar.conjunctions);
export const CAPITALISED_OPENERS = new Set(grammar.capitalisedOpeners);
export const CLAUSE_OPENERS = new Set(grammar.clauseOpeners);
export const POSSESSIVE_PRONOUNS = new Set(grammar.possessivePronouns);
export const DUMMY_SUBJECTS = new Set(grammar.dummySubjects);
export const DETERMINERS = new Set(grammar.determiners);
export const PREPOSITIONS = new Set(grammar.prepositions);
export const PARTICLES = new Set(grammar.particles);
export const AUXILIARIES = new Set(grammar.auxiliaries);
export const NP_FUNCTION_WORDS = new Set(grammar.npFunctionWords);
export const NP_STOP_WORDS = new Set(grammar.npStopWords);
export const CLAUSE_WORDS = new Set(grammar.clauseWords);
export const SUBORDINATORS = new Set(grammar.subordinators);
export const CLAUSES_AFTER_SUBJECT = new Set(grammar.clausesAfterSubject);
export const GERUND_PREPOSITIONS = new Set(grammar.gerundPrepositions);
export const PERSON_PRONOUNS = new Set(grammar.personPronouns);
/** Pronouns that can be a clause's subject: a person's, and "they". */
export const SUBJECT_PRONOUNS = new Set([...grammar.personPronouns, "they"]);
export const OTHER_PRONOUNS = new Set(grammar.otherPronouns);
export const REFLEXIVES = new Set(grammar.reflexives);
export const OBJECT_PRONOUNS = new Set(grammar.objectPronouns);
export const BE_FORMS = new Set(grammar.beForms);
export const RELATIVES = new Set(grammar.relatives);
export const COORDINATORS = new Set(grammar.coordinators);
export const ORIGIN = new Set(grammar.origin);
/** Verbs of phase before a gerund cue, which the cue's subject governs too: "kept asking", "began dismissing". */
export const ASPECT_VERBS = new Set(grammar.aspectVerbs);
/** Nouns for one holder of an office or a part, which "the …" refers back to a person with ("the senator"). */
export const ROLE_NOUNS = new Set(nouns.roleNouns);
/** Whether a word in lower case heads a phrase for someone who can speak: a body, a role, a title, unnamed people. */
export const speakerHead = (lower: string) =>
  ORGANISATION_HEADS.has(lower) || ROLE_NOUNS.has(lower) || ANONYMOUS_HEADS.has(lower) || TITLES.has(lower);
/** Acronyms that name a role, not a body: "MP", "CEO". */
export const ROLE_ACRONYMS = new Set(nouns.roleAcronyms);
/** Adverbs between a subject and its verb, which the cue takes in: "have long argued". */
export const PREVERB_ADVERBS = new Set(grammar.preverbAdverbs);
/** Words after a subject that count or stress it: "all said", "themselves admitted". */
export const FLOATING_QUANTIFIERS = new Set(grammar.floatingQuantifiers);
export const HEAD_BREAKS = new Set(grammar.headBreaks);
export const LEADING = new Set(grammar.leading);
export const PERSON_POSSESSIVES = new Set(grammar.personPossessives);
export const CLAIM_JOINERS = new Set(grammar.claimJoiners);
export const ABBREVIATIONS = new Set(grammar.abbreviations);
export const CAPITALISED_ABBREVIATIONS = new Set(grammar.capitalisedAbbreviations);
export const ACRONYMS_SPELLING_WORDS = new Set(grammar.acronymsSpellingWords);
export const WEEKDAYS = new Set(grammar.weekdays);
export const NEAR_DAYS = new Set(grammar.nearDays);
export const CLAIM_OPENERS = new Set(grammar.claimOpeners);
export const SPEAKING_PARTICIPLES = new Set(grammar.speakingParticiples);
export const OBJECT_PREPOSITIONS = new Set(grammar.objectPrepositions);
export const MONTHS = new Set(grammar.months);
export const DAY_PARTS = new Set(grammar.dayParts);
export const PERIODS = new Set(grammar.periods);
export const REPORTING_PERIOD_WORDS = new Set(grammar.reportingPeriodWords);
export const AGO_SPANS = new Set(grammar.agoSpans);
export const AGO_COUNTS = new Set(grammar.agoCounts);
export const RELATIVE_TIMES = new Set(grammar.relativeTimes);
export const AUTHOR_VOICES = new Set(grammar.authorVoices);
export const OWN_REPORTERS = new Set(grammar.ownReporters);
export const GENERIC_VOICES = new Set(grammar.genericVoices);
export const APPROXIMATORS = new Set(grammar.approximators);
export const COMPARATIVES = new Set(grammar.comparatives);
export const MONTH_OPENERS = new Set(grammar.monthOpeners);
export const MID_ADVERBS = new Set(grammar.midAdverbs);
export const FREQUENCY_WORDS = new Set(grammar.frequencyWords);

// page-text.json
export const COLON_LABELS = new Set(pageText.colonLabels);
export const DATELINE_NEXT = new Set(pageText.datelineNext);
export const READER_INSTRUCTIONS = new Set(pageText.readerInstructions);
export const OPENING_ADVERBS = new Set(pageText.openingAdverbs);
export const ASIDE_OPENERS = new Set(pageText.asideOpeners);
export const OPEN_QUOTES = new Set(pageText.openQuotes);
export const CLOSE_QUOTES = new Set(pageText.closeQuotes);
export const SIGN_DASHES = new Set(pageText.signDashes);
export const NP_PUNCT = new Set(pageText.npPunct);

/** Verb + particle cues ("talked about", "made it clear"): each group's verb forms and the words completing them. */
export const PHRASAL_GROUPS: ReadonlyArray<{ verbs: string[]; endings: string[][]; strong: boolean }> = phrasal.map(
  (g) => ({
    verbs: [...new Set(g.verbs.flatMap(inflect))],
    endings: g.endings.map((e) => e.split(" ")),
    strong: g.strong,
  }),
);
/** Verb forms whose verb + particle cue reports as surely as "said", wherever it stands. */
export const STRONG_PHRASAL = new Set(PHRASAL_GROUPS.flatMap((g) => (g.strong ? g.verbs : [])));
export const PHRASAL_CUES = new Map<string, string[][]>(
  PHRASAL_GROUPS.flatMap((g) => g.verbs.map((v) => [v, g.endings] as const)),
);

/** not-cues.json by form: for each, the words allowed before and after (null: any). */
export const NOT_CUES = new Map<string, Array<[Set<string> | null, Set<string> | null]>>();
for (const { forms, before, after } of notCues) {
  const row: [Set<string> | null, Set<string> | null] = [
    before ? new Set(before.split(" ")) : null,
    after ? new Set(after.split(" ")) : null,
  ];
  for (const f of forms.split(" ")) NOT_CUES.set(f, [...(NOT_CUES.get(f) ?? []), row]);
}

/** particlesByVerb by verb form: "warned" → of, about, against. */
export const PARTICLES_OF = new Map<string, Set<string>>(
  Object.entries(verbs.particlesByVerb).flatMap(([verb, particles]) =>
    inflect(verb).map((form) => [form, new Set(particles.split(" "))] as const),
  ),
);

/** How a story says a source asked not to be named ("who spoke on condition of anonymity"), as a pattern's source. */
export const UNNAMED_ON_PURPOSE =
  "(?:anonymity|not to be (?:named|identified)|not be named|not authori[sz]ed|declined to be (?:named|identified)|" +
  "(?:want|wish) to be (?:named|identified)|names? be withheld)";
/** The words UNNAMED_ON_PURPOSE ends on, to pass over at once a clause that holds none. */
export const UNNAMED_LAST_WORDS = /^(?:anonymity|named|identified|authori[sz]ed|withheld)$/;

/**
 * What an outlet says it learnt by its own inquiry ("gathered", "has learnt", "understands", "can reveal": "reveal" in
 * its base form only, after "can"; "revealed" is anyone's).
 */
export const OUTLET_VOUCHING = /^(?:gathered|gathers|learnt|learned|learns|understands|established|reveal)$/;
/**
 * The last word of a publication's name ("Business Insider", "Nursing Standard", "Dairy Ledger"): with a source
 * "told" it, and reporting, a name so ending is an outlet's, never a person's ("she told Ann Reeves … Ann Reeves
 * wrote" is the judge's).
 */
export const PUBLICATION_ENDINGS =
  /^(?:insider|topics|world|nation|age|globe|standard|ledger|post|times|journal|herald|gazette|news|week|weekly|daily|review|monitor|observer|tribune|chronicle|record|mail|star|sun|express|telegraph|guardian|independent|mirror|inquirer|dispatch|bulletin|reporter|wire|today|online|magazine|digest|examiner|courier|argus|echo|advertiser|sentinel|leader|clarion|voice|press)$/;
/** Whether a name's last word ends it as a publication's name does ("Business Insider"). */
export const endsAsPublication = (name: string) =>
  PUBLICATION_ENDINGS.test(name.slice(name.search(/\S+$/)).toLowerCase());

/** How nouns for a person by what they do end: "thrower", "grandmaster", "economist", "analyst", "trustee". */
export const PERSON_ENDINGS = /(?:er|or|ist|yst|ian|ete|ee|man|woman|person)$/;
/** Words ending as a trade does that are no one's trade ("older", "former", "never", "whether", "disaster"). */
export const NOT_TRADES =
  /^(?:older|younger|elder|former|other|another|senior|junior|latter|major|minor|whatever|never|however|over|under|after|rather|whether|either|neither|together|ever|later|earlier|sooner|further|for|or|nor|per|manner|matter|number|order|water|power|summer|winter|corner|border|quarter|paper|letter|chapter|member|disaster|center|centre|theater|theatre|river|computer|monitor|sector|factor|error|floor|door)$/;

/** Posts named with their field after "of" ("head of research", "director of communications"). */
export const FIELD_POSTS = /^(?:head|director|chief|manager|dean|professor|lecturer|vice-president|member)$/;
