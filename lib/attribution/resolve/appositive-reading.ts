/**
 * A source written with an appositive ("The shadow chancellor, Nadia Forbes, said", "Teck, the Canadian mining
 * company, said", "A nurse, who asked not to be named, said"): the holder a role names, the body a name is said to
 * be, or the person a clause describes.
 */
import { COMPANY_ENDING } from "./name-run";
import type { RawAttribution } from "../cues/raw";
import type { Token } from "../text/sentences";
import {
  ASIDE_OPENERS,
  PEOPLES_KINDS,
  personsWork,
  CLAUSE_WORDS,
  ANONYMOUS_HEADS,
  DOCUMENT_HEADS,
  LEADING,
  ORGANISATION_HEADS,
  PERSON_LINKS,
  RELATIVES,
  ROLE_NOUNS,
  TITLES,
  TWO_WORD_TITLES,
  CALLED_KINDS,
  COMPANY_KINDS,
  PREPOSITIONS,
  UNNAMED_ON_PURPOSE,
} from "../words";
import { TIMES } from "./confidence";
import { participleWord } from "../phrases/head-word";
import { readSource, speaksFor, type SourceReading } from "./source-kind";
import { COURTESY, cleanName } from "./name-text";
import { fullNameAtEnd } from "./source-shapes";
import { fromReading } from "./from-reading";
import type { Resolved, SpeakerMemory } from "./speakers";

/** A clause that says its person gave no name ("who declined to give his name"). */
const GAVE_NO_NAME = new RegExp(
  `\\b(?:declined to give (?:his|her|their) (?:full |last )?name|did not (?:want to )?give (?:his|her|their) name|${UNNAMED_ON_PURPOSE})\\b`,
);

/** A degree or honour written after a name: "M.D.", "Ph.D.", "MD", "PhD", "DPhil". */
const DEGREE = /^(?!(?:Jr|Sr|Co)\.$)(?:(?:\p{Lu}\p{Ll}?\.){1,3}|MD|PhD|DPhil|MBA|JD|DO|RN)$/u;

/** The tier, speaker and role of a source read as `reading`, past what its appositive says. */
export function readWithAppositive(
  raw: RawAttribution & { source: [number, number] },
  reading: SourceReading,
  words: Token[],
  text: string,
  memory: SpeakerMemory,
  base: number,
  at: number,
): Resolved {
  // "Sinn Féin's spokeswoman on health, Orla Tiernan TD,", "The Taoiseach, Conor Redmond,": a role, then the
  // named person who holds it (DESIGN.md: a named person is on record, whoever they speak for).
  // ("The country's drinking water regulator, the Wai Ora Authority,": a body by its kind, then by its name.)
  const bodyKindThenName = reading.kind === "organisation" && !/\p{Lu}/u.test(reading.name ?? "X");
  const roleThenName =
    (reading.kind === "organisation" && words.some((t) => !t.cap && (ROLE_NOUNS.has(t.lower) || speaksFor(t.lower)))) ||
    (reading.kind === "person" && !(reading.name ?? "").includes(" ")) ||
    // ("The Minority Leader, Hon. Alexander Kofi Nyamekye,": a capitalised office, then its holder.)
    (reading.kind === "person" && words.some((t) => TITLES.has(t.lower) || ROLE_NOUNS.has(t.lower))) ||
    bodyKindThenName;
  // ("… the senator representing Enugu East, Senator Ngozi Eze-Amadi,": a titled name after the comma is the person
  // the words before it describe, whatever they end on.)
  // ("General Directorate of Intelligence" is a body's name, not a general's.)
  const afterComma = raw.appositive ? raw.tokens.slice(raw.appositive[1] + 2, raw.appositive[1] + 6) : [];
  // ("X, Undersecretary for Labour Relations at the ministry,": a title with no name after it describes X.)
  // ("…, Major General Emeka Obiora,": or a title of two words.)
  const titleWords = TWO_WORD_TITLES.has(`${afterComma[0]?.lower} ${afterComma[1]?.lower}`) ? 2 : 1;
  const titledAfter =
    !!afterComma[0]?.cap &&
    (titleWords === 2 || TITLES.has(afterComma[0].lower.replace(/\.$/, ""))) &&
    !!afterComma.slice(titleWords).find((t) => t.word)?.cap &&
    !afterComma.some((t) => ORGANISATION_HEADS.has(t.lower));
  // ("Chief Medical Officer Dev Rajagopalan, M.D., told": a degree after the name names no one.)
  const after = raw.appositive ? raw.tokens[raw.appositive[1] + 2] : undefined;
  const degree = !!after && DEGREE.test(text.slice(after.start, raw.tokens[raw.source[1]].end));
  // ("A memo dated Nov. 14, 2022, warned": no comma after the head, so nothing after it is in apposition.)
  const commaAfter = !!raw.appositive && /^[,—–―-]$/.test(raw.tokens[raw.appositive[1] + 1]?.text ?? "");
  if (raw.appositive && commaAfter && !degree && (reading.kind === "anonymous" || roleThenName || titledAfter)) {
    // "Clinton's attorney, David Kendall," names the person after the role; so does "The study's co-author, Prof.
    // Anselm Kvalheim, a climate modeller at …,", up to the description that follows the name.
    const after = raw.tokens.slice(raw.appositive[1] + 2, raw.source[1] + 1);
    const comma = after.findIndex((t) => t.text === ",");
    // ("The bill's sponsor, state Sen. Royce Haberman (R-Cass Fork),": past a lower-case word or two to a title.)
    const upTo = comma > 0 ? after.slice(0, comma) : after;
    const capital = upTo.findIndex((t) => t.cap);
    const titled = capital > 0 && capital <= 2 && TITLES.has(upTo[capital].lower.replace(/\.$/, ""));
    const articled = bodyKindThenName && upTo[0]?.lower === "the" && upTo[1]?.cap && upTo.length > 2;
    // ("Its founder, four-star rider and Wexcombe-based trainer Tamsin Greaves-Oduya,": roles in lower case, joined
    // by "and", before the holder's full name.)
    const holder = capital > 0 ? fullNameAtEnd(upTo) : -1;
    // ("Ochieng, through advocate Sylvia Nduta, also denied": an aside that opens with a preposition names a go-between
    // or a circumstance, not the source; "The letter, a copy of which The Observer has seen," names who saw it.)
    // ("Brekke, a South Dakota Republican,", "Mr Wafula, the Minority Whip,": after a person's name, what the person
    // is, no one else named.)
    const aside =
      (!!upTo[0] && !upTo[0].cap && ASIDE_OPENERS.has(upTo[0].lower)) ||
      upTo.some((t) => t.lower === "which" || t.lower === "whom") ||
      (reading.kind === "person" &&
        (/^(?:a|an)$/.test(upTo[0]?.lower ?? "") ||
          (upTo[0]?.lower === "the" && TITLES.has(upTo.findLast((t) => t.word)?.lower ?? ""))));
    const roles =
      !aside &&
      holder > 0 &&
      upTo.slice(0, holder).every(
        (t) =>
          t.word &&
          (!t.cap || t.text.includes("-")) &&
          // ("Lawyer Gurdeep Singh Maan, who represented Wan Faizal,": a clause, not roles, before a name.)
          !RELATIVES.has(t.lower) &&
          t.lower !== "whose" &&
          (t.lower === "and" || !PREPOSITIONS.has(t.lower)) &&
          !/ing$/.test(t.lower),
      );
    const inner = articled
      ? upTo.slice(1)
      : roles
        ? upTo.slice(holder)
        : titled && upTo.slice(0, capital).every((t) => t.word)
          ? upTo.slice(capital)
          : upTo;
    // ("…, Undersecretary for Labour Relations at the ministry,": a title with no name after it names no one.)
    const untitled = TITLES.has(inner[0]?.lower ?? "") && !!inner[1]?.word && !inner[1].cap;
    // ("Rizvi's lawyer, advocate Kunal Dhaiya,": or, after a role, a role in lower case before the person's name.)
    const roleFirst =
      reading.kind === "anonymous" &&
      capital > 0 &&
      capital <= 2 &&
      upTo
        .slice(0, capital)
        .every(
          (t) => t.word && !t.cap && !CLAUSE_WORDS.has(t.lower) && !PREPOSITIONS.has(t.lower) && !/ing$/.test(t.lower),
        );
    const read = !aside && ((inner[0]?.cap && !untitled) || roleFirst || roles) ? readSource(inner, text) : null;
    // ("Teresa Vaca, D-Port Ellery,": a party and a home town, no one's name.)
    const partyAndPlace = /^[DRI]-\p{Lu}/u.test(inner[0]?.text ?? "");
    const named =
      read && !partyAndPlace && (inner[0]?.cap || read.kind === "person") && !(articled && read.kind !== "organisation")
        ? read
        : null;
    // ("The national power utility, Ntsika Power,", "The country's grid operator, Diktyo Ellados,": after a body by its
    // kind alone, a name with no title is that body's, not a person's; after a trade's word, "the grid operator",
    // unless the article makes the name a man's or a woman's; "A spokeswoman for the regulator, Priya Vandermeer,",
    // "The children's ombudsman, Agnieszka Rudnik-Sowa," and a kind the source was cut from, "Counsel assisting the
    // commission, Fiona Delacroix SC," are people.)
    const kind = words[words.length - 1]?.lower ?? "";
    const bodysName =
      bodyKindThenName &&
      named?.kind === "person" &&
      !named.role &&
      !raw.tokens[raw.source[0] - 1]?.word &&
      !DOCUMENT_HEADS.has(kind) &&
      !TITLES.has(kind) &&
      words.every((t) => !PREPOSITIONS.has(t.lower) && !ROLE_NOUNS.has(t.lower) && !speaksFor(t.lower)) &&
      (!PEOPLES_KINDS.has(kind) || !memory.sex.of(named.name ?? ""));
    if (bodysName && named.name)
      return { tier: "institutional", speaker: named.name, role: null, confidence: base * TIMES.organisation };
    if (named?.kind === "person" && (reading.kind === "anonymous" || (named.name ?? "").includes(" "))) {
      const head = raw.tokens.slice(raw.appositive[0], raw.appositive[1] + 1);
      return {
        ...fromReading(named, base, memory, inner[0].start),
        role: text.slice(head[0].start, head[head.length - 1].end),
      };
    }
    // "The developer, Harrow Offshore Partners,": the body the role describes, by its name.
    if (named?.kind === "organisation") return fromReading(named, base, memory, inner[0].start);
  }
  const r = fromReading(reading, base, memory, at);
  if (raw.appositive && commaAfter) {
    const inner = raw.tokens.slice(raw.appositive[1] + 2, raw.source[1] + 1);
    const between = inner.length ? text.slice(inner[0].start, inner[inner.length - 1].end) : "";
    const head = raw.tokens.slice(raw.appositive[0], raw.appositive[1] + 1);
    const relative = inner[0]?.lower;
    // ("A police officer on the road to Ngadireso, who declined to give his name, said": one who gives no name is no
    // one named, whatever place's name stands before the clause.)
    const objectOfPlace = PREPOSITIONS.has(raw.tokens[raw.appositive[0] - 1]?.lower ?? "");
    // ("Marketers at the depots, who asked not to be named for fear of victimisation,": a plural opening the sentence
    // is no one's name either.)
    const plural =
      /^\p{Lu}\p{Ll}+(?:ers|ors|ists|ents|ants|ians|ees)$/u.test(r.speaker ?? "") && raw.appositive[0] === 0;
    // ("One British and Irish Lions forward, who asked not to be named,": nor one a count or an article opens.)
    // (Its count read as a given name, "One British", is no name either.)
    const counted = /^(?:one|a|an|another)$/.test(head[0]?.lower ?? "");
    const countAsName = counted && !!r.speaker?.toLowerCase().startsWith(`${head[0].lower} `);
    // ("The school principal, who asked not to be named,": nor a role, in lower case, that is no one's name.)
    const roleOnly = !!r.speaker && !/\p{Lu}/u.test(r.speaker);
    if (
      r.tier === "on-record" &&
      (!r.speaker?.includes(" ") || countAsName || roleOnly) &&
      (objectOfPlace || plural || counted || roleOnly) &&
      GAVE_NO_NAME.test(between)
    )
      return { tier: "anonymous", speaker: null, role: null, confidence: r.confidence };
    // "The miner, which had $610 million in cash," is a body; "An operator of three dormitories, who declined to be
    // named," a person: English says which with its relative pronoun. ("Several residents of Millers Lane, which
    // backs onto the site,": unless the head is people, and "which" the place they are of.)
    // ("One groundworks firm, which asked not to be named,": a body that gave no name is no body named.)
    if (relative === "which" && GAVE_NO_NAME.test(between))
      return { tier: "anonymous", speaker: null, role: null, confidence: r.confidence };
    // ("Two senior figures at Brackenfield, who asked not to be named,": people at a body, unnamed; a spokesperson
    // for it still speaks for it.)
    if (
      relative === "who" &&
      r.tier === "institutional" &&
      GAVE_NO_NAME.test(between) &&
      !head.some((t) => speaksFor(t.lower))
    )
      return { tier: "anonymous", speaker: null, role: null, confidence: r.confidence };
    if (relative === "which" && r.tier === "anonymous" && !head.some((t) => ANONYMOUS_HEADS.has(t.lower))) {
      const name = cleanName(text.slice(head[0].start, head[head.length - 1].end));
      return { tier: "institutional", speaker: name, role: null, confidence: r.confidence };
    }
    // ("Nile Mobile, which has 11.4 million subscribers,": a name "which" follows is a body's; people take "who".)
    // ("Nitrates producer Grunau Dünger, which buys ammonia,": after the words saying what kind it is, too.)
    const firstCap = head.findIndex((t) => t.cap);
    const nameAfterKind =
      firstCap >= 0 &&
      head.slice(firstCap).every((t) => t.cap || !t.word) &&
      head.slice(0, firstCap).every((t) => t.word && !ANONYMOUS_HEADS.has(t.lower));
    if (r.tier === "on-record" && relative === "which" && nameAfterKind)
      return { tier: "institutional", speaker: r.speaker, role: null, confidence: r.confidence };
    const common = head.findIndex((t) => !LEADING.has(t.lower)) === 1 && !head[1].cap;
    // ("A spokesperson for the regulator, who did not give her name,": still speaks for it; "the office of President
    // Piotr Zaremba, who …": the clause is the president's.)
    const officeOf = head[1]?.lower === "office" && head[2]?.lower === "of";
    if (
      relative === "who" &&
      r.tier === "institutional" &&
      common &&
      !officeOf &&
      !head.some((t) => speaksFor(t.lower))
    )
      return { tier: "anonymous", speaker: null, role: null, confidence: r.confidence };
    // "The criminal complaint, filed by the Queens District Attorney's Office,": the document's maker, named after it.
    const documentHead = head[head.length - 1].lower;
    const maker =
      r.tier === "institutional" && DOCUMENT_HEADS.has(documentHead) && participleWord(inner[0] ?? head[0])
        ? readSource([...head, ...inner], text)
        : null;
    if (maker?.kind === "organisation" && maker.name && maker.name !== r.speaker) {
      memory.madeDocument(documentHead, maker.name, at, true);
      return { ...r, speaker: maker.name };
    }
    // An appositive can give the organisation's proper name: "The … agency, General Directorate of Intelligence,";
    // or the person who holds a role at it: "Counsel assisting the commission, Fiona Delacroix SC,".
    const person = r.tier === "institutional" && inner[0]?.cap ? readSource(inner, text) : null;
    // ("The RDC, Mr Akiiki,": or a surname with a courtesy title.)
    const titled = person?.kind === "person" && COURTESY.test((person.role ?? "").toLowerCase());
    if (person?.kind === "person" && (person.name?.includes(" ") || titled))
      return {
        ...fromReading(person, base, memory, inner[0].start),
        role: text.slice(head[0].start, head[head.length - 1].end),
      };
    // (A name ends in a capital or a company's ending; "Taiwan's largest packaging house", "Rhys's label" describe the
    // body named before.)
    // ("Archipelago Utilities Holdings, Inc. (AUHI)": a legal ending after a comma is the name's own.)
    const last = inner.findLast((t) => t.word) ?? inner[inner.length - 1];
    const named =
      !!inner[0]?.cap && !COMPANY_ENDING.test(inner[0].lower) && (last.cap || COMPANY_ENDING.test(last.lower));
    if (r.tier === "institutional" && named) r.speaker = between;
    // Or say that the name is a body's: "Teck, the Canadian mining company,", "Priorities USA, a super PAC,".
    // (Not after a person's title: "Rep. Maxine Oduya, the subcommittee's ranking Democrat," is a person.)
    else if (
      r.tier === "on-record" &&
      /^(a|an|the)$/.test(inner[0]?.lower ?? "") &&
      !TITLES.has(head[0].lower.replace(/\.$/, "")) &&
      !(r.speaker?.includes(" ") && peoplesWork(inner)) &&
      bodyDescribed(inner, text)
    )
      return { tier: "institutional", speaker: r.speaker, role: null, confidence: r.confidence * TIMES.organisation };
    // Or say who a person is: "Priya Raman, who chairs the transport committee,", "X, a spokesman for Y,".
    else if (r.tier === "on-record" && !r.role && /^(who|a|an|the)$/.test(inner[0]?.lower ?? "")) r.role = between;
  }
  return r;
}

/** Whether an appositive's comma is followed by a full name ("The mayor of La Línea, Joaquín Carrasco Vela,"). */
export function fullNameAfterComma(raw: RawAttribution, text: string): boolean {
  if (!raw.appositive || !raw.source || !raw.tokens[raw.appositive[1] + 2]?.cap) return false;
  const after = raw.tokens.slice(raw.appositive[1] + 2, raw.source[1] + 1);
  const comma = after.findIndex((t) => t.text === ",");
  const read = readSource(comma > 0 ? after.slice(0, comma) : after, text);
  return read.kind === "person" && (read.name ?? "").includes(" ");
}

/**
 * Whether a description's kind is work a person does as well as a company ("a 41-year-old crane operator on the
 * committee", "a property developer"): said with "a" of a name of two words or more, it is a person's job.
 */
function peoplesWork(inner: Token[]): boolean {
  // ("Hallworth Propulsion, the British engine maker": "the" singles out a company; a person at work is "a" one.)
  if (!/^(?:a|an)$/.test(inner[0]?.lower ?? "")) return false;
  const kind = descriptionKind(inner);
  return kind > 0 && personsWork(inner[kind].lower);
}

/** Where a description names a kind of company or body in lower case among its first words ("a telehealth startup"). */
const descriptionKind = (words: Token[]) =>
  words.findIndex((t, k) => k > 0 && k < 5 && !t.cap && (COMPANY_KINDS.has(t.lower) || CALLED_KINDS.has(t.lower)));

/** An appositive that names a kind of body: "the Canadian mining company", "a pro-Clinton super PAC". */
function bodyDescribed(whole: Token[], text: string): boolean {
  // The description's own words, before a clause about it ("a Swedish retailer named in the report as a buyer", "a
  // charity that supports asylum seekers").
  const clause = whole.findIndex(
    // ("a privately held company": an adverb before a participle makes it the description's own.)
    (t, k) =>
      k > 1 &&
      !t.cap &&
      ((participleWord(t) && !/ly$/.test(whole[k - 1].lower)) || /^(that|which|whose)$/.test(t.lower)),
  );
  const inner = clause > 0 ? whole.slice(0, clause) : whole;
  // "a spokesman for the ministry", "a Tinder spokeswoman", "the head of X", "who runs Y" describe people: a named
  // spokesperson is on record (DESIGN.md gives the body only an unnamed one's words).
  if (inner.some((t) => !t.cap && (speaksFor(t.lower) || ROLE_NOUNS.has(t.lower)))) return false;
  // ("Daniel Ashworth, the Health Secretary,": an office ends it, capitalised as offices are.)
  const head = inner.findLast((t) => t.word);
  if (head?.cap && TITLES.has(head.lower)) return false;
  // ("Lumora, the San Francisco startup behind the Vesper chatbot,", "Meridian Orient Lines, the world's
  // fourth-largest container carrier,", "Simbacom, the largest operator and owner of …,": a name said to be a kind of
  // company, the description's head; not one that is a person's work too: "Lopez, a developer at the firm,".)
  const kind = descriptionKind(inner);
  const next = inner[kind + 1];
  if (
    kind > 0 &&
    !PEOPLES_KINDS.has(inner[kind].lower) &&
    // ("Save Our Schools, a campaign group set up by parents,": or what was done to found it.)
    (!next?.word ||
      PREPOSITIONS.has(next.lower) ||
      /^(behind|that|which|whose|and)$/.test(next.lower) ||
      participleWord(next))
  )
    return true;
  return readSource(inner, text).kind === "organisation" && !inner.some((t) => PERSON_LINKS.has(t.lower));
}
