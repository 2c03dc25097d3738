import { nearestYear, parseIsoDay } from "../../normalize/dates/calendar.js";
import type { RefinedDate } from "../../normalize/dates/refine.js";
import type { Day } from "../../normalize/dates/resolve.js";
import type { TextYear } from "../../normalize/dates/year-evidence.js";
import { isPublication, type DateRole } from "./roles.js";

/** The day relative words and implicit years are read against, and where it came from. */
export interface ReferenceDay {
  readonly day: Day;
  readonly source: "option" | "text";
  /** Index of the date in the text that gave it (source "text"). */
  readonly index: number | null;
  /** How the year of a mark that has none was filled ("the reference date", "evidence in the text: ..."), else null. */
  readonly yearFrom: string | null;
}

/** The anchor of a release, and the caller's reference day when the text's own date differs from it. */
export interface Anchor {
  readonly reference: ReferenceDay | null;
  /** The caller's reference day, when the text gives another day for the release. */
  readonly conflict: Day | null;
}

/**
 * How near a publication mark stands to the release's own text, lower first: a dateline
 * opens the release's own text; a date the headline carries names the release; a stamp or
 * timestamp at or after the headline is the release's, one above it is often another
 * article's, in the page's chrome.
 */
function rankOf(role: DateRole, date: RefinedDate, titleStart: number): number {
  if (role.rule === "dateline") return 0;
  if (role.rule === "headline-date") return 1;
  return date.start >= titleStart ? 2 : 3;
}

/**
 * The anchor of a release: the day its text gives for itself (the publication mark nearest
 * the release's own text, see {@link rankOf}; a mark without a year takes it from the
 * caller's reference date, else from the evidence in the text), else the caller's
 * `referenceDate`. The text is the nearer anchor: the reference date fills only what the
 * text leaves open, and when the two name different days the conflict is returned too.
 *
 * @example
 * ```ts
 * anchorOf("2020-01-08", [], [], 0, () => null).reference?.day; // { year: 2020, month: 1, day: 8 }
 * ```
 */
export function anchorOf(
  option: string | null | undefined,
  dates: readonly RefinedDate[],
  roles: readonly (DateRole | null)[],
  titleStart: number,
  textYear: () => TextYear | null,
): Anchor {
  const given = parseIsoDay(option);
  const marks: { index: number; rank: number }[] = [];
  for (let index = 0; index < dates.length; index++) {
    const role = roles[index] ?? null;
    const date = dates[index] as RefinedDate;
    if (!isPublication(role) || date.from.month === null || date.from.day === null) continue;
    marks.push({ index, rank: rankOf(role as DateRole, date, titleStart) });
  }
  marks.sort((a, b) => a.rank - b.rank || a.index - b.index);
  for (const { index } of marks) {
    const { year, month, day } = (dates[index] as RefinedDate).from as { year: number | null; month: number; day: number };
    let filled = year;
    let yearFrom: string | null = null;
    if (filled === null && given) {
      filled = nearestYear(month, day, given);
      yearFrom = "the reference date";
    } else if (filled === null) {
      const evidence = textYear();
      if (evidence) {
        filled = evidence.year;
        yearFrom = `evidence in the text: ${evidence.evidence.join("; ")}`;
      }
    }
    if (filled === null) continue;
    const found: Day = { year: filled, month, day };
    const conflict = given && (given.year !== found.year || given.month !== found.month || given.day !== found.day) ? given : null;
    return { reference: { day: found, source: "text", index, yearFrom }, conflict };
  }
  return { reference: given ? { day: given, source: "option", index: null, yearFrom: null } : null, conflict: null };
}
