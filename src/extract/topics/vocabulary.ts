import { memoizeByText, memoizeOn } from "../../core/memo.js";
import type { Lexicon } from "../../lexicon/index.js";
import type { Stemmer, TopicWords } from "../../lexicon/sections/topics.js";
import { countryNamesOf, type CountryNames } from "./countries.js";

/**
 * What the matcher reads of a lexicon's topics section besides the terms: how words are
 * keyed, and the small words around terms, as sets. Built once per lexicon.
 */
export interface TopicVocabulary {
  readonly words: TopicWords;
  /** The key (stem) of a written word or part; empty for one of no letters or digits. */
  readonly keyOf: (word: string) => string;
  /**
   * The lexicon's key of a lower-case form (`Lexicon.keyOf`; the form itself in a language
   * without one): the small words of the section are looked up by it.
   */
  readonly formKey: (form: string) => string;
  /** How a body's name goes on after its organ word, when the language says (see `OrganComplements`). */
  readonly organComplements: {
    readonly maxWords: number;
    readonly endings: readonly string[];
    readonly lowerCaseHeads: ReadonlySet<string>;
    readonly remitPrepositions: ReadonlySet<string>;
    readonly prepositions: ReadonlySet<string>;
  } | null;
  readonly irregularForms: readonly string[];
  readonly conjunctions: ReadonlySet<string>;
  readonly stopWords: ReadonlySet<string>;
  readonly organWords: ReadonlySet<string>;
  readonly nameConnectors: ReadonlySet<string>;
  /** The word classes of concept cues. */
  readonly classes: ReadonlyMap<string, WordClass>;
  /** The words around a place name, as sets. */
  readonly places: {
    readonly openers: ReadonlySet<string>;
    readonly modifiers: ReadonlySet<string>;
    readonly connectors: ReadonlySet<string>;
    readonly possessiveEndings: readonly string[];
    readonly wideRegions: ReadonlySet<string>;
  };
  /** Country names of a language whose names decline, or null (the countries gazetteer names them). */
  readonly countryNames: CountryNames | null;
  /** Month and weekday names (lower case): a capitalised one is no place. */
  readonly calendarWords: ReadonlySet<string>;
}

/** A word class of concept cues: words matched by their stem, and words matched only as written. */
export interface WordClass {
  readonly keys: ReadonlySet<string>;
  readonly forms: ReadonlySet<string>;
}

/**
 * Whether a word (its key and its lower-case form) belongs to a class.
 *
 * @example
 * ```ts
 * inClass(vocabulary.classes.get("trouble")!, keyOf("situations"), "situations"); // true
 * ```
 */
export function inClass(wordClass: WordClass, key: string, form: string): boolean {
  return wordClass.keys.has(key) || wordClass.forms.has(form);
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
  const keyer = keyerOf(words.stemmer);
  const formKey = formKeyOf(lexicon);
  const keyed = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(formKey));
  const complements = words.organComplements;
  return {
    words,
    keyOf: keyer,
    formKey,
    organComplements: complements
      ? {
          maxWords: complements.maxWords,
          endings: complements.endings,
          lowerCaseHeads: keyed(complements.lowerCaseHeads),
          remitPrepositions: keyed(complements.remitPrepositions),
          prepositions: keyed(complements.prepositions),
        }
      : null,
    irregularForms: words.stemmer.irregularForms,
    conjunctions: keyed(words.conjunctions),
    stopWords: keyed(words.stopWords),
    organWords: keyed(words.organWords),
    nameConnectors: keyed(words.nameConnectors),
    classes: new Map(Object.entries(words.classes).map(([name, entries]) => [name, classOf(entries, keyer)])),
    places: {
      openers: keyed(words.places.openers),
      modifiers: keyed(words.places.modifiers),
      connectors: keyed(words.places.connectors),
      possessiveEndings: words.places.possessiveEndings,
      wideRegions: new Set(words.places.wideRegions.map((region) => phraseKey(region, formKey))),
    },
    countryNames: words.places.countryNames === undefined ? null : countryNamesOf(words.places.countryNames),
    calendarWords: new Set([...lexicon.calendar.months.keys(), ...lexicon.calendar.weekdays.keys()]),
  };
});

const sameForm = (form: string): string => form;

/** The lexicon's key function over lower-case forms, remembered by spelling; the form itself without one. */
const formKeyOf = memoizeOn((lexicon: Lexicon): ((form: string) => string) =>
  lexicon.keyOf === undefined ? sameForm : memoizeByText(lexicon.keyOf, MAX_CACHED_KEYS),
);

/**
 * The key of a phrase of lower-case words joined by spaces and hyphens ("asia-pacific"), word
 * by word.
 *
 * @example
 * ```ts
 * phraseKey("латинской америке", formKey); // "латинск америк"
 * ```
 */
export function phraseKey(phrase: string, formKey: (form: string) => string): string {
  if (formKey === sameForm) return phrase;
  return phrase.replace(/[^\s-]+/g, (word) => formKey(word));
}

/** A class from its entries: "=word" only as written, any other word by its stem. */
function classOf(entries: readonly string[], keyOf: (word: string) => string): WordClass {
  const keys = new Set<string>();
  const forms = new Set<string>();
  for (const entry of entries) {
    if (entry.startsWith("=")) forms.add(entry.slice(1));
    else keys.add(keyOf(entry));
  }
  return { keys, forms };
}
