import { memoizeByText, memoizeOn } from "../../core/memo.js";
import type { Lexicon } from "../../lexicon/index.js";
import type { QuoteWords } from "../../lexicon/sections/quotes.js";

/** Keys of words already worked out (speaker phrases repeat their words). */
const MAX_CACHED_KEYS = 5000;

/**
 * Lower-case word tokens of a phrase, hyphens and dots folded ("Secretary-General" → secretary general).
 *
 * @example
 * ```ts
 * wordsOf("the CSTO Secretary-General"); // ["the", "csto", "secretary", "general"]
 * ```
 */
export function wordsOf(phrase: string): string[] {
  return phrase
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['\u2019]s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** The quotes section of a lexicon as the sets the plugin looks words up in. */
export interface QuoteVocabulary {
  readonly words: QuoteWords;
  readonly speechVerbs: ReadonlySet<string>;
  readonly verbParticles: ReadonlySet<string>;
  readonly phraseStops: ReadonlySet<string>;
  readonly pronouns: ReadonlySet<string>;
  readonly fillers: ReadonlySet<string>;
  readonly leaderWords: ReadonlySet<string>;
  readonly labelTitles: ReadonlySet<string>;
  readonly notSpeakers: ReadonlySet<string>;
  readonly labelConnectors: ReadonlySet<string>;
  /** The lexicon's key of a lower-case word (the word itself in a language without one). */
  readonly keyOf: (lower: string) => string;
  /** English role words by the keys of a title's words joined by spaces ("министр иностран дел" → minister of foreign affairs). */
  readonly titleRoles: ReadonlyMap<string, readonly string[]>;
  /** Most words of a title in {@link titleRoles}. */
  readonly longestTitle: number;
}

/**
 * The quote vocabulary of a lexicon, built on first use.
 *
 * @example
 * ```ts
 * quoteVocabularyOf(lexiconFor("en")).speechVerbs.has("added"); // true
 * ```
 */
export const quoteVocabularyOf: (lexicon: Lexicon) => QuoteVocabulary = memoizeOn((lexicon: Lexicon): QuoteVocabulary => {
  const words = lexicon.quotes;
  const keyOf = lexicon.keyOf === undefined ? (lower: string): string => lower : memoizeByText(lexicon.keyOf, MAX_CACHED_KEYS);
  const titleRoles = new Map<string, readonly string[]>();
  let longestTitle = 0;
  for (const { title, role } of words.titleRoles ?? []) {
    const titleWords = wordsOf(title);
    const key = titleWords.map(keyOf).join(" ");
    if (!titleRoles.has(key)) titleRoles.set(key, wordsOf(role));
    longestTitle = Math.max(longestTitle, titleWords.length);
  }
  return {
    keyOf,
    titleRoles,
    longestTitle,
    words,
    speechVerbs: new Set(words.speechVerbs),
    verbParticles: new Set(words.verbParticles),
    phraseStops: new Set(words.phraseStops),
    pronouns: new Set(words.pronouns),
    fillers: new Set(words.fillers),
    leaderWords: new Set(words.leaderWords),
    labelTitles: new Set(words.labelTitles),
    notSpeakers: new Set(words.notSpeakers),
    labelConnectors: new Set(words.labelConnectors),
  };
});
