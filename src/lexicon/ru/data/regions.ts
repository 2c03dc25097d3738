// Russian names of the republics of the Russian Federation, for reading the title of a
// republic's head ("Глава Республики Башкортостан", "Раис Республики Татарстан", "Глава
// Чеченской Республики") into a role that names the republic and the holder's state (RU).
//
// Source: the Constitution of the Russian Federation (article 65) and the republics' own
// English names. Written by hand. Crimea is left out, as the cities gazetteer leaves out
// cities of disputed territories.
//
// Conventions: `ru` holds the forms a title's complement takes after "Республики" (the name
// alone: "Башкортостан", "Саха (Якутия)") and the adjectival forms with the noun ("Чеченской
// Республики" is read from "Чеченская Республика"); matching goes by stems, so any case fits.
// `name` is the English a role takes after "of": after "the Republic" for the names alone
// ("Head of the Republic of Bashkortostan"), whole for the adjectival ones ("Head of the
// Chechen Republic").

/** One republic of the Russian Federation. */
export interface RussianRepublic {
  /** The English a role takes after "of". */
  readonly name: string;
  /** Russian forms, nominative. */
  readonly ru: readonly string[];
}

const republic = (name: string, ru: readonly string[]): RussianRepublic => Object.freeze({ name, ru: Object.freeze([...ru]) });

/**
 * The republics of the Russian Federation by their Russian names.
 *
 * @example
 * ```ts
 * RU_REPUBLICS.find((entry) => entry.ru.includes("Башкортостан"))?.name; // "Bashkortostan"
 * ```
 */
export const RU_REPUBLICS: readonly RussianRepublic[] = Object.freeze([
  republic("Adygea", ["Адыгея"]),
  republic("Altai", ["Алтай"]),
  republic("Bashkortostan", ["Башкортостан"]),
  republic("Buryatia", ["Бурятия"]),
  republic("Dagestan", ["Дагестан"]),
  republic("Ingushetia", ["Ингушетия"]),
  republic("Kalmykia", ["Калмыкия"]),
  republic("Karelia", ["Карелия"]),
  republic("Komi", ["Коми"]),
  republic("Mari El", ["Марий Эл"]),
  republic("Mordovia", ["Мордовия"]),
  republic("Sakha (Yakutia)", ["Саха (Якутия)", "Саха"]),
  republic("North Ossetia–Alania", ["Северная Осетия – Алания", "Северная Осетия"]),
  republic("Tatarstan", ["Татарстан"]),
  republic("Tuva", ["Тыва"]),
  republic("Khakassia", ["Хакасия"]),
  republic("the Chechen Republic", ["Чеченская Республика"]),
  republic("the Chuvash Republic", ["Чувашская Республика"]),
  republic("the Udmurt Republic", ["Удмуртская Республика"]),
  republic("the Kabardino-Balkarian Republic", ["Кабардино-Балкарская Республика"]),
  republic("the Karachay-Cherkess Republic", ["Карачаево-Черкесская Республика"]),
]);
