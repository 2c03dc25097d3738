import { describe, expect, it } from "vitest";
import { analyzeRelease, parseRelease } from "../../src/index.js";

const venueOf = (text: string) => {
  const venue = parseRelease(text).venue;
  return venue === null ? null : { city: venue.city, country: venue.country, name: venue.name };
};

describe("extractVenue", () => {
  it("reads an event phrase in the lead", () => {
    expect(venueOf("A meeting of the Council of Foreign Ministers was held in Astana on 5 March 2024.")).toEqual({ city: "Astana", country: "KZ", name: null });
    expect(venueOf("The Minister visited Dushanbe, where he held talks with his counterpart.")).toEqual({ city: "Dushanbe", country: "TJ", name: null });
  });

  it("reads the city that hosts the event", () => {
    expect(venueOf("Bishkek hosts meeting of CIS defence ministers\n\nThe ministers discussed military cooperation.")).toEqual({ city: "Bishkek", country: "KG", name: null });
    expect(venueOf("Astana will host the next summit. The ministers discussed trade.")).toBeNull();
  });

  it("does not take a place something is sent to or a country's affairs for the venue", () => {
    expect(venueOf("The minister received the ambassador at his request. He criticised the supplies of weapons to Kiev and interference in Russia's affairs.")).toBeNull();
    expect(venueOf("The talks were held in Kazakhstan's capital on 5 May.")).toEqual({ city: "Astana", country: "KZ", name: null });
    expect(venueOf("The talks were held in the capital of Kazakhstan on 5 May.")).toEqual({ city: "Astana", country: "KZ", name: null });
    expect(venueOf("The ministers met in the Uzbek capital on 5 May.")).toEqual({ city: "Tashkent", country: "UZ", name: null });
    expect(venueOf("The delegation came to Tbilisi on a working visit.")).toEqual({ city: "Tbilisi", country: "GE", name: null });
  });

  it("maps a historical or variant spelling to the common English name", () => {
    expect(venueOf("The ministers met in Nur-Sultan to discuss transit.")?.city).toBe("Astana");
    expect(venueOf("The ministers met in Kiev to discuss grain exports.")?.city).toBe("Kyiv");
  });

  it("prefers the event phrase to the dateline of the office that issued the release", () => {
    const text = "Chair welcomes meeting of negotiators\n\nGENEVA, 3 May 2023 - The Chair yesterday met in Yerevan with the negotiators of both sides.";
    expect(venueOf(text)).toEqual({ city: "Yerevan", country: "AM", name: null });
  });

  it("reads a dateline when the body names no place", () => {
    expect(venueOf("Readout of the meeting\n\nMINSK, 5 March – The Secretary General met today with the Ambassador of India.")).toEqual({
      city: "Minsk",
      country: "BY",
      name: null,
    });
  });

  it("reads a place line under the headline", () => {
    expect(venueOf("Meeting with the Prime Minister\n\nThe Kremlin, Moscow\n\nThe President held talks with the Prime Minister of Laos.")).toEqual({
      city: "Moscow",
      country: "RU",
      name: "The Kremlin",
    });
  });

  it("places an institution named as the place at its seat", () => {
    const venue = venueOf("The Secretary General of the OSCE visited the CSTO Secretariat and spoke to its staff.");
    expect(venue).toEqual({ city: "Moscow", country: "RU", name: "CSTO Secretariat" });
    expect(venueOf("The leaders met on the margins of the UN General Assembly to discuss climate finance.")).toEqual({
      city: "New York",
      country: "US",
      name: null,
    });
  });

  it("gives calls and videoconferences no venue, even under a dateline", () => {
    expect(venueOf("BAKU, 4 May 2021 - The Minister had a telephone conversation with his Turkish counterpart.")).toBeNull();
    expect(venueOf("The Council met via videoconference chaired from Minsk.")).toBeNull();
  });

  it("reads a country's name as the country, not as a city of that name elsewhere", () => {
    expect(venueOf("The President paid a state visit to Armenia, where he held talks with the Prime Minister.")).toEqual({
      city: null,
      country: "AM",
      name: null,
    });
  });

  it("does not take an envoy's accreditation or the subject of talks for the venue", () => {
    expect(venueOf("The Deputy Minister met with the Ambassador of Japan to the Russian Federation at his request.")).toBeNull();
    expect(venueOf("The Secretary-General is alarmed by the fighting in Sudan and calls for a ceasefire.")).toBeNull();
  });

  it("ignores places of other events", () => {
    expect(venueOf("The ministers discussed the agenda. The next meeting will be held in Baku in the autumn.")).toBeNull();
  });

  it("keeps the span of the place in the original text and reports none found", () => {
    const text = "The  delegations met in  Tashkent today.";
    const venue = parseRelease(text).venue;
    expect(venue?.span && text.slice(venue.span.start, venue.span.end)).toBe("Tashkent");
    const file = analyzeRelease("The delegations exchanged views.");
    expect(file.messages.map((message) => message.ruleId)).toContain("venue:none");
  });
});
