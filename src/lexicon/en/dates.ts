// The English words of date expressions, as releases write them: relative days ("yesterday",
// "the day before yesterday"), years counted from the reference ("this year"), ranges ("from
// 7 to 9 June"), and the words that make a bare month or year a date ("in April", "since 2018").
// Compiled by hand from press releases of governments and intergovernmental bodies.

import type { DateWords } from "../sections/dates.js";

/**
 * The English date-expression section of the lexicon.
 *
 * @example
 * ```ts
 * DATE_WORDS.relativeDays.get("yesterday"); // -1
 * DATE_WORDS.rangeWords.get("until"); // "to"
 * ```
 */
export const DATE_WORDS: DateWords = {
  relativeDays: new Map([
    ["today", 0], ["tonight", 0], ["yesterday", -1], ["tomorrow", 1],
    ["this morning", 0], ["this afternoon", 0], ["this evening", 0],
    ["the day before yesterday", -2], ["the day after tomorrow", 2],
    // A night is dated by the evening it began: "last night" and "overnight" in a release of
    // the morning after are the day before.
    ["last night", -1], ["last evening", -1], ["overnight", -1],
  ]),
  relativeSpans: new Map([
    ["earlier this week", { unit: "week", offset: 0, toDate: true }],
    ["earlier in the week", { unit: "week", offset: 0, toDate: true }],
    ["earlier this month", { unit: "month", offset: 0, toDate: true }],
    ["earlier in the month", { unit: "month", offset: 0, toDate: true }],
    ["last week", { unit: "week", offset: -1, toDate: false }],
    ["last month", { unit: "month", offset: -1, toDate: false }],
  ]),
  possessiveEndings: new Set(["s"]),
  weekdayDirections: new Map([
    ["last", "last"], ["past", "last"], ["next", "next"], ["coming", "next"], ["this", "past"],
  ]),
  yearWords: new Set(["year"]),
  yearOffsets: new Map([
    ["this", 0], ["current", 0], ["present", 0], ["last", -1], ["past", -1], ["previous", -1], ["next", 1], ["coming", 1],
  ]),
  relativeYears: new Map([
    ["this", 0], ["current", 0], ["last", -1], ["past", -1], ["previous", -1], ["next", 1], ["coming", 1],
  ]),
  yearSpans: new Set(["past", "coming"]),
  yearAbbreviations: new Set(["y", "yr"]),
  rangeWords: new Map([
    ["to", "to"], ["till", "to"], ["until", "to"], ["through", "through"], ["and", "and"],
  ]),
  rangeOpeners: new Map([
    ["from", "from"], ["between", "between"],
  ]),
  listWords: new Map([
    ["and", "and"], ["or", "or"],
  ]),
  ofWords: new Set(["of"]),
  articles: new Set(["the"]),
  yearContext: new Set([
    "in", "of", "since", "for", "until", "till", "by", "during", "from", "throughout", "before", "after", "year",
    "early", "late", "mid", "end", "beginning", "to", "through", "between", "and", "spring", "summer", "autumn",
    "fall", "winter",
  ]),
  monthContext: new Set([
    "in", "since", "until", "till", "by", "during", "of", "from", "before", "after", "throughout", "early", "late", "mid",
    "last", "next", "this", "end", "beginning", "middle", "start", "and", "or", "between", "for",
  ]),
  periodModifiers: new Set(["early", "late", "mid"]),
  yearParts: new Set(["quarter", "half"]),
  clauseAbbreviations: new Set([
    "mr", "mrs", "ms", "dr", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "h.e", "e", "u.s", "u", "s", "gen", "col", "lt", "prof", "jr", "vs",
  ]),
  // US time zones as a US issuer stamps its releases, its capital's usual written form and its
  // foreign ministry: numeric dates month first ("04/07/2023 03:15 PM EDT" is 7 April).
  monthFirstMarkers: new Set([
    "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "washington dc", "washington d c", "department of state",
  ]),
};
