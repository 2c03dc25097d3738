import type { Lexicon } from "../types.js";
import { en } from "../en/index.js";
import { ParseRussian } from "./parser.js";
import { stemRussian } from "./stem.js";
import { RU_TITLE_WORDS } from "./titles.js";
import { RU_HONORIFICS } from "./honorifics.js";
import { RU_NAME_WORDS } from "./names.js";
import { RU_PEOPLE_WORDS } from "./people.js";

/**
 * The Russian lexicon: parse-latin for tokens (it reads Cyrillic words, initials such as
 * "С.Лавров" and dates such as "02.11.2017" whole; ParseRussian keeps initials written apart,
 * "В. А. Руденок", and abbreviations, "в г. Пекине", inside their sentence), Snowball stems as
 * word keys (Russian words decline and conjugate), and the Russian word lists of the parser.
 *
 * Sections not yet written in Russian are the English ones, which match nothing in a Russian
 * text; each concern replaces its own (see docs/adding-a-language.md).
 *
 * @example
 * ```ts
 * ru.keyOf?.("москве"); // "москв"
 * ```
 */
export const ru: Lexicon = {
  ...en,
  language: "ru",
  createParser: () => new ParseRussian(),
  keyOf: stemRussian,
  titles: RU_TITLE_WORDS,
  honorifics: RU_HONORIFICS,
  names: RU_NAME_WORDS,
  people: RU_PEOPLE_WORDS,
};
