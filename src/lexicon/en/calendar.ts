/**
 * English month and weekday names, with the abbreviations press releases use ("Jan.",
 * "Sept"), and ordinals. Source: the Gregorian calendar; abbreviations as in AP and Chicago
 * styles.
 */

import type { CalendarWords } from "../sections/dates.js";

/**
 * Month number (1–12) of a lower-cased month name or abbreviation.
 *
 * @example
 * ```ts
 * MONTH_NUMBERS.get("sept"); // 9
 * ```
 */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ["january", 1], ["february", 2], ["march", 3], ["april", 4], ["may", 5], ["june", 6],
  ["july", 7], ["august", 8], ["september", 9], ["october", 10], ["november", 11], ["december", 12],
  ["jan", 1], ["feb", 2], ["mar", 3], ["apr", 4], ["jun", 6], ["jul", 7], ["aug", 8],
  ["sep", 9], ["sept", 9], ["oct", 10], ["nov", 11], ["dec", 12],
]);

/**
 * Abbreviations that are also common English words or names, so they count as months only
 * next to a day or a year ("Mar 5", "Jun 2020"), never alone.
 *
 * @example
 * ```ts
 * SHORT_MONTHS.has("jan"); // true
 * ```
 */
export const SHORT_MONTHS: ReadonlySet<string> = new Set([
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/**
 * Weekday number (0 = Sunday … 6 = Saturday, as `Date#getUTCDay`) of a lower-cased name.
 *
 * @example
 * ```ts
 * WEEKDAY_NUMBERS.get("wednesday"); // 3
 * ```
 */
export const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map([
  ["sunday", 0], ["monday", 1], ["tuesday", 2], ["wednesday", 3], ["thursday", 4], ["friday", 5], ["saturday", 6],
]);

/**
 * Ordinal words up to twelve, for "the fourth quarter", "the second half".
 *
 * @example
 * ```ts
 * ORDINAL_WORDS.get("fourth"); // 4
 * ```
 */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ["first", 1], ["second", 2], ["third", 3], ["fourth", 4], ["fifth", 5], ["sixth", 6],
  ["seventh", 7], ["eighth", 8], ["ninth", 9], ["tenth", 10], ["eleventh", 11], ["twelfth", 12],
]);

/**
 * Endings glued to a number that make it an ordinal ("2nd", "72nd").
 *
 * @example
 * ```ts
 * ORDINAL_SUFFIXES.has("nd"); // true
 * ```
 */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(["st", "nd", "rd", "th"]);

/**
 * The English calendar section of the lexicon.
 *
 * @example
 * ```ts
 * CALENDAR_WORDS.weekdays.get("friday"); // 5
 * ```
 */
export const CALENDAR_WORDS: CalendarWords = {
  months: MONTH_NUMBERS,
  shortMonths: SHORT_MONTHS,
  weekdays: WEEKDAY_NUMBERS,
  ordinals: ORDINAL_WORDS,
  ordinalSuffixes: ORDINAL_SUFFIXES,
  capitalized: true,
};
