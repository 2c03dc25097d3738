import { describe, expect, it } from "vitest";
import { Word, possessiveLength } from "../../src/core/word.js";

const word = (value: string, kind: "word" | "punctuation" | "symbol" = "word") => new Word(value, kind, 10, 10 + value.length, true, 0);

describe("Word", () => {
  it("takes a possessive ending off for its bare form and key", () => {
    expect(word("Putin's").bare).toBe("Putin");
    expect(word("Putin's").key).toBe("putin");
    expect(word("Putin's").lower).toBe("putin's");
    expect(word("Putin's").possessive).toBe(true);
    expect(word("Lukashenkos'").bare).toBe("Lukashenkos");
    expect(word("Minsk").possessive).toBe(false);
    expect(word("Minsk").bare).toBe("Minsk");
  });

  it("tells capitals, all capitals and hyphens", () => {
    expect(word("CSTO").allCaps).toBe(true);
    expect(word("U.S.").allCaps).toBe(true);
    expect(word("Minsk").allCaps).toBe(false);
    expect(word("Minsk").capitalized).toBe(true);
    expect(word("talks").capitalized).toBe(false);
    expect(word("Élysée").capitalized).toBe(true);
    expect(word("Kassym-Jomart").hyphenated).toBe(true);
    expect(word("-").hyphenated).toBe(false);
  });

  it("gives no word facts to punctuation", () => {
    const mark = word(",", "punctuation");
    expect(mark.capitalized).toBe(false);
    expect(mark.possessive).toBe(false);
    expect(mark.is(",")).toBe(false);
  });

  it("splits hyphenated words into parts with offsets", () => {
    expect(word("Russia-ASEAN").parts).toEqual([
      { text: "Russia", start: 10, end: 16 },
      { text: "ASEAN", start: 17, end: 22 },
    ]);
    expect(word("Minsk").parts).toEqual([{ text: "Minsk", start: 10, end: 15 }]);
  });

  it("compares words by key", () => {
    expect(word("Talks").is("talks")).toBe(true);
    expect(word("Talks").is("talk")).toBe(false);
  });
});

describe("possessiveLength", () => {
  it("counts 's and a bare closing apostrophe, not short words", () => {
    expect(possessiveLength("Russia's")).toBe(2);
    expect(possessiveLength("Russia’s")).toBe(2);
    expect(possessiveLength("States'")).toBe(1);
    expect(possessiveLength("'s")).toBe(0);
    expect(possessiveLength("Minsk")).toBe(0);
  });
});
