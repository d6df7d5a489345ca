/**
 * Bodies whose names list their parts with commas: "Department of Agriculture, Food and the Marine", "Ministry of
 * Education, Skills, Youth and Information", "the Meteorology, Climatology and Geophysics Agency". The commas would
 * otherwise end the name at its first part, or read the parts as a list of bodies.
 */
import { commaInBodyName } from "../phrases/noun-phrase";
import type { Token } from "../text/sentences";
import { ORGANISATION_HEADS } from "../words";
import { join, withoutPossessive } from "./name-text";

/** Words that join a listed name's parts after its first comma. */
const JOINING = /^(?:,|and|&|the)$/;

/**
 * The name of a body listed so, when it closes the source phrase (`tokens`): from its head ("Department", or the
 * first part after "the") to its last part; null when the phrase holds none. A title's portfolio listed so ("Minister
 * of Education, Skills, …") names its holder, not a body, and is left to the name's reading.
 */
export function listedBodyName(tokens: Token[], text: string): string | null {
  const comma = tokens.findIndex((t, k) => t.text === "," && commaInBodyName(tokens, k));
  if (comma < 0) return null;
  if (!tokens.slice(comma).every((t) => t.cap || JOINING.test(t.lower)) || !tokens[tokens.length - 1].cap) return null;
  // Back over the parts before the comma, and the "of" part's opening ("Department of Climate Change").
  let start = comma - 1;
  while (
    start > 0 &&
    (tokens[start - 1].cap || tokens[start - 1].text === "," || /^(?:of|for)$/.test(tokens[start - 1].lower))
  )
    start--;
  while (start < comma && /^(?:of|for|,|the)$/.test(tokens[start].lower)) start++;
  const ofPart = tokens.slice(start, comma).some((t) => /^(?:of|for)$/.test(t.lower));
  const head = withoutPossessive(tokens[start].lower);
  const opened = ofPart ? ORGANISATION_HEADS.has(head) : tokens[start - 1]?.lower === "the";
  // ("Sources at the Department for Environment, Food and Rural Affairs": the name opens the phrase, or people there
  // speak.)
  const alone = tokens.slice(0, start).every((t) => t.lower === "the");
  return opened && alone ? join(tokens.slice(start), text) : null;
}
