import { describe, expect, it } from "vitest";
import { Word } from "../../../src/core/word.js";
import { COUNTRIES } from "../../../src/data/countries.js";
import { vocabularyOf } from "../../../src/extract/people/vocabulary.js";
import { lexiconFor } from "../../../src/lexicon/index.js";
import { matchCountryAt } from "../../../src/normalize/country.js";

const vocabulary = vocabularyOf(lexiconFor("en"));

/** A word token as the chunker sees it. */
function wordOf(value: string): Word {
  return new Word(value, "word", 0, value.length, true, 0);
}

describe("vocabularyOf", () => {
  it("is built once per lexicon", () => {
    expect(vocabularyOf(lexiconFor("en"))).toBe(vocabulary);
  });

  it("reads the people section of the lexicon as sets", () => {
    expect(vocabulary.participationWords.has("met")).toBe(true);
    expect(vocabulary.actVerbs.has("stressed")).toBe(true);
    expect(vocabulary.cuesByFirstWord.get("took")).toEqual([["took", "part"]]);
  });
});

describe("capitalizedWord", () => {
  it("lets every country name, adjective and acronym through to the matcher", () => {
    for (const country of COUNTRIES) {
      for (const name of [country.name, country.official, ...country.names, ...country.adjectives, ...country.acronyms]) {
        const tokens = name.split(" ");
        const first = tokens[0] as string;
        if (!/^\p{Lu}/u.test(first)) continue;
        if (matchCountryAt(tokens, 0)) expect(vocabulary.capitalizedWord(wordOf(first)).mayStartCountry, name).toBe(true);
        if (matchCountryAt([`${first}'s`], 0)) expect(vocabulary.capitalizedWord(wordOf(`${first}'s`)).mayStartCountry, name).toBe(true);
      }
    }
  });

  it("tells titles, honorifics and words that are never names", () => {
    expect(vocabulary.capitalizedWord(wordOf("Deputy"))).toMatchObject({ mayStartTitle: true, mayStartCountry: false });
    expect(vocabulary.capitalizedWord(wordOf("Chief"))).toMatchObject({ mayStartTitle: true });
    expect(vocabulary.capitalizedWord(wordOf("Kazakh"))).toMatchObject({ mayStartTitle: false, mayStartCountry: true });
    expect(vocabulary.capitalizedWord(wordOf("Mr"))).toMatchObject({ honorific: true });
    expect(vocabulary.capitalizedWord(wordOf("Sheikh"))).toMatchObject({ honorific: true });
    expect(vocabulary.capitalizedWord(wordOf("Ministry"))).toMatchObject({ nonName: true });
    expect(vocabulary.capitalizedWord(wordOf("President"))).toMatchObject({ mayStartTitle: true, title: true });
    expect(vocabulary.capitalizedWord(wordOf("Prime"))).toMatchObject({ mayStartTitle: true, title: false });
    expect(vocabulary.capitalizedWord(wordOf("Tokayev"))).toEqual({ mayStartTitle: false, mayStartCountry: false, honorific: false, nonName: false, title: false });
  });
});

describe("name words", () => {
  it("tells particles and suffixes", () => {
    expect(vocabulary.isParticleWord(wordOf("van"))).toBe(true);
    expect(vocabulary.isParticleWord(wordOf("Putin"))).toBe(false);
    expect(vocabulary.isGenerationSuffix(wordOf("Jr."))).toBe(true);
    expect(vocabulary.isGenerationSuffix(wordOf("Sr"))).toBe(true);
    expect(vocabulary.isGenerationSuffix(wordOf("III"))).toBe(false);
    expect(vocabulary.isNameSuffix("III")).toBe(true);
    expect(vocabulary.isNameSuffix("Ivan")).toBe(false);
  });

  it("reads a post named by the unit it heads as a title", () => {
    const words = ["chief", "of", "the", "Joint", "Staff"].map(wordOf);
    expect(vocabulary.titleAt(words.map((word) => word.value), 0, words, { allowLowerCase: true })).toMatchObject({ kind: "io-official", length: 5 });
    const unit = ["Head", "of", "the", "Department"].map(wordOf);
    expect(vocabulary.titleAt(unit.map((word) => word.value), 0, unit)).toMatchObject({ title: "Head" });
  });
});
