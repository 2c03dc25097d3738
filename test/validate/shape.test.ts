import { describe, expect, it } from "vitest";
import { validateRelease } from "../../src/index.js";
import { found, validRelease } from "./fixtures.js";

describe("schema issues", () => {
  it("reports a wrong type with what was expected and received", () => {
    const result = validateRelease({ ...validRelease(), title: 42 });
    expect(result.valid).toBe(false);
    expect(result.release).toBeNull();
    expect(result.issues).toEqual([
      {
        code: "invalid_type",
        severity: "error",
        path: ["title"],
        jsonPath: "$.title",
        expected: "string",
        received: "integer 42",
        message: "Expected string, got integer 42",
      },
    ]);
  });

  it("reports missing fields, including a missing enum, as missing_field", () => {
    const { format: _format, participants: _participants, ...rest } = validRelease();
    expect(found(validateRelease(rest))).toEqual([
      ["missing_field", "$.format"],
      ["missing_field", "$.participants"],
    ]);
  });

  it("reports a value outside an enum with the options", () => {
    const result = validateRelease({ ...validRelease(), format: "fax" });
    expect(result.issues[0]).toMatchObject({ code: "invalid_value", jsonPath: "$.format", options: ["in-person", "video", "phone"] });
  });

  it("names the expected form of a malformed date, country code and topic id", () => {
    const release = validRelease();
    const result = validateRelease({
      ...release,
      date: { start: "15.03.2021", end: null },
      participants: [{ ...release.participants[0], country: "kz" }],
      topics: ["Border Security"],
    });
    expect(found(result)).toEqual([
      ["invalid_format", "$.date.start"],
      ["invalid_format", "$.participants[0].country"],
      ["invalid_format", "$.topics[0]"],
    ]);
    expect(result.issues[0]?.message).toBe('Expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "15.03.2021"');
  });

  it("reports a negative span offset as too_small and a fraction as invalid_type", () => {
    const result = validateRelease({ ...validRelease(), date: { start: "2021-03-15", end: null, span: { start: -1, end: 2.5 } } });
    expect(found(result)).toEqual([
      ["too_small", "$.date.span.start"],
      ["invalid_type", "$.date.span.end"],
    ]);
  });

  it("reports a root that is not an object at $", () => {
    for (const data of [null, [], "release", 7, undefined]) {
      expect(found(validateRelease(data))).toEqual([["invalid_type", "$"]]);
    }
  });

  it("warns about unknown keys, including __proto__, without failing the release", () => {
    const data = JSON.parse('{"__proto__": {"polluted": 1}, "participants": []}') as Record<string, unknown>;
    const result = validateRelease({ ...validRelease(), ...data, particpants: [] });
    expect(found(result)).toEqual([
      ["unknown_key", "$.__proto__"],
      ["unknown_key", "$.particpants"],
    ]);
    expect(result.valid).toBe(true);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("does not judge the meaning of a value the schema rejected", () => {
    const release = validRelease();
    const result = validateRelease({ ...release, venue: { ...release.venue, country: "zz" } });
    expect(found(result)).toEqual([["invalid_format", "$.venue.country"]]);
  });

  it("reports meaning issues alongside schema issues elsewhere", () => {
    const result = validateRelease({ ...validRelease(), title: 1, topics: ["piracy"] });
    expect(found(result)).toEqual([
      ["invalid_type", "$.title"],
      ["unknown_topic", "$.topics[0]"],
    ]);
  });

  it("handles a huge array in linear time", () => {
    const topics = Array.from({ length: 100_000 }, (_, index) => (index % 2 === 0 ? "trade" : `t${index}`));
    const started = performance.now();
    const result = validateRelease({ ...validRelease(), topics });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.issues.length).toBe(99_999); // 49 999 duplicates of "trade", 50 000 unknown ids
  });
});
