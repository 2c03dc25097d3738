import { describe, expect, it } from "vitest";
import { analyzeRelease, parseRelease } from "../../../src/index.js";

function eventOf(text: string, referenceDate: string | null = null): { start: string; end: string | null } | null {
  const date = parseRelease(text, { referenceDate }).date;
  return date ? { start: date.start, end: date.end } : null;
}

describe("the date of the main event", () => {
  it("is the first date of the lead", () => {
    const text =
      "Foreign ministers hold consultations in Tashkent\n\n" +
      "On 12 March 2019 the foreign ministers held consultations in Tashkent. " +
      "They recalled the agreement reached on 4 June 2018 in Astana.";
    expect(eventOf(text)).toEqual({ start: "2019-03-12", end: null });
  });

  it("takes the dateline's day before a page's date stamp", () => {
    const text = "News\n12 May 2023, 10:15\n\nMinisters hold consultations\n\nAstana, May 11, 2023 – The deputy ministers held consultations on transit.";
    expect(eventOf(text)).toEqual({ start: "2023-05-11", end: null });
  });

  it("is not the span of years of a programme the release mentions", () => {
    const text = "The ministers signed a programme of cooperation in culture for 2025-2027.";
    expect(eventOf(text, "2024-11-28")).toBeNull();
  });

  it("prefers an explicit day in the body to the date stamp", () => {
    const text =
      "Council of defence ministers met in Yerevan\n\n04.12.2019\n\n" +
      "On December 3, the council of defence ministers met in Yerevan and approved the training plan.";
    expect(eventOf(text)).toEqual({ start: "2019-12-03", end: null });
  });

  it("resolves a relative day of the lead against the dateline", () => {
    const text =
      "Chairman welcomes talks between the parties\n\n" +
      "BERN, 6 May 2020 - The Chairman yesterday met in Basel with the co-mediators of the talks. " +
      "He recalled the round held on 2 May in Geneva.";
    expect(eventOf(text)).toEqual({ start: "2020-05-05", end: null });
  });

  it("is the publication day when the lead gives none", () => {
    const text = "Meeting with the Governor of the Region\n\n2020-02-11T09:30:00Z\n\nThe President held a meeting with the Governor of the region on housing.";
    const file = analyzeRelease(text, { referenceDate: "2020-02-11" });
    expect(file.data.date?.start).toBe("2020-02-11");
    expect(file.messages.map((message) => message.ruleId)).toContain("date:from-publication");
  });

  it("is the reference day when the lead says today", () => {
    expect(eventOf("The Secretary met today with the Minister of Trade to discuss the talks.", "2022-08-09")).toEqual({
      start: "2022-08-09",
      end: null,
    });
  });

  it("reads the explicit date beside a weekday", () => {
    expect(
      eventOf("The Secretary General had a phone call on Tuesday (4 February 2020) with the Prime Minister of Norway.", "2020-02-05"),
    ).toEqual({ start: "2020-02-04", end: null });
  });

  it("gives start and end for a multi-day event", () => {
    expect(eventOf("On 30 November – 2 December 2022, the delegations held three days of talks in Lodz.")).toEqual({
      start: "2022-11-30",
      end: "2022-12-02",
    });
  });

  it("keeps month precision when the lead gives only a month", () => {
    expect(eventOf("The joint commission met in Bishkek in March 2016 to review border cooperation.")).toEqual({
      start: "2016-03",
      end: null,
    });
  });

  it("skips an announced meeting, an anniversary and a document's date", () => {
    const text =
      "The presidents held talks in Minsk\n\n" +
      "The presidents, who marked the 25th anniversary of relations established on 6 June 1992, held talks in Minsk on 8 June 2017. " +
      "The next meeting will be held in Astana on 14 September 2017.";
    expect(eventOf(text)).toEqual({ start: "2017-06-08", end: null });
  });

  it("skips dates of documents listed together", () => {
    const text =
      "Telephone conversation with the President\n\n2021-12-01T10:00:00Z\n\n" +
      "The leaders confirmed the protocols of March 2, 2019, May 5, and June 7, 2020, and agreed to continue contacts.";
    expect(eventOf(text, "2021-12-01")).toEqual({ start: "2021-12-01", end: null });
  });

  it("is null when the text gives no date, even with a reference date", () => {
    const file = analyzeRelease("The ministers discussed regional security and trade.", { referenceDate: "2022-01-01" });
    expect(file.data.date).toBeNull();
    expect(file.messages.map((message) => message.ruleId)).toContain("date:none");
  });

  it("is null when the lead says today and nothing gives the day", () => {
    expect(eventOf("The Secretary met today with the Minister of Trade to discuss the talks.")).toBeNull();
  });

  it("marks an event date whose year was worked out as inferred", () => {
    const date = parseRelease("On 5 March the ministers met in Minsk to discuss transit.", { referenceDate: "2024-03-06" }).date;
    expect(date).toMatchObject({ start: "2024-03-05", end: null, inferred: true });
  });
});

describe("an event whose length the lead gives", () => {
  it("ends on the day a visit of some days is said to have concluded", () => {
    const text =
      "Commissioner ends visit to Lusaka\n\n" +
      "LUSAKA, 9 August 2022 – The Commissioner for Trade today wrapped up a four-day working visit to Zambia, where she met the Minister of Commerce.";
    expect(eventOf(text)).toEqual({ start: "2022-08-06", end: "2022-08-09" });
  });

  it("starts on the day a visit of some days is said to have begun", () => {
    const text =
      "President of the Assembly in Malta\n\n" +
      "The President of the Assembly began a 3-day official visit to Valletta on 14 October 2021 and met the Speaker of the House.";
    expect(eventOf(text, "2021-10-15")).toEqual({ start: "2021-10-14", end: "2021-10-16" });
  });

  it("starts on the day after 'from' or 'starting' that follows the length", () => {
    const text = "Speaker in Windhoek\n\nThe Speaker of the National Assembly paid a three-day working visit to Namibia from 8 May 2023.";
    expect(eventOf(text)).toEqual({ start: "2023-05-08", end: "2023-05-10" });
    const starting = "Speaker in Windhoek\n\nThe Speaker is on a two-day visit to Namibia starting 8 May, with talks on trade.";
    expect(eventOf(starting, "2023-05-09")).toEqual({ start: "2023-05-08", end: "2023-05-09" });
  });

  it("keeps 'from' a bound without a length", () => {
    const text = "Speaker in Windhoek\n\nThe Speaker met the Minister on 9 May 2023. The new visa rules apply from 1 June 2023.";
    expect(eventOf(text)).toEqual({ start: "2023-05-09", end: null });
  });

  it("stays one day when no verb places the day in the visit", () => {
    const text =
      "Prime Minister receives the Chancellor\n\n" +
      "Vienna, 3 May 2022 – The Prime Minister today received the Chancellor, who is on a two-day official visit to Austria.";
    expect(eventOf(text)).toEqual({ start: "2022-05-03", end: null });
  });

  it("stays one day for an operation of some days", () => {
    const text = "KABUL, Afghanistan (March 4, 2011) – Afghan and coalition forces completed a three-day clearing operation in Kandahar province today.";
    expect(eventOf(text)).toEqual({ start: "2011-03-04", end: null });
  });
});

describe("weekdays of the event", () => {
  it("takes two weekdays of a meeting as its days", () => {
    const text = "Envoys conclude round in Geneva\n\nGENEVA, 15 January 2020 – The special envoys met on Monday and Tuesday with the delegations of both parties.";
    expect(eventOf(text)).toEqual({ start: "2020-01-13", end: "2020-01-14" });
  });

  it("dates an operation over two weekdays by its first day", () => {
    const text = "KABUL, Afghanistan (Jan. 15, 2020) – Afghan and coalition forces cleared a compound over Saturday and Sunday in Zabul province.";
    expect(eventOf(text)).toEqual({ start: "2020-01-11", end: null });
  });

  it("reads a weekday of last week against the dateline", () => {
    const text = "Minister back from Riga\n\nVilnius, 15 January 2020 – On Thursday last week, the Minister held talks in Riga with her Latvian counterpart.";
    expect(eventOf(text)).toEqual({ start: "2020-01-09", end: null });
  });
});

describe("a date in the phrase that sets the scene", () => {
  it("yields to the day of the meeting held on the sidelines of a longer event", () => {
    const text =
      "Ministers meet in Nairobi\n\n" +
      "On the margins of the regional forum held in Nairobi on 4-6 June, the Foreign Minister met her Somali counterpart on 5 June.";
    expect(eventOf(text, "2024-06-07")).toEqual({ start: "2024-06-05", end: null });
  });

  it("yields to the day of the meeting that followed an earlier event", () => {
    const text =
      "Deputy ministers consult in Hanoi\n\n" +
      "Following the summit in Jakarta on 6 September, the deputy ministers on 2 October held consultations in Hanoi.";
    expect(eventOf(text, "2023-10-03")).toEqual({ start: "2023-10-02", end: null });
  });

  it("stays when the sentence gives no later day", () => {
    const text = "Memorandum signed\n\nFollowing talks in Quito on 2 October, the ministers signed a memorandum on trade.";
    expect(eventOf(text, "2023-10-03")).toEqual({ start: "2023-10-02", end: null });
  });
});

describe("a date line parted into fields", () => {
  it("reads a publication field beside a revision field as the release's date", () => {
    const text = "Envoy received at the Ministry\n\nPosted: 14.05.2024 | Last updated: 20.05.2024\n\nYesterday the Secretary of State received the Ambassador of Ghana.";
    expect(eventOf(text)).toEqual({ start: "2024-05-13", end: null });
    expect(parseRelease(text).published?.date).toBe("2024-05-14");
  });

  it("reads a date beside a reading time as the release's date", () => {
    const text = "Envoy received at the Ministry\n14 May 2024 \u00b7 2 min read\n\nOn Monday the Secretary of State received the Ambassador of Ghana.";
    expect(eventOf(text)).toEqual({ start: "2024-05-13", end: null });
  });

  it("reads a date as the release's when a later field of its line is a reading time", () => {
    const text = "Envoy received at the Ministry\n\n15 May 2024 | Bilateral relations | 3 min read\n\nOn Tuesday, 14 May, the Secretary of State received the Ambassador of Ghana.";
    expect(eventOf(text)).toEqual({ start: "2024-05-14", end: null });
    expect(parseRelease(text).published?.date).toBe("2024-05-15");
  });

  it("reads a date that opens the headline before a bar as the release's date", () => {
    const text = "14.05.2024 | Envoy received at the Ministry\n\nThe Secretary of State yesterday received the Ambassador of Ghana.";
    expect(eventOf(text)).toEqual({ start: "2024-05-13", end: null });
  });

  it("does not take an item of other news for the release's date", () => {
    const text =
      "Envoy received at the Ministry\n\nThe Secretary of State yesterday received the Ambassador of Ghana.\n\n" +
      "Other news\n10.05.2024 | Secretary of State visits Accra\n09.05.2024 | Statement on the floods";
    expect(eventOf(text, "2024-05-14")).toEqual({ start: "2024-05-13", end: null });
  });
});

describe("a date in an aside", () => {
  it("yields to the day of the meeting the clause gives after the aside", () => {
    const text = "Courtesy call\n\nThe Speaker, who was elected on 12 September, received the Ambassador of Japan on 3 October.";
    expect(eventOf(text, "2023-10-04")).toEqual({ start: "2023-10-03", end: null });
  });

  it("yields to a later weekday of the same clause", () => {
    const text = "Courtesy call\n\nThe Secretary General met the new Ambassador of Chile, who presented his credentials on 2 October, on Wednesday in Geneva.";
    expect(eventOf(text, "2023-10-05")).toEqual({ start: "2023-10-04", end: null });
  });

  it("keeps the aside's future words to the aside", () => {
    const text = "Farewell call\n\nThe Speaker received the Ambassador of Japan, who will leave his post on 30 October, on 3 October.";
    expect(eventOf(text, "2023-10-04")).toEqual({ start: "2023-10-03", end: null });
    const announced = "Farewell call\n\nThe Speaker will receive the Ambassador of Japan, who is leaving his post, on 9 October.";
    expect(parseRelease(announced, { referenceDate: "2023-10-04" }).date?.start).toBe("2023-10-09");
  });

  it("stays when the clause gives no later day", () => {
    const text = "Courtesy call\n\nThe Secretary General met the Ambassador of Chile, who arrived in Geneva on 2 October.";
    expect(eventOf(text, "2023-10-05")).toEqual({ start: "2023-10-02", end: null });
  });
});

describe("a stamp with the release's number", () => {
  it("reads a labelled release date after a labelled reference code as the release's date", () => {
    const text = "Envoy received at the Ministry\n\nReference Number: PR2405, Release Date: 15 May 2024\n\nYesterday the Secretary of State received the Ambassador of Ghana.";
    expect(eventOf(text)).toEqual({ start: "2024-05-14", end: null });
    expect(parseRelease(text).published?.date).toBe("2024-05-15");
  });

  it("takes no words after a number label for its code", () => {
    const text = "Envoy received at the Ministry\n\nNo 45 Minister visits Peru 15 May 2024\n\nThe Secretary of State received the Ambassador of Ghana.";
    expect(parseRelease(text).published ?? null).toBeNull();
  });
});

describe("a stamp with an abbreviated weekday", () => {
  it("anchors a relative day", () => {
    const text = "Envoy received at the Ministry\n\nWed 15/05/2024\n\nThe Secretary of State yesterday received the Ambassador of Ghana.";
    expect(eventOf(text)).toEqual({ start: "2024-05-14", end: null });
  });

  it("reads no day from an abbreviation alone", () => {
    const text = "Envoy received at the Ministry\n\nThe Secretary of State spoke to the Sun newspaper about the visit on 14 May 2024.";
    expect(eventOf(text)).toEqual({ start: "2024-05-14", end: null });
  });
});
