import type { DateParts } from "./types.js";

/**
 * First year a release may plausibly write or speak of.
 *
 * @example
 * ```ts
 * MIN_YEAR; // 1900
 * ```
 */
export const MIN_YEAR = 1900;

/**
 * Last year a release may plausibly write or speak of.
 *
 * @example
 * ```ts
 * MAX_YEAR; // 2100
 * ```
 */
export const MAX_YEAR = 2100;

/**
 * Number of days in a month of a year (Gregorian).
 *
 * @example
 * ```ts
 * daysInMonth(2020, 2); // 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  // Counted for the years and months a release writes, without a Date object per call (every
  // date read checks its day); Date for the rest, which reads years 0–99 as 1900–1999 and
  // carries a month past 12 into the next year.
  if (month >= 1 && month <= 12 && Number.isInteger(month) && year >= 100 && year <= 9999 && Number.isInteger(year)) {
    if (month !== 2) return MONTH_DAYS[month - 1] as number;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days of each month of a common year, January first. */
const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether a day exists in a month; without a year, 29 February counts as possible.
 *
 * @example
 * ```ts
 * isValidDay(null, 2, 29); // true
 * isValidDay(2021, 2, 29); // false
 * ```
 */
export function isValidDay(year: number | null, month: number, day: number): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return false;
  return day <= daysInMonth(year ?? 2000, month);
}

/**
 * Whether a number is a plausible year of a release.
 *
 * @example
 * ```ts
 * isPlausibleYear(2017); // true
 * isPlausibleYear(170); // false
 * ```
 */
export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/**
 * Days since 1970-01-01 of a calendar day.
 *
 * @example
 * ```ts
 * dayNumber(1970, 1, 2); // 1
 * ```
 */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/**
 * The calendar day of a day number (see {@link dayNumber}).
 *
 * @example
 * ```ts
 * fromDayNumber(1); // { year: 1970, month: 1, day: 2 }
 * ```
 */
export function fromDayNumber(days: number): { year: number; month: number; day: number } {
  const date = new Date(days * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Parses `YYYY-MM-DD` into its parts, or null.
 *
 * @example
 * ```ts
 * parseIsoDay("2020-01-08"); // { year: 2020, month: 1, day: 8 }
 * ```
 */
export function parseIsoDay(value: string | null | undefined): { year: number; month: number; day: number } | null {
  if (typeof value !== "string" || value.length !== 10 || value[4] !== "-" || value[7] !== "-") return null;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (!isPlausibleYear(year) || !isValidDay(year, month, day)) return null;
  return { year, month, day };
}

/**
 * Writes parts as an ISO date at the precision they have: `2017-11-02`, `2017-11` or `2017`.
 * Null when the year is missing.
 *
 * @example
 * ```ts
 * isoOf({ year: 2017, month: 11, day: null }); // "2017-11"
 * ```
 */
export function isoOf(parts: DateParts): string | null {
  if (parts.year === null) return null;
  const year = String(parts.year).padStart(4, "0");
  if (parts.month === null) return year;
  const month = String(parts.month).padStart(2, "0");
  if (parts.day === null) return `${year}-${month}`;
  return `${year}-${month}-${String(parts.day).padStart(2, "0")}`;
}

/** A day ahead of the reference counts this many times a day behind it: releases mostly report the past. */
const FUTURE_WEIGHT = 2;

/**
 * The year that puts a month and day nearest to a reference day, days ahead of it counting
 * double and ties going to the earlier year, since releases mostly report what has
 * happened. "28 December" read on 2020-01-03 is 2019; "in April" read in November is the
 * April before, "December 7-8" read in November the December ahead.
 *
 * @example
 * ```ts
 * nearestYear(12, 28, { year: 2020, month: 1, day: 3 }); // 2019
 * ```
 */
export function nearestYear(month: number, day: number | null, reference: { year: number; month: number; day: number }): number {
  const target = dayNumber(reference.year, reference.month, reference.day);
  let best = reference.year;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const probeDay = day === null ? Math.min(15, daysInMonth(year, month)) : Math.min(day, daysInMonth(year, month));
    const gap = dayNumber(year, month, probeDay) - target;
    const distance = gap > 0 ? gap * FUTURE_WEIGHT : -gap;
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}
