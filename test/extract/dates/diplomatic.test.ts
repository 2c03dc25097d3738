// Releases written for these tests in the style of foreign ministries and international
// organisations (page stamps, datelines, numeric dates, announcements); the meetings are invented.
import { describe, expect, it } from "vitest";
import { analyzeRelease, parseRelease } from "../../../src/index.js";

function dateOf(text: string, referenceDate: string | null = null): string | null {
  const date = parseRelease(text, { referenceDate }).date;
  return date ? date.start : null;
}

function ruleIds(text: string, referenceDate: string | null = null): string[] {
  return analyzeRelease(text, { referenceDate }).messages.map((message) => String(message.ruleId));
}

describe("the reference date beside the text's own date", () => {
  const text = "Talks on water sharing\n\nBishkek, March 14, 2024 - Today the Minister met the Ambassador of Kazakhstan to discuss the water season.";

  it("does not override the dateline, and says so", () => {
    expect(dateOf(text, "2024-03-15")).toBe("2024-03-14");
    expect(ruleIds(text, "2024-03-15")).toContain("date:reference-conflict");
    expect(parseRelease(text, { referenceDate: "2024-03-15" }).published?.date).toBe("2024-03-14");
  });

  it("raises nothing when they agree", () => {
    expect(ruleIds(text, "2024-03-14")).not.toContain("date:reference-conflict");
  });

  it("still anchors a release that gives no date of its own", () => {
    expect(dateOf("The Deputy Minister received the Ambassador of Chile yesterday.", "2024-03-15")).toBe("2024-03-14");
  });
});

describe("numeric dates in the issuer's order", () => {
  it("reads a US stamp month first", () => {
    const text = "Secretary's Meeting With the Foreign Minister of Peru\n\n04/07/2023 03:15 PM EDT\n\nThe Secretary met today with the Foreign Minister of Peru in Washington.";
    expect(dateOf(text)).toBe("2023-04-07");
  });

  it("reads the same numbers day first without a month-first marker", () => {
    const text = "Minister meets the Foreign Minister of Peru\n\nPress release | 04/07/2023\n\nThe Minister met today with the Foreign Minister of Peru in Oslo.";
    expect(dateOf(text)).toBe("2023-07-04");
  });

  it("follows another numeric date of the text", () => {
    const text = "Minister meets the Foreign Minister of Peru\n\n04/07/2023\n\nThe Minister met the Foreign Minister of Peru, who had arrived on 04/06/2023 and leaves on 04/13/2023.";
    const mentions = analyzeRelease(text).data.dateMentions ?? [];
    expect(mentions.map((mention) => mention.value)).toEqual(["2023-04-07", "2023-04-06", "2023-04-13"]);
  });
});

describe("the page stamp and the day of the meeting", () => {
  it("takes the meeting's day over a timestamp of the page", () => {
    const text =
      "Europe | 14 June 2021 09:12 CET\n\nMinister thanks outgoing envoy\n\nThe Foreign Minister has thanked the outgoing envoy for his work.\n\n" +
      "The two met on 11 June 2021 in Vienna, at the end of his term.";
    const release = parseRelease(text);
    expect(release.date?.start).toBe("2021-06-11");
    expect(release.published?.date).toBe("2021-06-14");
  });

  it("takes a meeting's day further down over a timestamp of the page", () => {
    const text =
      "Europe | 14 June 2021 09:12 CET\n\nMinister thanks outgoing envoy\n\nBy the Ministry of Foreign Affairs\n\n" +
      "The Foreign Minister has thanked the outgoing envoy for four years of work on the border talks.\n\n" +
      "He praised the envoy's patience and the trust he had built with both delegations over many rounds.\n\n" +
      "The envoy leaves for a new post in Asia at the end of the month, the Ministry said in a statement.\n\n" +
      "The two met on 11 June 2021 in Vienna, at the end of his term.";
    expect(dateOf(text)).toBe("2021-06-11");
  });

  it("keeps the dateline over another meeting's day further down", () => {
    const text =
      "Ministers hold talks in Tashkent\n\nTASHKENT, 12 October 2021 - The foreign ministers held talks on transit and water.\n\n" +
      "They reviewed trade, energy and the new railway line in detail, with their deputies present.\n\n" +
      "Both sides stressed the importance of regular contacts between the two ministries.\n\n" +
      "The minister congratulated his guest on the regional summit held in Bishkek on 5 October 2021.";
    expect(dateOf(text)).toBe("2021-10-12");
  });

  it("reads a date with the page's view counter as a stamp, not the meeting's day", () => {
    const first = "Deputy Secretary met the Minister of Energy in Baku\n\n12.06.2022 | Views: 318\n\nOn June 10 this year, the Deputy Secretary met the Minister of Energy in Baku.";
    expect(dateOf(first, "2022-06-12")).toBe("2022-06-10");
    const second = "Chairman receives the Ambassador of Chile\n\n05.03.2021 | Hits: 97\n\nOn March 4, the Chairman received the Ambassador of Chile at the Secretariat.";
    expect(dateOf(second, "2021-03-05")).toBe("2021-03-04");
    expect(parseRelease(second, { referenceDate: "2021-03-05" }).published?.date).toBe("2021-03-05");
    // Without a day of its own, the meeting is the stamp's day.
    expect(dateOf("Chairman receives the Ambassador of Chile\n\n05.03.2021 | Views: 97\n\nThe Chairman received the Ambassador of Chile at the Secretariat.")).toBe("2021-03-05");
  });

  it("takes the stamp under the headline over one above it", () => {
    const text =
      "Home > News\nPress release | 07/05/2021\nMinister opens a trade fair\n\nMinister meets the Foreign Minister of Ghana\n\nPress release | Date: 10/05/2021 | No: 45/21\n\n" +
      "The Minister received the Foreign Minister of Ghana in Oslo on Monday.";
    const release = parseRelease(text);
    expect(release.published?.date).toBe("2021-05-10");
    expect(release.date?.start).toBe("2021-05-10");
  });

  it("reads a date line glued to the first sentence", () => {
    const text = "Meeting of the Minister with the Ambassador of Japan\n12 April, 2022The Minister met the Ambassador of Japan on April 11 in the Ministry.";
    expect(dateOf(text)).toBe("2022-04-11");
    expect(parseRelease(text).published?.date).toBe("2022-04-12");
  });
});

describe("the event the lead reports", () => {
  it("is an announced visit when the release announces one", () => {
    const text = "Minister to visit Lima\n\n3 May 2023\n\nThe Minister will travel to Lima, where she will meet the President of Peru on 9 May.";
    expect(dateOf(text)).toBe("2023-05-09");
    expect(ruleIds(text)).not.toContain("date:event-after-publication");
  });

  it("raises a flag for a past event after the release's own date", () => {
    const text = "Ministers meet in Tbilisi\n\nTBILISI, 5 March 2024 - The ministers met on 8 March in Tbilisi and signed a transit agreement.";
    expect(dateOf(text)).toBe("2024-03-08");
    expect(ruleIds(text)).toContain("date:event-after-publication");
  });

  it("is not the earlier meeting a clause recalls", () => {
    const text =
      "Minister receives the Foreign Minister of Ghana\n\n" +
      "Further to their talks in Accra on 2 May 2022, the Minister received the Foreign Minister of Ghana in Lisbon on 20 June 2022.";
    expect(dateOf(text)).toBe("2022-06-20");
    const roles = analyzeRelease(text).data.dateMentions?.map((mention) => mention.role?.name);
    expect(roles).toEqual(["recalled", "event"]);
  });

  it("is not the day of an earlier meeting a phrase ties the event to", () => {
    const text =
      "Council of envoys meets in Minsk\n\n18 May 2021\n\n" +
      "As part of the review of questions related to the ministers' meeting in Astana on 7 May, the envoys approved the plan of joint events.";
    expect(dateOf(text)).toBe("2021-05-18");
    expect(analyzeRelease(text).data.dateMentions?.map((mention) => mention.role?.rule)).toEqual(["publication", "recall-opener"]);
  });

  it("is not a date of a communiqué's preamble", () => {
    const text =
      "Communiqué of the 301st meeting of the Council\n\nAdopted by the Council at its 301st meeting held on 9 May 2022 in Geneva,\n\n" +
      "Recalling its decision adopted at its meeting of 3 April 2022, and the declaration signed on 1 March 2022;\n\nDecides to remain seized of the matter.";
    expect(dateOf(text)).toBe("2022-05-09");
  });

  it("is a year when the lead gives no more", () => {
    expect(dateOf("Archive\n\nThird round of consultations\n\nIn 2019, the third round of consultations between the two ministries took place in Baku.")).toBe("2019");
  });

  it("is not a meeting's day in an aside ('who is on a visit from 11 to 13 June')", () => {
    const text = "June 12, 2023\n\nThe Minister held talks today with the Foreign Minister of Chile, who is on an official visit from 11 to 13 June 2023.";
    expect(dateOf(text)).toBe("2023-06-12");
  });
});

describe("the role of every date mention", () => {
  it("names the publication, the event and the rest", () => {
    const text =
      "Consultations in Astana\n\nASTANA, 6 May 2020 - The deputy ministers held consultations yesterday. They recalled the 25th anniversary of relations established on 2 June 1995. " +
      "The next round will be held on 14 October.";
    const mentions = analyzeRelease(text).data.dateMentions ?? [];
    expect(mentions.map((mention) => [mention.text, mention.role?.name, mention.role?.rule])).toEqual([
      ["6 May 2020", "publication", "dateline"],
      ["yesterday", "event", "lead"],
      ["2 June 1995", "recalled", "anniversary-word"],
      ["14 October", "future", "future-word"],
    ]);
  });
});

describe("event date: a meeting being prepared is still to come", () => {
  it("does not take the month of a summit being prepared for the event's date", () => {
    const text = [
      "12 March 2024, 11:20",
      "President received the Secretary General of the Organization",
      "",
      "The President has received the Secretary General, who briefed him on preparations for the summit in July.",
    ].join("\n");
    expect(dateOf(text, "2024-03-12")).toBe("2024-03-12");
  });

  it("still reads a date the sentence gives to the meeting itself", () => {
    expect(dateOf("The ministers met in Astana on 14 May 2023 and discussed the summit.", "2023-05-20")).toBe("2023-05-14");
  });
});

describe("a visit of some days reported as ended", () => {
  it("covers the visit's days up to the day it ended", () => {
    const text = "Director concludes visit to Georgia\n\nThe Director concluded a three-day visit to Georgia on 14 June 2023, during which she met the Minister of Health.";
    const date = parseRelease(text).date;
    expect([date?.start, date?.end]).toEqual(["2023-06-12", "2023-06-14"]);
  });

  it("reads the length from the headline and the day from the dateline", () => {
    const text = "Envoy wraps up two-day visit to Armenia\n\nYEREVAN, 1 March 2024 – The Special Envoy today met the Prime Minister and civil society.";
    const date = parseRelease(text).date;
    expect([date?.start, date?.end]).toEqual(["2024-02-29", "2024-03-01"]);
  });

  it("keeps one day for a meeting held during a guest's visit of some days", () => {
    const text = "President receives the Chancellor\n\nNAIROBI, 5 May 2023 – The President held talks with the Chancellor, who is on a two-day official visit to Kenya.";
    const date = parseRelease(text).date;
    expect([date?.start, date?.end]).toEqual(["2023-05-05", null]);
  });
});

describe("a day without its year that the release reports", () => {
  it("takes the year that puts the day before the release's own date", () => {
    expect(dateOf("The Deputy Minister met the Ambassador of Peru on 5 May to discuss fisheries.", "2023-03-10")).toBe("2022-05-05");
    expect(parseRelease("In April, the two ministries held consultations in Lima.", { referenceDate: "2023-03-10" }).date?.start).toBe("2022-04");
    expect(ruleIds("The Deputy Minister met the Ambassador of Peru on 5 May to discuss fisheries.", "2023-03-10")).toContain("date:year-inferred");
  });

  it("keeps the nearest year for a day the release announces, a day just after its date, or a year the text gives", () => {
    expect(dateOf("The Deputy Minister will meet the Ambassador of Peru on 5 May.", "2023-03-10")).toBe("2023-05-05");
    expect(dateOf("The Deputy Minister met the Ambassador of Peru on 11 March.", "2023-03-10")).toBe("2023-03-11");
    expect(dateOf("The Deputy Minister met the Ambassador of Peru on 20 March.", "2023-03-10")).toBe("2023-03-20");
    expect(dateOf("The Deputy Minister met the Ambassador of Peru on 28 February.", "2023-03-10")).toBe("2023-02-28");
  });
});
