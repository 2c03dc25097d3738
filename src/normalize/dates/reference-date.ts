/** A reference date as a caller may give it: a `Date` (its UTC day) or an ISO date string. */
export type ReferenceDateInput = Date | string | null | undefined;

/**
 * Turns the caller's reference date into `YYYY-MM-DD`, or null when none is given.
 * A value that is not a date is a programmer's mistake: it throws a TypeError quoting it.
 *
 * @example
 * ```ts
 * normalizeReferenceDate("2024-03-06T10:00:00Z"); // "2024-03-06"
 * normalizeReferenceDate(new Date(Date.UTC(2021, 4, 16, 23, 0))); // "2021-05-16"
 * normalizeReferenceDate(undefined); // null
 * ```
 */
export function normalizeReferenceDate(value: ReferenceDateInput): string | null {
  if (value === undefined || value === null || value === "") return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError("Invalid `referenceDate` option: got an invalid Date");
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === "string") {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
    if (match) {
      const [, year, month, day] = match;
      const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
      if (date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1) {
        return `${year}-${month}-${day}`;
      }
    }
  }
  throw new TypeError(
    `Invalid \`referenceDate\` option: expected a Date or an ISO date string (YYYY-MM-DD), got ${JSON.stringify(String(value))}`,
  );
}
