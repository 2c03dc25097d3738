import { ParseEnglish } from "parse-english";
import type { Lexicon } from "../types.js";
import { EVENT_WORDS } from "./events.js";
import { CALENDAR_WORDS } from "./calendar.js";
import { DATE_WORDS } from "./dates.js";
import { DATE_ROLE_WORDS } from "./date-roles.js";
import { CHROME } from "./chrome.js";
import { AGREEMENT_WORDS } from "./agreements.js";
import { QUOTE_WORDS } from "./quotes.js";
import { TOPIC_WORDS } from "./topics.js";
import { HONORIFICS } from "./honorifics.js";
import { NAME_WORDS } from "./names.js";
import { PEOPLE_WORDS } from "./people.js";
import { TITLE_WORDS } from "./titles.js";
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
  calendar: CALENDAR_WORDS,
  dates: DATE_WORDS,
  dateRoles: DATE_ROLE_WORDS,
  chrome: CHROME,
  agreements: AGREEMENT_WORDS,
  quotes: QUOTE_WORDS,
  topics: TOPIC_WORDS,
  titles: TITLE_WORDS,
  honorifics: HONORIFICS,
  names: NAME_WORDS,
  people: PEOPLE_WORDS,
  formats: FORMAT_WORDS,
  places: PLACE_WORDS,
  headlines: HEADLINE_WORDS,
  organizations: ORGANIZATION_WORDS,
};
