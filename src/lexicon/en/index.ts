import { ParseEnglish } from "parse-english";
import type { Lexicon } from "../types.js";
import { MONTH_NUMBERS, ORDINAL_WORDS, SHORT_MONTHS, WEEKDAY_NUMBERS } from "./calendar.js";
import { EVENT_WORDS } from "./events.js";
import { FORMAT_WORDS } from "./formats.js";
import { HEADLINE_WORDS } from "./headlines.js";
import { ORGANIZATION_WORDS } from "./organizations.js";
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
  headlines: HEADLINE_WORDS,
  organizations: ORGANIZATION_WORDS,
  calendar: { monthNumbers: MONTH_NUMBERS, shortMonths: SHORT_MONTHS, weekdayNumbers: WEEKDAY_NUMBERS, ordinalWords: ORDINAL_WORDS },
};
