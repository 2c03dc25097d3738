import { describe, expect, it } from "vitest";
import { CITIES_BY_COUNTRY } from "../../src/data/cities.js";
import { COUNTRIES } from "../../src/data/countries.js";
import { COMMON_GIVEN_NAMES } from "../../src/data/given-names.common.js";
import { GIVEN_NAME_VARIANTS, REGIONAL_GIVEN_NAMES } from "../../src/data/given-names.js";
import { TITLES, TITLE_QUALIFIERS } from "../../src/lexicon/en/titles.js";
import { REGION_BASES, REGIONS, VENUES } from "../../src/data/venues.js";
import { findCity } from "../../src/normalize/city.js";
import { countryCode, isCountryCode } from "../../src/normalize/country.js";
import { foldForMatch } from "../../src/normalize/text.js";

describe("countries", () => {
  it("has every assigned alpha-2 code once, plus XK", () => {
    const codes = COUNTRIES.map((country) => country.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThanOrEqual(249);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/u);
    expect(codes).toContain("XK");
  });

  it("maps every name, official name and adjective back to its own country", () => {
    for (const country of COUNTRIES) {
      for (const text of [country.name, country.official, ...country.names, ...country.adjectives, ...country.acronyms]) {
        expect(countryCode(text), `${text} (${country.code})`).toBe(country.code);
      }
    }
  });

  it("gives every capital the spelling of the cities gazetteer", () => {
    const shared: string[] = [];
    for (const country of COUNTRIES) {
      if (country.capital === null) continue;
      const city = findCity(country.capital);
      expect(city, `${country.capital} (${country.code})`).toMatchObject({ city: country.capital, capital: true });
      if (city?.country !== country.code) shared.push(`${country.capital} (${country.code})`);
    }
    // Two capitals share a name only where a territory's capital is named after another's.
    expect(shared).toEqual(["Kingston (NF)"]);
  });
});

describe("cities", () => {
  const rows = Object.entries(CITIES_BY_COUNTRY).flatMap(([country, cities]) => cities.map((row) => ({ country, row })));

  it("uses valid country codes only", () => {
    for (const country of Object.keys(CITIES_BY_COUNTRY)) expect(isCountryCode(country), country).toBe(true);
  });

  it("has one capital per country at most, and a few thousand cities in all", () => {
    for (const [country, cities] of Object.entries(CITIES_BY_COUNTRY)) {
      expect(cities.filter(([, , flags]) => flags?.includes("c")).length, country).toBeLessThanOrEqual(1);
    }
    expect(rows.length).toBeGreaterThan(2000);
  });

  it("maps no spelling to two countries unless every city holding it is ambiguous", () => {
    const holders = new Map<string, { country: string; ambiguous: boolean }[]>();
    for (const { country, row } of rows) {
      const [name, variants, flags = ""] = row;
      for (const spelling of [name, ...(variants || [])]) {
        const key = foldForMatch(spelling);
        holders.set(key, [...(holders.get(key) ?? []), { country, ambiguous: flags.includes("a") }]);
      }
    }
    for (const [key, list] of holders) {
      if (new Set(list.map((holder) => holder.country)).size < 2) continue;
      expect(list.every((holder) => holder.ambiguous), key).toBe(true);
    }
  });

  it("never has an empty name or an empty variant", () => {
    for (const { row } of rows) {
      expect(foldForMatch(row[0])).not.toBe("");
      for (const variant of row[1] || []) expect(foldForMatch(variant)).not.toBe("");
    }
  });
});

describe("venues and regions", () => {
  it("place every venue in a known city of its own country, or in no city", () => {
    for (const place of [...VENUES, ...REGIONS]) {
      expect(isCountryCode(place.country), place.name).toBe(true);
      if (place.city === null) continue;
      expect(findCity(place.city)?.country, `${place.name}: ${place.city}`).toBe(place.country);
    }
    for (const country of Object.keys(REGION_BASES)) expect(isCountryCode(country)).toBe(true);
  });
});

describe("titles and given names", () => {
  it("give no title two kinds", () => {
    const kindOf = new Map<string, string>();
    for (const [kind, titles] of Object.entries(TITLES)) {
      for (const title of titles) {
        const key = foldForMatch(title);
        expect(kindOf.get(key) ?? kind, title).toBe(kind);
        kindOf.set(key, kind);
      }
    }
    expect(new Set(TITLE_QUALIFIERS).size).toBe(TITLE_QUALIFIERS.length);
  });

  it("keep given names as single capitalised words or hyphenated compounds", () => {
    for (const name of [...GIVEN_NAME_VARIANTS.flat(), ...REGIONAL_GIVEN_NAMES]) expect(name).toMatch(/^\p{Lu}[\p{L}'-]*( \p{Lu}\p{L}+)?$/u);
    for (const name of COMMON_GIVEN_NAMES) expect(name).toBe(name.toLowerCase());
  });
});
