/**
 * Confidence in words, for readers: a probability (the chance that an
 * attribution and its tier are right) reads as "likely right" from 0.8,
 * "probably right" from 0.6, else "uncertain"; the number comes after.
 */
export type ConfidenceWords = "likely" | "probable" | "uncertain";

export function confidenceWords(p: number): ConfidenceWords {
  return p >= 0.8 ? "likely" : p >= 0.6 ? "probable" : "uncertain";
}
