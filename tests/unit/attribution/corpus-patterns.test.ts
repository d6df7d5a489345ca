/**
 * Patterns learned from the PolNeAR training split's misses: headlines, polls, passives, shared subjects, wire-style
 * quotes.
 */
import { describe, expect, it } from "vitest";
import { findAttributions } from "../../../lib/attribution";

describe("finds these cues (cue, source)", () => {
  it.each([
    ["John McCain: Republican Populist Anger Appeals to Bad Angels", ":", "John McCain"],
    ["Bernie Sanders Says He Has Already Started Writing His Speech", "Says", "Bernie Sanders"],
    ["In a CNN national poll, Clinton leads by ten points.", "In", "a CNN national poll"],
    ["A reporter asked Sanders how he was feeling.", "asked", "A reporter"],
    ["The senator expressed concern that the deal was rushed.", "expressed", "The senator"],
    ["Trump called Clinton a liar on Tuesday.", "called", "Trump"],
    ["Critics called the deal a giveaway.", "called", "Critics"],
    ["He was called a traitor by the senator.", "was called", "the senator"],
    ["The plan was criticized by Senator Jane Smith on Monday.", "was criticized", "Senator Jane Smith"],
    ["He was told by officials that the border was closed.", "was told", "officials"],
    ["The Chicago Tribune reports that the wall would cost billions.", "reports", "The Chicago Tribune"],
    ["Trump claims the election was rigged.", "claims", "Trump"],
    ["A Quinnipiac University poll found last week that Clinton would win.", "found", "A Quinnipiac University poll"],
    ["''I hope so,'' Mrs. Clinton said.", "said", "Mrs. Clinton"],
    // Speakers before a colon: headlines, transcripts, a name that introduces a quotation.
    ["Lynch: No outside influence on FBI probe into Clinton emails", ":", "Lynch"],
    ["Poll: Trump and Clinton hold narrow leads in Pennsylvania", ":", "Poll"],
    ["WALLACE: Let’s start with breaking news on the debate.", ":", "WALLACE"],
    ['"PENCE: Well, look, Hillary Clinton apparently thinks this is fine.', ":", "PENCE"],
    ['Rep. Trey Gowdy (R-S.C.):"I have not heard anyone cite that."', ":", "Rep. Trey Gowdy (R-S.C.)"],
    ["Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one.”", ":", "Carl Bialik"],
    [
      "TOO EARLY - Mark Blumenthal and Jon Cohen: “Although the polls failed, the data held.”",
      ":",
      "Mark Blumenthal and Jon Cohen",
    ],
    // A quotation signed with a dash.
    ["“He represents our greatest shame.” ― Sonya Herridge", "―", "Sonya Herridge"],
    ["“A real disgrace,” — Azucena Gonzàlez.", "—", "Azucena Gonzàlez"],
    // A time phrase between the subject and the verb.
    [
      "RNC spokesman Sean Spicer on Thursday evening said the party was not in crisis.",
      "said",
      "RNC spokesman Sean Spicer",
    ],
    ["The governor last week warned that the budget would fail.", "warned", "The governor"],
    [
      "Mexico kept its cool, though an arbitration panel in 2001 found the United States was in breach.",
      "found",
      "an arbitration panel",
    ],
    // Verb + particle cues, and verbs that report whatever follows.
    ["It also points out that the penalties are small.", "also points out", "It"],
    ["Clinton made it clear that she would not drop out.", "made it clear", "Clinton"],
    ["Caddell talked about the polls at length.", "talked about", "Caddell"],
    ["Clinton's attorney, David Kendall, denied the report.", "denied", "Clinton's attorney, David Kendall"],
    ["Ted Cruz wrote an op-ed urging Congress to act.", "wrote", "Ted Cruz"],
    ["However, he characterized the senator as weak.", "characterized", "he"],
    ["Leaked emails showed staff favoring one candidate.", "showed", "Leaked emails"],
    // A name with an appositive before a verb of stance ("praised", "endorsed" need a source in sight).
    [
      "Former governor Ed Rendell, a Clinton supporter, praised Sanders for his record.",
      "praised",
      "Former governor Ed Rendell, a Clinton supporter",
    ],
    [
      "Erin Brockovich, the environmental activist, endorsed Sanders’ approach on Saturday.",
      "endorsed",
      "Erin Brockovich, the environmental activist",
    ],
    // Any verb of saying or stance after a comma speaks for the sentence's subject.
    ["Trump spent Friday in Iowa, slamming Cruz for his record.", "slamming", "Trump"],
    // An aside between commas is no description of the subject, and a verb of stance never has its object as speaker.
    ["The senator, in an interview, praised the bill.", "praised", "The senator"],
    [
      "Officials speaking on condition of anonymity said the strike killed 12 people.",
      "said",
      "Officials speaking on condition of anonymity",
    ],
    [
      "The memo, obtained by The Washington Post, warns of shortages.",
      "warns of",
      "The memo, obtained by The Washington Post",
    ],
    [
      "The prime minister, while addressing a rally, said the elections would be held on time.",
      "said",
      "The prime minister",
    ],
    ["“We are concerned,” said one Western diplomat, who requested anonymity.", "said", "one Western diplomat"],
    ["The data suggests that the policy worked.", "suggests", "The data"],
    // South Asian English.
    ["As per officials, the death toll has risen to 40.", "As per", "officials"],
    ["Meanwhile, the opposition termed the move unconstitutional.", "termed", "the opposition"],
    // "as X put it" quotes; "let me put it this way" does not (see the table of non-cues).
    [
      "Or, as Tom Ridge, a former secretary, put it: the barbarians are inside the gate.",
      "put it",
      "Tom Ridge, a former secretary",
    ],
    [
      "Data from the 2014 American Community Survey show that women held 41 percent of the jobs.",
      "show",
      "Data from the 2014 American Community Survey",
    ],
    ["Patient advocacy groups note that the drug is expensive.", "note", "Patient advocacy groups"],
    [
      "A Marquette Law School poll released last week showed Clinton poised to carry the state.",
      "showed",
      "A Marquette Law School poll",
    ],
    ["Mr. Cruz pledged to oppose legal status for undocumented immigrants.", "pledged", "Mr. Cruz"],
    // "quoted … as saying" is one cue: "quoted".
    [
      "The New York Times quoted one of Carson's advisers as saying the neurosurgeon was tired.",
      "quoted",
      "The New York Times",
    ],
    ["Sanders weighed in on the debate on Tuesday.", "weighed in", "Sanders"],
    // (Filing a lawsuit is a plain act, DESIGN.md; what the lawsuit alleges is the claim.)
    ["The group filed a lawsuit alleging fraud in the count.", "alleging", "a lawsuit"],
    ["Trump has made no secret of his disdain for the press.", "has made no secret", "Trump"],
    // A group's view, and a sign or a letter quoted.
    ["Some veteran strategists think it will not.", "think", "Some veteran strategists"],
    ["“Anybody but Trump,” read one banner.", "read", "one banner"],
    ["“I can beat Hillary Clinton,” the email read.", "read", "the email"],
    // People who say something inside another's claim are heard in their own right.
    ["President Obama rebuked critics who say he should condemn terrorists as radical Islamists.", "say", "who"],
    ["Trump’s claim that Obama founded ISIS was false.", "claim", "Trump’s"],
    // A gerund after a preposition is the subject's act.
    ["Gary Hart started winning Senate campaigns by denouncing the New Deal.", "denouncing", "Gary Hart"],
    // A document's plural ("reports") is the noun before a verb of showing, not a verb.
    ["But FEC reports show that a quartet of groups raised the money.", "show", "FEC reports"],
    // Verbs of taking a stance.
    ["Sanders decried the influence of money in politics.", "decried", "Sanders"],
    ["The governor touted the state's job numbers.", "touted", "The governor"],
    // An infinitive speaks for the person the sentence starts with.
    ["Hillary Clinton took to Twitter to say thanks.", "say", "Hillary Clinton"],
    // A quotation closed with an opening mark typed by mistake.
    ["“Apparently not,“ he said. “A leopard doesn’t change its spots.”", "said", "he"],
  ])("%s", (text, cue, source) => {
    const a = findAttributions(text).find((x) => x.cue.text === cue);
    expect(a, `a "${cue}" cue in: ${text}`).toBeDefined();
    expect(a!.source?.text).toBe(source);
  });
});

describe("verbs of stance that are cues with no source right before them", () => {
  it.each([
    ["The statement, issued late on Friday, condemned the attack.", "condemned"],
    ["In a 2-1 decision the appeals court on Friday ruled that the law was unconstitutional.", "ruled"],
    ["Clinton, for her part, rejected the comparison.", "rejected"],
    // An interview's answer, outside quotation marks.
  ])("%s", (text, cue) => {
    expect(findAttributions(text).map((a) => a.cue.text)).toContain(cue);
  });
});

describe("claims", () => {
  it.each([
    // A claim ends where the next clause's attribution starts.
    ["The company denied the report, a spokeswoman said.", "denied", "the report"],
    [
      "Critics argue the law is unconstitutional, while supporters say it protects children.",
      "argue",
      "the law is unconstitutional",
    ],
    // A sentence-final "…, X said" claims the clause before its comma.
    ["The company denied the report, a spokeswoman said.", "said", "The company denied the report"],
    ["The talks are over for now, said John Smith.", "said", "The talks are over for now"],
    // Who was told ends where the claim starts.
    ["Sources close to the negotiations told Reuters the talks had stalled.", "told", "the talks had stalled"],
    // What the speaker says inside their claim stays in it.
    ["Smith said he believed the vote was rigged.", "said", "he believed the vote was rigged"],
    [
      "Police said the suspect, who allegedly fired several shots, was arrested.",
      "said",
      "the suspect, who allegedly fired several shots, was arrested",
    ],
  ])("%s (%s)", (text, cue, claim) => {
    const a = findAttributions(text).find((x) => x.cue.text === cue);
    expect(a?.content?.text).toBe(claim);
  });
});

describe("a passive's subject is not its source", () => {
  it.each([
    ["The claims were disputed at length.", "were disputed", null],
    ["Clinton was criticized for her vote.", "was criticized", null],
    ["The plan was criticized by Senator Jane Smith.", "was criticized", "Senator Jane Smith"],
    // A state of mind is the subject's own.
    ["The Clinton campaign is worried that turnout will fall.", "is worried", "The Clinton campaign"],
    ["Sources privy to the development said the matter was discussed.", "said", "Sources privy to the development"],
  ])("%s", (text, cue, source) => {
    const a = findAttributions(text).find((x) => x.cue.text === cue);
    expect(a, `a "${cue}" cue in: ${text}`).toBeDefined();
    expect(a!.source?.text ?? null).toBe(source);
  });
});

describe("a second verb sharing the subject is its own attribution", () => {
  it.each([
    ["Wilson praised Rubio’s positions on defense and said the senator can win.", ["praised", "said"]],
    ["Hayek confirmed she had been and said, “America has a problem.”", ["confirmed", "said"]],
    ["Clinton called her vote a mistake, but she noted that the vote was long ago.", ["called", "noted"]],
  ])("%s", (text, cues) => {
    expect(findAttributions(text).map((a) => a.cue.text)).toEqual(cues);
  });
});

describe("does not read these as attributions", () => {
  it.each([
    "In other words, a landslide for the party.",
    "Update: The Meeting Has Been Moved To Friday",
    "Clinton added to her delegate lead on Tuesday.",
    "The investments are a fraction of Trump’s reported net worth.",
    "It was a revealing interview with little news.",
    // A standing in the polls is not a poll speaking.
    "Trump has a slight lead in the polls over Cruz in Indiana.",
    "He quickly slid in the polls behind his rivals.",
    // "called" that names something, calls a race or brings something to mind.
    "Barden now helps lead a program called Sandy Hook Promise.",
    "A few states have yet to be called.",
    "Texas was called for Ted Cruz moments after the polls closed.",
    "It was a turn that called to mind an old speech.",
    "The ad ran on a website called Future45 funded by two donors.",
    "The so-called Never Trumpers were generating headlines.",
    "That said, the plan has merits.",
    "It goes without saying that taxes will rise.",
    "It's worth noting that this is the first time.",
    "Needless to say, the plan failed.",
    // Nouns, not verbs.
    "There were media reports of a second suspect.",
    "One of the suspects is named in media reports as Syed Farook.",
    "The count was hit by false claims online.",
    "PolitiFact rated 32% of Republican claims as false.",
    // An infinitive with no one to say it.
    "It is too early to tell whether the blast was a bomb.",
    "There is no way to tell without seeing his tax returns.",
    // A source phrase never ends on a preposition.
    "The panel held him in contempt for refusing to testify about the server.",
    "Trump continues to lead in New Hampshire.",
    // "found" that finds a thing, not a fact.
    "The full poll can be found here.",
    "When I was at Dartmouth, I found myself among friends.",
    "He misplaced his passport but found it before the flight.",
    // Asking for anonymity describes the source.
    "A source, who requested anonymity, was there.",
    // Examples, the writer pointing back, a page's instruction to its reader.
    "Let's say the price rises by, say, 10 percent.",
    "As noted above, the budget is tight.",
    "As reported earlier, the roads are closed.",
    "It should be noted that turnout was low.",
    "Click here to tell us what you think.",
    // A participle after a comma that describes rather than reports.
    "The Afghan forces retaliated, targeting the posts with heavy weapons, revealing the collaboration.",
    "The vote fell along party lines, reflecting the mood in the chamber.",
    // Colons that are not speakers: times, tallies, labels, datelines, addressees.
    "12:25 pm – The president is briefed on the situation.",
    "Hillary Clinton: 1,769.",
    "Photo: Supporters wait outside the arena in the rain.",
    "AT News Kabul: The United Nations has voiced support for the effort.",
    "Berlin: Die Bundesregierung hat am Montag neue Maßnahmen beschlossen.",
    "Madrid: El presidente dijo que la situación es grave.",
    "Christie: A closing surge in the last week of the race.",
    "McConnell delivered a blunt message to Trump: “It's time to quit attacking people.”",
    // A dash after a quotation that no name follows.
    "“We won,” — and then the crowd went quiet.",
    // A feeling shown with no proposition (DESIGN.md: "officials are concerned by the collapse" is none).
    "The senator expressed concern about the deal.",
  ])("%s", (text) => {
    expect(findAttributions(text).map((a) => a.cue.text)).toEqual([]);
  });
});

describe("quotations inside a quotation belong to its speaker", () => {
  it("does not count the author's own voice (DESIGN.md): “I think”, “we know” outside a quotation", () => {
    expect(findAttributions("I think the rate rise came too late. We know the vaccine works.")).toEqual([]);
  });

  it("does not count “I think” inside a quotation", () => {
    expect(findAttributions("“I think we will win,” Sanders said.").map((a) => a.cue.text)).toEqual(["said"]);
  });

  it("does not count “I hope” inside a quoted reply", () => {
    const found = findAttributions("Has the storm passed? ''I hope so,'' Mrs. Clinton said.");
    expect(found.map((a) => a.cue.text)).toEqual(["said"]);
  });
});

describe("an attribution inside the speaker's relative clause", () => {
  it("keeps both: “Podesta, who said …, said …”", () => {
    const text = "Podesta, who said the project was vetted by counsel, said he was unaware of any dispute.";
    const found = findAttributions(text);
    expect(found.map((a) => [a.cue.start, a.source?.text, a.speaker])).toEqual([
      [text.indexOf("said"), "who", "Podesta"],
      [text.lastIndexOf("said"), "Podesta", "Podesta"],
    ]);
    // The outer one is highlighted at its cue, so the two highlights never overlap.
    expect(found[1].text).toBe("said");
    expect(found[0].end).toBeLessThanOrEqual(found[1].start);
  });

  it("keeps one when the clause describes the speaker: “who wrote the bill”, “who asked not to be named”", () => {
    for (const text of [
      "Senator Maria Lopez, who wrote the bill, said the vote was close.",
      "A senior port official, who asked not to be named, said the dredging would start.",
    ]) {
      expect(findAttributions(text).map((a) => a.cue.text)).toEqual(["said"]);
    }
  });

  it("keeps both verbs of one source: “Salceda, citing data …, said …”", () => {
    const found = findAttributions(
      "Salceda, citing data from the U.S. State Department, said that about 4 million people live there.",
    );
    expect(found.map((a) => [a.cue.text, a.speaker, a.content?.text])).toEqual([
      ["citing", "Salceda", "data from the U.S. State Department"],
      ["said", "Salceda", "that about 4 million people live there"],
    ]);
    expect(found[0].end).toBeLessThanOrEqual(found[1].start);
  });

  it("reads “who” past an age and a home town, and the quotation before an inverted verb as its claim", () => {
    const text = "“It is a great primary,” said Nicky Driscoll, 24, from Manchester, who said Sanders is best suited.";
    const [outer, inner] = findAttributions(text);
    expect(outer).toMatchObject({ speaker: "Nicky Driscoll", content: { text: "“It is a great primary,”" } });
    expect(inner).toMatchObject({ speaker: "Nicky Driscoll", content: { text: "Sanders is best suited" } });
  });
});
