import { describe, expect, it } from "vitest";
import { countryNamesOf, matchCountryName } from "../../../src/extract/topics/countries.js";

const names = countryNamesOf([
  { code: "AM", names: ["Армения", "Республика Армения"] },
  { code: "CN", names: ["Китай", "КНР"] },
  { code: "IN", names: ["Индия"] },
  { code: "KR", names: ["Южная Корея"] },
  { code: "ML", names: ["Мали"] },
]);

const match = (phrase: string): string | null => matchCountryName(names, phrase.split(" "), 0)?.code ?? null;

describe("matchCountryName", () => {
  it("reads a name in any case", () => {
    expect(["Армения", "Армении", "Арменией", "Армению"].map(match)).toEqual(["AM", "AM", "AM", "AM"]);
    expect(["Китай", "Китаем", "Китае", "Индии", "Индией"].map(match)).toEqual(["CN", "CN", "CN", "IN", "IN"]);
  });

  it("reads names of several words, the longest first", () => {
    expect(matchCountryName(names, ["Южной", "Кореи", "и"], 0)).toEqual({ code: "KR", length: 2 });
    expect(matchCountryName(names, ["Республикой", "Армения"], 0)).toEqual({ code: "AM", length: 2 });
  });

  it("reads acronyms as written", () => {
    expect(match("КНР")).toBe("CN");
  });

  it("gives a short stem a one-letter ending only, and another word nothing", () => {
    expect(match("Мали")).toBe("ML");
    expect(match("Малая")).toBeNull();
    expect(match("Армянский")).toBeNull();
    expect(match("Китайский")).toBeNull();
  });
});
