/** Titles written short, and the word a later mention uses for each ("Sen. Bernie Sanders" … "the senator"). */

/** Abbreviated titles by the word a later mention uses: "Sen. Bernie Sanders" … "the senator". */
export const TITLE_WORDS: Record<string, string> = {
  sen: "senator",
  gov: "governor",
  gen: "general",
  col: "colonel",
  prof: "professor",
  capt: "captain",
  sgt: "sergeant",
  // "PC Daniel Royce" … "the officer"; "Det. Ruiz" … "the detective"; "Cllr Rhian Pritchard" … "the councillor".
  pc: "officer",
  det: "detective",
  cllr: "councillor",
  // "Ald. Brendan Kowalczyk, 32nd" … "the alderman".
  ald: "alderman",
  // "Justice Ayesha Durrani" … "the judge"; "Recorder Alan Pemberton" … "the judge" too.
  justice: "judge",
  recorder: "judge",
  // "Det Gda Ciarán Mulvey" … "the garda".
  gda: "garda",
};

/** The words a later mention uses for a title written short: "the officer" after "PC Daniel Royce". */
export const LATER_TITLES: ReadonlySet<string> = new Set(Object.values(TITLE_WORDS));

/** The abbreviations written for a title: "senator" → ["sen"]. */
export const titleAbbreviations = (title: string) =>
  Object.entries(TITLE_WORDS)
    .filter(([, w]) => w === title)
    .map(([short]) => short);
