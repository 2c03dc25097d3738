import { WEEKDAY_NUMBERS } from "../../../lexicon/en/calendar.js";
import { glued, isCapitalized, isPunct, isWord } from "../match.js";
import type { DateToken, DateTokens } from "../tokens.js";
import { parsed, parts, type DatePattern } from "./pattern.js";

/** Days from the reference day of the words that name a day. */
const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ["today", 0], ["tonight", 0], ["yesterday", -1], ["tomorrow", 1],
]);

/** "this morning", "this afternoon", "this evening" are today. */
const PARTS_OF_DAY = new Set(["morning", "afternoon", "evening"]);

const NO_PARTS = parts(null, null, null);

/** Skips a possessive glued after a word ("today's"). */
function skipPossessive(tokens: DateTokens, index: number): number {
  const mark = tokens.get(index);
  if ((isPunct(mark, "'") || isPunct(mark, "\u2019")) && glued(tokens, index) && isWord(tokens.get(index + 1), "s") && glued(tokens, index + 1)) {
    return index + 2;
  }
  return index;
}

/**
 * "today", "today's", "yesterday", "tomorrow", "the day before yesterday", "this morning".
 *
 * @example
 * ```ts
 * relativeDayPattern.extract(tokenizeDates("yesterday"), 0, 0)?.relativeDays; // -1
 * ```
 */
export const relativeDayPattern: DatePattern = {
  name: "relative-day",
  anchor: (token) => token.kind === "word" && (RELATIVE_DAYS.has(token.lower) || token.lower === "this"),
  anchorOn: new Set([...RELATIVE_DAYS.keys(), "this"]),
  extract(tokens, index, floor) {
    const token = tokens.get(index) as DateToken;
    if (token.lower === "this") {
      if (!tokens.get(index + 1) || !PARTS_OF_DAY.has((tokens.get(index + 1) as DateToken).lower)) return null;
      return parsed(this.name, tokens, index, index + 2, { form: "relative", from: NO_PARTS, to: null, relativeDays: 0 });
    }
    let days = RELATIVE_DAYS.get(token.lower) ?? 0;
    let first = index;
    // "the day before yesterday", "the day after tomorrow".
    const before = tokens.get(index - 1);
    if (index - 3 >= floor && isWord(tokens.get(index - 3), "the") && isWord(tokens.get(index - 2), "day")) {
      if (isWord(before, "before") && days === -1) {
        days = -2;
        first = index - 3;
      } else if (isWord(before, "after") && days === 1) {
        days = 2;
        first = index - 3;
      }
    }
    const last = skipPossessive(tokens, index + 1);
    return parsed(this.name, tokens, first, last, { form: "relative", from: NO_PARTS, to: null, relativeDays: days });
  },
};

/** Words before a weekday that say which one is meant. */
const WEEKDAY_DIRECTIONS: ReadonlyMap<string, "past" | "next" | "last"> = new Map([
  ["last", "last"], ["past", "last"], ["next", "next"], ["coming", "next"], ["this", "past"],
]);

/**
 * A weekday: "on Wednesday", "last Friday", "next Monday", "Wednesday's". Without a word
 * before it, the weekday is the last such day on or before the reference day.
 *
 * @example
 * ```ts
 * weekdayPattern.extract(tokenizeDates("last Friday"), 1, 0)?.weekdayDirection; // "last"
 * ```
 */
export const weekdayPattern: DatePattern = {
  name: "weekday",
  anchor: (token) => token.kind === "word" && WEEKDAY_NUMBERS.has(token.lower) && isCapitalized(token),
  anchorOn: new Set(WEEKDAY_NUMBERS.keys()),
  extract(tokens, index, floor) {
    const token = tokens.get(index) as DateToken;
    const weekday = WEEKDAY_NUMBERS.get(token.lower);
    if (weekday === undefined) return null;
    const before = tokens.get(index - 1);
    const direction = before && index - 1 >= floor ? WEEKDAY_DIRECTIONS.get(before.lower) : undefined;
    const first = direction !== undefined ? index - 1 : index;
    const last = skipPossessive(tokens, index + 1);
    return parsed(this.name, tokens, first, last, {
      form: "weekday",
      from: NO_PARTS,
      to: null,
      weekday,
      weekdayDirection: direction ?? "past",
    });
  },
};
