/** How sure the engine is of a finding: a base by cue kind, times a factor per guess (rules/confidence.json). */
import table from "../rules/confidence.json";
import type { CueKind } from "../cues/raw";

export const CUE_CONFIDENCE: Record<CueKind, number> = table.byCue;
/** A reporting verb with no source found. */
export const NO_SOURCE_CONFIDENCE = table.noSource;
/** The factor for each step of guessing who the source is. */
export const TIMES = table.times;
