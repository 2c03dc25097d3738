import { parseIsoDay } from "./calendar.js";
import type { PublicationRole } from "./publication.js";
import type { RefinedDate } from "./refine.js";
import type { Day } from "./resolve.js";

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
export function referenceDayOf(
  option: string | null | undefined,
  dates: readonly RefinedDate[],
  roles: readonly (PublicationRole | null)[],
): ReferenceDay | null {
  const given = parseIsoDay(option);
  if (given) return { day: given, source: "option", index: null };
  for (let index = 0; index < dates.length; index++) {
    const role = roles[index];
    const date = dates[index] as RefinedDate;
    if (!role || role.revision) continue;
    const { year, month, day } = date.from;
    if (year === null || month === null || day === null) continue;
    return { day: { year, month, day }, source: "text", index };
  }
  return null;
}
