import type { CleanText } from "./clean-text.js";

// What the parser hands every concern in `file.data`. Each concern declares the field it
// writes beside its own plugin; these are the ones the document model itself reads.
declare module "vfile" {
  interface DataMap {
    /** Cleaned text and the map back to the original (set by the parser). */
    clean: CleanText;
    /** Publication day given by the caller, `YYYY-MM-DD`, or null. */
    referenceDate: string | null;
    /** Language the release is read in, an ISO 639-1 code (set by the parser). */
    language: string;
  }
}

export {};
