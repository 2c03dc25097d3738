import { memoizeOn } from "../../../core/memo.js";
import type { Lexicon } from "../../../lexicon/types.js";
import type { DateToken, DateTokens } from "../tokens.js";
import type { ParsedDate } from "../types.js";
import { dayMonthPattern, monthDayPattern } from "./named.js";
import { isoDatePattern, numericDatePattern } from "./numeric.js";
import type { DatePattern } from "./pattern.js";
import { relativeDayPattern, relativeSpanPattern, weekdayPattern } from "./relative.js";
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
  relativeSpanPattern,
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
 * scanDates(dateTokensOfText("On 5 March 2024 and in 2018")).map((found) => found.parser);
 * // ["day-month", "year"]
 * ```
 */
export function scanDates(tokens: DateTokens): ParsedDate[] {
  const lexicon = tokens.lexicon;
  const dispatch = dispatchOf(lexicon);
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
      if (!pattern.anchor(token, lexicon)) continue;
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

/** Sorts the patterns by what their anchors can accept in a lexicon, once per lexicon. */
const dispatchOf = memoizeOn((lexicon: Lexicon): Dispatch => {
  const patterns = DATE_PATTERNS;
  const open = (pattern: DatePattern): boolean => pattern.anchorOn === undefined;
  const wordsOf = new Map<DatePattern, ReadonlySet<string>>();
  for (const pattern of patterns) if (typeof pattern.anchorOn === "function") wordsOf.set(pattern, new Set(pattern.anchorOn(lexicon)));
  const named = new Set<string>();
  for (const words of wordsOf.values()) for (const word of words) named.add(word);
  const words = new Map<string, readonly DatePattern[]>();
  for (const word of named) {
    words.set(word, patterns.filter((pattern) => open(pattern) || wordsOf.get(pattern)?.has(word) === true));
  }
  const wordShapes = new Uint8Array(SHAPES);
  for (const word of named) wordShapes[shapeOf(word)] = 1;
  return {
    numbers: patterns.filter((pattern) => open(pattern) || pattern.anchorOn === "number"),
    words,
    otherWords: patterns.filter(open),
    wordShapes,
    others: patterns.filter(open),
  };
});

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
