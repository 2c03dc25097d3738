import { memoizeOn } from "../../core/memo.js";
import type { Lexicon } from "../../lexicon/index.js";
import type { QuoteWords } from "../../lexicon/sections/quotes.js";

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
  return {
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
