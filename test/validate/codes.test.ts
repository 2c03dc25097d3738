import { describe, expect, it } from "vitest";
import { TOPIC_IDS, validateRelease } from "../../src/index.js";
import { found, validRelease } from "./fixtures.js";

describe("country codes", () => {
  it("rejects unassigned codes on the venue and on people", () => {
    const release = validRelease();
    const result = validateRelease({
      ...release,
      venue: { city: "Astana", country: "ZZ", name: null },
      participants: [release.participants[0], { ...release.participants[1], country: "UK" }],
      mentionedPersons: [{ name: "Jonas Berg", aliases: [], country: "EU" }],
    });
    expect(found(result)).toEqual([
      ["unknown_country", "$.venue.country"],
      ["unknown_country", "$.participants[1].country"],
      ["unknown_country", "$.mentionedPersons[0].country"],
    ]);
    expect(result.issues[1]?.message).toBe('Unknown country code "UK": expected an assigned ISO 3166-1 alpha-2 code');
  });
});

describe("topic ids", () => {
  it("rejects ids outside the built-in taxonomy and accepts every built-in id", () => {
    expect(found(validateRelease({ ...validRelease(), topics: ["trade", "piracy"] }))).toEqual([["unknown_topic", "$.topics[1]"]]);
    expect(validateRelease({ ...validRelease(), topics: [...TOPIC_IDS] }).issues).toEqual([]);
  });

  it("checks against a taxonomy passed in options instead", () => {
    const options = { topicIds: new Set(["piracy"]) };
    expect(found(validateRelease({ ...validRelease(), topics: ["piracy", "trade"] }, options))).toEqual([
      ["unknown_topic", "$.topics[1]"],
    ]);
  });

  it("rejects a topic listed twice, pointing at the first", () => {
    const result = validateRelease({ ...validRelease(), topics: ["trade", "energy", "trade"] });
    expect(result.issues).toMatchObject([{ code: "duplicate_topic", jsonPath: "$.topics[2]", firstPath: ["topics", 0] }]);
  });
});

describe("rules option", () => {
  it("changes the severity of a meaning check or turns it off", () => {
    const data = { ...validRelease(), topics: ["piracy"] };
    expect(validateRelease(data, { rules: { unknown_topic: "warning" } })).toMatchObject({
      valid: true,
      issues: [{ code: "unknown_topic", severity: "warning" }],
    });
    expect(validateRelease(data, { rules: { unknown_topic: "off" } }).issues).toEqual([]);
  });

  it("throws a TypeError quoting a bad rule", () => {
    expect(() => validateRelease({}, { rules: { nonsense: "off" } as never })).toThrow(/unknown issue code in rules: "nonsense"/);
    expect(() => validateRelease({}, { rules: { invalid_type: "off" } })).toThrow(TypeError);
    expect(() => validateRelease({}, { rules: { unknown_topic: "loud" as never } })).toThrow(/got "loud"/);
  });
});
