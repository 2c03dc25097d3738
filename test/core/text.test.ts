import { describe, expect, it } from "vitest";
import { isBasicCyrillicCode, isLetterAt, isLowerAt, isUpperAt, letterWidthAt, lowerCaseOf } from "../../src/core/text.js";

// The fast paths (ASCII, basic Cyrillic) must answer as the case conversions they stand for.
describe("character tests", () => {
  it("agree with the case conversions on every code of the basic plane", () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0xd800; code++) {
      const char = String.fromCharCode(code);
      const letter = char.toLowerCase() !== char.toUpperCase();
      const upper = char !== char.toLowerCase() && char === char.toUpperCase();
      const lower = char !== char.toUpperCase() && char === char.toLowerCase();
      if (isLetterAt(char, 0) !== letter || isUpperAt(char, 0) !== upper || isLowerAt(char, 0) !== lower) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("knows basic Cyrillic as letters", () => {
    expect(isBasicCyrillicCode("Ё".charCodeAt(0))).toBe(true);
    expect(isBasicCyrillicCode("я".charCodeAt(0))).toBe(true);
    expect(isBasicCyrillicCode("Ѡ".charCodeAt(0))).toBe(false);
    expect(isBasicCyrillicCode("a".charCodeAt(0))).toBe(false);
  });

  it("lower-cases as toLowerCase does, keeping a lower-case word as it is", () => {
    for (const text of ["talks", "Minsk", "переговоры", "Москва", "ЁЛКА", "ОДКБ-2024", "Ελλάδα", "İstanbul", "ǅemal", "мир Mir"]) {
      expect(lowerCaseOf(text)).toBe(text.toLowerCase());
    }
    const word = "переговоры";
    expect(lowerCaseOf(word)).toBe(word);
  });

  it("reads runs of letters as /\\p{L}+/gu does", () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (letterWidthAt(char, 0) !== (/^\p{L}$/u.test(char) ? 1 : 0)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(letterWidthAt("𝐀b", 0)).toBe(2); // MATHEMATICAL BOLD CAPITAL A, a letter outside the basic plane
    expect(letterWidthAt("😀", 0)).toBe(0);
    expect(letterWidthAt("ab", 2)).toBe(0);
  });
});
