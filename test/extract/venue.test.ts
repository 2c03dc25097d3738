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

  it("gives calls no venue, even under a dateline, and a videoconference only the city it was chaired from", () => {
    expect(venueOf("BAKU, 4 May 2021 - The Minister had a telephone conversation with his Turkish counterpart.")).toBeNull();
    expect(venueOf("New Delhi\nMay 2, 2021\n\nThe Prime Minister had a telephonic conversation today with the Chancellor of Austria.")).toBeNull();
    expect(venueOf("VIENNA, 4 May 2021 - The Permanent Council met via videoconference under the chairmanship of Poland.")).toBeNull();
    expect(venueOf("The Council met via videoconference chaired from Minsk.")).toEqual({ city: "Minsk", country: "BY", name: null });
    expect(venueOf("The Summit of the heads of state was held online today, hosted from Tashkent by the President of Uzbekistan.")).toEqual({
      city: "Tashkent",
      country: "UZ",
      name: null,
    });
  });

  it("reads a place at the end of the headline, where pages glue the dateline", () => {
    expect(venueOf("Kazakhstan and Korea Sign Memorandum on Water Cooperation Astana\n\nThe two ministries signed a memorandum today on the joint management of water.")).toEqual({
      city: "Astana",
      country: "KZ",
      name: null,
    });
    expect(venueOf("Meeting of the Minister with the Ambassador of Peru, 3 May 2023, Riga\n\nThe Minister met with the Ambassador of Peru to discuss trade.")?.city).toBe("Riga");
    expect(venueOf("The 9th Session of the Assembly of the Baltic Parliaments, Tbilisi, 14 June 2022.\n\nThe members of the Assembly adopted three resolutions on energy.")?.city).toBe("Tbilisi");
    expect(venueOf("Minister receives the Mayor of Tbilisi\n\nThe Minister received the Mayor to discuss the city's projects.")).toBeNull();
  });

  it("reads the place of a visit or a trip a headline announces", () => {
    expect(venueOf("Minister to visit Tbilisi for talks with his counterpart\n\nThe Minister will travel to Tbilisi on 5 June to hold talks.")?.city).toBe("Tbilisi");
    expect(venueOf("Foreign Minister to travel to Rome\n\nThe Minister will hold talks with his Italian counterpart on 5 May.")?.city).toBe("Rome");
  });

  it("reads a dateline above the headline, and one without a comma", () => {
    const above = "Geneva\n\n12 March 2021\n\nReadout of the Director-General's meeting with the Minister of Health of Chile\n\nThe Director-General met with the Minister of Health of Chile to discuss vaccines.";
    expect(venueOf(above)).toEqual({ city: "Geneva", country: "CH", name: null });
    expect(venueOf("Geneva\n\nReadout of the Director-General's meeting with the Minister\n\nThe Director-General met with the Minister to discuss vaccines.")).toBeNull();
    expect(venueOf("Secretary General meets the Chair\n\nVienna 14/05/2019\n\nThe Secretary General met the Chair of the Forum to discuss the agenda.")?.city).toBe("Vienna");
  });

  it("reads the body after a lead of page chrome", () => {
    const text = [
      "You are subscribed to updates from the Department of State of the United States.",
      "This page has recently been updated and is now available to you.",
      "The following is attributable to the Spokesperson of the Department:",
      "",
      "The Secretary met today with the Foreign Minister of Chile in Washington, D.C. They discussed lithium supply chains.",
    ].join("\n");
    expect(venueOf(text)).toEqual({ city: "Washington", country: "US", name: null });
  });

  it("places a session of an organ that meets at its seat there, but not a summit that moves", () => {
    expect(venueOf("The two leaders met on 21 September 2017, on the sidelines of the 72nd General Assembly of the United Nations, to discuss trade.")?.city).toBe("New York");
    expect(venueOf("Samarkand, 16 September 2022\n\nThe President met the Prime Minister of India on the margins of the SCO Summit.")?.city).toBe("Samarkand");
  });

  it("places a ministry in its country's capital", () => {
    expect(venueOf("The agreement was signed at the Ministry of Foreign Affairs of Peru by the two ministers.")).toEqual({
      city: "Lima",
      country: "PE",
      name: "Ministry of Foreign Affairs of Peru",
    });
    expect(venueOf("CONSULTATIONS WERE HELD IN THE MFA OF GEORGIA\n\nOn 3 May the delegations held consultations on consular matters.")?.city).toBe("Tbilisi");
    expect(venueOf("The Minister received her counterpart from Chile, who is visiting Argentina, at the Ministry of Foreign Affairs.")).toEqual({
      city: "Buenos Aires",
      country: "AR",
      name: "Ministry of Foreign Affairs",
    });
    expect(venueOf("The Minister was received at the Ministry's headquarters, Government House, Apia, by the Prime Minister.")).toEqual({
      city: "Apia",
      country: "WS",
      name: "Government House",
    });
  });

  it("places the talks of an official, state or working visit in the host's capital, unless a place is named", () => {
    const text = "FM holds talks with Romanian counterpart\n\nISLAMABAD, 12 September 2022 - The Foreign Minister, who is on an official visit to Romania, held talks today with his counterpart.";
    expect(venueOf(text)).toEqual({ city: "Bucharest", country: "RO", name: null });
    expect(venueOf("The Minister paid a working visit to the Republic of Chile on 3-4 May.")?.city).toBe("Santiago");
    const residence = "Talks with the President of Laos\n\nBocharov Ruchei, Sochi\n\nThe President of Laos is in Russia on an official visit to Russia. The talks were held in a restricted format.";
    expect(venueOf(residence)).toEqual({ city: "Sochi", country: "RU", name: "Bocharov Ruchei" });
  });

  it("places the issuer's own ministry, named without a country, in the issuer's capital", () => {
    expect(venueOf("Lima, 3 May 2022\n\nThe Deputy Minister received the delegation at the Ministry of Foreign Affairs on Tuesday.")).toEqual({
      city: "Lima",
      country: "PE",
      name: "Ministry of Foreign Affairs",
    });
    expect(venueOf("The Minister of State at the Ministry of Foreign Affairs HE Dr. Ali Hassan met the visiting delegation.")).toBeNull();
  });

  it("places a head of state's palace, named without its country, in the capital of the state the page is of", () => {
    const header = "REPUBLIC OF ESTONIA\nOffice of the President\n\nPresidents discuss energy links\n\n";
    expect(venueOf(`${header}President Karis received the President of Lithuania at the Presidential Palace. They discussed energy links.`)).toMatchObject({
      city: "Tallinn",
      country: "EE",
      name: "Presidential Palace",
    });
    const abroad = "HANOI - The President began his state visit with a welcome ceremony at the Presidential Palace on Monday.";
    expect(venueOf(abroad)).toMatchObject({ city: "Hanoi", country: "VN" });
    expect(venueOf("The Minister met the Ambassador at the official residence of the Ambassador of Peru.")).toBeNull();
  });

  it("keeps a place after a title that is the meeting's, not the holder's office", () => {
    expect(venueOf("The President met with the Foreign Minister in Astana on Monday to discuss trade.")?.city).toBe("Astana");
    expect(venueOf("The President received the Prime Minister at the Kremlin on Monday.")?.city).toBe("Moscow");
  });

  it("takes the destination of a visit, not the visitor's office", () => {
    expect(venueOf("UK Minister visits Mongolia\n\nJane Smith, Minister of State at the FCDO, visited Mongolia on 3 and 4 May, as part of a tour of the region.")).toEqual({
      city: null,
      country: "MN",
      name: null,
    });
  });

  it("does not take a place inside a name, a residence or another event's date for the venue", () => {
    expect(venueOf("The Minister received the Head of the OSCE Centre in Ashgabat to discuss the Centre's projects.")).toBeNull();
    expect(venueOf("The Minister received the credentials of the Ambassador of Chile to Kazakhstan (with residence in Moscow) at the Ministry of Foreign Affairs of Kazakhstan.")?.city).toBe("Astana");
    expect(venueOf("On 3 March 2022 the Council reviewed the decisions of the May (2021) session of the Council held in Dushanbe.")).toBeNull();
    expect(venueOf("On 20 April 2023, following up on their meeting in Lisbon on 2 February 2023, the two ministers met again to review the plan.")).toBeNull();
  });

  it("reads a town the gazetteer does not know, named with its country", () => {
    expect(venueOf("The meeting took place in Sighnaghi, Georgia, on 3 June 2021.")).toEqual({ city: "Sighnaghi", country: "GE", name: null });
  });

  it("names a renamed city as it was called on the day of the event", () => {
    expect(venueOf("On 5 October 2021 the ministers met in Astana to discuss transit.")?.city).toBe("Nur-Sultan");
    expect(venueOf("On 5 October 2023 the ministers met in Nur-Sultan to discuss transit.")?.city).toBe("Astana");
  });

  it("reads a country's name as the country, not as a city of that name elsewhere", () => {
    expect(venueOf("The President visited Armenia, where he held talks with the Prime Minister.")).toEqual({
      city: null,
      country: "AM",
      name: null,
    });
    // A state visit's talks are in the capital: Yerevan, not the Colombian city named Armenia.
    expect(venueOf("The President paid a state visit to Armenia, where he held talks with the Prime Minister.")).toEqual({
      city: "Yerevan",
      country: "AM",
      name: null,
    });
  });

  it("does not take an envoy's accreditation or the subject of talks for the venue", () => {
    expect(venueOf("The Deputy Minister met with the Ambassador of Japan to the Russian Federation at his request.")).toBeNull();
    expect(venueOf("The Secretary-General is alarmed by the fighting in Sudan and calls for a ceasefire.")).toBeNull();
    expect(venueOf("The envoys discussed the prospects for a ceasefire in Gaza and the release of hostages in Rafah.")).toBeNull();
    expect(venueOf("The minister briefed his guest on the floods in Lahore and the shelling in Kharkiv.")).toBeNull();
  });

  it("takes the dateline, not the place of the works a loan or grant pays for", () => {
    const text = [
      "Bank and Zambia sign grant for rural roads and clinics",
      "",
      "KIGALI, RWANDA (12 June 2024) - The Bank President and the Minister of Finance of Zambia signed a grant for upgrading rural roads in Lusaka.",
      "",
      "The grant also pays for the construction of two clinics in Ndola.",
    ].join("\n");
    expect(venueOf(text)).toMatchObject({ city: "Kigali", country: "RW" });
    expect(venueOf("The agreement on modernizing the airport in Samarkand was signed in Tashkent.")).toMatchObject({ city: "Tashkent" });
    expect(venueOf("The talks were held in the Government building in Astana.")).toMatchObject({ city: "Astana" });
  });

  it("does not take a region named after its main city for the city", () => {
    const text = "Bishkek, 3 April 2024 - Today the Minister and the Representative signed a project for villages in the Naryn and Issyk-Kul regions.";
    expect(venueOf(text)).toMatchObject({ city: "Bishkek", country: "KG" });
    expect(venueOf("Tashkent, 5 May 2024 - The governors met farmers in the Samarkand region on Friday.")).toMatchObject({ city: "Tashkent" });
    expect(venueOf("The ministers met in Samarkand on Friday.")).toMatchObject({ city: "Samarkand" });
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

describe("extractVenue: unseen issuers' pages", () => {
  it("reads no place line off a labelled line of the page (tags)", () => {
    const text =
      "Secretary-General receives the Minister of Jordan\n\nRabat, 4 May 2023\n\nThe Secretary-General received the Minister of Foreign Affairs of Jordan today.\n\nTags: Secretary-General, Jordan\nShare";
    expect(venueOf(text)).toMatchObject({ city: "Rabat", country: "MA" });
  });

  it("places 'at the Secretariat premises' at the seat of the one body the release names", () => {
    const text =
      "Executive Director meets the Ambassador of Chile\n\nOn 4 May 2023, the Secretary General of the Economic Cooperation Organization received the Ambassador of Chile at the Secretariat premises.";
    expect(venueOf(text)).toMatchObject({ city: "Tehran", country: "IR" });
    const general = "On 4 May 2023, the Secretary-General of the League of Arab States received the Ambassador of Chile at the headquarters of the General Secretariat.";
    expect(venueOf(general)).toMatchObject({ city: "Cairo", country: "EG" });
  });

  it("leaves a bare secretariat unplaced when the release names two bodies with seats", () => {
    const text = "On 4 May 2023, the Secretary General of the OSCE received the Deputy Secretary General of the CSTO at the Secretariat premises.";
    expect(venueOf(text)).toBeNull();
  });

  it("knows the Commonwealth's seat as a building", () => {
    expect(venueOf("The Secretary-General hosted the Prime Minister of Tonga at Marlborough House on Monday.")).toMatchObject({ city: "London", country: "GB", name: "Marlborough House" });
  });
});

describe("extractVenue: a visitor is no visit", () => {
  it("reads 'the visiting U.S. envoy' as a visitor from the US, and the dateline's city as the place", () => {
    const text = "Foreign Minister meets U.S. envoy\n\nDhaka, 4 March 2024\n\nThe Foreign Minister met the visiting U.S. Assistant Secretary of State this afternoon.";
    expect(venueOf(text)).toMatchObject({ city: "Dhaka", country: "BD" });
  });

  it("still reads a visit to a place", () => {
    expect(venueOf("The Minister is visiting Tashkent, where he held talks with his counterpart on 4 March.")).toMatchObject({ city: "Tashkent", country: "UZ" });
  });
});

describe("extractVenue: a body's building and a dateline's unknown place", () => {
  it("reads 'in the building of' a body as the body's seat", () => {
    expect(venueOf("The Speaker received the delegation of Chile. The talks took place in the building of the State Duma.")?.city).toBe("Moscow");
    expect(venueOf("The consultations were held in the building of the Ministry of Foreign Affairs of Mongolia.")).toEqual({
      city: "Ulaanbaatar",
      country: "MN",
      name: "Ministry of Foreign Affairs of Mongolia",
    });
  });

  it("takes a place in capitals that opens a dateline for the city, though the gazetteer does not know it", () => {
    expect(venueOf("Envoy meets the Mayor\n\nZENICA, 4 May 2022 – The envoy met the Mayor today to discuss youth policy.")).toEqual({ city: "Zenica", country: null, name: null });
    expect(venueOf("Envoy meets the Mayor\n\nBIHAC, Bosnia and Herzegovina, 4 May 2022 – The envoy met the Mayor today.")).toEqual({ city: "Bihac", country: "BA", name: null });
  });

  it("does not take a page label in capitals before a date for a place", () => {
    expect(venueOf("Envoy meets the Mayor\n\nPRESS RELEASE, 4 May 2022 – The envoy met the Mayor today to discuss youth policy.")).toBeNull();
    expect(venueOf("Envoy meets the Mayor\n\nUPDATE, 4 May 2022 – The envoy met the Mayor today.")).toBeNull();
  });
});

describe("extractVenue: a page's line of facts split by bars", () => {
  it("takes the city of a line that also gives the date", () => {
    const text = "Director-General meets the envoy\n\n12 May 2023 | News release | Geneva, Switzerland | Reading time: 2 min\n\nThe Director-General met the envoy today to discuss vaccines.";
    expect(venueOf(text)).toEqual({ city: "Geneva", country: "CH", name: null });
  });

  it("takes no city from a menu of links without a date", () => {
    expect(venueOf("Director-General meets the envoy\n\nNews | Geneva | Contacts\n\nThe Director-General met the envoy today to discuss vaccines.")).toBeNull();
  });
});

describe("extractVenue: a dateline with the date before the city", () => {
  it("takes the city after the date", () => {
    const text = "Envoy discusses water with the Minister\n\n24 November 2022, Ashgabat - The Special Representative met today with the Minister of Foreign Affairs.";
    expect(venueOf(text)).toEqual({ city: "Ashgabat", country: "TM", name: null });
  });

  it("takes no city from a date and a place inside a sentence", () => {
    expect(venueOf("Envoy meets the Minister\n\n24 November 2022, Ashgabat hosted the talks of the envoys.")?.city ?? null).toBe("Ashgabat");
    expect(venueOf("Envoy meets the Minister\n\nOn 24 November 2022, Ashgabat and Kabul signed a protocol on power lines.")).toBeNull();
  });
});

describe("extractVenue: the kind of place before its name, and a body's office away from its seat", () => {
  it("reads 'in the city of' and 'in the resort town of'", () => {
    expect(venueOf("In the city of Tashkent, the meeting of the Council was held.")).toEqual({ city: "Tashkent", country: "UZ", name: null });
    expect(venueOf("The forum took place in the resort town of Burabay.")).toEqual({ city: "Burabay", country: "KZ", name: null });
  });

  it("takes the city of a body's office named with it, not the body's seat", () => {
    expect(venueOf("The consultations were held at the UN Office in Geneva.")).toEqual({ city: "Geneva", country: "CH", name: "UN Office" });
    expect(venueOf("The ministers met on the margins of the UN General Assembly.")?.city).toBe("New York");
  });
});

describe("extractVenue: a ministry named without its country", () => {
  it("sits in the capital of the country the page's header names it with", () => {
    const english =
      "Ministry of Defence of the Republic of Latvia\n\nMeeting with a delegation\n\n12.04.2024\n\n" +
      "Today a meeting of the Chief of the General Staff with the delegation took place at the Ministry of Defence.";
    expect(parseRelease(english, { referenceDate: "2024-04-12" }).venue).toMatchObject({ city: "Riga", country: "LV" });
    const russian =
      "Министерство обороны Республики Беларусь\n\nВстреча с делегацией\n\n12.04.2024\n\n" +
      "Сегодня в Министерстве обороны состоялась встреча начальника Генерального штаба с делегацией.";
    expect(parseRelease(russian, { referenceDate: "2024-04-12" }).venue).toMatchObject({ city: "Minsk", country: "BY" });
  });

  it("stays without a city when a title, not a body, names the country", () => {
    const text = "Talks on defence\n\nThe Minister met the Minister of Defence of Chile. The talks were held at the Ministry of Defence.";
    expect(parseRelease(text).venue?.city ?? null).toBeNull();
  });
});

describe("extractVenue: membership of a body is no place", () => {
  it("does not take the seat of a body the parties cooperate in", () => {
    const text = "Presidents discuss security\n\nPresident Anna Berg received President Edgars Rinkevics. The presidents discussed bilateral relations and cooperation in NATO and the European Union.";
    expect(venueOf(text)).toBeNull();
  });

  it("still takes the seat of a body's building named as the place", () => {
    const text = "Talks held\n\nThe Secretary General received the Minister of Defence of Armenia in the CSTO Secretariat on 3 May.";
    expect(venueOf(text)).toMatchObject({ city: "Moscow", country: "RU" });
  });
});

describe("extractVenue: an office named after 'at'", () => {
  it("takes the city of an office the event was held at", () => {
    expect(venueOf("Banks sign memorandum\n\nThe memorandum was signed at the RBI Central Office in Mumbai by the two governors.")).toMatchObject({ city: "Mumbai" });
  });

  it("still reads an office in a city after a title as an affiliation", () => {
    const text = "Envoy received\n\nVienna, 8 March 2024. The Secretary General received the Head of the OSCE Programme Office in Bishkek, Anna Berg, in Vienna.";
    expect(venueOf(text)).toMatchObject({ city: "Vienna" });
  });
});
