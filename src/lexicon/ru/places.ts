import type { PlaceWords } from "../sections/places.js";
import { keys } from "./keys.js";

/**
 * Russian words around place names (venue plugin), as `Word.key` gives them: Snowball stems
 * of the forms written here ("в Москве", "в г. Душанбе", "на полях саммита", "в Секретариате
 * ОДКБ", "к предстоящему заседанию в Ереване", "ситуация в Афганистане"). Place names
 * themselves are matched by name keys against src/lexicon/ru/data, not listed here.
 *
 * @example
 * ```ts
 * RU_PLACE_WORDS.prepositions; // ["в", "во"]
 * ```
 */
export const RU_PLACE_WORDS: PlaceWords = {
  prepositions: ["в", "во"],
  otherEventWords: keys([
    "предстоящий", "предстоящем", "предстоящему", "предстоящих", "предстоящим", "следующий", "следующем", "следующего", "будущий", "будущем",
    "очередной", "очередном", "предыдущий", "предыдущем", "прошлый", "прошлом", "прошлого", "состоится", "состоятся", "пройдёт", "пройдет", "планируется",
    "запланированный", "запланированном", "намеченный", "намеченном", "бывший",
  ]),
  subjectNouns: keys([
    "ситуация", "ситуации", "обстановка", "обстановке", "положение", "положении", "события", "событиях", "конфликт", "конфликта", "кризис", "кризиса",
    "урегулирование", "урегулирования", "мир", "мира", "стабильность", "стабильности", "безопасность", "безопасности", "выборы", "выборов",
    "инвестиции", "инвестиций", "проекты", "проектов", "присутствие", "присутствия", "операции", "операций",
    "проживающий", "проживающих", "аккредитованный", "аккредитованных", "расположенный", "расположенного", "работающий", "работающих",
  ]),
  marginWords: keys(["полях"]),
  seatNouns: keys(["секретариат", "секретариате", "штаб-квартира", "штаб-квартире", "резиденция", "резиденции"]),
  buildingNouns: keys(["дом", "доме", "дворец", "дворце", "зал", "зале", "здание", "здании", "центр", "центре", "резиденция", "резиденции", "комплекс", "комплексе", "отель", "отеле", "гостиница", "гостинице"]),
  officialVisitWords: keys(["официальный", "официальным", "официальном", "официального", "государственный", "государственным", "государственном", "государственного"]),
  capitalNouns: keys(["столица", "столице", "столицу"]),
  roamingWords: keys(["саммит", "саммита", "саммите", "форум", "форума", "форуме", "конференция", "конференции", "съезд", "съезда", "выставка", "выставке"]),
  ministryNouns: keys(["министерство", "министерстве"]),
  affiliationWords: keys(["посольство", "посольства", "представительство", "представительства", "миссия", "миссии", "офис", "офиса", "бюро", "консульство", "консульства"]),
  titleAffiliationWords: keys(["поверенный", "поверенного", "поверенным", "поверенному", "посол", "посла", "послом", "послу", "представитель", "представителя", "представителем", "представителю", "консул", "консула", "консулом"]),
  hostFromWords: keys(["председательствовал", "председательствовала", "провёл", "провел", "провела"]),
  hostFromPrepositions: keys(["из"]),
  datePrepositions: [],
  bylineWords: [],
  settlementNouns: [
    ...keys(["город", "городе", "города", "посёлок", "посёлке", "поселок", "поселке", "село", "селе", "деревня", "деревне", "станица", "станице", "столица", "столице"]),
    "г.", "пос.",
  ],
};

/**
 * Russian words after which, in the same sentence, a place is not where the event is: the
 * object of a discussion ("обсудили открытие в Бишкеке новых школ") or of a plan ("рассказал о
 * планах провести осенью в Кыргызстане Дни культуры"). A place right after the word still
 * counts ("обсудили в Минске"). Snowball stems, as `Word.key` gives them.
 *
 * @example
 * ```ts
 * RU_SUBJECT_OPENERS.includes(keyOfPhrase("провести")); // true
 * ```
 */
export const RU_SUBJECT_OPENERS: readonly string[] = Object.freeze(
  keys([
    "обсудил", "обсудила", "обсудили", "обсуждали", "обсуждались", "обсуждены", "рассмотрели", "рассмотрены", "провести",
    // "рассказал о работе Российского дома в Душанбе": what was told of.
    "рассказал", "рассказала", "рассказали", "проинформировал", "проинформировала", "проинформировали",
  ]),
);

/**
 * Russian nouns of the premises a body occupies, read through to the body after them ("в
 * здании МИД Туркменистана" is in the ministry, "в стенах Секретариата ОДКБ" at the
 * Secretariat). Snowball stems, as `Word.key` gives them.
 *
 * @example
 * ```ts
 * RU_PREMISES_NOUNS.includes(keyOfPhrase("здании")); // true
 * ```
 */
export const RU_PREMISES_NOUNS: readonly string[] = Object.freeze(keys(["здание", "здании", "помещении", "стенах", "офисе"]));

/**
 * Nouns of a site a meeting is held "на" ("на космодроме Байконур"), read through to the place
 * named after them; "на" is otherwise no preposition of place ("на встрече", "на заседании").
 *
 * @example
 * ```ts
 * RU_SITE_NOUNS.includes(keyOfPhrase("космодроме")); // true
 * ```
 */
export const RU_SITE_NOUNS: readonly string[] = Object.freeze(keys(["космодром", "космодроме", "космодрома"]));

/** The preposition of a site ("на космодроме"). */
export const RU_SITE_PREPOSITION = "на";
