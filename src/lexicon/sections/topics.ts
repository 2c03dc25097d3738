/**
 * The words that name one topic of the taxonomy in a language.
 *
 * How a term is written (see the topics plugin for how it is matched):
 * - words are matched on the word tree, case-insensitively, after stemming, so "terrorist",
 *   "terrorists" and "terrorism" are one term; hyphenated and solid spellings
 *   ("counter-terrorism", "counterterrorism") meet when the term is written with the hyphen;
 * - a word in CAPITALS of two letters or more ("ICT", "AI") matches only a capitalised token;
 * - `*` stands for up to three words ("settlement of * conflict");
 * - `[name]` at the end stands for a head word from {@link TopicWords.heads}, reached over a
 *   coordinated list of modifiers ("scientific, technical and cultural [fields]").
 */
export interface TopicCues {
  /** Words and phrases that name the topic on their own. */
  readonly terms: readonly string[];
  /**
   * Words that name the topic only in some contexts ("pandemic" as a date, "crisis" of any
   * kind). A topic whose only evidence is one weak term is left out and reported as
   * `topic:weak-evidence`; two weak mentions, or one beside a strong term, keep it.
   */
  readonly weakTerms?: readonly string[];
}

/**
 * The stemmer topic terms and text are keyed by. Terms and text go through the same
 * function, so a stem only has to be consistent, not a real word.
 *
 * The topics plugin turns most words away by their first three letters before stemming them,
 * so a stemmer must keep the first three letters of a word of plain ASCII letters, except
 * for its {@link irregularForms}, "-ies"/"-ied" of a five-letter word (whose "i" may become
 * "y") and four-letter words (which may lose two letters).
 */
export interface Stemmer {
  /** The stem of one lower-case word without hyphens or marks. */
  readonly stem: (word: string) => string;
  /** The forms the stemmer replaces whole ("men" → "man"): their stems do not begin like them. */
  readonly irregularForms: readonly string[];
}

/**
 * What a language gives the topics plugin: the cue terms of every topic id of the taxonomy
 * (src/data/topics.ts holds the ids and their scope), head sets, blockers, the stemmer, and
 * the small words the matcher reads around terms.
 */
export interface TopicWords {
  /** Cue terms by topic id; every id of the taxonomy has an entry. */
  readonly cues: Readonly<Record<string, TopicCues>>;
  /**
   * Head words that turn a modifier into a topic, by the name a term gives them in
   * brackets: `[field]` (a field of cooperation, as in "scientific and cultural ties").
   */
  readonly heads: Readonly<Record<string, readonly string[]>>;
  /**
   * Phrases that look like a topic term but are not one ("transcend borders", "sound
   * health"). They are matched like terms and, being longer, take the words away from the
   * shorter term inside them.
   */
  readonly blockers: readonly string[];
  readonly stemmer: Stemmer;
  /** Words that join conjuncts ("arms and people trafficking"). */
  readonly conjunctions: readonly string[];
  /** Words a modifier list never runs through on its way to its head, nor an elided term. */
  readonly stopWords: readonly string[];
  /**
   * Words that make a run of capitalised words the name of a body or an office ("CIS
   * Anti-Terrorism Centre", "Finance Minister"): a topic word inside names the body, not a
   * subject discussed.
   */
  readonly organWords: readonly string[];
  /** Small words that may stand inside such a name between capitalised words. */
  readonly nameConnectors: readonly string[];
}
