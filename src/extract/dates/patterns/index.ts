import type { DateToken, DateTokens } from "../tokens.js";
import type { ParsedDate } from "../types.js";
import { dayMonthPattern, monthDayPattern } from "./named.js";
import { isoDatePattern, numericDatePattern } from "./numeric.js";
import type { DatePattern } from "./pattern.js";
import { relativeDayPattern, weekdayPattern } from "./relative.js";
import { relativeYearPattern, yearPartPattern, yearPattern } from "./years.js";

export type { DatePattern } from "./pattern.js";

/**
 * The pattern parsers, in the order they are tried at a token. The scanner keeps the
 * longest match at each token, so order only breaks ties: full numeric dates before the
 * year pattern (which would read "2017" in "2017-11-02"), named dates before bare years.
 *
 * @example
 * ```ts
 * DATE_PATTERNS.map((pattern) => pattern.name);
 * ```
 */
export const DATE_PATTERNS: readonly DatePattern[] = Object.freeze([
  isoDatePattern,
  numericDatePattern,
  dayMonthPattern,
  monthDayPattern,
  relativeDayPattern,
  weekdayPattern,
  yearPartPattern,
  yearPattern,
  relativeYearPattern,
]);

/**
 * Runs the pattern parsers over the tokens left to right, keeping the longest match at each
 * token and never letting matches overlap. Linear: each token is tried once per pattern
 * whose `anchorOn` admits it (most words and all punctuation admit none), and every pattern
 * reads a bounded number of tokens.
 *
 * @example
 * ```ts
 * scanDates(tokenizeDates("On 5 March 2024 and in 2018")).map((found) => found.parser);
 * // ["day-month", "year"]
 * ```
 */
export function scanDates(tokens: DateTokens, patterns: readonly DatePattern[] = DATE_PATTERNS): ParsedDate[] {
  const dispatch = dispatchOf(patterns);
  const found: ParsedDate[] = [];
  let floor = 0;
  let index = 0;
  while (index < tokens.length) {
    const kind = tokens.kindAt(index);
    const candidates = kind === "number" ? dispatch.numbers : kind === "word" ? patternsOfWord(dispatch, tokens, index) : dispatch.others;
    let best: ParsedDate | null = null;
    // The token's object is made only where some pattern may anchor.
    const token = candidates.length > 0 ? (tokens.get(index) as DateToken) : null;
    for (let at = 0; token !== null && at < candidates.length; at++) {
      const pattern = candidates[at] as DatePattern;
      if (!pattern.anchor(token)) continue;
      let result: ParsedDate | null = null;
      try {
        result = pattern.extract(tokens, index, floor);
      } catch {
        result = null;
      }
      if (result && result.last > index && result.first >= floor && (!best || result.last - result.first > best.last - best.first)) {
        best = result;
      }
    }
    if (best) {
      found.push(best);
      floor = best.last;
      index = best.last;
    } else {
      index++;
    }
  }
  return found;
}

/** The patterns worth asking at a token, by its kind and word, each list in the patterns' order. */
interface Dispatch {
  readonly numbers: readonly DatePattern[];
  readonly words: ReadonlyMap<string, readonly DatePattern[]>;
  /** For a word no pattern names. */
  readonly otherWords: readonly DatePattern[];
  /** The shapes of the named words, see {@link shapeOf}. */
  readonly wordShapes: Uint8Array;
  /** For punctuation. */
  readonly others: readonly DatePattern[];
}

const dispatches = new WeakMap<readonly DatePattern[], Dispatch>();

/** Sorts the patterns by what their anchors can accept, once per list of patterns. */
function dispatchOf(patterns: readonly DatePattern[]): Dispatch {
  const cached = dispatches.get(patterns);
  if (cached) return cached;
  const open = (pattern: DatePattern): boolean => pattern.anchorOn === undefined;
  const named = new Set<string>();
  for (const pattern of patterns) if (pattern.anchorOn instanceof Set) for (const word of pattern.anchorOn) named.add(word);
  const words = new Map<string, readonly DatePattern[]>();
  for (const word of named) {
    words.set(word, patterns.filter((pattern) => open(pattern) || (pattern.anchorOn instanceof Set && pattern.anchorOn.has(word))));
  }
  const wordShapes = new Uint8Array(SHAPES);
  for (const word of named) wordShapes[shapeOf(word)] = 1;
  const dispatch: Dispatch = {
    numbers: patterns.filter((pattern) => open(pattern) || pattern.anchorOn === "number"),
    words,
    otherWords: patterns.filter(open),
    wordShapes,
    others: patterns.filter(open),
  };
  dispatches.set(patterns, dispatch);
  return dispatch;
}

/**
 * The patterns to ask at the word at `index`. Most words name no date: a word whose first
 * letter and length no named word has is turned away without its text being read.
 */
function patternsOfWord(dispatch: Dispatch, tokens: DateTokens, index: number): readonly DatePattern[] {
  const initial = tokens.asciiInitialAt(index);
  if (initial >= 0 && dispatch.wordShapes[shape(initial, tokens.widthAt(index))] === 0) return dispatch.otherWords;
  const lower = (tokens.get(index) as DateToken).lower;
  if (dispatch.wordShapes[shapeOf(lower)] === 0) return dispatch.otherWords;
  return dispatch.words.get(lower) ?? dispatch.otherWords;
}

/** Number of distinct word shapes: 128 first characters (others folded) by 16 lengths (longer folded). */
const SHAPES = 128 * 16;

/** A word's first character (modulo 128) and length (up to 15): equal words have equal shapes. */
function shapeOf(word: string): number {
  return shape(word.charCodeAt(0), word.length);
}

function shape(initial: number, length: number): number {
  return ((initial & 127) << 4) | Math.min(length, 15);
}
