import { describe, expect, it } from "vitest";
import { validateRelease } from "../../src/index.js";
import { found, validRelease } from "./fixtures.js";

const withDate = (start: string, end: string | null) => validateRelease({ ...validRelease(), date: { start, end } });

describe("date checks", () => {
  it("rejects days that do not exist", () => {
    expect(found(withDate("2017-02-30", null))).toEqual([["impossible_date", "$.date.start"]]);
    expect(found(withDate("2019-02-29", null))).toEqual([["impossible_date", "$.date.start"]]);
    expect(found(withDate("2021-04-31", null))).toEqual([["impossible_date", "$.date.start"]]);
    expect(found(withDate("2021-03-00", null))).toEqual([["impossible_date", "$.date.start"]]);
    expect(found(withDate("2021-13", null))).toEqual([["impossible_date", "$.date.start"]]);
    expect(found(withDate("2021-03-01", "2021-03-32"))).toEqual([["impossible_date", "$.date.end"]]);
  });

  it("accepts leap days of leap years, including 2000", () => {
    expect(withDate("2000-02-29", null).issues).toEqual([]);
    expect(withDate("2024-02-29", null).issues).toEqual([]);
    expect(found(withDate("1900-02-29", null))).toEqual([["impossible_date", "$.date.start"]]);
  });

  it("rejects an end before the start, at any precision", () => {
    const result = withDate("2021-03-15", "2021-03-14");
    expect(result.issues).toMatchObject([
      { code: "date_range_reversed", jsonPath: "$.date.end", start: "2021-03-15", end: "2021-03-14", severity: "error" },
    ]);
    expect(found(withDate("2021-03", "2021-02-28"))).toEqual([["date_range_reversed", "$.date.end"]]);
    expect(found(withDate("2021", "2020-12"))).toEqual([["date_range_reversed", "$.date.end"]]);
  });

  it("accepts ranges whose end overlaps a coarser start", () => {
    expect(withDate("2021-03", "2021-03-20").issues).toEqual([]);
    expect(withDate("2021-12-30", "2022-01-02").issues).toEqual([]);
  });

  it("warns when the end repeats the start", () => {
    const result = withDate("2021-03-15", "2021-03-15");
    expect(result.valid).toBe(true);
    expect(result.issues).toMatchObject([{ code: "redundant_end_date", severity: "warning", jsonPath: "$.date.end" }]);
  });
});

describe("the published date", () => {
  const withPublished = (start: string, published: unknown) =>
    validateRelease({ ...validRelease(), date: { start, end: null }, published });

  it("accepts an event on or before the day the release gives for itself", () => {
    expect(withPublished("2024-03-14", { date: "2024-03-14", span: { start: 0, end: 10 } }).issues).toEqual([]);
    expect(withPublished("2024-03-13", { date: "2024-03-14" }).issues).toEqual([]);
    expect(withPublished("2024-03", { date: "2024-03-14" }).issues).toEqual([]);
    expect(withPublished("2024-03-13", null).issues).toEqual([]);
  });

  it("warns, without invalidating, when the event comes after it", () => {
    const result = withPublished("2024-03-16", { date: "2024-03-14" });
    expect(result.valid).toBe(true);
    expect(result.issues).toMatchObject([
      { code: "event_after_publication", severity: "warning", jsonPath: "$.date.start", start: "2024-03-16", published: "2024-03-14" },
    ]);
  });

  it("rejects a published date that does not exist, and one of the wrong form", () => {
    expect(found(withPublished("2024-03-14", { date: "2024-02-30" }))).toEqual([["impossible_date", "$.published.date"]]);
    expect(found(withPublished("2024-03-14", { date: "14.03.2024" }))).toEqual([["invalid_format", "$.published.date"]]);
  });

  it("lets data made before the field existed stay valid", () => {
    const { published: _none, ...release } = { ...validRelease(), published: undefined };
    expect(validateRelease(release).valid).toBe(true);
  });
});
