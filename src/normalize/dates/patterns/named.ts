import type { RangeJoin } from "../../../lexicon/types.js";
import { isValidDay } from "../calendar.js";
import { isCapitalized, isPunct, isWordOf, readDay, readDottedYear, readMonth, readRangeSeparator, readYear, skipComma, type Read } from "../match.js";
import type { DateToken, DateTokens } from "../tokens.js";
import type { DateParts } from "../types.js";
import { parsed, parts, type DatePattern, type ParsedFields } from "./pattern.js";

/** What follows a day and month: a year, or "this year" and its kin (a year counted from the reference). */
interface YearSuffix {
  readonly year: number | null;
  readonly yearOffset?: number;
}

/**
 * Reads ", 2017", " 2017", " this year", ", of the current year" after a day and month (or
 * a dotted abbreviation of the lexicon: "т.г.").
 *
 * @example
 * ```ts
 * readYearSuffix(dateTokensOfText(", this year"), 0); // { value: { year: null, yearOffset: 0 }, next: 3 }
 * ```
 */
export function readYearSuffix(tokens: DateTokens, index: number): Read<YearSuffix> {
  const at = skipComma(tokens, index);
  const year = readYear(tokens, at);
  if (year) return { value: { year: year.value }, next: year.next };
  const dotted = readDottedYear(tokens, at);
  if (dotted) return { value: { year: null, yearOffset: dotted.value }, next: dotted.next };
  const words = tokens.lexicon.dates;
  let word = at;
  if (isWordOf(tokens.get(word), words.ofWords)) word++;
  if (isWordOf(tokens.get(word), words.articles)) word++;
  const offset = tokens.get(word) ? words.yearOffsets.get((tokens.get(word) as DateToken).key) : undefined;
  if (offset !== undefined && isWordOf(tokens.get(word + 1), words.yearWords)) {
    return { value: { year: null, yearOffset: offset }, next: word + 2 };
  }
  return { value: { year: null }, next: index };
}

/** Words before a range that belong to it ("from 7 to 9 June", "between 7 and 9 June"). */
function rangeStart(tokens: DateTokens, index: number, floor: number): number {
  if (index - 1 >= floor && isWordOf(tokens.get(index - 1), tokens.lexicon.dates.rangeOpeners)) return index - 1;
  return index;
}

/** Builds the fields of a date or range once the parts are known; null when a day does not exist. */
function dateFields(from: DateParts, to: DateParts | null, suffix: YearSuffix): ParsedFields | null {
  let start = from;
  let end = to;
  if (suffix.year !== null) {
    // The year written last covers the whole range; a range over New Year starts the year before.
    const endYear = end && end.year === null ? suffix.year : (end?.year ?? suffix.year);
    if (end) end = { ...end, year: end.year ?? suffix.year };
    if (start.year === null) {
      const crossesYear = end !== null && start.month !== null && end.month !== null && start.month > end.month;
      start = { ...start, year: crossesYear ? endYear - 1 : end ? endYear : suffix.year };
    }
  }
  if (start.month === null || start.day === null || !isValidDay(start.year, start.month, start.day)) return null;
  if (end) {
    if (end.month === null || end.day === null || !isValidDay(end.year, end.month, end.day)) return null;
    const sameYear = (end.year ?? 0) === (start.year ?? 0);
    // "2 октября 2020 г. — 1 октября с.г.": an end without a year in the start's month is in the start's year.
    if ((sameYear || end.year === null) && end.month === start.month && end.day <= start.day) return null;
    if (sameYear && start.year !== null && end.month < start.month) return null;
  }
  const fields: ParsedFields = { form: end ? "range" : "date", from: start, to: end };
  return suffix.yearOffset !== undefined ? { ...fields, yearOffset: suffix.yearOffset } : fields;
}

/** "and" joins two days into a range only after "between" or when the days follow each other. */
function acceptsSeparator(separator: RangeJoin, tokens: DateTokens, first: number, from: number, to: number): boolean {
  if (separator !== "and") return true;
  const opener = tokens.get(first);
  return (opener?.kind === "word" && tokens.lexicon.dates.rangeOpeners.get(opener.key) === "between") || to === from + 1;
}

/**
 * Day before month: "2 November 2017", "2nd of November", "7–8 December 2017",
 * "from 7 to 9 June", "30 November – 2 December 2022".
 *
 * @example
 * ```ts
 * dayMonthPattern.extract(dateTokensOfText("7–8 December 2017"), 0, 0)?.to; // { year: 2017, month: 12, day: 8 }
 * ```
 */
export const dayMonthPattern: DatePattern = {
  name: "day-month",
  anchor: (token) => token.kind === "number" && token.text.length <= 2,
  anchorOn: "number",
  extract(tokens, index, floor) {
    const day = readDay(tokens, index);
    if (!day) return null;
    let at = day.next;
    if (isWordOf(tokens.get(at), tokens.lexicon.dates.ofWords) && readMonth(tokens, at + 1, true)) at++;
    const separator = readRangeSeparator(tokens, at);
    if (separator) {
      // Same month: "7–8 December 2017".
      const endDay = readDay(tokens, separator.next);
      const month = endDay ? readMonth(tokens, endDay.next, true) : null;
      if (endDay && month) {
        const first = rangeStart(tokens, index, floor);
        if (!acceptsSeparator(separator.value, tokens, first, day.value, endDay.value)) return null;
        const suffix = readYearSuffix(tokens, month.next);
        const fields = dateFields(parts(null, month.value, day.value), parts(null, month.value, endDay.value), suffix.value);
        return fields ? parsed(this.name, tokens, first, suffix.next, fields) : null;
      }
      return null;
    }
    const month = readMonth(tokens, at, true);
    if (!month) return null;
    const ownYear = readYear(tokens, skipComma(tokens, month.next));
    const afterStart = ownYear ? ownYear.next : month.next;
    const crossing = readCrossingEnd(tokens, afterStart);
    if (crossing) {
      const first = rangeStart(tokens, index, floor);
      const suffix = readYearSuffix(tokens, crossing.next);
      const fields = dateFields(parts(ownYear?.value ?? null, month.value, day.value), crossing.value, suffix.value);
      // An end that makes no range leaves the start a date of its own ("Москва, 2 октября 2020 г. — 1 октября ...").
      if (fields) return parsed(this.name, tokens, first, suffix.next, fields);
    }
    const suffix = ownYear ? { value: { year: ownYear.value }, next: ownYear.next } : readYearSuffix(tokens, month.next);
    const fields = dateFields(parts(null, month.value, day.value), null, suffix.value);
    return fields ? parsed(this.name, tokens, index, suffix.next, fields) : null;
  },
};

/** Reads "– 2 December" (day first) after the start of a range across months. */
function readCrossingEnd(tokens: DateTokens, index: number): Read<DateParts> | null {
  const separator = readRangeSeparator(tokens, index);
  if (!separator || separator.value === "and") return null;
  const day = readDay(tokens, separator.next);
  const month = day ? readMonth(tokens, day.next, true) : null;
  if (!day || !month) return null;
  return { value: parts(null, month.value, day.value), next: month.next };
}

/**
 * Month before day: "November 2, 2017", "Jan. 25, 2013", "November 2 this year",
 * "December 7-8", "November 30 – December 2, 2022"; month and year "April 2021"; a bare
 * month after a context word ("in April", "late November").
 *
 * @example
 * ```ts
 * monthDayPattern.extract(dateTokensOfText("December 7-8, this year"), 0, 0)?.yearOffset; // 0
 * ```
 */
export const monthDayPattern: DatePattern = {
  name: "month-day",
  anchor: (token, lexicon) => token.kind === "word" && lexicon.calendar.months.has(token.key) && (!lexicon.calendar.capitalized || isCapitalized(token)),
  anchorOn: (lexicon) => lexicon.calendar.months.keys(),
  extract(tokens, index, floor) {
    const month = readMonth(tokens, index, true);
    if (!month) return null;
    const day = readDay(tokens, month.next);
    if (day && !readMonth(tokens, day.next, true)) {
      const separator = readRangeSeparator(tokens, day.next);
      const endDay = separator ? readDay(tokens, separator.next) : null;
      // "March 12 and 13": "and" joins days that follow each other, as after the month.
      if (separator && (separator.value !== "and" || (endDay !== null && endDay.value === day.value + 1))) {
        if (endDay && !readMonth(tokens, endDay.next, true)) {
          const first = rangeStart(tokens, index, floor);
          const suffix = readYearSuffix(tokens, endDay.next);
          const fields = dateFields(parts(null, month.value, day.value), parts(null, month.value, endDay.value), suffix.value);
          if (fields) return parsed(this.name, tokens, first, suffix.next, fields);
        }
        const endMonth = separator.value === "and" ? null : readMonth(tokens, separator.next, true);
        const crossDay = endMonth ? readDay(tokens, endMonth.next) : null;
        if (endMonth && crossDay) {
          const first = rangeStart(tokens, index, floor);
          const suffix = readYearSuffix(tokens, crossDay.next);
          const fields = dateFields(parts(null, month.value, day.value), parts(null, endMonth.value, crossDay.value), suffix.value);
          if (fields) return parsed(this.name, tokens, first, suffix.next, fields);
        }
      }
      const suffix = readYearSuffix(tokens, day.next);
      const fields = dateFields(parts(null, month.value, day.value), null, suffix.value);
      return fields ? parsed(this.name, tokens, index, suffix.next, fields) : null;
    }
    return monthOrBareMonth(this.name, tokens, index, floor);
  },
};

/**
 * Month and year ("ноябрь 2017 г.", "в ноябре 2017 года") or a bare month after a context
 * word ("в ноябре", "в начале ноября текущего года"), for a language that writes the day
 * before the month and never after it (Russian): the month-first reading of
 * {@link monthDayPattern} without its day.
 *
 * @example
 * ```ts
 * monthYearPattern.extract(dateTokensOfText("в ноябре 2017 года", lexiconFor("ru")), 1, 0)?.from; // { year: 2017, month: 11, day: null }
 * ```
 */
export const monthYearPattern: DatePattern = {
  name: "month-year",
  anchor: (token, lexicon) => token.kind === "word" && lexicon.calendar.months.has(token.key) && (!lexicon.calendar.capitalized || isCapitalized(token)),
  anchorOn: (lexicon) => lexicon.calendar.months.keys(),
  extract(tokens, index, floor) {
    return readMonth(tokens, index, true) ? monthOrBareMonth(this.name, tokens, index, floor) : null;
  },
};

/** A month with a year after it, or a bare month; null when a day before the month made no date. */
function monthOrBareMonth(name: string, tokens: DateTokens, index: number, floor: number) {
  const month = readMonth(tokens, index, true);
  // A day before the month that did not make a date ("30 February 2021") spoils the month too.
  if (!month || dayBefore(tokens, index)) return null;
  const year = readYear(tokens, skipComma(tokens, month.next));
  if (year) {
    const first = modifierStart(tokens, index, floor);
    return parsed(name, tokens, first, year.next, { form: "month", from: parts(year.value, month.value, null), to: null });
  }
  return bareMonth(name, tokens, index, floor);
}

/** "in April", "late November", "mid-May", "the end of June": month precision, year left open; the word before must be a month context word of the lexicon. */
function bareMonth(name: string, tokens: DateTokens, index: number, floor: number) {
  const month = readMonth(tokens, index, false);
  if (!month) return null;
  const before = tokens.get(index - 1);
  const context = before?.kind === "punct" && before.text === "-" ? tokens.get(index - 2) : before;
  if (!isWordOf(context, tokens.lexicon.dates.monthContext)) return null;
  const first = modifierStart(tokens, index, floor);
  const suffix = readYearSuffix(tokens, month.next);
  const fields: ParsedFields = { form: "month", from: parts(suffix.value.year, month.value, null), to: null };
  const withOffset = suffix.value.yearOffset !== undefined ? { ...fields, yearOffset: suffix.value.yearOffset } : fields;
  return parsed(name, tokens, first, suffix.next, withOffset);
}

/**
 * Takes "late", "early" or "mid-" before a month or year into its span: the index of the
 * first token of the span.
 *
 * @example
 * ```ts
 * modifierStart(dateTokensOfText("in mid-May"), 3, 0); // 1
 * ```
 */
export function modifierStart(tokens: DateTokens, index: number, floor: number): number {
  let at = index;
  if (isPunct(tokens.get(at - 1), "-") && !tokens.get(at)?.spaceBefore) at--;
  const before = tokens.get(at - 1);
  if (at - 1 >= floor && isWordOf(before, tokens.lexicon.dates.periodModifiers)) return at - 1;
  return index;
}

/** Whether a number that reads as a day stands right before a month ("45 March", "30th of February"). */
function dayBefore(tokens: DateTokens, index: number): boolean {
  let at = index - 1;
  if (isWordOf(tokens.get(at), tokens.lexicon.dates.ofWords)) at--;
  const token = tokens.get(at);
  if (token && !token.spaceBefore && isWordOf(token, tokens.lexicon.calendar.ordinalSuffixes)) at--;
  const number = tokens.get(at);
  return number !== undefined && number.kind === "number" && number.text.length <= 2;
}
