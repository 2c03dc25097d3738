import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/index.js";

describe("normalizeDate", () => {
  it("returns each expression with its span in the given string", () => {
    const text = "Talks on 7–8 December 2017; the next round in April 2018.";
    const mentions = normalizeDate(text);
    expect(mentions).toEqual([
      { start: 9, end: 26, text: "7–8 December 2017", value: "2017-12-07", endValue: "2017-12-08", inferred: false, kind: "range" },
      { start: 46, end: 56, text: "April 2018", value: "2018-04", endValue: null, inferred: false, kind: "month" },
    ]);
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it("resolves relative words and implicit years against the reference date", () => {
    expect(normalizeDate("yesterday", { referenceDate: "2019-04-01" })[0]?.value).toBe("2019-03-31");
    expect(normalizeDate("December 7-8", { referenceDate: "2017-11-15" })[0]).toMatchObject({
      value: "2017-12-07",
      endValue: "2017-12-08",
      inferred: true,
    });
  });

  it("accepts a Date as the reference", () => {
    expect(normalizeDate("today", { referenceDate: new Date(Date.UTC(2021, 4, 16, 23, 0)) })[0]?.value).toBe("2021-05-16");
  });

  it("takes an implicit year from another year in the same string", () => {
    expect(normalizeDate("5 March, during the session of 2019")[0]?.value).toBe("2019-03-05");
  });

  it("returns nothing for a string without dates or for a non-string", () => {
    expect(normalizeDate("no dates here")).toEqual([]);
    expect(normalizeDate(undefined as unknown as string)).toEqual([]);
  });

  it("throws a TypeError that quotes a reference date that is not a date", () => {
    expect(() => normalizeDate("today", { referenceDate: "yesterday" })).toThrow(TypeError);
    expect(() => normalizeDate("today", { referenceDate: "yesterday" })).toThrow(/yesterday/);
  });
});
