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
  /**
   * Head words whose portfolio may open with an article ("Federal Minister of the Interior"),
   * lower case; after other heads "of the" opens a body's name more often ("State Secretary of
   * the Union State"). Absent: no portfolio opens with one.
   */
  readonly articledPortfolioHeads?: readonly string[];
  /** Prepositions that open a portfolio after its head ("of", "for"). */
  readonly portfolioPrepositions: readonly string[];
  /** Words that join portfolio words ("and", "&"). */
  readonly portfolioLinks: readonly string[];
  /**
   * The words that put a list of portfolios under a state: its preposition ("of") and the
   * articles that may follow it ("the"). A list "X and Y" or "X, Y and Z" of capitalised words
   * that they close with a state's name is one portfolio, whatever its words ("Minister of
   * Fisheries and Livestock Development of Zambia"). Absent: only portfolio words make one.
   */
  readonly portfolioState?: { readonly prepositions: readonly string[]; readonly articles: readonly string[] };
  /** Words that end a title's head and open its complement ("Heads of State": "of"). */
  readonly complementWords: readonly string[];
  /** Head words written after their modifier ("Secretary General": its plural is "Secretaries General"). */
  readonly postpositiveHeads: readonly string[];
  /** Nouns of posts that take the unit they head as complement ("chief of the Joint Staff"). */
  readonly unitHeads: readonly string[];
  /** Unit heads that name heading a whole body ("head", "chief" of a mission): after "and" and a title, a post of the same person. */
  readonly bodyHeads?: readonly string[];
  /** The plural of a title's head word ("Minister" → "Ministers", "Chairman" → "Chairmen"). */
  readonly pluralOfWord: (word: string) => string;
  /**
   * For a language other than English, whose roles are output in English: each title and
   * qualifier with its English form ("Министр иностранных дел" is "Minister of Foreign
   * Affairs"). Absent in English.
   */
  readonly english?: TitleTranslations;
}

/** A title of a language other than English and the English role the issuer's English version gives it. */
export interface TranslatedTitle {
  /** The title as written, nominative singular ("Генеральный секретарь"). */
  readonly title: string;
  /** The English role ("Secretary General"). */
  readonly role: string;
  readonly kind: TitleKind;
  /** The English role for a woman, where English has a distinct form ("Chairwoman"). */
  readonly roleFeminine?: string;
  /** English roles that differ by state, keyed by ISO 3166-1 alpha-2 code. */
  readonly byCountry?: Readonly<Record<string, string>>;
  /** English roles that differ by organisation, keyed by English acronym. */
  readonly byOrganization?: Readonly<Record<string, string>>;
  /** The one state that has the office ("Аким" is Kazakhstan's), ISO 3166-1 alpha-2: the holder's state when the text names none. */
  readonly country?: string;
  /** The head of a city or a region: the role names the place after the title ("Governor of Orenburg Oblast", "Mayor of Moscow"). */
  readonly ofPlace?: boolean;
}

/** A qualifier of a language other than English and its English form ("Заместитель": "Deputy"). */
export interface TranslatedQualifier {
  /** The qualifier as written; a trailing "-" marks a prefix glued to the title ("Вице-"). */
  readonly qualifier: string;
  readonly english: string;
}

/** The titles and qualifiers of a language with their English forms. */
export interface TitleTranslations {
  readonly titles: readonly TranslatedTitle[];
  readonly qualifiers: readonly TranslatedQualifier[];
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
