import { describe, expect, it } from "vitest";
import { validateRelease, type Participant } from "../../src/index.js";
import { found, validRelease } from "./fixtures.js";

const person = (name: string, aliases: string[] = []): Participant => ({
  name,
  aliases,
  role: null,
  organization: null,
  country: null,
});

const withParticipants = (...participants: Participant[]) => validateRelease({ ...validRelease(), participants });

describe("duplicate people", () => {
  it("rejects the same participant twice, whatever the case, accents or dots", () => {
    expect(found(withParticipants(person("Pieter van Dam"), person("pieter  van dam")))).toContainEqual([
      "duplicate_participant",
      "$.participants[1].name",
    ]);
    expect(found(withParticipants(person("José Müller"), person("Jose Muller")))).toEqual([
      ["duplicate_participant", "$.participants[1].name"],
    ]);
  });

  it("rejects a participant whose name is an earlier participant's alias, and the reverse", () => {
    const result = withParticipants(person("Aigerim Sultanova", ["A.Sultanova"]), person("A. Sultanova"));
    expect(result.issues).toMatchObject([{ code: "duplicate_participant", firstPath: ["participants", 0] }]);
    expect(found(withParticipants(person("Sultanova"), person("Aigerim Sultanova", ["Sultanova"])))).toEqual([
      ["duplicate_participant", "$.participants[1].name"],
    ]);
  });

  it("accepts two people who share a surname", () => {
    expect(withParticipants(person("Anna Berg", ["A.Berg"]), person("Karl Berg", ["K.Berg"])).issues).toEqual([]);
  });

  it("rejects a mentioned person listed twice", () => {
    const result = validateRelease({ ...validRelease(), mentionedPersons: [person("Jonas Berg"), person("Jonas Berg")] });
    expect(found(result)).toEqual([["duplicate_mentioned_person", "$.mentionedPersons[1].name"]]);
  });

  it("rejects a person both participant and mentioned", () => {
    const result = validateRelease({ ...validRelease(), mentionedPersons: [{ name: "Sultanova", aliases: [] }] });
    expect(result.issues).toMatchObject([
      { code: "participant_also_mentioned", jsonPath: "$.mentionedPersons[0].name", participantPath: ["participants", 0] },
    ]);
  });
});

describe("aliases", () => {
  it("warns about an alias equal to the name and an alias listed twice", () => {
    const result = withParticipants(person("Anna Berg", ["Anna Berg", "Berg", "Berg"]));
    expect(result.valid).toBe(true);
    expect(found(result)).toEqual([
      ["alias_equals_name", "$.participants[0].aliases[0]"],
      ["duplicate_alias", "$.participants[0].aliases[2]"],
    ]);
  });

  it("warns about one alias given to two people", () => {
    const result = withParticipants(person("Anna Berg", ["Berg"]), person("Karl Berg", ["Berg"]));
    expect(result.issues).toMatchObject([
      { code: "shared_alias", jsonPath: "$.participants[1].aliases[0]", severity: "warning", otherPath: ["participants", 0] },
    ]);
  });
});
