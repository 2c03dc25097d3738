import type { PressRelease, ValidationResult } from "../../src/index.js";

/** A valid release written for these tests (not from the corpus). */
export function validRelease(): PressRelease {
  return {
    title: "Foreign Ministers of Freedonia and Kazakhstan hold talks in Astana",
    date: { start: "2021-03-15", end: "2021-03-16" },
    venue: { city: "Astana", country: "KZ", name: "Ministry of Foreign Affairs" },
    format: "in-person",
    participants: [
      {
        name: "Aigerim Sultanova",
        aliases: ["A.Sultanova", "Sultanova"],
        role: "Minister of Foreign Affairs",
        organization: "MFA",
        country: "KZ",
      },
      {
        name: "Pieter van Dam",
        aliases: ["van Dam"],
        role: "Secretary General",
        organization: "OSCE",
        country: null,
      },
    ],
    mentionedPersons: [{ name: "Jonas Berg", aliases: [] }],
    organizations: [
      { name: "Ministry of Foreign Affairs of Kazakhstan", acronym: "MFA" },
      { name: "Organization for Security and Co-operation in Europe", acronym: "OSCE" },
    ],
    topics: ["trade", "border-security"],
    agreements: [{ text: "The sides agreed to  open a joint border post.", kind: "agreed" }],
  };
}

/** `[code, jsonPath]` of every issue, for compact assertions. */
export function found(result: ValidationResult): [string, string][] {
  return result.issues.map((issue) => [issue.code, issue.jsonPath]);
}
