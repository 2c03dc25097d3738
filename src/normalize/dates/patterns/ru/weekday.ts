import { isCapitalized, isPunct, isWordOf } from "../../match.js";
import type { DateToken } from "../../tokens.js";
import { parsed, parts, type DatePattern } from "../pattern.js";

/**
 * A weekday where weekday names are written in lower case (Russian "в среду", "во вторник",
 * "в прошлую пятницу", "в ночь на понедельник"): the name counts only after a word of the
 * lexicon's `weekdayContext` (a direction word may stand between), or capitalised before a
 * comma, as it opens a date stamp ("Понедельник, 2 ноября 2020 г."). Alone, the stem of a
 * weekday name is often another word's ("среда", also "environment"; "среди", "among").
 * Without a direction word the weekday is the last such day on or before the reference day.
 *
 * @example
 * ```ts
 * russianWeekdayPattern.extract(dateTokensOfText("в прошлую пятницу", lexiconFor("ru")), 2, 0)?.weekdayDirection; // "last"
 * ```
 */
export const russianWeekdayPattern: DatePattern = {
  name: "ru-weekday",
  anchor: (token, lexicon) => token.kind === "word" && lexicon.calendar.weekdays.has(token.key),
  anchorOn: (lexicon) => lexicon.calendar.weekdays.keys(),
  extract(tokens, index, floor) {
    const token = tokens.get(index) as DateToken;
    const words = tokens.lexicon.dates;
    const weekday = tokens.lexicon.calendar.weekdays.get(token.key);
    if (weekday === undefined) return null;
    const before = tokens.get(index - 1);
    const direction = before !== undefined && index - 1 >= floor ? words.weekdayDirections.get(before.key) : undefined;
    const first = direction !== undefined ? index - 1 : index;
    const context = isWordOf(tokens.get(first - 1), words.weekdayContext) && tokens.clauseAt(first - 1) === token.clause;
    const opensStamp = isCapitalized(token) && isPunct(tokens.get(index + 1), ",");
    if (!context && !opensStamp) return null;
    return parsed(this.name, tokens, first, index + 1, { form: "weekday", from: parts(null, null, null), to: null, weekday, weekdayDirection: direction ?? "past" });
  },
};
