import { dayMonthPattern, monthYearPattern } from "../named.js";
import { isoDatePattern, numericDatePattern } from "../numeric.js";
import type { DatePattern } from "../pattern.js";
import { relativeSpanPattern } from "../relative.js";
import { dottedYearPattern, relativeYearPattern, yearPartPattern, yearPattern } from "../years.js";
import { russianRelativeDayPattern } from "./relative-day.js";
import { russianWeekdayPattern } from "./weekday.js";

/**
 * The pattern parsers of Russian dates, in the order they are tried at a token (see
 * `DATE_PATTERNS` for the English ones). Russian writes the day before the month ("2 ноября
 * 2017 года", "с 7 по 9 июня"), so the day-month pattern reads it with the Russian lexicon;
 * what differs from English:
 * - `month-year` instead of `month-day`: a month is never followed by its day ("ноябрь 2017
 *   г.", "в ноябре");
 * - `ru-relative-day`: "накануне" is the day before only where no noun follows it;
 * - `ru-weekday`: weekday names are written in lower case, and count after "в", "во", "на"...;
 * - `dotted-year`: "т.г.", "с.г." (this year) standing alone.
 *
 * @example
 * ```ts
 * RUSSIAN_DATE_PATTERNS.map((pattern) => pattern.name);
 * ```
 */
export const RUSSIAN_DATE_PATTERNS: readonly DatePattern[] = Object.freeze([
  isoDatePattern,
  numericDatePattern,
  dayMonthPattern,
  monthYearPattern,
  russianRelativeDayPattern,
  relativeSpanPattern,
  russianWeekdayPattern,
  yearPartPattern,
  yearPattern,
  relativeYearPattern,
  dottedYearPattern,
]);
