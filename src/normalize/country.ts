import { COUNTRIES, COUNTRY_BLOCKS, type CountryRecord } from "../data/countries.js";
import { lazy, memoizeByText } from "../core/memo.js";
import { PhraseIndex, type MatchOptions } from "./phrase-index.js";

/** A country named by the words of a sentence, found by {@link matchCountryAt}. */
export interface CountryMatch {
  /** ISO 3166-1 alpha-2 code. */
  readonly code: string;
  /** How many tokens the name covers, from the start index. */
  readonly length: number;
  /** Whether the words were an adjective or demonym ("Russian") rather than a name ("Russia"). */
  readonly adjective: boolean;
}

interface CountryHit {
  readonly code: string;
  readonly adjective: boolean;
}

const BY_CODE: ReadonlyMap<string, CountryRecord> = new Map(COUNTRIES.map((country) => [country.code, country]));

/** The options of every lookup by words: names start with a capital (one object, not one per call). */
const REQUIRE_CAPITAL: Readonly<MatchOptions> = { requireCapital: true };

// Names first, so that a word that is both a name and an adjective ("New Zealand") counts as
// a name; acronyms last and only in capitals.
// Built on first use, so importing the module costs nothing until a lookup needs it.
const gazetteer = lazy(buildIndex);

function buildIndex(): PhraseIndex<CountryHit> {
  const index = new PhraseIndex<CountryHit>();
  for (const country of COUNTRIES) {
    const hit: CountryHit = { code: country.code, adjective: false };
    index.add(country.name, hit);
    index.add(country.official, hit);
    for (const name of country.names) index.add(name, hit);
  }
  for (const country of COUNTRIES) {
    const hit: CountryHit = { code: country.code, adjective: true };
    for (const adjective of country.adjectives) index.add(adjective, hit);
  }
  for (const country of COUNTRIES) {
    const hit: CountryHit = { code: country.code, adjective: false };
    for (const acronym of country.acronyms) index.add(acronym, hit, { acronym: true });
  }
  for (const phrase of COUNTRY_BLOCKS) index.block(phrase);
  return index;
}

/**
 * Whether `code` is an ISO 3166-1 alpha-2 code assigned to a country or territory, in
 * capitals. `XK` (Kosovo, a user-assigned code used by the EU, the OSCE and the World Bank)
 * is accepted; lower-case codes are not.
 *
 * @example
 * ```ts
 * import { isCountryCode } from "communique";
 * isCountryCode("KZ"); // true
 * isCountryCode("XK"); // true
 * isCountryCode("kz"); // false
 * isCountryCode("ZZ"); // false
 * ```
 *
 * @group Normalizers
 */
export function isCountryCode(code: string): boolean {
  return BY_CODE.has(code);
}

/**
 * The common English name of the country with this alpha-2 code, or null when the code is
 * not assigned. Case-insensitive.
 *
 * @example
 * ```ts
 * countryName("RU"); // "Russia"
 * countryName("kg"); // "Kyrgyzstan"
 * countryName("ZZ"); // null
 * ```
 */
export function countryName(code: string): string | null {
  return BY_CODE.get(code.toUpperCase())?.name ?? null;
}

/**
 * The capital of the country with this alpha-2 code, in the spelling of {@link findCity},
 * or null (unknown code, or a city-state territory such as Hong Kong).
 *
 * @example
 * ```ts
 * countryCapital("KZ"); // "Astana"
 * countryCapital("US"); // "Washington"
 * ```
 */
export function countryCapital(code: string): string | null {
  return BY_CODE.get(code.toUpperCase())?.capital ?? null;
}

/**
 * The ISO 3166-1 alpha-2 code of the country named by `text`: its common, official or
 * alternative name, an acronym (only in capitals: "US" but not "us"), or an adjective
 * ("Russian", "Kyrgyz", "Swedish"). Case, diacritics, punctuation and a leading "the" do
 * not matter. Null when `text` names no country.
 *
 * @example
 * ```ts
 * import { countryCode } from "communique";
 * countryCode("the Kyrgyz Republic");          // "KG"
 * countryCode("Russian");                      // "RU"
 * countryCode("the United States of America"); // "US"
 * countryCode("U.S.");                         // "US"
 * countryCode("Narnia");                       // null
 * ```
 *
 * @group Normalizers
 */
export function countryCode(text: string): string | null {
  return codeOfName(text);
}

// The rules ask about the same names again and again (each body's name, each word before a
// gazetteer name): remember the last few thousand, so that a name is folded once.
const NAME_MEMO_LIMIT = 5000;

const codeOfName = memoizeByText((text: string): string | null => gazetteer().lookup(text)?.code ?? null, NAME_MEMO_LIMIT);

/**
 * The longest country name, acronym or adjective starting at `words[index]`, where `words`
 * are a sentence's tokens as written ("Nur-Sultan" and "U.S." are one token each; space
 * and punctuation tokens may be included or not). The first word must start with a
 * capital. A possessive ("Russia's") still matches. Null when no country starts there, or
 * when the word is part of a phrase that names no country ("Latin American").
 *
 * @example
 * ```ts
 * matchCountryAt(["the", "Kyrgyz", "Republic", "and"], 1); // { code: "KG", length: 2, adjective: false }
 * matchCountryAt(["Swedish", "Foreign", "Minister"], 0);   // { code: "SE", length: 1, adjective: true }
 * ```
 */
export function matchCountryAt(words: readonly string[], index: number): CountryMatch | null {
  const match = gazetteer().matchAt(words, index, REQUIRE_CAPITAL);
  if (!match) return null;
  return { code: match.value.code, length: match.length, adjective: match.value.adjective };
}

/**
 * The country a body's name ends with after its last "of" ("National Security Council of
 * Armenia" → AM, "Ministry of Defence of the Republic of Belarus" → BY), or null.
 *
 * @example
 * ```ts
 * countryInName("National Security Council of Armenia"); // "AM"
 * countryInName("Ministry of Defence"); // null
 * ```
 */
export function countryInName(name: string): string | null {
  const words = name.split(" ");
  const of = words.lastIndexOf("of");
  if (of < 0) return null;
  let at = of + 1;
  if (words[at]?.toLowerCase() === "the") at++;
  const hit = matchCountryAt(words, at);
  return hit && at + hit.length === words.length ? hit.code : null;
}
