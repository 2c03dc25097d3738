import { describe, expect, it } from "vitest";
import { validateRelease } from "../../src/index.js";
import { validRelease } from "./fixtures.js";

describe("validateRelease on valid data", () => {
  it("accepts a complete release with no issue and returns the parsed release", () => {
    const result = validateRelease(validRelease());
    expect(result.issues).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.release?.participants[1]?.name).toBe("Pieter van Dam");
  });

  it("accepts the smallest release: nulls and empty lists", () => {
    const result = validateRelease({
      title: null,
      date: null,
      venue: null,
      format: null,
      participants: [],
      mentionedPersons: [],
      organizations: [],
      topics: [],
      agreements: [],
    });
    expect(result).toMatchObject({ valid: true, issues: [] });
  });

  it("accepts month and year precision, a leap day, spans, quotes and XK", () => {
    const release = {
      ...validRelease(),
      date: { start: "2020-02-29", end: null, span: { start: 3, end: 20 } },
      venue: { city: "Pristina", country: "XK", name: null, inferred: true },
      quotes: [{ text: "We are neighbours.", speaker: "Aigerim Sultanova", span: { start: 40, end: 58 } }],
    };
    expect(validateRelease(release).issues).toEqual([]);
    expect(validateRelease({ ...validRelease(), date: { start: "2019-11", end: "2020" } }).issues).toEqual([]);
  });

  it("keeps a verbatim agreement sentence's spacing without complaint", () => {
    expect(validateRelease(validRelease()).issues.map((issue) => issue.code)).not.toContain("untidy_whitespace");
  });
});
