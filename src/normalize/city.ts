import { CITIES_BY_COUNTRY } from "../data/cities.js";
import { CITY_NAME_PERIODS } from "../data/city-names.js";
import { lazy } from "../core/memo.js";
import { PhraseIndex, type MatchOptions } from "./phrase-index.js";

/**
 * A city of the gazetteer.
 *
 * @example
 * ```ts
 * import { findCity, type CityHit } from "communique";
 * const hit: CityHit | null = findCity("Nur-Sultan"); // { city: "Astana", country: "KZ", capital: true, ... }
 * ```
 *
 * @group Normalizers
 */
export interface CityHit {
  /** Common English name ("Astana" for "Nur-Sultan", "Kyiv" for "Kiev"). */
  readonly city: string;
  /** ISO 3166-1 alpha-2 code of its country. */
  readonly country: string;
  /**
   * The name is also an English word or a person's name ("Mary", "Nice", "Split"): accept it
   * only in a strong context ("in Mary, Turkmenistan", "arrived in Nice").
   */
  readonly ambiguous: boolean;
  /** Whether it is the capital of its country. */
  readonly capital: boolean;
}

/** A city named by the words of a sentence, found by {@link matchCityAt}. */
export interface CityMatch extends CityHit {
  /** How many tokens the name covers, from the start index. */
  readonly length: number;
}

/** The options of every lookup by words: names start with a capital (one object, not one per call). */
const REQUIRE_CAPITAL: Readonly<MatchOptions> = { requireCapital: true };

// Built on first use, so importing the module costs nothing until a lookup needs it.
const gazetteer = lazy(buildIndex);

// Rows are ranked inside a country, not across countries: add capitals of every country
// first, then the rest, so that a capital keeps a name it shares with a town elsewhere.
function buildIndex(): PhraseIndex<CityHit> {
  const index = new PhraseIndex<CityHit>();
  for (const capitalsPass of [true, false]) {
    for (const [country, rows] of Object.entries(CITIES_BY_COUNTRY)) {
      for (const [city, variants, flags = ""] of rows) {
        const capital = flags.includes("c");
        if (capital !== capitalsPass) continue;
        const hit: CityHit = { city, country, ambiguous: flags.includes("a"), capital };
        index.add(city, hit);
        if (variants) for (const variant of variants) index.add(variant, hit, { acronym: variant === variant.toUpperCase() });
      }
    }
  }
  return index;
}

/**
 * The city named by `text` (any spelling or former name in the gazetteer; case, diacritics,
 * punctuation and a leading "the" do not matter), with its country and whether the name is
 * ambiguous. Null when the gazetteer does not know the name.
 *
 * @example
 * ```ts
 * import { findCity } from "communique";
 * findCity("Nur-Sultan"); // { city: "Astana", country: "KZ", ambiguous: false, capital: true }
 * findCity("St. Petersburg")?.city; // "Saint Petersburg"
 * findCity("Mary"); // { city: "Mary", country: "TM", ambiguous: true, capital: false }
 * findCity("Atlantis"); // null
 * ```
 *
 * @group Normalizers
 */
export function findCity(text: string): CityHit | null {
  return gazetteer().lookup(text) ?? null;
}

/**
 * The longest city name starting at `words[index]`, where `words` are a sentence's tokens as
 * written (space and punctuation tokens may be included or not). The first word must start
 * with a capital. Check `ambiguous` before accepting a match without a strong context.
 *
 * @example
 * ```ts
 * matchCityAt(["in", "Nizhny", "Novgorod", "on"], 1); // { city: "Nizhny Novgorod", country: "RU", length: 2, ... }
 * matchCityAt(["Washington", ",", " ", "D.C."], 0)?.length; // 4
 * ```
 */
export function matchCityAt(words: readonly string[], index: number): CityMatch | null {
  const match = gazetteer().matchAt(words, index, REQUIRE_CAPITAL);
  return match ? { ...match.value, length: match.length } : null;
}

/** Every folded city key and its city, for data checks. */
export function cityEntries(): IterableIterator<readonly [key: string, city: CityHit]> {
  return gazetteer().entries();
}

/**
 * The name a city bore on a date: the gazetteer's name, or the one in use then for a city
 * renamed and renamed back (Astana was Nur-Sultan from March 2019 to September 2022). Without
 * a date, the gazetteer's name.
 *
 * @param city - The city in the gazetteer's spelling ({@link CityHit.city}).
 * @param country - Its ISO 3166-1 alpha-2 code.
 * @param date - An ISO date (day, month or year precision), or null.
 *
 * @example
 * ```ts
 * cityNameOn("Astana", "KZ", "2021-10-05"); // "Nur-Sultan"
 * cityNameOn("Astana", "KZ", "2024-02-16"); // "Astana"
 * cityNameOn("Astana", "KZ", null); // "Astana"
 * ```
 */
export function cityNameOn(city: string, country: string, date: string | null): string {
  if (date === null) return city;
  const periods = CITY_NAME_PERIODS[`${country}:${city}`];
  if (!periods) return city;
  // A month or a year is placed by its first day; a day by itself.
  const day = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  for (const period of periods) if (day >= period.from && day < period.until) return period.name;
  return city;
}
