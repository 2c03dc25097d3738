import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../../src/index.js";

function values(text: string, referenceDate: string | null = null): string[] {
  return normalizeDate(text, { referenceDate }).map((mention) => mention.value);
}

describe("nights and stretches of days named from the reference day", () => {
  it("dates a night by the evening it began", () => {
    expect(values("The post was attacked last night.", "2013-06-14")).toEqual(["2013-06-13"]);
    expect(values("Two suspects were held overnight.", "2013-06-14")).toEqual(["2013-06-13"]);
  });

  it("gives the month of a stretch that lies in one month", () => {
    // 2014-05-22 is a Thursday: this week's days before it run from 19 to 21 May.
    expect(normalizeDate("He was arrested earlier this week.", { referenceDate: "2014-05-22" })[0]).toMatchObject({
      text: "earlier this week",
      value: "2014-05",
      kind: "month",
      inferred: true,
    });
    expect(values("The talks took place last month.", "2014-01-10")).toEqual(["2013-12"]);
    expect(values("The cache was found earlier this month.", "2014-01-10")).toEqual(["2014-01"]);
  });

  it("leaves out a stretch that runs over two months, and one with no day before the reference", () => {
    // 2014-07-02 is a Wednesday: this week's days before it are 30 June and 1 July.
    expect(values("He was arrested earlier this week.", "2014-07-02")).toEqual([]);
    expect(values("He was arrested earlier this month.", "2014-07-01")).toEqual([]);
    // Last week of 2014-12-03 runs from 24 to 30 November.
    expect(values("He was arrested last week.", "2014-12-03")).toEqual(["2014-11"]);
  });

  it("is no date after an article: a span counted back from today", () => {
    expect(values("Prices rose over the last week.", "2014-05-22")).toEqual([]);
  });
});

describe("the order of numeric dates", () => {
  it("is day first when the numbers cannot tell", () => {
    expect(values("Oslo, 04/07/2023")).toEqual(["2023-07-04"]);
    expect(values("Vienna, 04.07.2023")).toEqual(["2023-07-04"]);
  });

  it("is month first with a month-first marker of the issuer", () => {
    expect(values("04/07/2023 03:15 PM EDT")).toEqual(["2023-04-07"]);
    expect(values("Washington, D.C., 04/07/2023")).toEqual(["2023-04-07"]);
    expect(values("Department of State, 04/07/2023")).toEqual(["2023-04-07"]);
  });

  it("does not take a lower-case word of another language for a time zone", () => {
    expect(values("Le ministre est à Oslo, 04/07/2023")).toEqual(["2023-07-04"]);
  });

  it("follows a date of the same text that can only be read one way", () => {
    expect(values("Posted 04/07/2023; the talks of 05/16/2023 were postponed.")).toEqual(["2023-04-07", "2023-05-16"]);
    expect(values("Posted 04/07/2023 EST; the talks of 16/05/2023 were postponed.")).toEqual(["2023-07-04", "2023-05-16"]);
  });
});

describe("glued and numbered text", () => {
  it("reads a year glued to the next sentence", () => {
    expect(values("12 April, 2022The Minister met the Ambassador.")).toEqual(["2022-04-12"]);
    expect(values("In the 2017s the fleet grew.")).toEqual([]);
  });

  it("does not read a release number as a span of years", () => {
    expect(values("2010-12-S-099 For Immediate Release")).toEqual([]);
    expect(values("the 2023-24 season")).toEqual(["2023"]);
  });
});
