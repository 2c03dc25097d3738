import { ORDINAL_WORDS } from "../../../lexicon/en/calendar.js";
import { isPlausibleYear } from "../calendar.js";
import { glued, isDash, isWord, readRangeSeparator, readYear } from "../match.js";
import type { DateToken, DateTokens } from "../tokens.js";
import { modifierStart } from "./named.js";
import { parsed, parts, type DatePattern } from "./pattern.js";

/**
 * Words that make a bare four-digit number a year: "in 2018", "since 1992", "for 2020",
 * "the year 2019". Without one, "(2020)" or "2020 participants" stays a number.
 */
const YEAR_CONTEXT = new Set([
  "in", "of", "since", "for", "until", "till", "by", "during", "from", "throughout", "before", "after", "year",
  "early", "late", "mid", "end", "beginning", "to", "through", "between", "and", "spring", "summer", "autumn",
  "fall", "winter",
]);

/** Longest span of years a range of years plausibly covers ("2018-2019", "2021–2025"). */
const MAX_YEAR_RANGE = 30;

/**
 * A year on its own, after a context word ("in 2018", "of 2024", "late 2019") or as a range
 * ("2018-2019", "from 2018 to 2020", "2023-24").
 *
 * @example
 * ```ts
 * yearPattern.extract(tokenizeDates("in 2018"), 1, 0)?.from; // { year: 2018, month: null, day: null }
 * yearPattern.extract(tokenizeDates("Press Release (2020) 003"), 3, 0); // null
 * ```
 */
export const yearPattern: DatePattern = {
  name: "year",
  anchor: (token) => token.kind === "number" && token.text.length === 4,
  anchorOn: "number",
  extract(tokens, index, floor) {
    const year = readYear(tokens, index);
    if (!year) return null;
    const range = readYearRangeEnd(tokens, year.next, year.value);
    const before = tokens.get(index - 1);
    const context = before?.kind === "word" && YEAR_CONTEXT.has(before.lower);
    const yearAfter = isWord(tokens.get(year.next), "year");
    if (!range && !context && !yearAfter) return null;
    let first = modifierStart(tokens, index, floor);
    if (range && index - 1 >= floor && (isWord(before, "from") || isWord(before, "between"))) first = index - 1;
    const from = parts(year.value, null, null);
    if (range) return parsed(this.name, tokens, first, range.next, { form: "range", from, to: parts(range.value, null, null) });
    return parsed(this.name, tokens, first, yearAfter ? year.next + 1 : year.next, { form: "year", from, to: null });
  },
};

/** Reads "-2019", "–19", " to 2020" after a year; the end must come after the start. */
function readYearRangeEnd(tokens: DateTokens, index: number, start: number): { value: number; next: number } | null {
  const separator = readRangeSeparator(tokens, index);
  if (!separator || separator.value === "and" || separator.value === "through") return null;
  const end = tokens.get(separator.next);
  if (!end || end.kind !== "number") return null;
  let value: number;
  if (end.text.length === 4) {
    const year = readYear(tokens, separator.next);
    if (!year) return null;
    value = year.value;
  } else if (end.text.length === 2 && isDash(tokens.get(index)) && glued(tokens, index) && glued(tokens, separator.next)) {
    value = Math.floor(start / 100) * 100 + Number(end.text);
    const after = tokens.get(separator.next + 1);
    if (after && !after.spaceBefore && (after.kind === "number" || after.kind === "word")) return null;
  } else {
    return null;
  }
  if (!isPlausibleYear(value) || value <= start || value - start > MAX_YEAR_RANGE) return null;
  return { value, next: separator.next + 1 };
}

/** Parts of a year named by an ordinal: "the fourth quarter of 2024", "the first half of 2022". */
const YEAR_PARTS = new Set(["quarter", "half"]);

/**
 * "the fourth quarter of 2024", "the second half of 2021": kept at year precision.
 *
 * @example
 * ```ts
 * yearPartPattern.extract(tokenizeDates("in the fourth quarter of 2024"), 2, 0)?.from.year; // 2024
 * ```
 */
export const yearPartPattern: DatePattern = {
  name: "year-part",
  anchor: (token) => token.kind === "word" && ORDINAL_WORDS.has(token.lower),
  anchorOn: new Set(ORDINAL_WORDS.keys()),
  extract(tokens, index, floor) {
    if (!tokens.get(index + 1) || !YEAR_PARTS.has((tokens.get(index + 1) as DateToken).lower) || !isWord(tokens.get(index + 2), "of")) return null;
    const year = readYear(tokens, index + 3);
    if (!year) return null;
    const first = index - 1 >= floor && isWord(tokens.get(index - 1), "the") ? index - 1 : index;
    return parsed(this.name, tokens, first, year.next, { form: "year", from: parts(year.value, null, null), to: null });
  },
};

/** Counted from the reference year: "this year" 0, "last year" -1, "next year" 1. */
const YEAR_WORDS: ReadonlyMap<string, number> = new Map([
  ["this", 0], ["current", 0], ["last", -1], ["past", -1], ["previous", -1], ["next", 1], ["coming", 1],
]);

/**
 * "this year", "the current year", "last year", "next year".
 *
 * @example
 * ```ts
 * relativeYearPattern.extract(tokenizeDates("last year"), 1, 0)?.yearOffset; // -1
 * ```
 */
export const relativeYearPattern: DatePattern = {
  name: "relative-year",
  anchor: (token) => token.kind === "word" && token.lower === "year",
  anchorOn: new Set(["year"]),
  extract(tokens, index, floor) {
    const before = tokens.get(index - 1);
    if (index - 1 < floor || !before) return null;
    const offset = YEAR_WORDS.get(before.lower);
    if (offset === undefined) return null;
    // "the past year" and "the coming year" are spans of time, not calendar years.
    if ((before.lower === "past" || before.lower === "coming") && isWord(tokens.get(index - 2), "the")) return null;
    return parsed(this.name, tokens, index - 1, index + 1, {
      form: "year-relative",
      from: parts(null, null, null),
      to: null,
      yearOffset: offset,
    });
  },
};
