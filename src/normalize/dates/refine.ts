import { memoizeOn } from "../../core/memo.js";
import { isPunct, isWordOf } from "./match.js";
import type { DateToken, DateTokens } from "./tokens.js";
import type { DateParts, ParsedDate } from "./types.js";

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
 * - `numeric-order`: a numeric date whose first two numbers could each be the month
 *   ("04/07/2023") is read in the order the issuer writes: the order another numeric date of
 *   the text shows ("04/17/2023" is month first), else month first when the text has a
 *   month-first marker of the lexicon ("EST", "Washington, D.C."), else day first;
 * - `merge-named-day`: a weekday or a relative word and the explicit date that follows it in
 *   brackets or after a comma are one date ("on Wednesday (8 January 2020)", "today, 5
 *   March"): the explicit date wins, the span covers both;
 * - `join-named-range`: two dates, each perhaps with its weekday, after "from" and joined by
 *   "to" or "until" are one range ("from Tuesday 1 October until Thursday 3 October"): the
 *   patterns join the plain form, the weekdays only after the merge above;
 * - `share-list-year`: in a list of dates, the year written last covers the ones before it
 *   that lack one ("January 11 and November 26, 2021"). It runs last, on merged dates.
 */
export const DATE_REFINERS: readonly DateRefiner[] = [
  { id: "numeric-order", refine: orderNumericDates },
  { id: "merge-named-day", refine: mergeNamedDays },
  { id: "join-named-range", refine: joinNamedRanges },
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

/** Joins "from <date> until <date>" into one range (see {@link DATE_REFINERS}). */
function joinNamedRanges(tokens: DateTokens, found: RefinedDate[]): RefinedDate[] {
  const result: RefinedDate[] = [];
  for (let index = 0; index < found.length; index++) {
    const current = found[index] as RefinedDate;
    const next = found[index + 1];
    const joined = next === undefined ? null : namedRange(tokens, current, next);
    if (joined === null) {
      result.push(current);
      continue;
    }
    result.push(joined);
    index++;
  }
  return result;
}

/** The range two dates make when "from" opens the first and one "to"-like word joins them, else null. */
function namedRange(tokens: DateTokens, current: RefinedDate, next: RefinedDate): RefinedDate | null {
  if (current.form !== "date" || next.form !== "date" || current.from.day === null || next.from.day === null) return null;
  if (next.first - current.last !== 1) return null;
  const { rangeWords, rangeOpeners } = tokens.lexicon.dates;
  const joiner = tokens.get(current.last);
  const join = joiner?.kind === "word" ? rangeWords.get(joiner.key) : undefined;
  if (join !== "to" && join !== "through") return null;
  const opener = tokens.get(current.first - 1);
  if (opener?.kind !== "word" || rangeOpeners.get(opener.key) !== "from") return null;
  const ends = rangeEnds(current.from, next.from);
  if (ends === null) return null;
  return { ...current, form: "range", from: ends[0], to: ends[1], last: next.last, end: next.end };
}

/** The two ends with the year one of them writes given to the other (a range over New Year crosses it), or null when the end is not after the start. */
function rangeEnds(start: DateParts, end: DateParts): [DateParts, DateParts] | null {
  if (start.month === null || end.month === null || start.day === null || end.day === null) return null;
  const crosses = end.month < start.month;
  const from = start.year === null && end.year !== null ? { ...start, year: crosses ? end.year - 1 : end.year } : start;
  const to = end.year === null && from.year !== null ? { ...end, year: crosses ? from.year + 1 : from.year } : end;
  const order = (parts: DateParts): number => ((parts.year ?? 0) * 12 + (parts.month ?? 0)) * 31 + (parts.day ?? 0);
  if ((from.year === null) !== (to.year === null) || order(to) <= order(from)) return null;
  return [from, to];
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

/** Reads ambiguous numeric dates in the order the text shows (see {@link DATE_REFINERS}). */
function orderNumericDates(tokens: DateTokens, dates: RefinedDate[]): RefinedDate[] {
  if (!dates.some((date) => date.ambiguousOrder)) return dates;
  let order: string | null = null;
  let evidence = "";
  for (const date of dates) {
    if (date.orderEvidence === "month-first" || date.orderEvidence === "day-first") {
      order = date.orderEvidence;
      evidence = `the numeric date "${tokens.textOf(date.first, date.last)}"`;
      break;
    }
  }
  if (order === null) {
    const marker = monthFirstMarkerIn(tokens);
    if (marker !== null) {
      order = "month-first";
      evidence = `"${marker}" in the text`;
    }
  }
  if (order === null) return dates;
  return dates.map((date) => {
    if (!date.ambiguousOrder) return date;
    const { ambiguousOrder: _, ...rest } = date;
    const from = order === "month-first" ? { ...date.from, month: date.from.day, day: date.from.month } : date.from;
    return { ...rest, from, orderEvidence: `${order}: ${evidence}` };
  });
}

/** The first month-first marker of the lexicon in the text ("EST", "Washington, D.C."), as written, or null. */
function monthFirstMarkerIn(tokens: DateTokens): string | null {
  const markers = markersByFirstWord(tokens.lexicon.dates.monthFirstMarkers);
  if (markers.size === 0) return null;
  for (let index = 0; index < tokens.length; index++) {
    if (tokens.kindAt(index) !== "word") continue;
    const phrases = markers.get((tokens.get(index) as DateToken).key);
    if (!phrases) continue;
    for (const phrase of phrases) {
      // A one-word marker is an abbreviation written in capitals ("EST"), not a word of another language.
      if (phrase.length === 1 && (tokens.get(index) as DateToken).text !== (tokens.get(index) as DateToken).text.toUpperCase()) continue;
      const end = matchWords(tokens, index, phrase);
      if (end > 0) return tokens.textOf(index, end);
    }
  }
  return null;
}

/** The marker phrases of a lexicon by their first word, split into words. */
const markersByFirstWord = memoizeOn((markers: ReadonlySet<string>): ReadonlyMap<string, readonly (readonly string[])[]> => {
  const index = new Map<string, string[][]>();
  for (const marker of markers) {
    const words = marker.split(" ");
    const list = index.get(words[0] as string) ?? [];
    list.push(words);
    index.set(words[0] as string, list);
  }
  return index;
});

/** The index after a phrase's words matched from `index` (full stops and commas between them skipped), or -1. */
function matchWords(tokens: DateTokens, index: number, words: readonly string[]): number {
  let at = index;
  for (let word = 0; word < words.length; word++) {
    if (word > 0) while (isPunct(tokens.get(at), ".") || isPunct(tokens.get(at), ",")) at++;
    const token = tokens.get(at);
    if (token === undefined || token.kind !== "word" || token.key !== words[word]) return -1;
    at++;
  }
  return at;
}
