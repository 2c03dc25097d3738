import { ParseEnglish } from "parse-english";
import type { Lexicon } from "../types.js";
import { EVENT_WORDS } from "./events.js";
import { FORMAT_WORDS } from "./formats.js";
import { PLACE_WORDS } from "./places.js";

/**
 * The English lexicon: parse-english for tokens, and every English word list of the parser.
 *
 * @example
 * ```ts
 * en.events.call; // ["call", "calls", "called", ...]
 * ```
 */
export const en: Lexicon = {
  language: "en",
  createParser: () => new ParseEnglish(),
  events: EVENT_WORDS,
  formats: FORMAT_WORDS,
  places: PLACE_WORDS,
};
