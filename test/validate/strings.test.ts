import { describe, expect, it } from "vitest";
import { validateRelease } from "../../src/index.js";
import { found, validRelease } from "./fixtures.js";

describe("blank strings", () => {
  it("rejects an empty agreement text and blank names, aliases and roles", () => {
    const release = validRelease();
    const result = validateRelease({
      ...release,
      participants: [{ ...release.participants[0], name: " ", aliases: [""], role: "" }],
      agreements: [{ text: "", kind: "signed" }],
    });
    expect(found(result)).toEqual([
      ["blank_string", "$.participants[0].name"],
      ["blank_string", "$.participants[0].aliases[0]"],
      ["blank_string", "$.participants[0].role"],
      ["blank_string", "$.agreements[0].text"],
    ]);
    expect(result.issues[2]?.message).toBe("Empty string: write null when the value is unknown");
    expect(result.issues[3]?.message).toBe("Empty string where text is required");
  });

  it("rejects a blank title and venue city", () => {
    const result = validateRelease({ ...validRelease(), title: "\n", venue: { city: "", country: "KZ", name: null } });
    expect(found(result)).toEqual([
      ["blank_string", "$.title"],
      ["blank_string", "$.venue.city"],
    ]);
  });
});

describe("whitespace", () => {
  it("warns about untrimmed, doubled or line-broken whitespace in normalised fields", () => {
    const release = validRelease();
    const result = validateRelease({
      ...release,
      title: "Talks  in Astana",
      organizations: [{ name: " OSCE Secretariat", acronym: "OSCE" }],
      participants: [{ ...release.participants[0], role: "Minister of\nForeign Affairs" }, release.participants[1]],
    });
    expect(result.valid).toBe(true);
    expect(found(result).filter(([code]) => code === "untidy_whitespace")).toEqual([
      ["untidy_whitespace", "$.title"],
      ["untidy_whitespace", "$.participants[0].role"],
      ["untidy_whitespace", "$.organizations[0].name"],
    ]);
  });
});

describe("venue, spans and quotes", () => {
  it("warns about a venue that says nothing", () => {
    const result = validateRelease({ ...validRelease(), venue: { city: null, country: null, name: null } });
    expect(result.issues).toMatchObject([{ code: "empty_venue", jsonPath: "$.venue", severity: "warning" }]);
  });

  it("rejects spans that end before they start, wherever they are", () => {
    const release = validRelease();
    const result = validateRelease({
      ...release,
      date: { start: "2021-03-15", end: null, span: { start: 9, end: 4 } },
      organizations: [{ ...release.organizations[0], spans: [{ start: 0, end: 3 }, { start: 8, end: 7 }] }, release.organizations[1]],
    });
    expect(found(result)).toEqual([
      ["span_reversed", "$.date.span"],
      ["span_reversed", "$.organizations[0].spans[1]"],
    ]);
  });

  it("warns when a quote's speaker is no one in the release", () => {
    const result = validateRelease({ ...validRelease(), quotes: [{ text: "Hello.", speaker: "Nobody Known" }, { text: "Hi.", speaker: null }] });
    expect(found(result)).toEqual([["unknown_speaker", "$.quotes[0].speaker"]]);
  });
});
