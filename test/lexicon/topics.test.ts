import { describe, expect, it } from "vitest";
import { TOPIC_IDS, TOPIC_TAXONOMY } from "../../src/data/topics.js";
import { LANGUAGES, lexiconFor } from "../../src/lexicon/index.js";
import { TOPIC_BLOCKERS, TOPIC_HEADS, TOPICS, topicsOf } from "../../src/lexicon/topics.js";

describe("topics section", () => {
  it("gives cue terms for every id of the taxonomy, and for no other id, in every language", () => {
    for (const language of LANGUAGES) {
      const cues = lexiconFor(language).topics.cues;
      expect(Object.keys(cues).sort(), language).toEqual([...TOPIC_IDS].sort());
      for (const id of TOPIC_IDS) expect(cues[id]?.terms.length, `${language} ${id}`).toBeGreaterThan(0);
    }
  });

  it("holds no term twice within a topic", () => {
    for (const topic of TOPICS) {
      const terms = [...topic.terms, ...(topic.weakTerms ?? [])];
      expect(new Set(terms).size, topic.id).toBe(terms.length);
    }
  });

  it("keeps head words and the matcher's small words in lower case", () => {
    const words = lexiconFor("en").topics;
    for (const list of [...Object.values(words.heads), words.conjunctions, words.stopWords, words.organWords, words.nameConnectors]) {
      for (const word of list) expect(word).toBe(word.toLowerCase());
    }
  });

  it("joins the taxonomy with a language's terms, in taxonomy order", () => {
    const english = topicsOf(lexiconFor("en"));
    expect(english).toBe(TOPICS);
    expect(english.map((topic) => topic.id)).toEqual(TOPIC_IDS);
    expect(english[0]).toMatchObject({ ...TOPIC_TAXONOMY[0], terms: lexiconFor("en").topics.cues[TOPIC_IDS[0] as string]?.terms });
  });

  it("exports the English heads and blockers as frozen views", () => {
    expect(TOPIC_HEADS.field).toEqual(lexiconFor("en").topics.heads.field);
    expect(TOPIC_BLOCKERS).toEqual(lexiconFor("en").topics.blockers);
    expect(Object.isFrozen(TOPIC_BLOCKERS)).toBe(true);
    expect(Object.isFrozen(TOPICS)).toBe(true);
  });
});
