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
    // An outcome verb may also be an object verb only to give another kind with that object
    // ("approved the nomination" is decided, "approved the budget" adopted).
    for (const rule of words.objectVerbs) {
      for (const verb of rule.verbs.filter((each) => outcome.includes(each))) {
        const kind = Object.entries(words.outcomeVerbs).find(([, verbs]) => verbs.includes(verb))?.[0];
        expect(kind, verb).not.toBe(rule.kind);
      }
    }
  });

  it("names each object verb rule with a unique kebab-case id", () => {
    const ids = words.objectVerbs.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});
