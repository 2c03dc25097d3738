import { memoizeOn } from "../../core/memo.js";
import type { Lexicon } from "../../lexicon/index.js";
import { englishPeopleGrammar } from "./english.js";
import { russianPeopleGrammar } from "./ru/index.js";
import type { PeopleGrammar } from "./types.js";

export type { NameGrammar, PeopleGrammar, SentenceInput } from "./types.js";

/**
 * The people grammars by language (ISO 639-1): how a language's sentences name people and
 * how the spellings of one person are named. A language without one of its own is read with
 * the English one; a new one goes in a folder beside `ru/` and is registered here.
 */
const GRAMMARS: Readonly<Record<string, (lexicon: Lexicon) => PeopleGrammar>> = { en: englishPeopleGrammar, ru: russianPeopleGrammar };

/**
 * The people grammar of a lexicon's language, built once per lexicon.
 *
 * @example
 * ```ts
 * peopleGrammarOf(lexiconFor("ru")).names.samePerson("С.Лавровым", "Сергей Лавров"); // true
 * ```
 */
export const peopleGrammarOf: (lexicon: Lexicon) => PeopleGrammar = memoizeOn((lexicon: Lexicon) => (GRAMMARS[lexicon.language] ?? englishPeopleGrammar)(lexicon));
