import { describe, expect, it } from "vitest";
import { OWN_NAME_RULES } from "../../../src/extract/organizations/own-name-rules.js";
import { organizationsOf } from "./run.js";

describe("rules against names of no organisation", () => {
  it("have distinct ids", () => {
    const ids = OWN_NAME_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("government-named-after-leader: an administration named after a leader is a government", () => {
    expect(organizationsOf("The Obama Administration replied.")).toEqual([]);
    expect(organizationsOf("The Presidential Administration replied.")).toEqual(["Presidential Administration | -"]);
  });

  it("legal-form-alone: a legal form names no company", () => {
    expect(organizationsOf("The Joint Stock Company replied.")).toEqual([]);
    expect(organizationsOf("The Joint-Stock Company replied.")).toEqual([]);
  });

  it("organ-of-unknown-acronym: the acronym speaks for its organ", () => {
    expect(organizationsOf("The XQZ Secretariat replied.")).toEqual(["XQZ | XQZ"]);
  });

  it("news-agency: a news agency is not an organisation of the release", () => {
    expect(organizationsOf("The Anatolian News Agency reported it.")).toEqual([]);
  });
});
