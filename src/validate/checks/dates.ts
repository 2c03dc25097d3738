import type { IssueDraft } from "../issue.js";
import { recordOf, stringAt } from "../read.js";

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first and last day an ISO date at any precision covers, as YYYY-MM-DD; null if impossible. */
export function dayRange(date: string): { first: string; last: string } | null {
  const match = ISO_DATE.exec(date);
  if (match === null) return null;
  const [, year = "", month, day] = match;
  if (month === undefined) return { first: `${year}-01-01`, last: `${year}-12-31` };
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return null;
  const length = daysInMonth(Number(year), monthNumber);
  if (day === undefined) return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(length)}` };
  const dayNumber = Number(day);
  if (dayNumber < 1 || dayNumber > length) return null;
  return { first: date, last: date };
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC keeps time zones out of it.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Impossible calendar dates, an end before the start, an end equal to the start, and an event
 * that starts after the release's published date.
 */
export function checkDates(root: unknown): IssueDraft[] {
  const drafts: IssueDraft[] = [...checkPublished(root)];
  const date = recordOf(recordOf(root)?.["date"]);
  if (date === undefined) return drafts;
  const start = stringAt(date, "start");
  const end = stringAt(date, "end");
  const startRange = start === undefined ? undefined : dayRange(start);
  const endRange = end === undefined ? undefined : dayRange(end);
  if (start !== undefined && startRange === null) drafts.push({ code: "impossible_date", path: ["date", "start"], received: start });
  if (end !== undefined && endRange === null) drafts.push({ code: "impossible_date", path: ["date", "end"], received: end });
  if (start === undefined || end === undefined || !startRange || !endRange) return drafts;
  if (endRange.last < startRange.first) {
    drafts.push({ code: "date_range_reversed", path: ["date", "end"], start, end });
  } else if (end === start) {
    drafts.push({ code: "redundant_end_date", path: ["date", "end"], received: end });
  }
  return drafts;
}

/** An impossible published date, and an event whose first day is after it. */
function checkPublished(root: unknown): IssueDraft[] {
  const published = stringAt(recordOf(root)?.["published"], "date");
  if (published === undefined) return [];
  const publishedRange = dayRange(published);
  if (publishedRange === null) return [{ code: "impossible_date", path: ["published", "date"], received: published }];
  const start = stringAt(recordOf(root)?.["date"], "start");
  const startRange = start === undefined ? null : dayRange(start);
  // Compared at the coarser precision: "2024-03" is not after "2024-03-14".
  if (start !== undefined && startRange !== null && startRange.first > publishedRange.last) {
    return [{ code: "event_after_publication", path: ["date", "start"], start, published }];
  }
  return [];
}
