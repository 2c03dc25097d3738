import type { RelativeSpan } from "../../lexicon/types.js";

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
 *
 * @example
 * ```ts
 * import { analyzeRelease, type DateMentionKind } from "communique";
 * const kinds: DateMentionKind[] = (analyzeRelease("Yesterday the sides met.", { referenceDate: "2024-03-06" }).data.dateMentions ?? []).map((mention) => mention.kind);
 * // ["relative"]
 * ```
 *
 * @group Parsing
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

/**
 * What a date of a release is the date of (set by the dates plugin of `parseRelease`):
 * - `publication`: the release itself (a dateline, a date stamp, a timestamp, a headline date);
 * - `revision`: a later revision of the page ("Last updated: 14 Jan. 2020");
 * - `event`: the main event the release reports (the one chosen as `date`);
 * - `other-event`: another date nothing sets aside that was not chosen;
 * - `future`: an event still to come ("will be held on 14 April");
 * - `recalled`: an earlier event the release recalls (an anniversary, "Further to their talks
 *   on 2 May, ...", "the May 30 bombing");
 * - `report`: the day the news was confirmed or announced ("ISAF confirmed today that ...");
 * - `document`, `bound`: the date of a document, or the bound of a period ("since 2018").
 *
 * @example
 * ```ts
 * import type { DateRoleName } from "communique";
 * const role: DateRoleName = "publication";
 * ```
 *
 * @group Parsing
 */
export type DateRoleName = "publication" | "revision" | "event" | "other-event" | "future" | "recalled" | "report" | "document" | "bound";

/**
 * A date expression found in the text.
 *
 * @example
 * ```ts
 * import { analyzeRelease, type DateMention } from "communique";
 * const mentions: DateMention[] = analyzeRelease("The talks on 5 March 2024 followed those of 2023.").data.dateMentions ?? [];
 * mentions[0]; // { text: "5 March 2024", value: "2024-03-05", kind: "absolute", inferred: false, ... }
 * ```
 *
 * @group Parsing
 */
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
  /**
   * What the date is the date of, and the id of the rule that said so ("dateline",
   * "report-verb", "lead"...), when the dates plugin of `parseRelease` found it; absent from
   * `normalizeDate`, which reads a string without a release around it.
   */
  readonly role?: { readonly name: DateRoleName; readonly rule: string };
}

/** Parts of a calendar date as written; null where the text leaves a part out. */
export interface DateParts {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
}

/** The shape of a parsed expression, before years and relative days are resolved. */
export type ParsedForm = "date" | "range" | "relative" | "relative-span" | "weekday" | "month" | "year" | "year-relative";

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
  /** The last weekday of a stretch of weekdays ("Monday and Tuesday", "Monday to Wednesday"). */
  readonly weekdayEnd?: number;
  /** The calendar week of the weekday, counted from the reference day's ("Tuesday last week" -1). */
  readonly weekOffset?: number;
  /** Year counted from the reference year: "this year" 0, "last year" -1 (also "November 2 this year"). */
  readonly yearOffset?: number;
  /** An ISO date with a time of day. */
  readonly timestamp?: boolean;
  /** A stretch of days named from the reference day ("earlier this week"), for the form `relative-span`. */
  readonly span?: RelativeSpan;
  /**
   * A numeric date whose first two numbers could each be the month ("04/07/2023"): read day
   * first until evidence in the text says the issuer writes the month first.
   */
  readonly ambiguousOrder?: boolean;
  /** What told the order of an ambiguous numeric date, when something did. */
  readonly orderEvidence?: string;
}
