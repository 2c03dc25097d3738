import { describe, expect, it } from "vitest";
import { validateRelease } from "../../src/index.js";
import { found, validRelease } from "./fixtures.js";

describe("organisations", () => {
  it("rejects an organisation listed twice by name", () => {
    const release = validRelease();
    const result = validateRelease({
      ...release,
      organizations: [...release.organizations, { name: "organization for security and co-operation in europe", acronym: null }],
    });
    expect(result.issues).toMatchObject([
      { code: "duplicate_organization", jsonPath: "$.organizations[2].name", by: "name", firstPath: ["organizations", 1] },
    ]);
  });

  it("rejects an organisation listed twice by acronym under another spelling", () => {
    const release = validRelease();
    const result = validateRelease({
      ...release,
      organizations: [...release.organizations, { name: "Organisation for Security and Cooperation in Europe", acronym: "OSCE" }],
    });
    expect(found(result)).toEqual([["duplicate_organization", "$.organizations[2].acronym"]]);
  });

  it("warns when a participant's organisation is not listed", () => {
    const release = validRelease();
    const result = validateRelease({ ...release, organizations: release.organizations.slice(0, 1) });
    expect(result.valid).toBe(true);
    expect(result.issues).toMatchObject([
      { code: "unlisted_organization", jsonPath: "$.participants[1].organization", organization: "OSCE" },
    ]);
  });
});
