import type { Lexicon } from "../types.js";
import { en } from "../en/index.js";
import { memoizeByText } from "../../core/memo.js";
import { ParseRussian } from "./parser.js";
import { stemRussian } from "./stem.js";
import { RU_TITLE_WORDS } from "./titles.js";
import { RU_HONORIFICS } from "./honorifics.js";
import { RU_NAME_WORDS } from "./names.js";
import { RU_PEOPLE_WORDS } from "./people.js";
import { RU_CHROME } from "./chrome.js";
import { RU_TOPIC_WORDS } from "./topics.js";
import { RU_AGREEMENT_WORDS } from "./agreements.js";
import { RU_QUOTE_WORDS } from "./quotes.js";
import { RUSSIAN_EVENT_WORDS } from "./events.js";
import { RUSSIAN_CALENDAR_WORDS } from "./calendar.js";
import { RUSSIAN_DATE_WORDS } from "./dates.js";
import { RUSSIAN_DATE_ROLE_WORDS } from "./date-roles.js";
import { RU_FORMAT_WORDS } from "./formats.js";
import { RU_PLACE_WORDS } from "./places.js";
import { RU_HEADLINE_WORDS } from "./headlines.js";

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
  // A release repeats its words, and releases share most of theirs: each spelling is stemmed once.
  keyOf: memoizeByText(stemRussian, 20000),
  titles: RU_TITLE_WORDS,
  honorifics: RU_HONORIFICS,
  names: RU_NAME_WORDS,
  people: RU_PEOPLE_WORDS,
  chrome: RU_CHROME,
  topics: RU_TOPIC_WORDS,
  agreements: RU_AGREEMENT_WORDS,
  quotes: RU_QUOTE_WORDS,
  events: RUSSIAN_EVENT_WORDS,
  calendar: RUSSIAN_CALENDAR_WORDS,
  dates: RUSSIAN_DATE_WORDS,
  dateRoles: RUSSIAN_DATE_ROLE_WORDS,
  formats: RU_FORMAT_WORDS,
  places: RU_PLACE_WORDS,
  headlines: RU_HEADLINE_WORDS,
};
