import type { RangeJoin } from "../../lexicon/types.js";
import { isPlausibleYear } from "./calendar.js";
import type { DateToken, DateTokens } from "./tokens.js";

/** A value read at a token and the index of the token after it. */
export interface Read<T> {
  readonly value: T;
  readonly next: number;
}

/** Dashes that join the ends of a range ("7–8", "2018-2019"): hyphen, figure dash, en and em dash, minus. */
const DASHES = new Set(["-", "\u2013", "\u2014", "\u2012", "\u2212"]);

/**
 * Whether the token at `index` is glued to the one before it (no white space between).
 *
 * @example
 * ```ts
 * glued(dateTokensOfText("7-8"), 1); // true
 * ```
 */
export function glued(tokens: DateTokens, index: number): boolean {
  const token = tokens.get(index);
  return token !== undefined && !token.spaceBefore;
}

/**
 * Whether the token is the given punctuation mark.
 *
 * @example
 * ```ts
 * isPunct(dateTokensOfText(",").get(0), ","); // true
 * ```
 */
export function isPunct(token: DateToken | undefined, mark: string): boolean {
  return token !== undefined && token.kind === "punct" && token.text === mark;
}

/**
 * Whether the token is a dash (hyphen, en dash, em dash, minus).
 *
 * @example
 * ```ts
 * isDash(dateTokensOfText("–").get(0)); // true
 * ```
 */
export function isDash(token: DateToken | undefined): boolean {
  return token !== undefined && token.kind === "punct" && DASHES.has(token.text);
}

/**
 * Whether the token is the given lower-case word.
 *
 * @example
 * ```ts
 * isWord(dateTokensOfText("On").get(0), "on"); // true
 * ```
 */
export function isWord(token: DateToken | undefined, word: string): boolean {
  return token !== undefined && token.kind === "word" && token.lower === word;
}

/**
 * Whether a word starts with a capital letter (so "may" the verb is not May).
 *
 * @example
 * ```ts
 * isCapitalized(dateTokensOfText("May").get(0)!); // true
 * ```
 */
export function isCapitalized(token: DateToken): boolean {
  const first = token.text.charAt(0);
  return first !== first.toLowerCase();
}

/**
 * Reads a month name at `index` ("November", "Nov", "Nov."), capitalised as names are.
 * Abbreviations that double as words count only when `allowShort` is set (next to a day or year).
 *
 * @example
 * ```ts
 * readMonth(dateTokensOfText("Jan. 25"), 0, true); // { value: 1, next: 2 }
 * ```
 */
export function readMonth(tokens: DateTokens, index: number, allowShort: boolean): Read<number> | null {
  const token = tokens.get(index);
  if (token === undefined || token.kind !== "word" || !isCapitalized(token)) return null;
  const calendar = tokens.lexicon.calendar;
  const month = calendar.months.get(token.lower);
  if (month === undefined) return null;
  const short = calendar.shortMonths.has(token.lower);
  if (short && !allowShort) return null;
  let next = index + 1;
  if (short && isPunct(tokens.get(next), ".") && glued(tokens, next)) next++;
  return { value: month, next };
}

/**
 * Reads a day of the month at `index`: one or two digits (1–31), with an optional glued
 * ordinal suffix ("2nd"). A number glued to more digits or a decimal point is no day.
 *
 * @example
 * ```ts
 * readDay(dateTokensOfText("2nd"), 0); // { value: 2, next: 2 }
 * ```
 */
export function readDay(tokens: DateTokens, index: number): Read<number> | null {
  const token = tokens.get(index);
  if (token === undefined || token.kind !== "number" || token.text.length > 2) return null;
  const day = Number(token.text);
  if (day < 1 || day > 31) return null;
  if (gluedNumberBefore(tokens, index)) return null;
  let next = index + 1;
  const after = tokens.get(next);
  if (after && after.kind === "word" && !after.spaceBefore) {
    if (!tokens.lexicon.calendar.ordinalSuffixes.has(after.lower)) return null;
    next++;
  }
  if (gluedNumberAfter(tokens, next)) return null;
  return { value: day, next };
}

/**
 * Reads a four-digit plausible year at `index` (1900–2100), not part of a longer number.
 *
 * @example
 * ```ts
 * readYear(dateTokensOfText("2017"), 0); // { value: 2017, next: 1 }
 * ```
 */
export function readYear(tokens: DateTokens, index: number): Read<number> | null {
  const token = tokens.get(index);
  if (token === undefined || token.kind !== "number" || token.text.length !== 4) return null;
  const year = Number(token.text);
  if (!isPlausibleYear(year)) return null;
  if (gluedNumberBefore(tokens, index) || gluedNumberAfter(tokens, index + 1)) return null;
  const after = tokens.get(index + 1);
  // "2017s" is no plain year; a glued abbreviation of "year" ("2017y") is tolerated, and so is
  // a capitalised word of a sentence the scrape glued on ("12 April, 2022The Minister met").
  if (after && after.kind === "word" && !after.spaceBefore && !tokens.lexicon.dates.yearAbbreviations.has(after.lower) && !opensWord(after)) return null;
  return { value: year, next: index + 1 };
}

/**
 * Reads a range separator: a dash or a range word of the lexicon ("to", "until", "through",
 * "and"), as the way it joins the ends (a dash joins as "to" does).
 *
 * @example
 * ```ts
 * readRangeSeparator(tokens, 0); // "to 9": { value: "to", next: 1 }
 * ```
 */
export function readRangeSeparator(tokens: DateTokens, index: number): Read<RangeJoin> | null {
  const token = tokens.get(index);
  if (token === undefined) return null;
  if (isDash(token)) return { value: "to", next: index + 1 };
  const join = token.kind === "word" ? tokens.lexicon.dates.rangeWords.get(token.lower) : undefined;
  return join === undefined ? null : { value: join, next: index + 1 };
}

/**
 * Whether the token is a word of a word list of the lexicon.
 *
 * @example
 * ```ts
 * isWordOf(tokens.get(0), tokens.lexicon.dates.articles); // "the": true
 * ```
 */
export function isWordOf(token: DateToken | undefined, words: ReadonlySet<string> | ReadonlyMap<string, unknown>): boolean {
  return token !== undefined && token.kind === "word" && words.has(token.lower);
}

/**
 * Skips an optional comma: the index after it, or `index` when there is none.
 *
 * @example
 * ```ts
 * skipComma(dateTokensOfText(", 2017"), 0); // 1
 * ```
 */
export function skipComma(tokens: DateTokens, index: number): number {
  return isPunct(tokens.get(index), ",") ? index + 1 : index;
}

/** A number glued before this one by "." "/" ":" "," or digits means it is part of something else. */
function gluedNumberBefore(tokens: DateTokens, index: number): boolean {
  const token = tokens.get(index);
  const before = tokens.get(index - 1);
  if (token === undefined || before === undefined || token.spaceBefore) return false;
  if (before.kind === "number") return true;
  if (before.kind === "punct" && (before.text === "." || before.text === "/" || before.text === ":" || before.text === ",")) {
    const number = tokens.get(index - 2);
    return number !== undefined && number.kind === "number" && !before.spaceBefore;
  }
  return false;
}

/** "12.8", "10:43", "170/21" or "1,000": the number goes on past a glued mark. */
function gluedNumberAfter(tokens: DateTokens, next: number): boolean {
  const mark = tokens.get(next);
  const number = tokens.get(next + 1);
  if (mark === undefined || mark.spaceBefore || mark.kind !== "punct") return false;
  if (mark.text !== "." && mark.text !== "/" && mark.text !== ":" && mark.text !== ",") return false;
  return number !== undefined && number.kind === "number" && !number.spaceBefore;
}

/** A capital followed by lower-case letters only ("On"): a word that opens a sentence. */
function opensWord(token: DateToken): boolean {
  const text = token.text;
  return text.length > 1 && isCapitalized(token) && text.slice(1) === text.slice(1).toLowerCase();
}
