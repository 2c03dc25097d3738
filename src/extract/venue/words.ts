import { memoizeOn } from "../../core/memo.js";
import type { Word } from "../../core/word.js";
import { eventWords, type Lexicon } from "../../lexicon/index.js";

/** A lexicon's place words and the event words the venue rules read, as sets. */
export interface VenueWords {
  readonly prepositions: ReadonlySet<string>;
  /** Verbs whose subject is the place of the event ("Tashkent hosts the SCO meeting"). */
  readonly hostVerbs: ReadonlySet<string>;
  /** Verbs whose object is the place visited ("visited Dushanbe"). */
  readonly visitVerbs: ReadonlySet<string>;
  readonly otherEventWords: ReadonlySet<string>;
  readonly subjectNouns: ReadonlySet<string>;
  readonly worksWords: ReadonlySet<string>;
  readonly marginWords: ReadonlySet<string>;
  readonly seatNouns: ReadonlySet<string>;
  readonly visitorDeterminers: ReadonlySet<string>;
  readonly capitalNouns: ReadonlySet<string>;
  /** Words after which "in"/"to" + a country names the venue ("held in", "a visit to"). */
  readonly eventWords: ReadonlySet<string>;
  /** In a headline, also a trip announced ("Minister to travel to Rome"). */
  readonly headlineEventWords: ReadonlySet<string>;
  /** In a headline, also the bare verb of a visit announced ("Minister to visit Tbilisi"). */
  readonly headlineVisitVerbs: ReadonlySet<string>;
  readonly roamingWords: ReadonlySet<string>;
  readonly buildingNouns: ReadonlySet<string>;
  /** Nouns of a visit ("visit"). */
  readonly visitNouns: ReadonlySet<string>;
  /** Words that make a visit one a state hosts in its capital ("official", "state", "working"). */
  readonly officialVisitWords: ReadonlySet<string>;
  readonly ministryNouns: ReadonlySet<string>;
  readonly regionNouns: ReadonlySet<string>;
  readonly stateResidences: readonly (readonly string[])[];
  readonly affiliationWords: ReadonlySet<string>;
  readonly titleAffiliationWords: ReadonlySet<string>;
  /** Honorifics and forms of address, lower case: a person's name begins there, a body's name ends ("... Affairs H.E. Dr. Ali"). */
  readonly honorifics: ReadonlySet<string>;
  readonly hostFromWords: ReadonlySet<string>;
  readonly hostFromPrepositions: ReadonlySet<string>;
  readonly bylineWords: ReadonlySet<string>;
  /** Words in capitals before a date that name no place ("PRESS RELEASE"). */
  readonly datelineLabels: ReadonlySet<string>;
  /** Nouns of a kind of place before its name ("the city of Tashkent"). */
  readonly settlementNouns: ReadonlySet<string>;
  /** Month names and abbreviations, for datelines. */
  readonly months: ReadonlyMap<string, number>;
  /** Words that join a place to the words before it in a name ("Mayor of Moscow", "Tashkent and Samarkand"). */
  readonly nameConnectors: ReadonlySet<string>;
  /**
   * Every word an event phrase opens with (prepositions, host, visit and margin words): a
   * word of none of these sets opens none, and one look-up turns it away.
   */
  readonly phraseOpeners: ReadonlySet<string>;
}

const VENUE_EVENT_GROUPS = [
  "meeting", "talks", "visit", "visiting", "arrival", "travel", "journey", "coming", "hosting", "receiving", "welcome", "holding", "occurrence",
  "gathering", "delegation",
] as const;

/**
 * The venue words of a lexicon, as sets, built once per lexicon.
 *
 * @example
 * ```ts
 * venueWords(lexiconFor("en")).marginWords.has("sidelines"); // true
 * ```
 */
export const venueWords = memoizeOn((lexicon: Lexicon): VenueWords => {
  const places = lexicon.places;
  const words = {
    prepositions: new Set(places.prepositions),
    hostVerbs: eventWords(lexicon, "hosting"),
    visitVerbs: eventWords(lexicon, "visiting"),
    otherEventWords: new Set(places.otherEventWords),
    subjectNouns: new Set(places.subjectNouns),
    worksWords: new Set(places.worksWords ?? []),
    marginWords: new Set(places.marginWords),
    seatNouns: new Set(places.seatNouns),
    visitorDeterminers: new Set(places.visitorDeterminers ?? []),
    capitalNouns: new Set(places.capitalNouns),
    eventWords: eventWords(lexicon, ...VENUE_EVENT_GROUPS),
    headlineEventWords: eventWords(lexicon, ...VENUE_EVENT_GROUPS, "travelPlan"),
    headlineVisitVerbs: eventWords(lexicon, "visit"),
    roamingWords: new Set(places.roamingWords),
    buildingNouns: new Set(places.buildingNouns),
    visitNouns: eventWords(lexicon, "visit"),
    officialVisitWords: new Set(places.officialVisitWords),
    ministryNouns: new Set(places.ministryNouns),
    regionNouns: new Set(places.regionNouns ?? []),
    stateResidences: places.stateResidences ?? [],
    affiliationWords: new Set(places.affiliationWords),
    titleAffiliationWords: new Set(places.titleAffiliationWords),
    honorifics: new Set([...lexicon.honorifics.address, ...lexicon.honorifics.academic, ...lexicon.honorifics.styles, "he"].map((word) => word.toLowerCase())),
    hostFromWords: new Set(places.hostFromWords),
    hostFromPrepositions: new Set(places.hostFromPrepositions),
    bylineWords: new Set(places.bylineWords),
    datelineLabels: new Set(places.datelineLabels ?? []),
    settlementNouns: new Set(places.settlementNouns ?? []),
    months: lexicon.calendar.months,
    nameConnectors: new Set(lexicon.organizations.nameConnectors),
  };
  const openers = [words.prepositions, words.hostVerbs, words.visitVerbs, words.headlineVisitVerbs, words.marginWords, words.hostFromPrepositions];
  return { ...words, phraseOpeners: new Set(openers.flatMap((set) => [...set])) };
});

/**
 * The key of the word at `index`, or "" outside the sentence.
 *
 * @example
 * ```ts
 * keyAt(sentence.words, 0); // "the" for "The talks were held in Minsk."
 * ```
 */
export function keyAt(words: readonly Word[], index: number): string {
  return words[index]?.key ?? "";
}

/**
 * The bare forms of a sentence's words (possessive endings off), as the gazetteer matchers
 * read them; computed once per word list.
 *
 * @example
 * ```ts
 * baresOf(sentence.words); // ["in", "Russia", "capital"] for "in Russia's capital"
 * ```
 */
export const baresOf = memoizeOn((words: readonly Word[]): readonly string[] => words.map((word) => word.bare));

/**
 * The text of words `from` to `to` (exclusive) as written, with single spaces where the text had space.
 *
 * @example
 * ```ts
 * textOfWords(words, 2, 4); // "Bocharov Ruchei" for "at the Bocharov Ruchei residence"
 * ```
 */
export function textOfWords(words: readonly Word[], from: number, to: number): string {
  let text = "";
  for (let index = from; index < to; index++) {
    const word = words[index] as Word;
    text += (index > from && word.spaceBefore ? " " : "") + word.value;
  }
  return text;
}

/** A day, a year or an ordinal day in figures ("14", "2022", "5th"), or a date in figures ("26/01/2022", "12.04.2023"). */
const DATE_FIGURES = /^(?:\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)$/;

/**
 * The word is part of a date: a month's name or abbreviation, a day or a year in figures.
 *
 * @example
 * ```ts
 * isDateWord(word, venueWords(lexicon).months); // true for "April", "Sept.", "13", "2018"
 * ```
 */
export function isDateWord(word: Word, months: ReadonlyMap<string, number>): boolean {
  const key = word.key.endsWith(".") ? word.key.slice(0, -1) : word.key;
  return months.has(key) || DATE_FIGURES.test(key);
}

/**
 * A word in capitals with only its first letter kept a capital: datelines are often in capitals.
 *
 * @example
 * ```ts
 * titleCase("MINSK"); // "Minsk"
 * titleCase("Minsk"); // "Minsk"
 * ```
 */
export function titleCase(value: string): string {
  return value.length > 1 && value === value.toUpperCase() ? value.charAt(0) + value.slice(1).toLowerCase() : value;
}
