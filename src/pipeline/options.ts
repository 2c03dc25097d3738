/**
 * Options of {@link parseRelease} and {@link analyzeRelease}.
 *
 * @example
 * ```ts
 * import { parseRelease, type ParseOptions } from "communique";
 * const options: ParseOptions = { referenceDate: "2024-03-06" };
 * parseRelease("On 5 March the ministers met in Minsk.", options).date; // { start: "2024-03-05", end: null, ... }
 * ```
 *
 * @group Parsing
 */
export interface ParseOptions {
  /**
   * The day the release was published, used to resolve implicit years ("on 5 March",
   * "this year") and relative days ("yesterday"). A `Date` (its UTC day is used) or an ISO
   * date string. Default: none; the year then comes from the text itself.
   */
  readonly referenceDate?: Date | string | null | undefined;
}

/**
 * Turns the caller's reference date into `YYYY-MM-DD`, or null when none is given.
 * A value that is not a date is a programmer's mistake: it throws a TypeError quoting it.
 */
export function normalizeReferenceDate(value: ParseOptions["referenceDate"]): string | null {
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
