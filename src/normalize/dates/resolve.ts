import type { RelativeSpan } from "../../lexicon/types.js";
import { dayNumber, daysInMonth, fromDayNumber, isoOf, isValidDay, nearestYear } from "./calendar.js";
import type { RefinedDate } from "./refine.js";
import type { DateMentionKind, DateParts } from "./types.js";
import type { TextYear } from "./year-evidence.js";

/** A calendar day. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** What resolving needs: the reference day, and the year the text points to (asked for only when needed). */
export interface ResolveContext {
  readonly reference: Day | null;
  /** How the reference day is described in messages ("the reference day 2019-04-01"). */
  readonly referenceNote: string;
  readonly textYear: () => TextYear | null;
}

/** A parse turned into values. */
export interface ResolvedDate {
  readonly value: string;
  readonly endValue: string | null;
  readonly inferred: boolean;
  readonly kind: DateMentionKind;
  /** When a year was worked out: the year and the evidence for it. */
  readonly yearInferred: { readonly year: number; readonly note: string } | null;
  /** First day of the value (for ranges, the first day), when it has day precision. */
  readonly day: Day | null;
}

/**
 * Turns a parse into ISO values: fills an implicit year from the reference day (the year that
 * puts the date nearest to it) or else from the year the text points to, counts relative days
 * and weekdays from the reference day. Null when the text and the reference leave the value open.
 *
 * @example
 * ```ts
 * const tokens = dateTokensOfText("on 28 December");
 * const [date] = refineDates(tokens, scanDates(tokens));
 * resolveDate(date!, { reference: { year: 2020, month: 1, day: 3 }, referenceNote: "", textYear: () => null })?.value;
 * // "2019-12-28"
 * ```
 */
export function resolveDate(date: RefinedDate, context: ResolveContext): ResolvedDate | null {
  switch (date.form) {
    case "relative":
      return context.reference && date.relativeDays !== undefined ? relativeDay(context.reference, date.relativeDays) : null;
    case "relative-span":
      return context.reference && date.span ? spanMonth(context.reference, date.span) : null;
    case "weekday":
      return context.reference && date.weekday !== undefined ? weekdayOf(context.reference, date) : null;
    case "year-relative": {
      const base = baseYear(context);
      if (!base) return null;
      const year = base.year + (date.yearOffset ?? 0);
      return { value: String(year), endValue: null, inferred: true, kind: "year", yearInferred: { year, note: base.note }, day: null };
    }
    default:
      return calendarDate(date, context);
  }
}

function calendarDate(date: RefinedDate, context: ResolveContext): ResolvedDate | null {
  let from = date.from;
  let to = date.to;
  let yearInferred: ResolvedDate["yearInferred"] = null;
  if (from.year === null) {
    const month = from.month;
    if (month === null) return null;
    let year: number;
    let note: string;
    if (date.yearOffset !== undefined) {
      const base = baseYear(context);
      if (!base) return null;
      year = base.year + date.yearOffset;
      note = base.note;
    } else if (context.reference) {
      year = nearestYear(month, from.day, context.reference);
      note = `nearest to ${context.referenceNote}`;
    } else {
      const textYear = context.textYear();
      if (!textYear) return null;
      year = textYear.year;
      note = `evidence in the text: ${textYear.evidence.join("; ")}`;
    }
    from = { ...from, year };
    yearInferred = { year, note };
  }
  if (to && to.year === null) {
    const fromYear = from.year as number;
    const crosses = to.month !== null && from.month !== null && to.month < from.month;
    to = { ...to, year: crosses ? fromYear + 1 : fromYear };
  }
  if (!stillValid(from) || (to && !stillValid(to))) return null;
  const value = isoOf(from);
  if (value === null) return null;
  const endValue = to ? isoOf(to) : null;
  const kind: DateMentionKind =
    date.form === "range" ? "range" : date.form === "month" ? "month" : date.form === "year" ? "year" : "absolute";
  const day = from.year !== null && from.month !== null && from.day !== null ? { year: from.year, month: from.month, day: from.day } : null;
  return { value, endValue, inferred: yearInferred !== null, kind, yearInferred, day };
}

/** 29 February read without a year must still exist once the year is known. */
function stillValid(parts: DateParts): boolean {
  if (parts.month === null || parts.day === null) return true;
  return isValidDay(parts.year, parts.month, parts.day);
}

function baseYear(context: ResolveContext): { year: number; note: string } | null {
  if (context.reference) return { year: context.reference.year, note: `the year of ${context.referenceNote}` };
  const textYear = context.textYear();
  if (!textYear) return null;
  return { year: textYear.year, note: `evidence in the text: ${textYear.evidence.join("; ")}` };
}

function dayResult(day: Day, kind: DateMentionKind): ResolvedDate {
  return { value: isoOf(day) as string, endValue: null, inferred: true, kind, yearInferred: null, day };
}

function relativeDay(reference: Day, days: number): ResolvedDate {
  return dayResult(fromDayNumber(dayNumber(reference.year, reference.month, reference.day) + days), "relative");
}

/**
 * The weekday nearest the reference day in the given direction: "past" is on or before it
 * ("on Wednesday" in a release of that Wednesday is that day), "last" strictly before,
 * "next" strictly after.
 */
function weekdayNear(reference: Day, weekday: number, direction: "past" | "next" | "last"): ResolvedDate {
  const base = dayNumber(reference.year, reference.month, reference.day);
  const referenceWeekday = new Date(base * 86_400_000).getUTCDay();
  let offset: number;
  if (direction === "next") offset = (weekday - referenceWeekday + 7) % 7 || 7;
  else {
    const back = (referenceWeekday - weekday + 7) % 7;
    offset = -(direction === "last" && back === 0 ? 7 : back);
  }
  return dayResult(fromDayNumber(base + offset), "weekday");
}

/**
 * The day of a weekday, or the days of a stretch of weekdays: in the calendar week the parse
 * names ("Tuesday last week"), else the stretch whose last day is the nearest such weekday
 * ("on Monday and Tuesday" in a release of Wednesday: the two days before).
 */
function weekdayOf(reference: Day, date: RefinedDate): ResolvedDate {
  const weekday = date.weekday as number;
  const gap = date.weekdayEnd === undefined ? 0 : (date.weekdayEnd - weekday + 7) % 7;
  let first: number;
  if (date.weekOffset !== undefined) {
    // Weeks start on Monday: getUTCDay is 0 for Sunday.
    const today = dayNumber(reference.year, reference.month, reference.day);
    const monday = today - ((new Date(today * 86_400_000).getUTCDay() + 6) % 7) + date.weekOffset * 7;
    first = monday + ((weekday + 6) % 7);
  } else {
    const last = weekdayNear(reference, date.weekdayEnd ?? weekday, date.weekdayDirection ?? "past");
    const day = last.day as Day;
    first = dayNumber(day.year, day.month, day.day) - gap;
  }
  const result = dayResult(fromDayNumber(first), "weekday");
  return gap === 0 ? result : { ...result, endValue: isoOf(fromDayNumber(first + gap)) };
}

/**
 * The month of a stretch of days named from the reference day ("earlier this week"), when
 * the whole stretch lies in one calendar month; else null (a guessed day would be wrong more
 * often than an open date). A stretch "to date" that has no day before the reference day
 * ("earlier this month" on the 1st) is no date either.
 */
function spanMonth(reference: Day, span: RelativeSpan): ResolvedDate | null {
  const today = dayNumber(reference.year, reference.month, reference.day);
  let first: number;
  let last: number;
  if (span.unit === "week") {
    // Weeks start on Monday: getUTCDay is 0 for Sunday.
    const weekday = (new Date(today * 86_400_000).getUTCDay() + 6) % 7;
    first = today - weekday + span.offset * 7;
    last = first + 6;
  } else {
    const month = reference.month - 1 + span.offset;
    const year = reference.year + Math.floor(month / 12);
    const start = { year, month: ((month % 12) + 12) % 12 + 1 };
    first = dayNumber(start.year, start.month, 1);
    last = dayNumber(start.year, start.month, daysInMonth(start.year, start.month));
  }
  if (span.toDate) last = Math.min(last, today - 1);
  if (last < first) return null;
  const from = fromDayNumber(first);
  const to = fromDayNumber(last);
  if (from.year !== to.year || from.month !== to.month) return null;
  const value = isoOf({ year: from.year, month: from.month, day: null }) as string;
  return { value, endValue: null, inferred: true, kind: "month", yearInferred: null, day: null };
}
