import type { SentenceView } from "../../pipeline/document.js";

/** A word of a sentence, offsets into the cleaned text. */
export interface Word {
  readonly value: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** True when clause punctuation (comma, semicolon, colon, dash, bracket, quote) precedes it. */
  readonly pause: boolean;
}

const RIGHT_QUOTES = /\u2019/g;
const NOT_PAUSES = new Set(["-", "'", "\u2019", "."]);
/** Most words a dateline holds before its dash ("Astana, 14 November 2023 -"). */
const DATELINE_WORDS = 6;

/**
 * The words of a sentence, each marked with whether a pause precedes it.
 *
 * @example
 * ```ts
 * wordsOfSentence(sentence).map((word) => word.lower);
 * ```
 */
export function wordsOfSentence(sentence: SentenceView): Word[] {
  const words: Word[] = [];
  let pause = false;
  const tokens = sentence.tokens;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as (typeof tokens)[number];
    if (token.kind === "space") continue;
    if (token.kind !== "word") {
      // A hyphen between spaces ends a dateline ("ASTANA, May 4 - The ministers signed"); further
      // on it joins a span ("the second half of 2021 - the first half of 2022").
      const datelineDash = token.value === "-" && words.length <= DATELINE_WORDS && tokens[index - 1]?.kind === "space" && tokens[index + 1]?.kind === "space";
      if (!NOT_PAUSES.has(token.value) || datelineDash) pause = true;
      continue;
    }
    words.push({
      value: token.value,
      lower: lowerOf(token.value),
      start: token.start,
      end: token.end,
      pause,
    });
    pause = false;
  }
  return words;
}

/**
 * A word in lower case with straight apostrophes, as the word lists hold it; a plain
 * lower-case ASCII word (most words) is its own form, with nothing allocated.
 *
 * @example
 * ```ts
 * lowerOf("Russia’s"); // "russia's"
 * ```
 */
export function lowerOf(value: string): string {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if ((code >= 65 && code <= 90) || code > 127) {
      const lower = value.toLowerCase();
      // Most words hold no curly apostrophe: no replacement to run for them.
      return lower.indexOf("\u2019") >= 0 ? lower.replace(RIGHT_QUOTES, "'") : lower;
    }
  }
  return value;
}
