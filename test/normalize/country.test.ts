import { describe, expect, it } from "vitest";
import { countryCapital, countryCode, countryName, isCountryCode, matchCountryAt } from "../../src/normalize/country.js";

describe("isCountryCode", () => {
  it("accepts assigned alpha-2 codes in capitals, and XK", () => {
    for (const code of ["RU", "KZ", "US", "GB", "VA", "XK"]) expect(isCountryCode(code)).toBe(true);
  });
  it("rejects unassigned, lower-case and malformed codes", () => {
    for (const code of ["ZZ", "EU", "UK", "kz", "RUS", "", "R"]) expect(isCountryCode(code)).toBe(false);
  });
});

describe("countryName and countryCapital", () => {
  it("give the common English name and capital", () => {
    expect(countryName("kg")).toBe("Kyrgyzstan");
    expect(countryCapital("KZ")).toBe("Astana");
    expect(countryCapital("US")).toBe("Washington");
    expect(countryName("ZZ")).toBeNull();
  });
});

describe("countryCode", () => {
  it.each([
    ["Russia", "RU"],
    ["Russian Federation", "RU"],
    ["Russian", "RU"],
    ["the Kyrgyz Republic", "KG"],
    ["Kyrgyz Republic", "KG"],
    ["Kyrgyz", "KG"],
    ["Republic of Korea", "KR"],
    ["South Korea", "KR"],
    ["ROK", "KR"],
    ["the United States of America", "US"],
    ["U.S.", "US"],
    ["USA", "US"],
    ["Lao People's Democratic Republic", "LA"],
    ["Brunei Darussalam", "BN"],
    ["Republic of Belarus", "BY"],
    ["Islamic Republic of Iran", "IR"],
    ["French Republic", "FR"],
    ["Kingdom of Thailand", "TH"],
    ["Socialist Republic of Vietnam", "VN"],
    ["Swedish", "SE"],
    ["Swede", "SE"],
    ["Tajik", "TJ"],
    ["Uzbek", "UZ"],
    ["Kazakh", "KZ"],
    ["Turkmen", "TM"],
    ["Icelandic", "IS"],
    ["South African", "ZA"],
    ["Côte d\u2019Ivoire", "CI"],
    ["COTE D'IVOIRE", "CI"],
    ["Türkiye", "TR"],
    ["Turkey", "TR"],
  ])("%s → %s", (text, code) => {
    expect(countryCode(text)).toBe(code);
  });

  it("returns null for unknown names, shared demonyms and phrases that name no country", () => {
    for (const text of ["Narnia", "", "Congolese", "Latin American", "Europe", "Island"]) expect(countryCode(text)).toBeNull();
  });

  it("reads acronyms only in capitals, so the pronoun is not the United States", () => {
    expect(countryCode("US")).toBe("US");
    expect(countryCode("us")).toBeNull();
  });
});

describe("matchCountryAt", () => {
  const words = ["Talks", " ", "with", " ", "the", " ", "Kyrgyz", " ", "Republic", " ", "and", " ", "Russia's", " ", "envoy"];

  it("finds the longest name at a word, counting tokens as given", () => {
    expect(matchCountryAt(words, 6)).toEqual({ code: "KG", length: 3, adjective: false });
  });
  it("matches a possessive and tells adjectives from names", () => {
    expect(matchCountryAt(words, 12)).toEqual({ code: "RU", length: 1, adjective: false });
    expect(matchCountryAt(["Swedish", "Foreign", "Minister"], 0)).toEqual({ code: "SE", length: 1, adjective: true });
  });
  it("needs a capital, and does not match inside a blocking phrase", () => {
    expect(matchCountryAt(["russia"], 0)).toBeNull();
    expect(matchCountryAt(["told", "us"], 1)).toBeNull();
    expect(matchCountryAt(["Latin", "American", "states"], 1)).toBeNull();
    expect(matchCountryAt(["Latin", "American", "states"], 0)).toBeNull();
    expect(matchCountryAt(words, 0)).toBeNull();
  });
  it("looks back for a blocking phrase only from a word that can continue one", () => {
    // "China" continues "South China Sea", with space tokens between or not; "Japan" continues "Sea of Japan".
    expect(matchCountryAt(["the", "South", " ", "China", " ", "Sea"], 3)).toBeNull();
    expect(matchCountryAt(["the", "South", "China", "Sea", "and", "China"], 2)).toBeNull();
    expect(matchCountryAt(["the", "South", "China", "Sea", "and", "China"], 5)).toEqual({ code: "CN", length: 1, adjective: false });
    expect(matchCountryAt(["in", "the", "Sea", "of", "Japan's", "waters"], 4)).toBeNull();
    expect(matchCountryAt(["Japan's", "Sea", "of", "Japan"], 0)).toEqual({ code: "JP", length: 1, adjective: false });
    expect(matchCountryAt(["North", "Korea", "and", "China"], 3)).toEqual({ code: "CN", length: 1, adjective: false });
  });
  it("returns null outside the word list", () => {
    expect(matchCountryAt(words, 99)).toBeNull();
    expect(matchCountryAt([], 0)).toBeNull();
  });
});
