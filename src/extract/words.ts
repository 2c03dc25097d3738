import type { SentenceView } from "../pipeline/document.js";
import { memoizeOn } from "../core/memo.js";

/** A non-space token of a sentence, with what the people chunker needs to know about it. */
export interface Word {
  /** The token as written. */
  readonly value: string;
  /** The token without a possessive ending ("Putin's" → "Putin"). */
  readonly bare: string;
  /** `bare` in lower case, computed once. */
  readonly lower: string;
  /** True for a possessive ("Putin's", "Pashinyan’s"). */
  readonly possessive: boolean;
  readonly kind: "word" | "punctuation" | "symbol";
  /** Offsets into the cleaned text. */
  readonly start: number;
  readonly end: number;
  /** True when white space stands before the token. */
  readonly spaceBefore: boolean;
  /** True when the word starts with a capital letter (or is an initial such as "R."). */
  readonly capitalized: boolean;
  /** True when every letter is a capital ("CSTO", "U.S."). */
  readonly allCaps: boolean;
}

// A sentence's values and lower-case forms are asked for a few times in a row while the
// sentence is read: the last list's are kept (a WeakMap entry per sentence cost more than
// the arrays it saved).
let valuesFor: readonly Word[] | undefined;
let lastValues: readonly string[] = [];
let lowersFor: readonly Word[] | undefined;
let lastLowers: readonly string[] = [];

/** The tokens of a word list as written (for the gazetteer matchers); the last list's are kept. */
export function valuesOf(words: readonly Word[]): readonly string[] {
  if (words !== valuesFor) {
    lastValues = words.map((word) => word.value);
    valuesFor = words;
  }
  return lastValues;
}

/** The text of words `from` to `to` (exclusive) as written, with single spaces where the text had space. */
export function textOfWords(words: readonly Word[], from: number, to: number): string {
  let text = "";
  for (let index = from; index < to; index++) {
    const word = words[index] as Word;
    text += (index > from && word.spaceBefore ? " " : "") + word.value;
  }
  return text;
}

/** The lower-case bare forms of a word list; the last list's are kept. */
export function lowersOf(words: readonly Word[]): readonly string[] {
  if (words !== lowersFor) {
    lastLowers = words.map((word) => word.lower);
    lowersFor = words;
  }
  return lastLowers;
}

/**
 * The non-space tokens of a sentence as {@link Word}s, computed once per sentence and shared.
 *
 * @example
 * ```ts
 * wordsOf(sentencesOf(tree)[0]).map((word) => word.value); // ["Sergey", "Lavrov", "met", ...]
 * ```
 */
export const wordsOf: (sentence: SentenceView) => readonly Word[] = memoizeOn(computeWords);

function computeWords(sentence: SentenceView): Word[] {
  const words: Word[] = [];
  let spaceBefore = true;
  for (const token of sentence.tokens) {
    if (token.kind === "space") {
      spaceBefore = true;
      continue;
    }
    words.push(makeWord(token.value, token.kind, token.start, token.end, spaceBefore));
    spaceBefore = false;
  }
  return words;
}

function makeWord(
  value: string,
  kind: Word["kind"],
  start: number,
  end: number,
  spaceBefore: boolean,
): Word {
  const last = value.charCodeAt(value.length - 1);
  const beforeLast = value.charCodeAt(value.length - 2);
  const possessive = kind === "word" && value.length > 2 && (last === 115 || last === 83) && (beforeLast === 39 || beforeLast === 8217);
  const bare = possessive ? value.slice(0, -2) : kind === "word" && (last === 39 || last === 8217) ? value.slice(0, -1) : value;
  const capitalized = kind === "word" && isUpperAt(bare, 0);
  return {
    value,
    bare,
    // A capitalised word has a capital to lower; other words are mostly lower case already.
    lower: capitalized ? bare.toLowerCase() : lowerCaseOf(bare),
    possessive,
    kind,
    start,
    end,
    spaceBefore,
    capitalized,
    allCaps: capitalized && isAllCaps(bare),
  };
}

/** At least two letters, all capitals; read only as far as the first small letter. */
function isAllCaps(text: string): boolean {
  let letters = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 128) {
      if (code >= 97 && code <= 122) return false;
      if (code >= 65 && code <= 90) letters++;
    } else if (isLetterAt(text, index)) {
      if (!isUpperAt(text, index)) return false;
      letters++;
    }
  }
  return letters >= 2;
}

/**
 * `text.toLowerCase()`, without a copy for the many words that are plain lower-case ASCII already.
 *
 * @example
 * ```ts
 * lowerCaseOf("talks"); // "talks" (the same string)
 * lowerCaseOf("Minsk"); // "minsk"
 * ```
 */
export function lowerCaseOf(text: string): string {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 65 && code <= 90) || code >= 128) return text.toLowerCase();
  }
  return text;
}

function isUpperAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code >= 65 && code <= 90;
  const char = text.charAt(index);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

function isLetterAt(text: string, index: number): boolean {
  const char = text.charAt(index);
  return char.toLowerCase() !== char.toUpperCase();
}
