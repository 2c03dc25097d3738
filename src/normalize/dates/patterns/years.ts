import { isPlausibleYear } from "../calendar.js";
import { glued, isDash, isWordOf, readRangeSeparator, readYear } from "../match.js";
import type { DateTokens } from "../tokens.js";
import { modifierStart } from "./named.js";
import { parsed, parts, type DatePattern } from "./pattern.js";

/** Longest span of years a range of years plausibly covers ("2018-2019", "2021–2025"). */
const MAX_YEAR_RANGE = 30;

/**
 * A year on its own, after a context word of the lexicon ("in 2018", "of 2024", "late
 * 2019"), before a year word ("2019 year") or as a range ("2018-2019", "from 2018 to 2020",
 * "2023-24"). Without one, "(2020)" or "2020 participants" stays a number.
 *
 * @example
 * ```ts
 * yearPattern.extract(dateTokensOfText("in 2018"), 1, 0)?.from; // { year: 2018, month: null, day: null }
 * yearPattern.extract(dateTokensOfText("Press Release (2020) 003"), 3, 0); // null
 * ```
 */
export const yearPattern: DatePattern = {
  name: "year",
  anchor: (token) => token.kind === "number" && token.text.length === 4,
  anchorOn: "number",
  extract(tokens, index, floor) {
    const year = readYear(tokens, index);
    if (!year) return null;
    const words = tokens.lexicon.dates;
    const range = readYearRangeEnd(tokens, year.next, year.value);
    const before = tokens.get(index - 1);
    const context = isWordOf(before, words.yearContext);
    const yearAfter = isWordOf(tokens.get(year.next), words.yearWords);
    if (!range && !context && !yearAfter) return null;
    let first = modifierStart(tokens, index, floor);
    if (range && index - 1 >= floor && isWordOf(before, words.rangeOpeners)) first = index - 1;
    const from = parts(year.value, null, null);
    if (range) return parsed(this.name, tokens, first, range.next, { form: "range", from, to: parts(range.value, null, null) });
    return parsed(this.name, tokens, first, yearAfter ? year.next + 1 : year.next, { form: "year", from, to: null });
  },
};

/** Reads "-2019", "–19", " to 2020" after a year; the end must come after the start. */
function readYearRangeEnd(tokens: DateTokens, index: number, start: number): { value: number; next: number } | null {
  const separator = readRangeSeparator(tokens, index);
  // "2018 and 2019" are two years; "through" joins days only.
  if (!separator || separator.value !== "to") return null;
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
    // "2023-24" ends there: not "2010-12-S-099", a release number.
    if (after && !after.spaceBefore && (after.kind === "number" || after.kind === "word" || isDash(after))) return null;
  } else {
    return null;
  }
  if (!isPlausibleYear(value) || value <= start || value - start > MAX_YEAR_RANGE) return null;
  return { value, next: separator.next + 1 };
}

/**
 * A part of a year named by an ordinal: "the fourth quarter of 2024", "the second half of
 * 2021", kept at year precision.
 *
 * @example
 * ```ts
 * yearPartPattern.extract(dateTokensOfText("in the fourth quarter of 2024"), 2, 0)?.from.year; // 2024
 * ```
 */
export const yearPartPattern: DatePattern = {
  name: "year-part",
  anchor: (token, lexicon) => token.kind === "word" && lexicon.calendar.ordinals.has(token.lower),
  anchorOn: (lexicon) => lexicon.calendar.ordinals.keys(),
  extract(tokens, index, floor) {
    const words = tokens.lexicon.dates;
    const part = tokens.get(index + 1);
    if (!part || !words.yearParts.has(part.lower) || !isWordOf(tokens.get(index + 2), words.ofWords)) return null;
    const year = readYear(tokens, index + 3);
    if (!year) return null;
    const first = index - 1 >= floor && isWordOf(tokens.get(index - 1), words.articles) ? index - 1 : index;
    return parsed(this.name, tokens, first, year.next, { form: "year", from: parts(year.value, null, null), to: null });
  },
};

/**
 * A year counted from the reference year: "this year", "the current year", "last year",
 * "next year" ("the past year" is a span of time, not a calendar year).
 *
 * @example
 * ```ts
 * relativeYearPattern.extract(dateTokensOfText("last year"), 1, 0)?.yearOffset; // -1
 * ```
 */
export const relativeYearPattern: DatePattern = {
  name: "relative-year",
  anchor: (token, lexicon) => token.kind === "word" && lexicon.dates.yearWords.has(token.lower),
  anchorOn: (lexicon) => lexicon.dates.yearWords,
  extract(tokens, index, floor) {
    const words = tokens.lexicon.dates;
    const before = tokens.get(index - 1);
    if (index - 1 < floor || !before) return null;
    const offset = words.relativeYears.get(before.lower);
    if (offset === undefined) return null;
    if (words.yearSpans.has(before.lower) && isWordOf(tokens.get(index - 2), words.articles)) return null;
    return parsed(this.name, tokens, index - 1, index + 1, {
      form: "year-relative",
      from: parts(null, null, null),
      to: null,
      yearOffset: offset,
    });
  },
};
