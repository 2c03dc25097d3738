import { describe, expect, it } from "vitest";
import { lexiconFor } from "../../src/lexicon/index.js";

const words = lexiconFor("en").quotes;

describe("quotes section", () => {
  it("keeps its word lists in lower case without repeats, glued label titles capitalised", () => {
    for (const [name, value] of Object.entries(words)) {
      if (!Array.isArray(value)) continue;
      expect(new Set(value).size, name).toBe(value.length);
      for (const word of value as string[]) {
        if (name === "gluedLabelTitles") expect(word).toMatch(/^\p{Lu}\p{Ll}+$/u);
        else expect(word, name).toBe(word.toLowerCase());
      }
    }
  });
});
