import { describe, expect, it } from "vitest";
import { TOPIC_IDS } from "../../../src/data/topics.js";
import { RU_COUNTRIES } from "../../../src/lexicon/ru/data/countries.js";
import { keys, RUSSIAN_STEMMER, withYo } from "../../../src/lexicon/ru/keys.js";
import { ru } from "../../../src/lexicon/ru/index.js";
import { stemRussian } from "../../../src/lexicon/ru/stem.js";

const words = ru.topics;

describe("Russian topics section", () => {
  it("gives terms for every topic id", () => {
    expect(Object.keys(words.cues).sort()).toEqual([...TOPIC_IDS].sort());
  });

  it("holds no term twice within a topic", () => {
    for (const [id, cues] of Object.entries(words.cues)) {
      const terms = [...cues.terms, ...(cues.weakTerms ?? []), ...(cues.listTerms ?? [])];
      expect(new Set(terms).size, id).toBe(terms.length);
    }
  });

  it("keeps its small words and heads in lower case", () => {
    const lists = [
      ...Object.values(words.heads), words.conjunctions, words.stopWords, words.organWords, words.nameConnectors,
      words.places.modifiers, words.places.wideRegions, ...Object.values(words.classes),
    ];
    for (const list of lists) for (const word of list) expect(word).toBe(word.toLowerCase());
  });

  it("stems with the Snowball stemmer, the lexicon's key function", () => {
    expect(words.stemmer).toBe(RUSSIAN_STEMMER);
    expect(words.stemmer.stem("терроризму")).toBe(ru.keyOf?.("терроризму"));
  });

  it("gives a state's adjective in the national class the stem the countries gazetteer gives it", () => {
    const national = new Set(keys(words.classes.national ?? []));
    for (const country of RU_COUNTRIES) {
      for (const adjective of country.adjectives) expect(national.has(stemRussian(`${adjective}ий`)), adjective).toBe(true);
    }
  });
});

describe("keys and withYo", () => {
  it("stem a phrase word by word and drop repeats", () => {
    expect(keys(["Министерство иностранных дел", "министерства иностранных дел"])).toEqual([
      `${stemRussian("министерство")} ${stemRussian("иностранных")} дел`,
    ]);
  });

  it("write both spellings of ё", () => {
    expect(withYo(["утверждён", "принят"])).toEqual(["утверждён", "утвержден", "принят"]);
  });
});
