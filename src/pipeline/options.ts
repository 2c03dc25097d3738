/** Options of {@link parseRelease} and {@link analyzeRelease}. */
export interface ParseOptions {
  /**
   * The day the release was published, used to resolve implicit years ("on 5 March",
   * "this year") and relative days ("yesterday"). A `Date` (its UTC day is used) or an ISO
   * date string. Default: none; the year then comes from the text itself.
   */
  readonly referenceDate?: Date | string | null | undefined;
}

// The reference date is read by the date normalizer too, which sits below the pipeline.
export { normalizeReferenceDate } from "../normalize/dates/reference-date.js";
