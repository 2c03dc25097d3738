/**
 * The kind of office a title names: state offices (`head-of-state`, `head-of-government`,
 * `minister`, `official` for other state posts such as governors, speakers and security
 * council secretaries, `staff`, `military`, `diplomat`) tell the extractor to look for a
 * country; `io-official` for an organisation; `honorific` is stripped. The kinds are the same
 * in every language.
 */
export type TitleKind =
  | "head-of-state"
  | "head-of-government"
  | "minister"
  | "official"
  | "diplomat"
  | "io-official"
  | "staff"
  | "military"
  | "honorific";

/**
 * A language's official titles and the words the title grammar reads around them.
 * Titles are written as in running text ("Prime Minister"); word lists are lower case.
 */
export interface TitleWords {
  /**
   * Titles by kind. The `honorific` kind holds every honorific of the language's
   * {@link HonorificWords} (so a title lookup finds "H.E." and "His Excellency" too).
   */
  readonly byKind: Readonly<Record<TitleKind, readonly string[]>>;
  /** Words put before a title to make another office ("Deputy", "Acting First Deputy"). */
  readonly qualifiers: readonly string[];
  /**
   * Lower-case words that may stand before a title without being part of it ("the newly
   * appointed Ambassador", "the outgoing Secretary-General"): the role is the title after them.
   */
  readonly modifiers: readonly string[];
  /**
   * Titles kept for life and used as a form of address ("Ambassador John Bolton"): a post given
   * beside one ("..., Assistant to the President") is the person's role.
   */
  readonly courtesy: readonly string[];
  /** Qualifiers whose holder holds the office itself ("Acting President" is the head of state). */
  readonly sameOfficeQualifiers: readonly string[];
  /** Qualifiers also written glued to a one-word title by a hyphen ("Vice-President"). */
  readonly hyphenQualifiers: readonly string[];
  /** Words of ministry portfolios, so an unlisted "Minister of Water Resources and Irrigation" is read whole. */
  readonly portfolioWords: readonly string[];
  /** Head words after which a portfolio may follow ("Minister of/for ..."). */
  readonly portfolioHeads: readonly string[];
  /** Prepositions that open a portfolio after its head ("of", "for"). */
  readonly portfolioPrepositions: readonly string[];
  /** Words that join portfolio words ("and", "&"). */
  readonly portfolioLinks: readonly string[];
  /** Words that end a title's head and open its complement ("Heads of State": "of"). */
  readonly complementWords: readonly string[];
  /** Head words written after their modifier ("Secretary General": its plural is "Secretaries General"). */
  readonly postpositiveHeads: readonly string[];
  /** Nouns of posts that take the unit they head as complement ("chief of the Joint Staff"). */
  readonly unitHeads: readonly string[];
  /** The plural of a title's head word ("Minister" → "Ministers", "Chairman" → "Chairmen"). */
  readonly pluralOfWord: (word: string) => string;
}

/** Honorifics, by the part they play before a name. Written as in running text, dots included. */
export interface HonorificWords {
  /** Forms of address ("Mr", "Mrs.", "Madame"). */
  readonly address: readonly string[];
  /** Academic titles used as address ("Dr", "Professor"). */
  readonly academic: readonly string[];
  /** Knighthood styles, dropped as readily as "Mr" ("Sir", "Dame"). */
  readonly knighthood: readonly string[];
  /** Styles of office and rank ("H.E.", "His Excellency", "Hon.", "His Royal Highness"). */
  readonly styles: readonly string[];
  /** Ranks that stay with the name as it is cited ("Sheikh Tamim", "Lord Robertson"). */
  readonly ranks: readonly string[];
}
