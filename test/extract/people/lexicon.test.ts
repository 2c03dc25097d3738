import { describe, expect, it } from "vitest";
import { COUNTRIES } from "../../../src/data/countries.js";
import { capitalizedWord } from "../../../src/extract/people/lexicon.js";
import type { Word } from "../../../src/extract/words.js";
import { matchCountryAt } from "../../../src/normalize/country.js";

/** A capitalised word token as the chunker sees it. */
function wordOf(value: string): Word {
  const possessive = /['\u2019][sS]$/u.test(value);
  const bare = possessive ? value.slice(0, -2) : value;
  return {
    value,
    bare,
    lower: bare.toLowerCase(),
    possessive,
    kind: "word",
    start: 0,
    end: value.length,
    spaceBefore: true,
    capitalized: true,
    allCaps: false,
  };
}

describe("capitalizedWord", () => {
  it("lets every country name, adjective and acronym through to the matcher", () => {
    for (const country of COUNTRIES) {
      for (const name of [country.name, country.official, ...country.names, ...country.adjectives, ...country.acronyms]) {
        const tokens = name.split(" ");
        const first = tokens[0] as string;
        if (!/^\p{Lu}/u.test(first)) continue;
        if (matchCountryAt(tokens, 0)) expect(capitalizedWord(wordOf(first)).mayStartCountry, name).toBe(true);
        if (matchCountryAt([`${first}'s`], 0)) expect(capitalizedWord(wordOf(`${first}'s`)).mayStartCountry, name).toBe(true);
      }
    }
  });

  it("tells titles, honorifics and words that are never names", () => {
    expect(capitalizedWord(wordOf("Deputy"))).toMatchObject({ mayStartTitle: true, mayStartCountry: false });
    expect(capitalizedWord(wordOf("Chief"))).toMatchObject({ mayStartTitle: true });
    expect(capitalizedWord(wordOf("Kazakh"))).toMatchObject({ mayStartTitle: false, mayStartCountry: true });
    expect(capitalizedWord(wordOf("Mr"))).toMatchObject({ honorific: true });
    expect(capitalizedWord(wordOf("Ministry"))).toMatchObject({ nonName: true });
    expect(capitalizedWord(wordOf("President"))).toMatchObject({ mayStartTitle: true, title: true });
    expect(capitalizedWord(wordOf("Prime"))).toMatchObject({ mayStartTitle: true, title: false });
    expect(capitalizedWord(wordOf("Tokayev"))).toEqual({ mayStartTitle: false, mayStartCountry: false, honorific: false, nonName: false, title: false });
  });
});
