import { ParseLatin } from "parse-latin";
import type { Lexicon } from "../types.js";
import { en } from "../en/index.js";
import { stemRussian } from "./stem.js";

/**
 * The Russian lexicon: parse-latin for tokens (it reads Cyrillic words, initials such as
 * "С.Лавров" and dates such as "02.11.2017" whole), Snowball stems as word keys (Russian words
 * decline and conjugate), and the Russian word lists of the parser.
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
  createParser: () => new ParseLatin(),
  keyOf: stemRussian,
};
