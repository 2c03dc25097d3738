import { isPunct, isWordOf } from "./match.js";
import type { DateToken, DateTokens } from "./tokens.js";
import type { ParsedDate } from "./types.js";

/** A parse after refining: a weekday or relative word merged with the date it names keeps both. */
export interface RefinedDate extends ParsedDate {
  /** The weekday written next to an explicit date ("on Wednesday (8 January 2020)"). */
  readonly statedWeekday?: number;
}

/** A refiner in chrono's shape: an id, and a pass over the parses of a text (filters, mergers). */
export interface DateRefiner {
  readonly id: string;
  readonly refine: (tokens: DateTokens, dates: RefinedDate[]) => RefinedDate[];
}

/**
 * The refiners, run in order after the pattern parsers:
 * - `merge-named-day`: a weekday or a relative word and the explicit date that follows it in
 *   brackets or after a comma are one date ("on Wednesday (8 January 2020)", "today, 5
 *   March"): the explicit date wins, the span covers both;
 * - `share-list-year`: in a list of dates, the year written last covers the ones before it
 *   that lack one ("January 11 and November 26, 2021"). It runs second, on merged dates.
 */
export const DATE_REFINERS: readonly DateRefiner[] = [
  { id: "merge-named-day", refine: mergeNamedDays },
  { id: "share-list-year", refine: shareListYears },
];

/**
 * Runs the refiners over the parses of a text.
 *
 * @example
 * ```ts
 * const tokens = dateTokensOfText("on Wednesday (8 January 2020)");
 * refineDates(tokens, scanDates(tokens))[0]?.form; // "date"
 * ```
 */
export function refineDates(tokens: DateTokens, found: readonly ParsedDate[]): RefinedDate[] {
  let dates: RefinedDate[] = [...found];
  for (const refiner of DATE_REFINERS) dates = refiner.refine(tokens, dates);
  return dates;
}

/** Merges a weekday or relative word with the explicit date right after it (see {@link DATE_REFINERS}). */
function mergeNamedDays(tokens: DateTokens, found: RefinedDate[]): RefinedDate[] {
  const result: RefinedDate[] = [];
  for (let index = 0; index < found.length; index++) {
    const current = found[index] as ParsedDate;
    const next = found[index + 1];
    if ((current.form === "weekday" || current.form === "relative") && next && (next.form === "date" || next.form === "range")) {
      const between = next.first - current.last;
      const opener = tokens.get(current.last);
      const bracket = between === 1 && isPunct(opener, "(");
      const comma = (between === 1 && isPunct(opener, ",")) || between === 0;
      if (bracket || comma) {
        let last = next.last;
        if (bracket && isPunct(tokens.get(last), ")")) last++;
        const tail = tokens.get(last - 1) as DateToken;
        const merged: RefinedDate = { ...next, first: current.first, last, start: current.start, end: tail.end };
        result.push(current.weekday !== undefined ? { ...merged, statedWeekday: current.weekday } : merged);
        index++;
        continue;
      }
    }
    result.push(current);
  }
  return result;
}

/**
 * In a list of dates the year written last covers the ones before it that lack one:
 * "January 11 and November 26, 2021" are both in 2021 (when the months run in order).
 */
function shareListYears(tokens: DateTokens, dates: RefinedDate[]): RefinedDate[] {
  for (let index = dates.length - 2; index >= 0; index--) {
    const current = dates[index] as RefinedDate;
    const next = dates[index + 1] as RefinedDate;
    if (current.from.year !== null || current.yearOffset !== undefined || current.from.month === null) continue;
    if ((current.form !== "date" && current.form !== "range") || (next.form !== "date" && next.form !== "range")) continue;
    const year = next.from.year;
    if (year === null || next.from.month === null || !onlyListWords(tokens, current.last, next.first)) continue;
    const lastMonth = current.to?.month ?? current.from.month;
    if (lastMonth > next.from.month) continue;
    const to = current.to ? { ...current.to, year } : null;
    dates[index] = { ...current, from: { ...current.from, year }, to };
  }
  return dates;
}

/** Only commas and list words of the lexicon ("and", "or") between two dates of a list. */
function onlyListWords(tokens: DateTokens, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  const listWords = tokens.lexicon.dates.listWords;
  for (let index = from; index < to; index++) {
    const token = tokens.get(index);
    if (!isPunct(token, ",") && !isWordOf(token, listWords)) return false;
  }
  return true;
}
