import { describe, expect, it } from "vitest";
import { lexiconFor } from "../../src/lexicon/index.js";

const words = lexiconFor("en").agreements;

describe("agreements section", () => {
  it("keeps every word list in lower case without repeats", () => {
    for (const [name, value] of Object.entries(words)) {
      if (!Array.isArray(value) || typeof value[0] !== "string") continue;
      for (const word of value as string[]) expect(word, name).toBe(word.toLowerCase());
      expect(new Set(value).size, name).toBe(value.length);
    }
  });

  it("gives each outcome verb one kind, and each object verb one rule", () => {
    const outcome = Object.values(words.outcomeVerbs).flat();
    expect(new Set(outcome).size).toBe(outcome.length);
    const objectVerbs = words.objectVerbs.flatMap((rule) => rule.verbs);
    expect(new Set(objectVerbs).size).toBe(objectVerbs.length);
    expect(objectVerbs.filter((verb) => outcome.includes(verb))).toEqual([]);
  });

  it("names each object verb rule with a unique kebab-case id", () => {
    const ids = words.objectVerbs.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});
