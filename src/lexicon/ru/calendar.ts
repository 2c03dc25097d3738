// Russian month and weekday names in every case form a date uses ("2 ноября", "ноябрь 2017 г.",
// "в ноябре", "в понедельник"), with the abbreviations of tables and stamps ("нояб."), and
// ordinals. Keys are Snowball stems (src/lexicon/ru/stem.ts), as a Russian date token's key
// gives them: every case form of a month meets one key ("ноября", "ноябрь", "ноябре" →
// "ноябр"; "мая", "май", "мае" → "ма"). Source: the Gregorian calendar as Russian writes it.

import type { CalendarWords } from "../sections/dates.js";
import { keys, keyedMap } from "./keys.js";

/** Case forms of each month: nominative, genitive, dative, instrumental, prepositional. */
const MONTH_FORMS: readonly (readonly [readonly string[], number])[] = [
  [["январь", "января", "январю", "январём", "январе"], 1],
  [["февраль", "февраля", "февралю", "февралём", "феврале"], 2],
  [["март", "марта", "марту", "мартом", "марте"], 3],
  [["апрель", "апреля", "апрелю", "апрелем", "апреле"], 4],
  [["май", "мая", "маю", "маем", "мае"], 5],
  [["июнь", "июня", "июню", "июнем", "июне"], 6],
  [["июль", "июля", "июлю", "июлем", "июле"], 7],
  [["август", "августа", "августу", "августом", "августе"], 8],
  [["сентябрь", "сентября", "сентябрю", "сентябрём", "сентябре"], 9],
  [["октябрь", "октября", "октябрю", "октябрём", "октябре"], 10],
  [["ноябрь", "ноября", "ноябрю", "ноябрём", "ноябре"], 11],
  [["декабрь", "декабря", "декабрю", "декабрём", "декабре"], 12],
];

/** Abbreviations of month names ("5 нояб. 2021 г."), months only next to a day or a year. */
const MONTH_ABBREVIATIONS: readonly (readonly [readonly string[], number])[] = [
  [["янв"], 1], [["фев", "февр"], 2], [["апр"], 4], [["авг"], 8], [["сен", "сент"], 9], [["окт"], 10], [["нояб"], 11], [["дек"], 12],
];

/** Case forms of each weekday ("в понедельник", "со среды", "до пятницы"). */
const WEEKDAY_FORMS: readonly (readonly [readonly string[], number])[] = [
  [["воскресенье", "воскресенья"], 0],
  [["понедельник", "понедельника"], 1],
  [["вторник", "вторника"], 2],
  [["среда", "среду", "среды"], 3],
  [["четверг", "четверга"], 4],
  [["пятница", "пятницу", "пятницы"], 5],
  [["суббота", "субботу", "субботы"], 6],
];

/** Ordinal words up to twelve, in the forms a quarter or half of a year takes ("в четвёртом квартале"). */
const ORDINAL_FORMS: readonly (readonly [readonly string[], number])[] = [
  [["первый", "первом", "первого"], 1],
  [["второй", "втором", "второго"], 2],
  [["третий", "третьем", "третьего"], 3],
  [["четвёртый", "четвёртом", "четвёртого"], 4],
  [["пятый", "пятом"], 5],
  [["шестой", "шестом"], 6],
  [["седьмой", "седьмом"], 7],
  [["восьмой", "восьмом"], 8],
  [["девятый", "девятом"], 9],
  [["десятый", "десятом"], 10],
  [["одиннадцатый", "одиннадцатом"], 11],
  [["двенадцатый", "двенадцатом"], 12],
];

/**
 * The Russian calendar section of the lexicon: names in lower case, as Russian writes them.
 *
 * @example
 * ```ts
 * RUSSIAN_CALENDAR_WORDS.months.get("ноябр"); // 11
 * ```
 */
export const RUSSIAN_CALENDAR_WORDS: CalendarWords = {
  months: keyedMap([...MONTH_FORMS, ...MONTH_ABBREVIATIONS]),
  shortMonths: new Set(keys(MONTH_ABBREVIATIONS.flatMap(([forms]) => forms))),
  weekdays: keyedMap(WEEKDAY_FORMS),
  ordinals: keyedMap(ORDINAL_FORMS),
  ordinalSuffixes: new Set(),
  capitalized: false,
};
