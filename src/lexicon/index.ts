import { memoizeOn } from "../core/memo.js";
import type { EventGroupName, Lexicon } from "./types.js";
import { en } from "./en/index.js";
import { ru } from "./ru/index.js";

export type { Lexicon, EventGroupName } from "./types.js";

/** The languages the parser reads, by ISO 639-1 code. */
const LEXICONS: Readonly<Record<string, Lexicon>> = { en, ru };

/**
 * The lexicon of a language; English for a language the parser does not know.
 *
 * @example
 * ```ts
 * lexiconFor("en").language; // "en"
 * ```
 */
export function lexiconFor(language: string): Lexicon {
  return LEXICONS[language] ?? en;
}

/** The codes of the languages the parser reads. */
export const LANGUAGES: readonly string[] = Object.keys(LEXICONS);

const eventSets = memoizeOn((_lexicon: Lexicon) => new Map<string, ReadonlySet<string>>());

/**
 * The event words of some groups as one set, built once per lexicon and list of groups.
 *
 * @example
 * ```ts
 * eventWords(lexiconFor("en"), "meeting", "call").has("phoned"); // true
 * ```
 */
export function eventWords(lexicon: Lexicon, ...groups: readonly EventGroupName[]): ReadonlySet<string> {
  const sets = eventSets(lexicon);
  const key = groups.join(" ");
  let set = sets.get(key);
  if (set === undefined) {
    set = new Set(groups.flatMap((group) => lexicon.events[group]));
    sets.set(key, set);
  }
  return set;
}

export type { HonorificWords, TitleKind, TitleTranslations, TitleWords, TranslatedQualifier, TranslatedTitle } from "./sections/titles.js";
export type { NameWords } from "./sections/names.js";
export type { PeopleWords, WordPhrase } from "./sections/people.js";
