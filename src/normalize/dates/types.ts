/**
 * What kind of date expression a mention is.
 * - `absolute`: a calendar day ("2 November 2017", "02.11.2017", "on 5 March").
 * - `range`: several days or years ("December 7-8", "30 November – 2 December 2022", "2018-2019").
 * - `relative`: a day named from the reference day ("today", "yesterday").
 * - `weekday`: a weekday resolved against the reference day ("on Wednesday").
 * - `month`, `year`: month or year precision ("in April", "late November", "in 2018", "this year").
 * - `dateline`: a place and date that open a paragraph ("VIENNA, 1 April 2019 -").
 * - `stamp`: a date standing on its own line ("27.11.2019", "Publishing date: 1 April 2019").
 * - `timestamp`: an ISO date and time ("2021-10-28T11:30:00Z").
 */
export type DateMentionKind =
  | "absolute"
  | "range"
  | "relative"
  | "weekday"
  | "month"
  | "year"
  | "dateline"
  | "stamp"
  | "timestamp";

/** A date expression found in the text. */
export interface DateMention {
  /** Span in the original text (UTF-16 offsets, end exclusive). */
  readonly start: number;
  readonly end: number;
  /** The words as written. */
  readonly text: string;
  /** Normalised value: ISO date at day, month or year precision. */
  readonly value: string;
  /** Last day (or month, year) of a range, else null. */
  readonly endValue: string | null;
  /** True when the year (or the whole date, for relative words) was worked out. */
  readonly inferred: boolean;
  /** What kind of expression it is. */
  readonly kind: DateMentionKind;
}

/** Parts of a calendar date as written; null where the text leaves a part out. */
export interface DateParts {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
}

/** The shape of a parsed expression, before years and relative days are resolved. */
export type ParsedForm = "date" | "range" | "relative" | "weekday" | "month" | "year" | "year-relative";

/**
 * What a pattern parser read, with token indexes and offsets (into the text it was given).
 * Known parts are kept apart from what must still be worked out (chrono's known vs implied).
 */
export interface ParsedDate {
  /** Name of the parser that read it, for debugging and tests. */
  readonly parser: string;
  /** First token and the token after the last. */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly form: ParsedForm;
  /** First (or only) date; empty for relative words. */
  readonly from: DateParts;
  /** Last date of a range, else null. */
  readonly to: DateParts | null;
  /** Days from the reference day ("yesterday" is -1). */
  readonly relativeDays?: number;
  /** Weekday number (0 = Sunday) and which way to look for it from the reference day. */
  readonly weekday?: number;
  readonly weekdayDirection?: "past" | "next" | "last";
  /** Year counted from the reference year: "this year" 0, "last year" -1 (also "November 2 this year"). */
  readonly yearOffset?: number;
  /** An ISO date with a time of day. */
  readonly timestamp?: boolean;
}
