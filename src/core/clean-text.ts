import type { OffsetMap } from "./offset-map.js";

/** Something the cleaning step took out of the text, kept as evidence. */
export interface CleaningArtifact {
  /** What it was. */
  readonly kind: "image" | "noise" | "repeated-headline" | "other-articles";
  /** The removed text as it stood in the original. */
  readonly text: string;
  /** Its span in the original text. */
  readonly start: number;
  readonly end: number;
}

/** A line of the cleaned text (offsets into the cleaned text, end exclusive). */
export interface CleanLine {
  readonly start: number;
  readonly end: number;
  /** True when the line began after a blank line (or is the first line). */
  readonly afterBlank: boolean;
}

/** The result of cleaning: text for the tokenizer, and the way back to the original. */
export interface CleanText {
  readonly original: string;
  readonly text: string;
  readonly map: OffsetMap;
  readonly lines: readonly CleanLine[];
  readonly artifacts: readonly CleaningArtifact[];
}

