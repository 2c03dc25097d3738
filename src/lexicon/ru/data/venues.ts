// Russian names of the residences, palaces and government buildings releases name as the
// place of a meeting ("в Кремле", "в Акорде", "во Дворце Независимости"), each tied to its
// entry in the English venues gazetteer (VENUES of src/data/venues.ts), which gives its city.
//
// Source: general knowledge of the names the Kremlin, the Russian Government and the
// presidents of the CIS states use in their Russian texts. Written by hand; nothing here is
// copied from any annotated corpus.
//
// Conventions: `venue` is the English name exactly as VENUES spells it; `ru` holds nominative
// forms, as written (declension is the matcher's job). Names that also name other places
// ("Белый дом", the Russian Government's as well as the American President's; "Дом
// Правительства", which every capital has) are left out or kept only with their state.

/** Russian names of one venue of the gazetteer. */
export interface RussianVenue {
  /** English name, exactly as VENUES of src/data/venues.ts spells it. */
  readonly venue: string;
  /** Nominative forms, as written. */
  readonly ru: readonly string[];
}

function venue(english: string, ru: readonly string[]): RussianVenue {
  return Object.freeze({ venue: english, ru: Object.freeze(ru.flatMap((form) => (form.includes("ё") ? [form, form.replaceAll("ё", "е")] : [form]))) });
}

/**
 * Russian names of venues.
 *
 * @example
 * ```ts
 * RU_VENUES.find((entry) => entry.ru.includes("Кремль"))?.venue; // "the Kremlin"
 * ```
 */
export const RU_VENUES: readonly RussianVenue[] = Object.freeze([
  venue("the Kremlin", ["Кремль", "Московский Кремль", "Большой Кремлёвский дворец"]),
  venue("Kazan Kremlin", ["Казанский Кремль", "Казанский кремль"]),
  venue("Novo-Ogaryovo", ["Ново-Огарёво", "резиденция Ново-Огарёво"]),
  venue("Bocharov Ruchei", ["Бочаров Ручей", "резиденция «Бочаров Ручей»"]),
  venue("Konstantinovsky Palace", ["Константиновский дворец"]),
  venue("Tauride Palace", ["Таврический дворец"]),
  venue("Smolny", ["Смольный", "Смольный институт"]),
  venue("Gostiny Dvor", ["Гостиный двор"]),
  venue("House of Government of the Russian Federation", ["Дом Правительства Российской Федерации", "Дом Правительства России", "Дом Правительства РФ"]),
  venue("Akorda", ["Акорда", "Ак Орда", "Резиденция Акорда"]),
  venue("Kuksaroy", ["Куксарой", "Кук-Сарай", "Кук-Сарой", "резиденция Куксарой"]),
  venue("Oguzkhan Palace", ["Огузхан", "Дворец Огузхан", "Президентский дворец Огузхан"]),
  venue("Ruhyyet Palace", ["Дворец Рухыет", "Рухыет"]),
  venue("Ala-Archa State Residence", ["Ала-Арча", "Государственная резиденция Ала-Арча", "резиденция Ала-Арча"]),
  venue("Yntymak Ordo", ["Ынтымак Ордо", "Дворец Ынтымак Ордо"]),
  venue("Palace of Nation", ["Дворец Нации", "Кохи Миллат"]),
  venue("Kokhi Navruz", ["Кохи Навруз", "Дворец Навруз"]),
  venue("Gulustan Palace", ["Дворец Гюлюстан", "Гюлюстан"]),
  venue("Zagulba Presidential Residence", ["Загульба", "резиденция Загульба"]),
  venue("Palace of Independence", ["Дворец Независимости"]),
  venue("Palais des Nations", ["Дворец Наций"]),
  venue("Peace Palace", ["Дворец мира"]),
  venue("Hofburg", ["Хофбург", "дворец Хофбург"]),
  venue("Élysée Palace", ["Елисейский дворец"]),
  venue("Zhongnanhai", ["Чжуннаньхай"]),
  venue("Great Hall of the People", ["Дом народных собраний"]),
  venue("Diaoyutai State Guesthouse", ["Дяоюйтай", "государственная резиденция Дяоюйтай"]),
  venue("Rashtrapati Bhavan", ["Раштрапати Бхаван"]),
]);
