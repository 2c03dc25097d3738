import { memoizeOn } from "../../../core/memo.js";
import type { Lexicon } from "../../../lexicon/types.js";
import { WORD_HASHES, wordHashOf, type DateToken, type DateTokens } from "../tokens.js";
import type { ParsedDate } from "../types.js";
import { dayMonthPattern, monthDayPattern } from "./named.js";
import { isoDatePattern, numericDatePattern } from "./numeric.js";
import type { DatePattern } from "./pattern.js";
import { relativeDayPattern, relativeSpanPattern, weekdayPattern } from "./relative.js";
import { relativeYearPattern, yearPartPattern, yearPattern } from "./years.js";
import { RUSSIAN_DATE_PATTERNS } from "./ru/index.js";

export type { DatePattern } from "./pattern.js";
export { RUSSIAN_DATE_PATTERNS } from "./ru/index.js";

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

/** The pattern parsers of each language that has its own (ISO 639-1); any other reads with {@link DATE_PATTERNS}. */
const PATTERNS_BY_LANGUAGE: Readonly<Record<string, readonly DatePattern[]>> = { en: DATE_PATTERNS, ru: RUSSIAN_DATE_PATTERNS };

/**
 * The pattern parsers of a language: its own where its word order differs from English
 * (src/normalize/dates/patterns/ru/), else the English ones.
 *
 * @example
 * ```ts
 * datePatternsFor("ru").some((pattern) => pattern.name === "ru-weekday"); // true
 * ```
 */
export function datePatternsFor(language: string): readonly DatePattern[] {
  return PATTERNS_BY_LANGUAGE[language] ?? DATE_PATTERNS;
}

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
  /** The hashes of the named words (see `wordHashOf`): 1 where some named word has it. */
  readonly wordHashes: Uint8Array;
  /** For punctuation. */
  readonly others: readonly DatePattern[];
  /** The lexicon has a key function: a word's key is not its lower-cased text. */
  readonly keyed: boolean;
}

/** Sorts the patterns by what their anchors can accept in a lexicon, once per lexicon. */
const dispatchOf = memoizeOn((lexicon: Lexicon): Dispatch => {
  const patterns = datePatternsFor(lexicon.language);
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
  const wordHashes = new Uint8Array(WORD_HASHES);
  for (const word of named) wordHashes[wordHashOf(word, 0, word.length)] = 1;
  return {
    numbers: patterns.filter((pattern) => open(pattern) || pattern.anchorOn === "number"),
    words,
    otherWords: patterns.filter(open),
    wordShapes,
    wordHashes,
    others: patterns.filter(open),
    keyed: lexicon.keyOf !== undefined,
  };
});

/**
 * The patterns to ask at the word at `index`. Most words name no date: a word whose first
 * letter and length no named word has, or whose hash none has, is turned away without its
 * text being read (in English releases, a word's object is made for one word in fifty).
 */
function patternsOfWord(dispatch: Dispatch, tokens: DateTokens, index: number): readonly DatePattern[] {
  // The shape and hash of the text read are the key's only when keys are the lower-cased words.
  if (!dispatch.keyed) {
    const initial = tokens.asciiInitialAt(index);
    if (initial >= 0 && dispatch.wordShapes[shape(initial, tokens.widthAt(index))] === 0) return dispatch.otherWords;
    const hash = tokens.asciiWordHashAt(index);
    if (hash >= 0 && dispatch.wordHashes[hash] === 0) return dispatch.otherWords;
  }
  const key = (tokens.get(index) as DateToken).key;
  if (dispatch.wordShapes[shapeOf(key)] === 0) return dispatch.otherWords;
  return dispatch.words.get(key) ?? dispatch.otherWords;
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
