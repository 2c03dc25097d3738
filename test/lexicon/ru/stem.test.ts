import { describe, expect, it } from "vitest";
import { stemRussian } from "../../../src/lexicon/ru/stem.js";

describe("stemRussian", () => {
  it("gives the forms of one noun one stem", () => {
    const forms = ["москва", "москвы", "москве", "москву", "москвой"];
    expect(new Set(forms.map(stemRussian))).toEqual(new Set(["москв"]));
    const city = ["минск", "минска", "минску", "минском", "минске"];
    expect(new Set(city.map(stemRussian))).toEqual(new Set(["минск"]));
  });

  it("gives the forms of one adjective one stem", () => {
    const forms = ["российская", "российской", "российскую", "российский", "российского", "российскому"];
    expect(new Set(forms.map(stemRussian)).size).toBe(1);
  });

  it("takes reflexive and verb endings off", () => {
    expect(stemRussian("договорились")).toBe("договор");
    expect(stemRussian("подписали")).toBe(stemRussian("подписал"));
    expect(stemRussian("обсудили")).toBe(stemRussian("обсудил"));
  });

  it("reads ё as е", () => {
    expect(stemRussian("договорённость")).toBe(stemRussian("договоренность"));
  });

  it("leaves words without a vowel after their first alone", () => {
    expect(stemRussian("в")).toBe("в");
    expect(stemRussian("мид")).toBe("мид");
    expect(stemRussian("")).toBe("");
  });

  it("keeps the vowel before a group-1 ending (после а/я)", () => {
    // "-вши" of a perfective gerund goes only after а or я.
    expect(stemRussian("прочитавши")).toBe("прочита");
  });
});
