/**
 * The words the quotes plugin reads: verbs that introduce direct speech, what ends a speaker
 * phrase, words that stand for a person in it, and the titles that make a line a speaker
 * label of a transcript. Lower case, except {@link QuoteWords.gluedLabelTitles}.
 */
export interface QuoteWords {
  /** Verbs that introduce or close direct speech ("said", "added", "noting"). */
  readonly speechVerbs: readonly string[];
  /** Particles a speech verb may take before its subject ("pointed out Mr X"). */
  readonly verbParticles: readonly string[];
  /** Words that end a speaker phrase after its verb ("said Mr Lavrov at the press conference"). */
  readonly phraseStops: readonly string[];
  /** The words of "according to X", which names a speaker. */
  readonly according: readonly [string, string];
  /** The complementizer after a speech verb ("noted that “…”"). */
  readonly complementizer: string;
  /** Pronouns that stand for the last person named. */
  readonly pronouns: readonly string[];
  /** Words that carry no identity in a speaker phrase. */
  readonly fillers: readonly string[];
  /** Nouns of "the <nationality> leader" phrases that stand for a state's head or envoy. */
  readonly leaderWords: readonly string[];
  /** Words of titles that make a capitalised run before a colon a speaker label. */
  readonly labelTitles: readonly string[];
  /** Titles that, glued to a name without a space, still make a label ("SadyrPresident"). Capitalised. */
  readonly gluedLabelTitles: readonly string[];
  /** Capitalised words that head metadata lines, not speech ("Source:", "Press Release:"). */
  readonly notSpeakers: readonly string[];
  /** Small words that may stand inside a speaker label between capitalised words. */
  readonly labelConnectors: readonly string[];
  /**
   * Titles of the language with the English role each stands for ("Министр иностранных дел" is
   * "Minister of Foreign Affairs"), to find the person a speaker phrase names by title when
   * roles are given in English ("подчеркнул министр"). Matched by the lexicon's key, so any
   * case of the title fits. Optional; none by default (an English title is its role).
   */
  readonly titleRoles?: readonly { readonly title: string; readonly role: string }[];
}
