import { describe, expect, it } from "vitest";
import { lexiconFor } from "../../../src/lexicon/index.js";

const organizations = lexiconFor("en").organizations;

describe("English organisation words", () => {
  it("holds lower-case words without duplicates", () => {
    for (const [name, words] of Object.entries(organizations)) {
      if (name === "spellingVariants" || name === "headAcronyms" || name === "genericMinistries" || name === "ministryShortNames") continue;
      for (const word of words as readonly string[]) expect(word, name).toBe(word.toLowerCase());
      expect(new Set(words).size, name).toBe(words.length);
    }
  });

  it("folds British spellings to American ones, never the other way", () => {
    const folded = new Set(organizations.spellingVariants.map(([, to]) => to));
    for (const [from, to] of organizations.spellingVariants) {
      expect(from).not.toBe(to);
      expect(folded.has(from)).toBe(false);
    }
  });

  it("lets names run on only through connectors a gazetteer name may hold", () => {
    const nameConnectors = new Set(organizations.nameConnectors);
    for (const word of organizations.runConnectors) expect(nameConnectors.has(word)).toBe(true);
    // "in" joins a name only after an embassy's head ("Embassy of Japan in Mongolia").
    for (const word of organizations.complementConnectors) expect([...organizations.runConnectors, ...organizations.locationConnectors]).toContain(word);
  });

  it("gives each ministry's short name with its full one", () => {
    for (const [short, full] of organizations.ministryShortNames ?? []) {
      expect(short).toMatch(/ Ministry$/);
      expect(full).toMatch(/^Ministry of /);
    }
  });

  it("spells out each ministry acronym in capitals once", () => {
    for (const [acronym, name] of organizations.headAcronyms) {
      expect(acronym).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(name).toMatch(/^Ministry /);
    }
    expect(new Set(organizations.headAcronyms.map(([acronym]) => acronym)).size).toBe(organizations.headAcronyms.length);
  });

  it("does not take a title for a name word", () => {
    const titles = new Set(organizations.titleWords);
    for (const word of ["ministry", "council", "organization"]) expect(titles.has(word)).toBe(false);
  });
});
