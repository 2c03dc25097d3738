// Small views of a sentence's core words that the people extractor reads in several places.
import { memoizeOn } from "../../core/memo.js";
import type { Word } from "../../core/word.js";
import type { WordPhrase } from "../../lexicon/index.js";
import type { PeopleVocabulary } from "./vocabulary.js";

/**
 * The tokens of a sentence's words as written, for the gazetteer matchers; computed once per
 * word list (a sentence's `words`).
 *
 * @example
 * ```ts
 * valuesOf(sentence.words); // ["Sergey", "Lavrov", "met", ...]
 * ```
 */
export const valuesOf: (words: readonly Word[]) => readonly string[] = memoizeOn((words: readonly Word[]) => words.map((word) => word.value));

/**
 * The text of words `from` to `to` (exclusive) as written, with single spaces where the text had space.
 *
 * @example
 * ```ts
 * textOfWords(sentence.words, 0, 3); // "Minister of Defence"
 * ```
 */
export function textOfWords(words: readonly Word[], from: number, to: number): string {
  let text = "";
  for (let index = from; index < to; index++) {
    const word = words[index] as Word;
    text += (index > from && word.spaceBefore ? " " : "") + word.value;
  }
  return text;
}

/**
 * The word ends in "'s" ("Putin's", "Pashinyan’s"): a name ends there, and its span leaves the
 * ending out. A bare closing apostrophe ("the Lukashenkos'") is not read as one.
 */
export function endsInApostropheS(word: Word): boolean {
  return word.possessive && word.value.length - word.bare.length === 2;
}

/**
 * The words from `index` on spell `phrase` (by their keys).
 *
 * @example
 * ```ts
 * phraseAt(sentence.words, 4, ["took", "part"]); // true for "... Lavrov and Greminger took part"
 * ```
 */
export function phraseAt(words: readonly Word[], index: number, phrase: WordPhrase): boolean {
  if (index < 0 || index + phrase.length > words.length) return false;
  for (let offset = 0; offset < phrase.length; offset++) if ((words[index + offset] as Word).key !== phrase[offset]) return false;
  return true;
}

/** One of `phrases` ends at word `index` (inclusive). */
export function phraseEndsAt(words: readonly Word[], index: number, phrases: readonly WordPhrase[]): boolean {
  const key = words[index]?.key;
  if (key === undefined) return false;
  // Most words end no phrase: their last word is compared first.
  for (const phrase of phrases) if (phrase[phrase.length - 1] === key && phraseAt(words, index - phrase.length + 1, phrase)) return true;
  return false;
}

/** Most words a bracket after a name may hold to be skipped ("(MP, Portugal)"). */
const MAX_BRACKET = 6;

/**
 * Past what may follow a name before its verb or apposition: a short bracket ("(MP,
 * Portugal)") and letters after the name (", EGH", "MP").
 */
export function skipAfterName(words: readonly Word[], to: number, vocabulary: PeopleVocabulary): number {
  let at = to;
  for (;;) {
    const word = words[at];
    if (word === undefined) return at;
    if (word.value === "(") {
      let close = at + 1;
      while (close < words.length && close - at <= MAX_BRACKET && words[close]?.value !== ")") close++;
      if (words[close]?.value !== ")") return at;
      at = close + 1;
      continue;
    }
    if (vocabulary.isPostNominal(word)) {
      at++;
      continue;
    }
    if (word.value === "," && words[at + 1] !== undefined && vocabulary.isPostNominal(words[at + 1] as Word)) {
      at += 2;
      continue;
    }
    return at;
  }
}
