import type { Sentence } from "../../core/document.js";
import { memoizeOn } from "../../core/memo.js";
import type { Word } from "../../core/word.js";

/**
 * The word tokens of a sentence (punctuation and symbols left out), and which of them stand
 * after a pause: the clause structure the agreements plugin reads.
 */
export interface PausedWords {
  readonly words: readonly Word[];
  /**
   * 1 at the position (in {@link words}) of a word after a comma, semicolon, colon, dash,
   * bracket or quote, else 0. A plain array of small integers, not a typed array: a typed array
   * per sentence is an ArrayBuffer of its own, which every scavenge of the young generation
   * then sweeps (and the arrays are kept with their sentences, so one buffer cannot serve all).
   */
  readonly pauses: readonly number[];
  /** The last mark of the sentence after its last word ("." or ";"), or "" when none. */
  readonly lastMark: string;
}

/** Marks that join rather than pause: a hyphen, an apostrophe, a dot. */
const NOT_PAUSES: ReadonlySet<string> = new Set(["-", "'", "\u2019", "."]);
/** Marks that close a quotation or a bracket after a sentence's own last mark. */
const CLOSERS: ReadonlySet<string> = new Set(["\"", "\u201d", "'", "\u2019", ")", "]", "\u00bb"]);
/** Most words a dateline holds before its dash ("Astana, 14 November 2023 -"). */
const DATELINE_WORDS = 6;

/**
 * The words of a sentence with their pauses, worked out once per sentence.
 *
 * @example
 * ```ts
 * const { words, pauses } = pausedWordsOf(sentence); // "The sides, however, agreed."
 * pauses[2]; // 1: a comma stands before "however"
 * ```
 */
export const pausedWordsOf: (sentence: Sentence) => PausedWords = memoizeOn((sentence: Sentence): PausedWords => {
  const tokens = sentence.words;
  const words: Word[] = [];
  const pauses: number[] = [];
  let pause = false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Word;
    if (token.kind !== "word") {
      // A hyphen between spaces ends a dateline ("ASTANA, May 4 - The ministers signed"); further
      // on it joins a span ("the second half of 2021 - the first half of 2022").
      const datelineDash = token.value === "-" && words.length <= DATELINE_WORDS && index > 0 && token.spaceBefore && tokens[index + 1]?.spaceBefore === true;
      if (!NOT_PAUSES.has(token.value) || datelineDash) pause = true;
      continue;
    }
    pauses.push(pause ? 1 : 0);
    words.push(token);
    pause = false;
  }
  let lastMark = "";
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index] as Word;
    if (token.kind === "word") break;
    if (token.value.trim().length > 0 && !CLOSERS.has(token.value)) {
      lastMark = token.value;
      break;
    }
  }
  return { words, pauses, lastMark };
});

/** The lower-case word at a position, or undefined past either end. */
export function lowerAt(run: PausedWords, at: number): string | undefined {
  return run.words[at]?.lower;
}

/** A pause stands before the word at a position. */
export function pausedAt(run: PausedWords, at: number): boolean {
  return run.pauses[at] === 1;
}

/** Index of the first word after list numbers ("5.", "11)"). */
export function afterListNumber(run: PausedWords): number {
  let at = 0;
  while (at < run.words.length - 1 && LIST_NUMBER.test((run.words[at] as Word).value)) at++;
  return at;
}

const LIST_NUMBER = /^\d{1,3}[.)]?$/;
