import { isValidDay, isPlausibleYear } from "../calendar.js";
import { glued, isDash, isPunct, isWord } from "../match.js";
import type { DateToken, DateTokens } from "../tokens.js";
import type { DateParts } from "../types.js";
import { parsed, parts, type DatePattern } from "./pattern.js";

const isNumber = (token: DateToken): boolean => token.kind === "number";

/**
 * "2017-11-02", "2017/11/02", "2017.11.02" and ISO timestamps "2021-10-28T11:30:00Z" (or "2021-10-28 11:30").
 *
 * @example
 * ```ts
 * isoDatePattern.extract(dateTokensOfText("2021-10-28T11:30:00Z"), 0, 0)?.timestamp; // true
 * ```
 */
export const isoDatePattern: DatePattern = {
  name: "iso-date",
  anchor: (token) => isNumber(token) && token.text.length === 4,
  anchorOn: "number",
  extract(tokens, index) {
    const year = Number((tokens.get(index) as DateToken).text);
    if (!isPlausibleYear(year) || gluedBefore(tokens, index)) return null;
    const separator = tokens.get(index + 1);
    if (!separator || !(isDash(separator) || isPunct(separator, "/") || isPunct(separator, ".")) || !glued(tokens, index + 1)) return null;
    const monthToken = tokens.get(index + 2);
    const dayMark = tokens.get(index + 3);
    const dayToken = tokens.get(index + 4);
    // "2023.11.02", as East Asian issuers stamp their pages: two digits each, not a version number ("2023.1.5").
    const width = separator.text === "." ? 2 : 1;
    if (!monthToken || !isNumber(monthToken) || monthToken.text.length > 2 || monthToken.text.length < width || !glued(tokens, index + 2)) return null;
    if (!dayMark || dayMark.text !== separator.text || !glued(tokens, index + 3)) return null;
    if (!dayToken || !isNumber(dayToken) || dayToken.text.length > 2 || dayToken.text.length < width || !glued(tokens, index + 4)) return null;
    const month = Number(monthToken.text);
    const day = Number(dayToken.text);
    if (!isValidDay(year, month, day)) return null;
    let last = index + 5;
    const time = readTime(tokens, last);
    const timestamp = time > last;
    last = time;
    if (!timestamp && gluedAfter(tokens, last)) return null;
    const fields = { form: "date" as const, from: parts(year, month, day), to: null };
    return parsed(this.name, tokens, index, last, timestamp ? { ...fields, timestamp } : fields);
  },
};

/**
 * Numeric day.month.year: "02.11.2017", "16/05/2017", "2-11-2017". Day first, as in Europe
 * and the CIS; month first when the second number cannot be a month ("05/16/2017"). A date
 * with slashes whose first two numbers could each be the month ("04/07/2023") is marked
 * `ambiguousOrder`: the `numeric-order` refiner reads the issuer's order from the text.
 *
 * @example
 * ```ts
 * numericDatePattern.extract(dateTokensOfText("02.11.2017"), 0, 0)?.from; // { year: 2017, month: 11, day: 2 }
 * ```
 */
export const numericDatePattern: DatePattern = {
  name: "numeric-date",
  anchor: (token) => isNumber(token) && token.text.length <= 2,
  anchorOn: "number",
  extract(tokens, index) {
    if (gluedBefore(tokens, index)) return null;
    const range = dayRange(tokens, index);
    if (range) return parsed(this.name, tokens, index, range.last, { form: "range", from: range.from, to: range.to });
    const mark = tokens.get(index + 1);
    if (!mark || mark.kind !== "punct" || !(mark.text === "." || mark.text === "/" || isDash(mark)) || !glued(tokens, index + 1)) return null;
    const second = tokens.get(index + 2);
    const mark2 = tokens.get(index + 3);
    const third = tokens.get(index + 4);
    if (!second || !isNumber(second) || second.text.length > 2 || !glued(tokens, index + 2)) return null;
    if (!mark2 || mark2.text !== mark.text || !glued(tokens, index + 3)) return null;
    if (!third || !isNumber(third) || third.text.length !== 4 || !glued(tokens, index + 4)) return null;
    if (gluedAfter(tokens, index + 5)) return null;
    const a = Number((tokens.get(index) as DateToken).text);
    const b = Number(second.text);
    const year = Number(third.text);
    if (!isPlausibleYear(year)) return null;
    const [day, month] = b > 12 && a <= 12 ? [b, a] : [a, b];
    if (!isValidDay(year, month, day)) return null;
    const fields = { form: "date" as const, from: parts(year, month, day), to: null };
    // "04/07/2023": slashes are how month-first issuers write dates; the numbers alone cannot tell.
    if (mark.text === "/" && a <= 12 && b <= 12 && a !== b) return parsed(this.name, tokens, index, index + 5, { ...fields, ambiguousOrder: true });
    if (b > 12 && a <= 12) return parsed(this.name, tokens, index, index + 5, { ...fields, orderEvidence: "month-first" });
    return parsed(this.name, tokens, index, index + 5, mark.text === "/" && a > 12 ? { ...fields, orderEvidence: "day-first" } : fields);
  },
};

/** "16-17.05.2019": a range of days before a numeric month and year, as CIS releases write them. */
function dayRange(tokens: DateTokens, index: number): { from: DateParts; to: DateParts; last: number } | null {
  if (!isDash(tokens.get(index + 1)) || !glued(tokens, index + 1) || !glued(tokens, index + 2)) return null;
  const numbers: number[] = [];
  for (let offset = 0; offset < 4; offset++) {
    const token = tokens.get(index + 2 + offset * 2);
    if (!token || token.kind !== "number" || !glued(tokens, index + 2 + offset * 2)) return null;
    numbers.push(Number(token.text));
    if (offset === 2) break;
    if (!isPunct(tokens.get(index + 3 + offset * 2), ".") || !glued(tokens, index + 3 + offset * 2)) return null;
  }
  const [endDay, month, year] = numbers as [number, number, number];
  const startDay = Number((tokens.get(index) as DateToken).text);
  const last = index + 7;
  if ((tokens.get(last - 1) as DateToken).text.length !== 4 || gluedAfter(tokens, last)) return null;
  if (!isPlausibleYear(year) || !isValidDay(year, month, startDay) || !isValidDay(year, month, endDay) || endDay <= startDay) return null;
  return { from: parts(year, month, startDay), to: parts(year, month, endDay), last };
}

/** Reads a time of day glued by "T" or after a space ("T11:30:00Z", " 10:43"); returns the index after it. */
function readTime(tokens: DateTokens, index: number): number {
  let at = index;
  const marker = tokens.get(at);
  if (marker && marker.kind === "word" && marker.text === "T" && glued(tokens, at)) at++;
  else if (!marker || marker.kind !== "number" || !marker.spaceBefore) return index;
  const hours = tokens.get(at);
  if (!hours || hours.kind !== "number" || hours.text.length > 2 || !isPunct(tokens.get(at + 1), ":")) return index;
  at++;
  while (isPunct(tokens.get(at), ":") && glued(tokens, at) && tokens.get(at + 1)?.kind === "number" && glued(tokens, at + 1)) at += 2;
  if (isPunct(tokens.get(at), ".") && glued(tokens, at) && tokens.get(at + 1)?.kind === "number" && glued(tokens, at + 1)) at += 2;
  const zone = tokens.get(at);
  if (zone && glued(tokens, at) && (isWord(zone, "z") || zone.text === "+" || isDash(zone))) {
    at++;
    if (zone.text !== "Z" && zone.text !== "z") {
      if (tokens.get(at)?.kind === "number" && glued(tokens, at)) at++;
      if (isPunct(tokens.get(at), ":") && tokens.get(at + 1)?.kind === "number" && glued(tokens, at + 1)) at += 2;
    }
  }
  return at;
}

/** A digit or a mark glued before the number makes it part of something else ("No:170/21"). */
function gluedBefore(tokens: DateTokens, index: number): boolean {
  const before = tokens.get(index - 1);
  if (!before || !glued(tokens, index)) return false;
  return before.kind === "number" || before.text === "." || before.text === "/" || before.text === ":" || isDash(before);
}

/** More digits glued after the date ("02.11.2017.5"). */
function gluedAfter(tokens: DateTokens, index: number): boolean {
  const mark = tokens.get(index);
  const next = tokens.get(index + 1);
  if (!mark || !glued(tokens, index)) return false;
  if (mark.kind === "number") return true;
  return (mark.text === "." || mark.text === "/" || isDash(mark)) && next !== undefined && next.kind === "number" && glued(tokens, index + 1);
}
