import { describe, expect, it } from "vitest";
import { isPublication, roleOf } from "../../../src/extract/dates/roles.js";

describe("the role of a date mention", () => {
  it("is the page's publication, first, with the mark that says so", () => {
    expect(roleOf({ kind: "dateline", revision: false }, { context: "bound", rule: "bound-word", token: 2 })).toEqual({
      name: "publication",
      rule: "dateline",
      token: null,
    });
    expect(roleOf({ kind: "stamp", revision: true }, null)).toEqual({ name: "revision", rule: "stamp", token: null });
  });

  it("is else the date's context, with the rule and the word that tell it", () => {
    expect(roleOf(null, { context: "future", rule: "future-word", token: 4 })).toEqual({ name: "future", rule: "future-word", token: 4 });
  });

  it("is none when nothing speaks against the date being the event's", () => {
    expect(roleOf(null, null)).toBeNull();
    expect(isPublication(null)).toBe(false);
    expect(isPublication({ name: "revision", rule: "timestamp", token: null })).toBe(false);
    expect(isPublication({ name: "publication", rule: "timestamp", token: null })).toBe(true);
  });
});
