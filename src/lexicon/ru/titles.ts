import type { TitleKind, TitleWords } from "../sections/titles.js";
import { RU_TITLE_QUALIFIERS, RU_TITLES } from "./data/titles.js";
import { RU_HONORIFICS } from "./honorifics.js";

const KINDS: readonly TitleKind[] = ["head-of-state", "head-of-government", "minister", "official", "diplomat", "io-official", "staff", "military", "honorific"];

function byKind(): Record<TitleKind, readonly string[]> {
  const titles = Object.fromEntries(KINDS.map((kind) => [kind, [] as string[]])) as Record<TitleKind, string[]>;
  for (const title of RU_TITLES) titles[title.kind].push(title.ru);
  const honorifics = RU_HONORIFICS;
  for (const honorific of [...honorifics.address, ...honorifics.academic, ...honorifics.knighthood, ...honorifics.styles, ...honorifics.ranks]) {
    if (!titles.honorific.includes(honorific)) titles.honorific.push(honorific);
  }
  return titles;
}

/**
 * Russian official titles by kind, as protocol writes them in the nominative, with the English
 * role of each (src/lexicon/ru/data/titles.ts), and the words the Russian title grammar reads
 * around them. Titles decline ("Министром обороны", "Генерального секретаря"): the people
 * extractor matches them by word keys.
 *
 * @example
 * ```ts
 * RU_TITLE_WORDS.byKind.minister.includes("Министр иностранных дел"); // true
 * RU_TITLE_WORDS.english?.titles.find((title) => title.title === "Генеральный секретарь")?.role; // "Secretary General"
 * ```
 */
export const RU_TITLE_WORDS: TitleWords = Object.freeze({
  byKind: Object.freeze(byKind()),
  qualifiers: Object.freeze(RU_TITLE_QUALIFIERS.map((qualifier) => qualifier.ru)),
  // "вновь назначенный Посол", "новый руководитель": words before a title that are not part of it.
  modifiers: Object.freeze(["вновь", "назначенный", "назначенного", "назначенным", "новый", "нового", "новым", "новому", "недавно", "уважаемый", "уважаемого", "уважаемым"]),
  courtesy: Object.freeze(["Посол"]),
  sameOfficeQualifiers: Object.freeze(RU_TITLE_QUALIFIERS.filter((qualifier) => qualifier.en === "Acting").map((qualifier) => qualifier.ru)),
  hyphenQualifiers: Object.freeze(["Вице"]),
  portfolioWords: Object.freeze([]),
  portfolioHeads: Object.freeze([]),
  portfolioPrepositions: Object.freeze([]),
  portfolioLinks: Object.freeze(["и"]),
  complementWords: Object.freeze([]),
  postpositiveHeads: Object.freeze([]),
  unitHeads: Object.freeze(["начальник", "руководитель", "глава"]),
  // Russian plurals are endings the key function reads past; the title index is not built on them.
  pluralOfWord: (word: string) => word,
  english: Object.freeze({
    titles: Object.freeze(
      RU_TITLES.map((title) =>
        Object.freeze({
          title: title.ru,
          role: title.en,
          kind: title.kind,
          ...(title.enFeminine ? { roleFeminine: title.enFeminine } : {}),
          ...(title.byCountry ? { byCountry: title.byCountry } : {}),
          ...(title.byOrganization ? { byOrganization: title.byOrganization } : {}),
          ...(title.country ? { country: title.country } : {}),
          ...(title.ofPlace ? { ofPlace: true } : {}),
        }),
      ),
    ),
    qualifiers: Object.freeze(RU_TITLE_QUALIFIERS.map((qualifier) => Object.freeze({ qualifier: qualifier.ru, english: qualifier.en }))),
  }),
});
