import { describe, expect, it } from "vitest";
import { findVenue, matchVenueAt } from "../../src/normalize/venue.js";

describe("findVenue", () => {
  it.each([
    ["the Kremlin", "Moscow", "RU"],
    ["Novo-Ogarevo", null, "RU"],
    ["Bocharov Ruchei", "Sochi", "RU"],
    ["Konstantinovsky Palace", "Saint Petersburg", "RU"],
    ["the White House", "Washington", "US"],
    ["Camp David", null, "US"],
    ["Elysee Palace", "Paris", "FR"],
    ["Ak Orda", "Astana", "KZ"],
    ["Kuksaroy", "Tashkent", "UZ"],
    ["Palace of Independence", "Minsk", "BY"],
    ["Hofburg", "Vienna", "AT"],
    ["Palais des Nations", "Geneva", "CH"],
    ["Peace Palace", "The Hague", "NL"],
    ["UN Headquarters", "New York", "US"],
    ["Great Hall of the People", "Beijing", "CN"],
    ["Moscow Region", null, "RU"],
    ["Leningrad Oblast", null, "RU"],
  ])("%s → %s, %s", (text, city, country) => {
    expect(findVenue(text)).toMatchObject({ city, country });
  });

  it("gives regions the kind region and a canonical name", () => {
    expect(findVenue("Tula oblast")).toEqual({ name: "Tula Region", city: null, country: "RU", kind: "region" });
  });

  it("returns null for unknown or disputed places", () => {
    for (const text of ["Crimea", "Palace of Nowhere", ""]) expect(findVenue(text)).toBeNull();
  });
});

describe("matchVenueAt", () => {
  it("prefers the region over the city of the same name", () => {
    expect(matchVenueAt(["in", "the", "Moscow", "Region"], 2)).toMatchObject({ name: "Moscow Region", city: null, length: 2 });
  });
  it("does not match a venue used as a speaker's metonym", () => {
    expect(matchVenueAt(["the", "Kremlin", "spokesman", "said"], 1)).toBeNull();
  });
  it("matches a residence with a hyphenated name as one token", () => {
    expect(matchVenueAt(["at", "Novo-Ogaryovo"], 1)).toMatchObject({ country: "RU", city: null, length: 1 });
  });
});
