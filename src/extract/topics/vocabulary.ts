import { memoizeByText, memoizeOn } from "../../core/memo.js";
import type { Lexicon } from "../../lexicon/index.js";
import type { Stemmer, TopicWords } from "../../lexicon/sections/topics.js";

/**
 * What the matcher reads of a lexicon's topics section besides the terms: how words are
 * keyed, and the small words around terms, as sets. Built once per lexicon.
 */
export interface TopicVocabulary {
  readonly words: TopicWords;
  /** The key (stem) of a written word or part; empty for one of no letters or digits. */
  readonly keyOf: (word: string) => string;
  readonly irregularForms: readonly string[];
  readonly conjunctions: ReadonlySet<string>;
  readonly stopWords: ReadonlySet<string>;
  readonly organWords: ReadonlySet<string>;
  readonly nameConnectors: ReadonlySet<string>;
}

/** Stems already computed; a release repeats its words, so most lookups hit. */
const MAX_CACHED_KEYS = 20000;

/**
 * Normalises a written word for stemming: lower case, straight apostrophes, no possessive.
 *
 * @example
 * ```ts
 * normalizeWord("Russia’s"); // "russia"
 * ```
 */
export function normalizeWord(word: string): string {
  let form = word.toLowerCase().replace(/\u2019/g, "'");
  if (form.endsWith("'s")) form = form.slice(0, -2);
  else if (form.endsWith("'")) form = form.slice(0, -1);
  return form;
}

/** The keyer of a stemmer: its stems of written words, remembered by spelling. */
const keyerOf = memoizeOn((stemmer: Stemmer) =>
  memoizeByText((word: string): string => stemmer.stem(normalizeWord(word).replace(/[^\p{L}\p{N}]/gu, "")), MAX_CACHED_KEYS),
);

/**
 * The topic vocabulary of a lexicon, built on first use.
 *
 * @example
 * ```ts
 * const { keyOf } = topicVocabularyOf(lexiconFor("en"));
 * keyOf("Counter-terrorism") === keyOf("counterterrorism"); // true
 * ```
 */
export const topicVocabularyOf: (lexicon: Lexicon) => TopicVocabulary = memoizeOn((lexicon: Lexicon): TopicVocabulary => {
  const words = lexicon.topics;
  return {
    words,
    keyOf: keyerOf(words.stemmer),
    irregularForms: words.stemmer.irregularForms,
    conjunctions: new Set(words.conjunctions),
    stopWords: new Set(words.stopWords),
    organWords: new Set(words.organWords),
    nameConnectors: new Set(words.nameConnectors),
  };
});
