import { describe, expect, it } from "vitest";
import { foldForMatch, normalizeQuotes, normalizeWhitespace } from "../../src/normalize/text.js";

describe("normalizeWhitespace", () => {
  it("collapses runs of any white space and trims", () => {
    expect(normalizeWhitespace("  Talks in\u00A0Minsk,\n\t 5 May  ")).toBe("Talks in Minsk, 5 May");
  });
  it("leaves single-spaced text alone", () => {
    expect(normalizeWhitespace("a b c")).toBe("a b c");
  });
});

describe("normalizeQuotes", () => {
  it("straightens typographic quotes and guillemets by default", () => {
    expect(normalizeQuotes("the \u201CSilk Road\u201D and \u00ABSirius\u00BB, the minister\u2019s visit")).toBe(
      "the \"Silk Road\" and \"Sirius\", the minister's visit",
    );
  });
  it("curls straight quotes, with apostrophes inside words closing", () => {
    expect(normalizeQuotes("he said \"yes\" and it's 'fine'", { style: "curly" })).toBe(
      "he said \u201Cyes\u201D and it\u2019s \u2018fine\u2019",
    );
  });
});

describe("foldForMatch", () => {
  it("lower-cases, drops diacritics and apostrophes, and turns punctuation into single spaces", () => {
    expect(foldForMatch("Côte d\u2019Ivoire")).toBe("cote divoire");
    expect(foldForMatch("Washington, D.C.")).toBe("washington d c");
    expect(foldForMatch("  Nur-Sultan ")).toBe("nur sultan");
    expect(foldForMatch("Łódź Straße")).toBe("lodz strasse");
  });
  it("returns an empty string for punctuation only", () => {
    expect(foldForMatch(" , . - ")).toBe("");
  });
});
