import { parseIsoDay } from "../../normalize/dates/calendar.js";
import type { RefinedDate } from "../../normalize/dates/refine.js";
import type { Day } from "../../normalize/dates/resolve.js";
import { isPublication, type DateRole } from "./roles.js";

/** The day relative words and implicit years are read against, and where it came from. */
export interface ReferenceDay {
  readonly day: Day;
  readonly source: "option" | "text";
  /** Index of the date in the text that gave it (source "text"). */
  readonly index: number | null;
}

/**
 * The reference day: the caller's `referenceDate` when given; else the first publication
 * mark of the text with a full date (a dateline, a date stamp or a timestamp; never a
 * "Last updated" revision). Null when neither exists.
 *
 * @example
 * ```ts
 * referenceDayOf("2020-01-08", [], [])?.day; // { year: 2020, month: 1, day: 8 }
 * ```
 */
export function referenceDayOf(option: string | null | undefined, dates: readonly RefinedDate[], roles: readonly (DateRole | null)[]): ReferenceDay | null {
  const given = parseIsoDay(option);
  if (given) return { day: given, source: "option", index: null };
  for (let index = 0; index < dates.length; index++) {
    if (!isPublication(roles[index] ?? null)) continue;
    const { year, month, day } = (dates[index] as RefinedDate).from;
    if (year === null || month === null || day === null) continue;
    return { day: { year, month, day }, source: "text", index };
  }
  return null;
}
