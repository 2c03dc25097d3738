import type { HeadlineWords } from "../sections/headlines.js";
import { keys } from "./keys.js";

/**
 * Russian words around headlines (title plugin): the words of an issuer's name the page puts
 * above the headline ("Исполнительный комитет Содружества Независимых Государств",
 * "Министерство иностранных дел Республики Беларусь", "Пресс-служба Президента"), the
 * lower-case words such a name holds, and words too common to tell one headline from another.
 * `issuerWords`, `issuerConnectors`, `commonWords` and `chromePrefixes` are compared as
 * written, in lower case; `bodyEventWords` and `bylineWords` by stem.
 *
 * @example
 * ```ts
 * RU_HEADLINE_WORDS.issuerWords.includes("министерство"); // true
 * ```
 */
export const RU_HEADLINE_WORDS: HeadlineWords = {
  issuerWords: [
    "министерство", "мид", "посольство", "представительство", "администрация", "аппарат", "секретариат", "служба", "пресс-служба",
    "пресс-центр", "организация", "совет", "комиссия", "комитет", "исполком", "парламент", "правительство", "ведомство", "агентство",
    "департамент", "управление", "канцелярия", "ассамблея", "портал", "сайт", "содружество", "союз", "сотрудничества",
  ],
  issuerConnectors: [
    "и", "по", "при", "о", "в", "на", "для", "иностранных", "дел", "внутренних", "обороны", "коллективной", "безопасности",
    "экономической", "экономического", "независимых", "государств", "договора", "республики", "федерации", "информации", "печати", "-", "–",
  ],
  commonWords: [
    "также", "этом", "этой", "этого", "того", "которые", "который", "которая", "после", "более", "между", "время", "всех", "были",
    "было", "будет", "своих", "своей", "рамках", "ходе", "года", "году", "стороны", "сторон",
  ],
  // "Совет" names an event ("заседание Совета") as well as the standing body.
  bodyEventWords: keys(["совет", "совета", "совете"]),
  bylineWords: [],
  // Not "пресс-релиз": ministries head a release "Пресс-релиз о встрече ..." (the label alone is chrome).
  chromePrefixes: ["главная", "новости", "пресс-релизы", "лента новостей", "все новости", "добро пожаловать"],
};
