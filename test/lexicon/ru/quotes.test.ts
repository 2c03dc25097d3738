import { describe, expect, it } from "vitest";
import { ru } from "../../../src/lexicon/ru/index.js";

const words = ru.quotes;

describe("Russian quotes section", () => {
  it("keeps its word lists in lower case without repeats", () => {
    for (const [name, value] of Object.entries(words)) {
      if (!Array.isArray(value) || typeof value[0] !== "string") continue;
      expect(new Set(value).size, name).toBe(value.length);
      for (const word of value as string[]) expect(word, name).toBe(word.toLowerCase());
    }
  });

  it("reads speech verbs in every gender and number", () => {
    for (const form of ["подчеркнул", "подчеркнула", "подчеркнули"]) expect(words.speechVerbs).toContain(form);
  });

  it("takes label titles and the words inside titles from the titles gazetteer, apart", () => {
    expect(words.labelTitles).toContain("министр");
    expect(words.labelConnectors).toContain("иностранных");
    for (const title of words.labelTitles) expect(words.labelConnectors, title).not.toContain(title);
  });

  it("gives each title its English role", () => {
    expect(words.titleRoles?.find((entry) => entry.title === "Министр иностранных дел")?.role).toBe("Minister of Foreign Affairs");
  });
});
