import { describe, expect, it } from "vitest";
import { normalizeDate, parseRelease } from "../../../src/index.js";

const REFERENCE = { referenceDate: "2020-06-15" };

describe("not dates", () => {
  it.each([
    ["days that do not exist", "The act of 31.02.2020 was annulled."],
    ["a day past 31", "On 45 March the figure rose."],
    ["30 February with a month name", "It was signed on 30 February 2021."],
    ["a release number", "Press Release (2020) 003"],
    ["a document number", "No:170/21, Information of the Press Service"],
    ["a percentage", "Trade grew by 12.8 percent."],
    ["a count", "We have signed 200 bilateral documents."],
    ["a time of day", "Last updated at 10:43"],
    ["a four-digit count", "Some 2019 delegates attended."],
    ["a year out of range", "in 1850 and in 2150"],
    ["a copyright line", "© European Union, 2016"],
    ["the verb may", "The sides may meet again."],
    ["a lower-case month word", "they will march on"],
    ["a bare month without a context word", "April Smith spoke."],
    ["a short month alone", "in Jan the talks"],
    ["a version-like number", "see 1.2.2017.5 for details"],
    ["a phone number", "call +7 495 2017 1234"],
    ["a season", "the 2019/2020 season"],
    ["a day range with a month that does not exist", "on 5-6.13.2019"],
  ])("%s", (_label, text) => {
    expect(normalizeDate(text, REFERENCE)).toEqual([]);
  });

  it("reads a year only after a context word or in a range", () => {
    expect(normalizeDate("Resolution 2020 passed", REFERENCE)).toEqual([]);
    expect(normalizeDate("passed in 2020", REFERENCE).map((mention) => mention.value)).toEqual(["2020"]);
  });

  it("does not take an implicit year from nowhere", () => {
    expect(normalizeDate("The talks took place on 5 March.")).toEqual([]);
  });
});

describe("no event date", () => {
  it("is null when the text gives no date, even with a reference date", () => {
    const release = parseRelease("The ministers discussed trade and energy in Minsk.", REFERENCE);
    expect(release.date).toBeNull();
  });

  it("is null for an empty or a hostile string", () => {
    expect(parseRelease("").date).toBeNull();
    expect(() => parseRelease("2020-".repeat(2000), REFERENCE)).not.toThrow();
    expect(() => normalizeDate("12.".repeat(5000))).not.toThrow();
  });

  it("does not take an anniversary, an announced meeting or a document's date", () => {
    const text =
      "The sides marked the 30th anniversary of relations established on 5 April 1992. " +
      "They reaffirmed the statement of 9 November 2020. " +
      "The next round will be held on 14 July 2020.";
    expect(parseRelease(text).date).toBeNull();
  });
});
