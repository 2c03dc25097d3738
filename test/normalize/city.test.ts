import { describe, expect, it } from "vitest";
import { findCity, matchCityAt } from "../../src/normalize/city.js";

describe("findCity", () => {
  it.each([
    ["Nur-Sultan", "Astana", "KZ"],
    ["Akmola", "Astana", "KZ"],
    ["Kiev", "Kyiv", "UA"],
    ["Alma-Ata", "Almaty", "KZ"],
    ["Ashkhabad", "Ashgabat", "TM"],
    ["Samarqand", "Samarkand", "UZ"],
    ["Erevan", "Yerevan", "AM"],
    ["Kishinev", "Chisinau", "MD"],
    ["Chișinău", "Chisinau", "MD"],
    ["Peking", "Beijing", "CN"],
    ["New York City", "New York", "US"],
    ["Washington, D.C.", "Washington", "US"],
    ["St. Petersburg", "Saint Petersburg", "RU"],
    ["St Petersburg", "Saint Petersburg", "RU"],
    ["the Hague", "The Hague", "NL"],
    ["Genève", "Geneva", "CH"],
    ["Bishkek", "Bishkek", "KG"],
    ["Dushanbe", "Dushanbe", "TJ"],
    ["Tbilisi", "Tbilisi", "GE"],
    ["Minsk", "Minsk", "BY"],
    ["Baku", "Baku", "AZ"],
    ["Vienna", "Vienna", "AT"],
    ["Brussels", "Brussels", "BE"],
    ["Bratislava", "Bratislava", "SK"],
    ["Sochi", "Sochi", "RU"],
    ["Kazan", "Kazan", "RU"],
    ["Nizhny Novgorod", "Nizhny Novgorod", "RU"],
  ])("%s → %s, %s", (text, city, country) => {
    expect(findCity(text)).toMatchObject({ city, country, ambiguous: false });
  });

  it("marks names that are also English words or given names as ambiguous", () => {
    for (const name of ["Mary", "Nice", "Split", "Male", "Van", "Victoria", "Florence"]) {
      expect(findCity(name)?.ambiguous, name).toBe(true);
    }
  });

  it("returns null for unknown names and for text that is not a city", () => {
    for (const text of ["Atlantis", "", "the", "Ministry of Foreign Affairs"]) expect(findCity(text)).toBeNull();
  });

  it("reads an all-capitals alias only when written in capitals", () => {
    expect(findCity("NYC")?.city).toBe("New York");
    expect(findCity("nyc")).toBeNull();
  });
});

describe("matchCityAt", () => {
  it("matches the longest multi-word name across space and punctuation tokens", () => {
    expect(matchCityAt(["in", " ", "Nizhny", " ", "Novgorod", " ", "on"], 2)).toMatchObject({ city: "Nizhny Novgorod", length: 3 });
    expect(matchCityAt(["Washington", ",", " ", "D.C.", ","], 0)).toMatchObject({ city: "Washington", length: 4 });
    expect(matchCityAt(["St.", "Petersburg"], 0)).toMatchObject({ city: "Saint Petersburg", length: 2 });
  });
  it("stops at the name when a country follows after a comma", () => {
    expect(matchCityAt(["Astana", ",", "Kazakhstan"], 0)).toMatchObject({ city: "Astana", length: 1 });
  });
  it("reports the ambiguous flag so running-text 'Mary' can be refused", () => {
    expect(matchCityAt(["Mary", "said"], 0)?.ambiguous).toBe(true);
  });
  it("needs a capital letter and a known name", () => {
    expect(matchCityAt(["moscow"], 0)).toBeNull();
    expect(matchCityAt(["Ministry"], 0)).toBeNull();
  });
});
