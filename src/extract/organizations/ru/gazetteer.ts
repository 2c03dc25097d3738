// The Russian gazetteers (cities, countries, organisations of src/lexicon/ru/data) as the
// Russian organisations and venue readers look them up: by name keys (the possible nominal
// stems of each word, src/normalize/russian-names.ts), so that declined forms ("в Москве",
// "Республики Таджикистан", "Организации Договора о коллективной безопасности") meet the
// nominative lists. Snowball stems would not do: it cuts proper names unevenly
// ("Казахстан" → "казахста", "Казахстану" → "казахстан"). Built once; a word's keys are
// worked out once per spelling.
import { lazy, memoizeByText } from "../../../core/memo.js";
import { lowerCaseOf } from "../../../core/text.js";
import type { Word } from "../../../core/word.js";
import { COUNTRIES } from "../../../data/countries.js";
import { ORGANIZATIONS, type OrganizationEntry } from "../../../data/organizations.js";
import { RU_CITIES, type RussianCity } from "../../../lexicon/ru/data/cities.js";
import { RU_COUNTRIES } from "../../../lexicon/ru/data/countries.js";
import { RU_BARE_NATIONAL_BODIES, RU_ORGANIZATIONS, type RussianOrganization } from "../../../lexicon/ru/data/organizations.js";
import { RU_VENUES } from "../../../lexicon/ru/data/venues.js";
import { VENUES, type PlaceRecord } from "../../../data/venues.js";
import { russianNameKeys } from "../../../normalize/russian-names.js";
import { KeyIndex, type GazetteerHit, type TokenKeys } from "../../key-index.js";

export type { GazetteerHit };

/** Quotation marks a name may carry ("Госкорпорация «Росатом»"): left out of keys on both sides. */
const QUOTES = /[«»"„“”]/gu;

/** "г." glued to a capitalised name ("г.Душанбе"). */
const GLUED_TOWN = /^г\.(?=\p{Lu})/u;

/** The keys of a gazetteer token: punctuation and capitals as written (a dash, an acronym), or its name keys. */
function entryTokenKeys(token: string): TokenKeys {
  // "государств – участников СНГ": a dash or comma of the name meets the text's punctuation as it is.
  if (!LETTER.test(token)) return [punctuationKey(token)];
  if (isAcronym(token)) return [`=${token}`];
  return nameKeys(token);
}

/** Dashes differ from page to page ("государств – участников", "государств — участников"): one key for all. */
const DASHES: ReadonlySet<string> = new Set(["-", "‐", "‒", "–", "—", "―"]);

function punctuationKey(value: string): string {
  return DASHES.has(value) ? "=-" : `=${value}`;
}

/** The keys of a word of the text: punctuation as it is, an acronym also as written, else its name keys. */
function textKeysOf(word: Word): TokenKeys {
  if (word.kind !== "word") return [punctuationKey(word.value)];
  return wordKeys(word.value);
}

const wordKeys = memoizeByText((value: string): TokenKeys => {
  // "г.Душанбе": the abbreviation of "город" glued to the name.
  const bare = value.replace(QUOTES, "").replace(GLUED_TOWN, "");
  if (bare.length === 0) return [];
  return isAcronym(bare) ? [`=${bare}`, ...nameKeys(bare)] : nameKeys(bare);
}, 20000);

/** Short words (prepositions) as they are, others by their name keys with plural endings ("Штатов"). */
function nameKeys(token: string): TokenKeys {
  const lower = lowerCaseOf(token).replaceAll("ё", "е");
  if (lower.length <= 2) return [lower];
  return russianNameKeys(token, { plural: true });
}

/** A letter: a token with none is punctuation. */
const LETTER = /\p{L}/u;

/** Two or more capitals, perhaps with a lower-case tail ("ОДКБ", "РФ", "РУз"). */
const ACRONYM = /^\p{Lu}{2,}\p{Ll}{0,2}$/u;

/** The token is written as an acronym. */
function isAcronym(token: string): boolean {
  return ACRONYM.test(token);
}

/** Splits a gazetteer name into tokens as the Russian parser does: words, and commas apart. */
function tokensOf(name: string): string[] {
  return name
    .replace(QUOTES, " ")
    .replaceAll(",", " , ")
    .split(/\s+/u)
    .filter((token) => token.length > 0);
}

/** A country named in Russian: its code, and whether the form is the state's official name ("Республика Таджикистан", "КР"). */
export interface CountryName {
  readonly code: string;
  readonly official: boolean;
}

/** A city named in Russian, with the English name of the form used. */
export interface CityName {
  readonly city: RussianCity;
  /** The English name the form stands for: a former name's ("Nur-Sultan") or the city's. */
  readonly english: string;
  /** The form is also a common word or a personal name: accepted only in strong contexts. */
  readonly ambiguous: boolean;
}

/** An organisation named in Russian, with its target entry when the gazetteer has one. */
export interface OrganizationName {
  readonly entry: RussianOrganization;
  /** The entry of src/data/organizations.ts the name stands for, or null for a body named in English there. */
  readonly known: OrganizationEntry | null;
}

/**
 * The Russian gazetteers, each looked up at a word of the text.
 *
 * @example
 * ```ts
 * russianGazetteer().cityAt(words, 1)?.value.city.name; // "Moscow" for "в Москве"
 * ```
 */
export interface RussianGazetteer {
  cityAt(words: readonly Word[], index: number): GazetteerHit<CityName> | null;
  countryAt(words: readonly Word[], index: number): GazetteerHit<CountryName> | null;
  organizationAt(words: readonly Word[], index: number): GazetteerHit<OrganizationName> | null;
  /** A residence, palace or government building of the venues gazetteer ("в Кремле", "во Дворце Независимости"). */
  venueAt(words: readonly Word[], index: number): GazetteerHit<PlaceRecord> | null;
  /** A national body named without its state ("Совета Безопасности"): its entries by ISO code. */
  bareBodyAt(words: readonly Word[], index: number): GazetteerHit<ReadonlyMap<string, OrganizationName>> | null;
}

const BY_ID = lazy(() => new Map(ORGANIZATIONS.map((entry) => [entry.id, entry])));

/**
 * The Russian gazetteers, built on first use.
 *
 * @example
 * ```ts
 * russianGazetteer().countryAt(words, 2)?.value; // { code: "TJ", official: true } for "... Республики Таджикистан"
 * ```
 */
export const russianGazetteer = lazy((): RussianGazetteer => {
  const cities = new KeyIndex<CityName>();
  for (const city of RU_CITIES) {
    for (const form of city.ru) cities.add(tokensOf(form).map(entryTokenKeys), { city, english: city.name, ambiguous: city.ambiguous.includes(form) });
    for (const former of city.former) cities.add(tokensOf(former.ru).map(entryTokenKeys), { city, english: former.en, ambiguous: false });
  }
  const countries = new KeyIndex<CountryName>();
  for (const country of RU_COUNTRIES) {
    country.names.forEach((name, order) => {
      const tokens = tokensOf(name);
      countries.add(tokens.map(entryTokenKeys), { code: country.code, official: order === 1 && tokens.length > 1 });
    });
    for (const acronym of country.acronyms) countries.add([[`=${acronym}`]], { code: country.code, official: true });
  }
  const organizations = new KeyIndex<OrganizationName>();
  const byId = BY_ID();
  for (const entry of RU_ORGANIZATIONS) {
    const known = typeof entry.target === "string" ? (byId.get(entry.target) ?? null) : null;
    if (typeof entry.target === "string" && known === null) continue;
    for (const acronym of entry.acronyms) organizations.add(acronym.split(" ").map((token) => [`=${token}`]), { entry, known });
    for (const name of entry.ru) organizations.add(tokensOf(name).map(entryTokenKeys), { entry, known });
  }
  // "Совет Безопасности" stands for the "Совет Безопасности Российской Федерации" of a Russian release.
  const bareBodies = new KeyIndex<ReadonlyMap<string, OrganizationName>>();
  for (const bare of RU_BARE_NATIONAL_BODIES) {
    const byCountry = new Map<string, OrganizationName>();
    for (const entry of RU_ORGANIZATIONS) {
      if (entry.country === null || byCountry.has(entry.country) || typeof entry.target === "string") continue;
      if (entry.ru.some((name) => name.toLowerCase().startsWith(`${bare.toLowerCase()} `))) byCountry.set(entry.country, { entry, known: null });
    }
    bareBodies.add(tokensOf(bare).map(entryTokenKeys), byCountry);
  }
  const venues = new KeyIndex<PlaceRecord>();
  const records = new Map(VENUES.map((record) => [record.name, record]));
  for (const entry of RU_VENUES) {
    const record = records.get(entry.venue);
    if (record) for (const form of entry.ru) venues.add(tokensOf(form).map(entryTokenKeys), record);
  }
  return {
    venueAt: (words, index) => venues.matchAt(words, index, textKeysOf),
    cityAt: (words, index) => cities.matchAt(words, index, textKeysOf),
    countryAt: (words, index) => countries.matchAt(words, index, textKeysOf),
    organizationAt: (words, index) => organizations.matchAt(words, index, textKeysOf),
    bareBodyAt: (words, index) => bareBodies.matchAt(words, index, textKeysOf),
  };
});

const COUNTRY_BY_CODE = lazy(() => new Map(COUNTRIES.map((country) => [country.code, country])));

/**
 * The English name of a country as a Russian text names it: the official name with "the"
 * for an official form ("Республики Таджикистан" → "the Republic of Tajikistan"), else the
 * common name ("Таджикистана" → "Tajikistan").
 *
 * @example
 * ```ts
 * englishCountryName({ code: "KG", official: true }); // "the Kyrgyz Republic"
 * ```
 */
export function englishCountryName(country: CountryName): string {
  const record = COUNTRY_BY_CODE().get(country.code);
  if (!record) return country.code;
  if (!country.official || record.official === record.name) return THE_NAME.test(record.name) ? `the ${record.name}` : record.name;
  return `the ${record.official}`;
}

/** Common names English writes with "the" ("the United States", "the Netherlands"). */
const THE_NAME = /^(?:United |Netherlands$|Philippines$|Czech Republic$|Dominican Republic$|Central African Republic$|Bahamas$|Gambia$|Maldives$|Comoros$|Seychelles$|Marshall Islands$|Solomon Islands$|Vatican City$)/u;
