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
  /**
   * Words that name the topic only as an item of a list of fields, next to a term of another
   * topic ("trade, investment, defence and energy"); alone ("the defence of rights", "foreign
   * policy, security and defence") they count for nothing.
   */
  readonly listTerms?: readonly string[];
}

/**
 * The stemmer topic terms and text are keyed by. Terms and text go through the same
 * function, so a stem only has to be consistent, not a real word.
 *
 * The topics plugin turns most words away by their first three letters before stemming them,
 * so a stemmer must keep the first three letters of a word of plain ASCII letters, except
 * for its {@link irregularForms}, "-ies"/"-ied" of a five-letter word (whose "i" may become
 * "y") and four-letter words (which may lose two letters). Words shorter than every key that
 * begins like them are turned away too, so a stem must be no longer than its word, except
 * for an irregular form's.
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
 *
 * The small words (conjunctions, stop words, organ words, name connectors, place words) are
 * lower case and compared by the lexicon's key (`Lexicon.keyOf`): in a language whose words
 * decline, an entry in its dictionary form stands for all its forms.
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
  /**
   * How a body's name goes on in lower case after its organ word, in a language that writes
   * only the first word of a name with a capital ("Министерство здравоохранения", "Совет по
   * сотрудничеству в области энергетики"). Optional: without it a name is a run of
   * capitalised words.
   */
  readonly organComplements?: OrganComplements;
  /**
   * Concept cues: patterns over a relation that name a topic by description rather than by
   * a keyword ("the situation in Syria", "negotiations between Russia and Ukraine"), each
   * with an id. See {@link ConceptCue} for how a pattern is written.
   */
  readonly concepts: readonly ConceptCue[];
  /**
   * Word classes the concept cues name in braces (`{trouble}`), lower case. A word is matched
   * like a word of a term (by its stem: "situation" is "situations" too); one written with a
   * leading `=` only as written ("=developments" is not "development", "=issue" not "issued").
   */
  readonly classes: Readonly<Record<string, readonly string[]>>;
  /** How the language writes a place name, for the `<place>` and `<country>` slots of concept cues. */
  readonly places: TopicPlaceWords;
}

/**
 * Where a body's name written in lower case after its organ word ends. A name opens with a
 * capitalised word and reaches an organ word within a few words ("Региональная
 * антитеррористическая структура"), or opens with one of {@link lowerCaseHeads} in any case
 * ("министр энергетики"); after the organ word it takes the lower-case words that follow (its
 * genitive: "здравоохранения"; when the organ word opens the name, one phrase of its remit
 * too: "по чрезвычайным ситуациям"), up to a pause, a capitalised word, a preposition, a word
 * with one of {@link endings} (a verb: "Совет одобрил") or {@link maxWords} words.
 */
export interface OrganComplements {
  /** Most lower-case words after the organ word. */
  readonly maxWords: number;
  /** Endings of the words that end a name (verb forms), lower case. */
  readonly endings: readonly string[];
  /** Organ words that open a name in lower case too (titles and ministries), in their dictionary form. */
  readonly lowerCaseHeads: readonly string[];
  /**
   * Prepositions that open a body's remit ("по" of "Комиссия по устранению барьеров"): a name
   * whose organ word opens it goes on over one such phrase.
   */
  readonly remitPrepositions: readonly string[];
  /** Prepositions that end a name (any other than a remit's), lower case. */
  readonly prepositions: readonly string[];
}

/**
 * A topic named by a relation between words rather than by a term: a word of trouble and a
 * place ("the situation in Syria", "the Ukraine crisis"), talks between two states, a verb
 * of easing and its object. Rules are data, each with an id a test or a debugger can cite.
 *
 * A pattern is words separated by spaces:
 * - a plain word matches like a word of a term (stemmed, case-insensitive);
 * - `{name}` matches one word of the class `name` of the lexicon's word classes (a hyphenated
 *   word whole, or its part);
 * - `<place>` matches a place name (as the lexicon's place words describe it), `<country>` only a country's
 *   name from the countries gazetteer, `<national>` a country's name or adjective used as a
 *   modifier ("intra-Afghan"), `<party>` a place or a body named after one ("the Sudanese
 *   Armed Forces");
 * - `*` stands for up to three words.
 * A pattern may start with a place slot ("<place> {strife}"): the word after the place
 * must then not be capitalised, or it belongs to a name ("the Korean War"); a state's
 * adjective counts there ("the Syrian crisis"), while after a preposition it names the
 * state's people or bodies ("attacks against Afghan forces") and does not.
 *
 * @example
 * ```ts
 * import { parseRelease, type ConceptCue } from "communique";
 * // Your own cues replace the built-in ones for the topics plugin.
 * const cue: ConceptCue = { id: "drought-in-place", topic: "environment", pattern: "drought in <place>" };
 * ```
 *
 * @group Topics
 */
export interface ConceptCue {
  /** Stable id, kebab-case ("trouble-in-place"). */
  readonly id: string;
  /** The topic id it names. */
  readonly topic: string;
  readonly pattern: string;
  /** The cue counts as a weak term (a weak term of the taxonomy). */
  readonly weak?: boolean;
  /**
   * A class whose words, right before the match, void it: "the economic situation in
   * Russia" is no crisis.
   */
  readonly notAfter?: string;
  /**
   * The places of the match are states other than the event's own sides: "negotiations
   * between Russia and Ukraine" names a conflict in a release on talks of Azerbaijan and
   * Russia, while talks between the two sides of the release are the event itself. The cue
   * is void when the sides' countries are unknown or include every country it names.
   */
  readonly otherThanSides?: boolean;
}

/**
 * How place names are written, for concept cues: a place is an optional opener and
 * modifiers ("the eastern"), then a run of capitalised words (or a country of the
 * gazetteer) that is no body, no month or weekday and no acronym other than a country's.
 */
export interface TopicPlaceWords {
  /** Words that may open a place before its name ("the"). */
  readonly openers: readonly string[];
  /** Lower-case words that may stand between the opener and the name ("eastern", "northern"). */
  readonly modifiers: readonly string[];
  /** Small words that may join capitalised words inside a place name ("Republic of the Congo"). */
  readonly connectors: readonly string[];
  /**
   * Endings of a possessive place ("Russia's"): a possessive followed by a lower-case noun
   * names what belongs to the place ("Kazakhstan's economy"), not the place of the event.
   */
  readonly possessiveEndings: readonly string[];
  /**
   * Names of whole parts of the world, lower case ("europe", "asia-pacific"): the situation
   * in a continent is an outlook on the world, not a conflict.
   */
  readonly wideRegions: readonly string[];
  /**
   * Names of states in the language, each with its ISO 3166-1 alpha-2 code, for a language
   * whose names decline ("Армения", "Арменией"): a name's words are matched by their stem
   * (the nominative without its closing vowels) and a short case ending. Without it the
   * countries gazetteer (English) names the countries.
   */
  readonly countryNames?: readonly { readonly code: string; readonly names: readonly string[] }[];
}
