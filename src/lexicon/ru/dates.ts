// The Russian words of date expressions as releases write them: relative days ("сегодня",
// "вчера", "накануне"), years counted from the reference ("в текущем году", "текущего года",
// "т.г.", "с.г."), year markers ("2017 года", "2017 г.", "2018-2019 гг."), ranges ("с 7 по 9
// июня"), and the words that make a bare month or year a date ("в ноябре", "в начале 2019
// года"). Keys are Snowball stems, phrases stem by stem (src/lexicon/ru/keys.ts).
// Compiled by hand from the usage of Russian official releases (ministries, the CIS, CSTO,
// SCO and EAEU) and the rules of Russian abbreviation ("г." год, "гг." годы, "т.г." текущего
// года, "с.г." сего года).

import type { DateWords, RangeJoin, RangeOpener, RelativeSpan, WeekdayDirection } from "../sections/dates.js";
import { keys, keyedMap } from "./keys.js";

const WEEK_TO_DATE: RelativeSpan = { unit: "week", offset: 0, toDate: true };
const LAST_WEEK: RelativeSpan = { unit: "week", offset: -1, toDate: false };
const MONTH_TO_DATE: RelativeSpan = { unit: "month", offset: 0, toDate: true };
const LAST_MONTH: RelativeSpan = { unit: "month", offset: -1, toDate: false };

/** Words before "год" that count a year from the reference year, in the forms that go with it ("текущего года", "в текущем году", "текущий год"). */
const YEAR_OFFSETS: readonly (readonly [readonly string[], number])[] = [
  [["текущий", "текущего", "текущем", "текущему"], 0],
  [["этот", "этого", "этом", "этому"], 0],
  [["нынешний", "нынешнего", "нынешнем"], 0],
  [["сего"], 0],
  [["уходящий", "уходящего", "уходящем"], 0],
  [["прошлый", "прошлого", "прошлом"], -1],
  [["минувший", "минувшего", "минувшем"], -1],
  [["предыдущий", "предыдущего", "предыдущем"], -1],
  [["истекший", "истекшего", "истекшем"], -1],
  [["следующий", "следующего", "следующем"], 1],
  [["будущий", "будущего", "будущем"], 1],
  [["наступающий", "наступающего", "наступающем"], 1],
];

/** Stems as keys; phrases keyed word by word. */
const keySet = (entries: readonly string[]): ReadonlySet<string> => new Set(keys(entries));

/**
 * The Russian date-expression section of the lexicon.
 *
 * @example
 * ```ts
 * RUSSIAN_DATE_WORDS.relativeDays.get("вчер"); // -1
 * RUSSIAN_DATE_WORDS.dottedYears.get("т.г."); // 0
 * ```
 */
export const RUSSIAN_DATE_WORDS: DateWords = {
  relativeDays: keyedMap([
    [["сегодня"], 0], [["вчера"], -1], [["позавчера"], -2], [["завтра"], 1], [["послезавтра"], 2],
    // "Накануне" is the day before, as an adverb; before a noun it is "on the eve of" (see prepositionalDays).
    [["накануне"], -1],
    // A night is dated by the evening it began, as in English ("last night").
    [["минувшей ночью", "прошлой ночью"], -1],
  ]),
  prepositionalDays: keySet(["накануне"]),
  relativeSpans: keyedMap<RelativeSpan>([
    [["на этой неделе", "на текущей неделе"], WEEK_TO_DATE],
    [["на прошлой неделе", "на минувшей неделе"], LAST_WEEK],
    [["в этом месяце", "в текущем месяце"], MONTH_TO_DATE],
    [["в прошлом месяце", "в минувшем месяце"], LAST_MONTH],
  ]),
  possessiveEndings: new Set(),
  weekdayDirections: keyedMap<WeekdayDirection>([
    [["прошлый", "прошлую", "прошлое", "минувший", "минувшую", "минувшее"], "last"],
    [["следующий", "следующую", "следующее", "ближайший", "ближайшую", "ближайшее"], "next"],
    [["этот", "эту", "это"], "past"],
  ]),
  weekdayContext: keySet(["в", "во", "на", "с", "со", "до", "по", "к", "ко"]),
  yearWords: keySet(["год", "года", "году", "годы", "годов", "годах", "г", "гг"]),
  yearOffsets: keyedMap(YEAR_OFFSETS),
  relativeYears: keyedMap(YEAR_OFFSETS),
  yearSpans: new Set(),
  yearAbbreviations: keySet(["г", "гг"]),
  yearMarkers: keySet(["год", "года", "году", "годом", "годы", "годов", "годах", "годам", "г", "гг"]),
  dottedYears: new Map([
    ["т.г.", 0], ["с.г.", 0], ["тек.г.", 0], ["п.г.", -1], ["пр.г.", -1],
  ]),
  rangeWords: keyedMap<RangeJoin>([
    [["по", "до"], "to"], [["и"], "and"],
  ]),
  rangeOpeners: keyedMap<RangeOpener>([
    [["с", "со"], "from"], [["между"], "between"],
  ]),
  listWords: keyedMap<"and" | "or">([
    [["и"], "and"], [["или"], "or"],
  ]),
  ofWords: new Set(),
  articles: new Set(),
  yearContext: keySet([
    "в", "во", "с", "со", "до", "к", "по", "за", "после", "около", "между", "и", "или", "начало", "начала", "начале", "конец", "конца",
    "конце", "середина", "середины", "середине", "течение", "весной", "осенью", "зимой",
  ]),
  monthContext: keySet([
    "в", "во", "с", "со", "до", "к", "по", "на", "за", "после", "между", "и", "или", "начало", "начала", "начале", "конец", "конца",
    "конце", "середина", "середины", "середине", "течение",
  ]),
  periodModifiers: keySet(["начало", "начала", "начале", "конец", "конца", "конце", "середина", "середины", "середине"]),
  yearParts: keySet(["квартал", "квартале", "полугодие", "полугодии"]),
  // Lower-case forms as written (abbreviations do not decline): their full stop ends no clause.
  clauseAbbreviations: new Set([
    "г", "гг", "т", "с", "п", "тек", "пр", "им", "ул", "пос", "обл", "респ", "тыс", "млн", "млрд", "руб", "долл", "проф", "акад",
    "ген", "см", "стр", "др", "англ", "рус", "янв", "фев", "февр", "апр", "авг", "сен", "сент", "окт", "нояб", "дек",
  ]),
  // Russian writes numeric dates day first ("02.11.2017").
  monthFirstMarkers: new Set(),
};
