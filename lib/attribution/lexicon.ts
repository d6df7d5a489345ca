/**
 * Word lists for finding attributions. Hand-curated and compact (they ship in
 * the content script): the reporting verbs were chosen from the most frequent
 * gold cues in the PolNeAR training split, the rest from newsroom usage (verbs
 * of saying and of taking a stance: "decried", "touted", "vouched").
 */

/** Builds every inflection of a regular verb (say → says, saying; irregular past given). */
function inflect(base: string, past?: string, participle?: string): string[] {
  const stem = base.endsWith("e") && !base.endsWith("ee") ? base.slice(0, -1) : base;
  const third = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const regularPast = base.endsWith("e") ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  return [base, third, `${stem}ing`, past ?? regularPast, participle ?? past ?? regularPast];
}

function forms(list: string): string[] {
  return list.split(/\s+/).filter(Boolean).flatMap((entry) => {
    const [base, past, participle] = entry.split("/");
    return inflect(base, past, participle);
  });
}

/**
 * Verbs that mark an attribution wherever they stand ("said", "told", "insisted").
 * Irregular forms are written base/past/participle.
 */
export const STRONG_VERBS = new Set(
  forms(`say/said tell/told state assert add insist deny claim allege argue note explain
    tweet announce warn declare write/wrote/written acknowledge admit contend maintain concede
    reiterate testify/testified recall reply/replied respond complain predict vow pledge promise
    confirm stress emphasize emphasise caution quip joke boast lament muse observe remark comment
    recount describe urge accuse charge dispute counter retort proclaim reveal report disclose
    estimate conclude opine posit speculate suggest indicate
    clarify reaffirm brag/bragged tout chide decry downplay vouch scoff/scoffed scold berate ridicule taunt
    grumble refute`),
);

/**
 * Verbs of saying that news copy puts before their speaker ("…, said Tom
 * Smith", "…, added the official"). Verbs of stance do not invert: in "The
 * senator, in an interview, praised the bill" the bill is no speaker.
 */
export const INVERTING_VERBS = new Set(
  forms(`say/said add ask write/wrote/written tell/told note explain continue reply/replied recall observe argue
    insist warn declare acknowledge concede caution quip/quipped joke tweet claim state announce counter retort
    remark comment predict suggest emphasize stress confirm report respond proclaim muse recount`),
);

/**
 * Verbs of saying or thinking that also have everyday senses ("call", "show",
 * "think"): they count only with a source right before them or a clause after.
 */
export const WEAK_VERBS = new Set(
  forms(`ask call think/thought believe know/knew/known want hope fear expect worry/worried feel/felt
    see/saw/seen find/found show/showed/shown agree disagree criticize criticise praise blame
    defend question dismiss reject oppose support endorse propose recommend demand threaten
    insinuate imply mention cite decline/declined refuse/refused seem appear
    point/pointed/pointed signal/signalled/signalled hint imagine doubt wonder consider
    condemn denounce slam/slammed blast attack mock/mocked thank
    acknowledge plan/planned seek/sought insist continue pledge/pledged`),
);

/**
 * Verb forms that, in the PolNeAR training split, are far more often something
 * else (a noun, a habit of speech) than an attribution: "states", "comments",
 * "think", "want". Dropped from the verb lists above.
 */
const LOW_PRECISION_FORMS = `add appearing attack attacks call charge charges comment comments confirm consider considering
  counter decline declining defend demand demanded demanding denying disputes estimate expects fears feel feeling
  feels felt find knew know maintain maintained maintains opposes opposing plan planned plans promise
  question questions recall reject remark remarks report reporting respond responding saw seek signal state states
  stress support thanks think thinking thought tweet tweets want wanted written`.split(/\s+/);
for (const w of LOW_PRECISION_FORMS) {
  STRONG_VERBS.delete(w);
  WEAK_VERBS.delete(w);
}

/**
 * Single word forms that were gold cues in most of their PolNeAR training
 * occurrences (at least four times) but are not inflections listed above.
 */
for (const w of `expressed offered talked admitted assured referred railed discussed echoed touted reminded encouraged
  signaled referring quoted retweeted listed deemed decried lambasted distanced unveiled portrayed ordered
  projected referenced emailed pleaded highlighted refers remembered lashed prefers chanted realized bemoaned assailed
  likened derided invoked credited termed detailing yelled touting dubbed reminding articulated rebuked hailed repeating
  interjected brushed rebut singled remembers documented portray shouted chanting portraying chants outlining labeled
  slamming alluding applauded championed forecast express persuaded balked characterized characterised elaborated uttered
  characterize characterise characterizes characterises characterizing`.split(/\s+/)) STRONG_VERBS.add(w);
// Gold cues in most of their training occurrences, with or without a source in sight. The second line: forms the
// weak-verb rules (a source right before) turned down, where those turned down were still gold cues most of the time
// in training (and three times in four in dev).
for (const w of ["asked", "asks", "asking", "called", "calling",
  ...`agreed endorsed criticized criticizing sounded titled reads citing cited cites denounced denouncing
  pointed ruled noted declined sided referencing refusing regarded posted praised outlined reacted blaming sparred
  condemned implying recognizing acquiesced rebuffed rejected dismissing`.split(/\s+/)]) STRONG_VERBS.add(w), WEAK_VERBS.delete(w);
for (const w of `posted named discuss shared identified compared requested answered nominated repeated challenged
  knocked presented discussing preferred offering congratulated pressed lists learned
  backed pushed respond prefer`.split(/\s+/)) WEAK_VERBS.add(w);
// Forms that, even after a subject, were something else two times in three in training ("continues to lead",
// "point guard"): a reader would see mostly false marks.
for (const w of ["continue", "continues", "seeking", "point", "points"]) WEAK_VERBS.delete(w);

/**
 * Verb + particle cues whose verb alone is usually something else ("talked
 * about", "made it clear", "pointed out", "shot back"): each verb form maps to
 * the words that complete it. Gold cues in over half their PolNeAR training uses.
 */
export const PHRASAL_GROUPS: ReadonlyArray<{ verbs: string[]; endings: string[][]; strong: boolean }> = ([
  ["talk speak/spoke/spoken", ["about", "of", "out"], false],
  ["make/made", ["clear", "it clear", "the case", "no secret"], false],
  // "Sanders weighed in on …", "the group filed a lawsuit alleging …".
  ["weigh/weighed", ["in"], false],
  ["file/filed", ["a lawsuit", "a complaint", "suit", "charges"], false],
  ["point/pointed", ["out"], false],
  ["shoot/shot", ["back"], false],
  ["fire", ["back"], false],
  ["lay/laid", ["out"], false],
  ["take/took/taken", ["issue"], false],
  // "as Tom Ridge put it: …" (find.ts keeps only the "as … put it" form).
  ["put", ["it"], false],
  // "The Guardian understands that …": an outlet vouching for what its unnamed sources told it.
  ["understand/understood", ["that"], false],
  // Saying nothing is on the record too: "a spokesman, John Doe, declined to comment".
  ["decline refuse", ["to comment", "to say", "to discuss", "to elaborate", "to answer", "to respond", "to be identified", "to be named"], true],
] as const).map(([verbs, endings, strong]) => ({ verbs: [...new Set(forms(verbs))], endings: endings.map((e) => e.split(" ")), strong }));
/** Verb forms whose verb + particle cue reports as surely as "said", wherever it stands. */
export const STRONG_PHRASAL = new Set(PHRASAL_GROUPS.flatMap((g) => (g.strong ? g.verbs : [])));
export const PHRASAL_CUES = new Map<string, string[][]>(PHRASAL_GROUPS.flatMap((g) => g.verbs.map((v) => [v, g.endings] as const)));

/**
 * Cue words that mean something else beside certain words: the forms, the words that may stand right before them,
 * the words that may stand right after (null: any; a row with both needs both). Each context was a gold cue in
 * PolNeAR train under one time in three, most never.
 */
export const NOT_CUES_BESIDE: ReadonlyArray<[forms: string, before: string | null, after: string | null]> = [
  // "up 3 percent compared to last year" measures; "she compared him to Nixon" speaks.
  ["compared", null, "to with"],
  // "how the candidates would respond" asks about the future; "did not respond to a request" is a non-answer reported.
  ["respond", "would will should could can might may must", null],
  // "a video posted to her Facebook account": the post, not its author, is in view.
  ["posted", "video videos message messages statement article tweet tweets post posts story comment comments photo photos clip letter note wishes image images picture link footage remarks content", null],
  // "the change offered by Trump": given, not said.
  ["offered", null, "by"],
  // "a strong showing in South Carolina", "aren't showing up", "an initial public offering": a result, a turnout, a sale.
  ["showing", "strong stronger strongest poor poorer weak weaker good better best worst solid dismal disappointing impressive respectable surprising", null],
  ["showing", null, "up"],
  ["offering", "public", null],
  // "backed away from the deal", "backed down": retreating, not supporting; "is backed by 520 superdelegates",
  // "a super PAC supporting Clinton": who supports whom, not what anyone said.
  ["backed", null, "away off down out by"],
  ["supporting", "pac pacs group groups committee organization", null],
  // "the proposed changes", "a list of sites and proposed routes": a plan described, not a proposal reported.
  ["proposed", "the a an its their his her our this these those and or", null],
  // "found ways to …", "found someone": coming upon something.
  ["found", null, "way ways someone something sanctuary"],
  // "the most telling promise": revealing, not telling anyone.
  ["telling", "most more very particularly especially a the other some any", null],
  // "appeared on Fox News", "appeared with Clinton": showing up somewhere, not seeming.
  ["appear appears appeared appearing", null, "on at in with by together before alongside during onstage as"],
  // "to claim the nomination", "claim victory": taking, not asserting.
  ["claim", "to", "the an a victory outright roots ties credit"],
  // "You see, …", "we will see what happens", "can't see how": looking, not a view reported.
  ["see", "you we will can can't could would wanna you'll we'll i'll they'll i'd we'd you'd not to never might may didn't don't doesn't", null],
  // "All told, the groups spent …" sums up.
  ["told", "all", ","],
  // "called in to a radio show", "called off the deal": phoning, cancelling.
  ["called", null, "in into off back"],
  // "quoted the president as saying …": part of the "quoted" cue, not one of its own.
  ["saying", "as", null],
  // "adding to his delegate lead", "showed up", "reported from Iowa": growing, arriving, a dateline.
  ["adding", null, "to"],
  ["showed", null, "up"],
  ["reported", null, "from"],
  // "a boxing class named for Ali": naming.
  ["named", null, "for after"],
  // "a line that seemed squarely directed at …": a relative clause's impression, no one's view.
  ["seems seemed seem", "that", null],
];

/** Adverbs that hedge a claim without giving a source. */
export const HEDGE_ADVERBS = new Set([
  "allegedly", "reportedly", "purportedly", "supposedly", "reputedly", "apparently", "ostensibly", "rumoredly",
]);

/** Adjectives that hedge the noun after them ("alleged covert operations"). */
export const HEDGE_ADJECTIVES = new Set(["alleged", "purported", "supposed", "reputed", "rumored", "rumoured", "unconfirmed", "unverified"]);

/** Passive hedges: "is believed to", "are said to", "is expected to", "was reported to". */
export const PASSIVE_HEDGE_VERBS = new Set([
  "believed", "said", "reported", "thought", "expected", "understood", "rumored", "rumoured", "alleged",
  "claimed", "feared", "suspected", "known", "estimated", "considered", "presumed", "assumed", "learnt", "learned",
]);

/** Nouns that carry a claim ("claims from X suggest", "the army's narrative"). */
export const CLAIM_NOUNS = new Set([
  "claims", "claim", "reports", "report", "accounts", "account", "narrative", "version", "statement",
  "statements", "assessment", "assessments", "estimates", "allegations", "allegation", "testimony", "findings",
]);

/**
 * Nouns that carry a claim in the "that" clause after them ("complaints that …", "the suggestion that …"): gold
 * cues in about two thirds of their PolNeAR train uses there ("concerns", "accusations", "notion", "idea" were not).
 */
export const THAT_CLAIM_NOUNS = new Set(["complaints", "suggestion", "concern", "assertion", "fears", "speculation", "warnings", "warning"]);

/** Nouns for evidence that an agency or report "indicates" something. */
export const EVIDENCE_NOUNS = new Set(["evidence", "documents", "intelligence", "data", "records", "information"]);

/** Verbs that introduce what evidence or claims point to. */
export const INDICATING_VERBS = new Set([
  "indicating", "indicate", "indicates", "indicated", "suggesting", "suggest", "suggests", "suggested",
  "showing", "show", "shows", "showed", "revealing", "reveals", "revealed", "pointing",
]);

/** Days and dates, which stand beside a verb ("said Tuesday") but never speak. */
export const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
export const NEAR_DAYS = new Set(["yesterday", "today", "tonight"]);
/** Month names; "may" is left out, being a verb and a surname too often. */
export const MONTHS = new Set(["january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"]);

/** Words that can stand between a source and its verb ("has also told", "would later say"). */
export const AUXILIARIES = new Set([
  "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "can",
  "may", "might", "must", "shall", "should", "did", "does", "do", "also", "later", "previously", "earlier",
  "repeatedly", "recently", "once", "then", "publicly", "privately", "often", "frequently", "again",
  "not", "never", "already", "still", "just", "initially", "subsequently", "separately", "further",
  "reportedly", "allegedly", "quickly", "flatly", "strongly", "openly", "firmly", "simply", "even", "first",
  // Negative contractions (tokens carry ’ as ').
  "wouldn't", "won't", "didn't", "doesn't", "don't", "can't", "couldn't", "hasn't", "haven't", "hadn't", "isn't",
  "wasn't", "aren't", "weren't", "shouldn't", "mustn't",
]);

/** Unnamed-source heads: a source exists but is not named. */
export const ANONYMOUS_HEADS = new Set([
  "source", "sources", "official", "officials", "aide", "aides", "insider", "insiders", "person", "people",
  "rumours", "rumors", "rumour", "rumor", "speculation",
  // Quantifiers standing alone for people: "Some said", "Both said", "Many argue".
  "some", "both", "many", "others", "few", "most", "several",
  "diplomat", "diplomats", "commander", "commanders", "officer", "officers", "adviser", "advisers", "advisor",
  "advisors", "spokesman", "spokeswoman", "spokesperson", "representative", "representatives", "staffer",
  "staffers", "member", "members", "analyst", "analysts", "expert", "experts", "observers", "witness",
  "witnesses", "resident", "residents", "critics", "supporters", "lawmakers", "lawmaker", "executive",
  "executives", "employee", "employees", "investigators", "investigator", "agent", "agents", "operative",
  "operatives", "fighters", "militants", "leaders", "leader", "strategist", "strategists", "donors", "allies",
  "colleague", "colleagues", "friend", "friends", "relative", "relatives", "neighbor", "neighbors", "voters",
  // Not "police": a force identifiable from the story speaks for itself (institutional, as in DESIGN.md).
  "activists", "scientists", "researchers", "economists", "doctors", "authorities", "someone",
  "others", "many", "some", "several",
  // Groups of unnamed people, often capitalised at a sentence's start ("Mayors have urged", "Democrats said").
  "mayors", "governors", "senators", "legislators", "democrats", "republicans", "conservatives", "liberals",
  "progressives", "protesters", "protestors", "campaigners", "advocates", "opponents", "prosecutors",
  "teachers", "parents", "students", "workers", "farmers", "locals", "villagers", "soldiers", "troops", "rebels",
  "insurgents", "nurses", "physicians", "scholars", "historians", "economist", "scientist", "researcher",
  "doctor", "observer", "critic", "supporter", "opponent", "activist", "voter", "worker", "pollsters", "pollster",
  "pundits", "commentators", "journalists", "reporters", "lawyers", "attorneys", "delegates", "superdelegates",
  "americans", "citizens", "consultants", "veterans", "evangelicals",
]);

/** Heads that name an organisation, agency, document or outlet rather than a person. */
export const ORGANISATION_HEADS = new Set([
  "army", "military", "government", "ministry", "agency", "department", "office", "administration", "police",
  "party", "campaign", "committee", "commission", "council", "court", "company", "firm", "corporation",
  "bank", "university", "institute", "foundation", "association", "union", "group", "coalition", "organization",
  "organisation", "board", "bureau", "service", "services", "forces", "force", "navy", "command", "senate",
  "congress", "parliament", "assembly", "cabinet", "embassy", "mission", "team", "network", "newspaper",
  "magazine", "paper", "outlet", "channel", "station", "report", "study", "poll", "survey", "statement",
  "document", "memo", "letter", "filing", "lawsuit", "complaint", "indictment", "release", "analysis",
  "directorate", "intelligence", "secretariat", "authority", "regime", "state", "white", "house", "pentagon",
  "kremlin", "polls", "data", "figures", "records", "website", "blog", "times", "post", "journal", "guardian",
  "news", "press", "tribune", "herald", "telegraph", "reuters", "bloomberg", "cnn", "bbc", "fox", "msnbc",
  "nbc", "abc", "cbs", "politico", "axios", "twitter", "facebook", "polling", "surveys", "studies", "email", "emails",
  "documents", "results", "research", "numbers", "video", "transcript", "transcripts", "filings", "reports",
  "statistics", "estimates", "projections", "tallies",
  "panel", "jury", "center", "centre", "fund", "caucus", "alliance", "federation", "league", "society", "institution",
  "school", "college", "hospital", "church", "pac",
  // What a story calls a company or a regulator it then names: "The regulator, Ofwat, said", "the carmaker said".
  "regulator", "watchdog", "charity", "operator", "insurer", "lender", "retailer", "airline", "manufacturer",
  "broadcaster", "publisher", "carmaker", "automaker", "utility", "supplier", "developer",
  // Documents that speak for whoever published them: "The ad claims", "the suit alleges", "the editorial argued".
  "ad", "ads", "suit", "editorial", "op-ed", "article",
  // Words that end the names of NGOs, companies and outlets: "Human Rights Watch", "Amnesty International".
  "watch", "international", "inc", "corp", "co", "llc", "ltd", "plc", "trust", "partners", "project", "initiative",
  "movement", "tv", "radio", "gazette", "daily", "weekly", "monitor", "observer", "inquirer", "examiner",
  "chronicle", "courier", "agencies", "ministries", "departments", "courts", "unions",
  // Decisions and rulings speak for the body that made them.
  "ruling", "verdict", "judgment", "judgement", "order", "decision", "resolution", "wing", "sheet", "dossier",
  "affidavit", "petition", "fir",
]);

/** Personal pronouns that stand for a person already named. */
export const PERSON_PRONOUNS = new Set(["he", "she", "i", "we", "you", "him", "her"]);
/** Pronouns that stand for a group or an organisation, or for the last noun phrase. */
export const OTHER_PRONOUNS = new Set(["they", "it", "who", "which", "that"]);

/** Titles before a name ("Mr. Trump", "Sen. Warren", "President Obama"). */
export const TITLES = new Set([
  "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "rev", "president",
  "senator", "governor", "minister", "secretary", "judge", "justice", "mayor", "chairman", "chairwoman",
  "general", "colonel", "prime", "king", "queen", "prince", "sheikh", "pope", "ambassador", "commissioner",
  "director", "chief", "speaker", "leader", "candidate", "sir", "lord", "lady",
]);

/** Lower-case words that may sit inside a source noun phrase. */
export const NP_FUNCTION_WORDS = new Set([
  "the", "a", "an", "of", "for", "from", "within", "at", "in", "on", "with", "close", "to", "familiar", "privy", "and",
  "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "some", "many", "several",
  "two", "three", "four", "one", "other", "another", "both", "former", "senior", "top", "chief", "deputy",
  "local", "federal", "state", "national", "foreign", "unnamed", "anonymous", "military", "intelligence",
  "government", "administration", "campaign", "party", "security", "defense", "defence", "police", "high-ranking",
  "ranking", "current", "longtime", "veteran", "independent", "western", "u.s.", "us", "american",
]);

/** Words that end a source noun phrase when scanning away from the verb. */
export const NP_STOP_WORDS = new Set([
  "that", "which", "because", "but", "or", "if", "when", "while", "as", "than", "so", "since", "after",
  "before", "although", "though", "where", "whether", "by", "until", "unless", "whereas", "into", "about", "is", "are", "was", "were",
  "has", "have", "had", "be", "been", "not", "it", "this", "there", "here", "what", "how", "why", "to",
]);

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "rev", "st", "jr",
  "sr", "inc", "co", "corp", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "d.c", "a.m", "p.m", "mt", "ft", "ave", "dept", "est",
]);
