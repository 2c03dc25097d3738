/**
 * The words that tell how a meeting was held: by video link, by telephone, or in person.
 * Phrases are sequences of lower-case word tokens (punctuation left out), matched in order.
 */
export interface FormatWords {
  /** Phrases that say the meeting was held by video link ("video conference", "online"). */
  readonly videoPhrases: readonly (readonly string[])[];
  /** Phrases that say the meeting was held by telephone ("telephone", "phoned"). */
  readonly phonePhrases: readonly (readonly string[])[];
  /** Words that name a telephone call, unless an {@link FormatWords.appealFollowers} word follows. */
  readonly callWords: readonly string[];
  /** Words after which a call word is an appeal, not a call ("called on", "calls for"). */
  readonly appealFollowers: readonly string[];
  /** Words before a call word that make it a visit paid in person ("a courtesy call", "a farewell call"). */
  readonly visitCallModifiers: readonly string[];
  /**
   * Words of an event still to come ("пройдёт", "состоится"): a remote phrase after one in its
   * sentence is that event's format, not the main event's ("the summit, which will be held by
   * video link"). Lower case, as written. Left empty where a release announces its own event so.
   */
  readonly futureWords?: readonly string[];
  /**
   * Words that make a meeting a video one only where they qualify the meeting: at the end of
   * a phrase ("held online"), before a meeting word or a function word ("an online meeting",
   * "online on 3 May"), not before another noun ("online scams").
   */
  readonly remoteModifiers?: readonly string[];
  /** Nouns after a remote modifier that name the meeting or its form ("online format", "virtual platform"). */
  readonly remoteModifierFollowers?: readonly string[];
}
