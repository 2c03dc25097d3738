import { describe, expect, it } from "vitest";
import { compilePatterns } from "../../../src/extract/topics/patterns.js";
import { mayStartTerm, startFilterOf } from "../../../src/extract/topics/starts.js";
import { topicVocabularyOf } from "../../../src/extract/topics/vocabulary.js";
import { lexiconFor } from "../../../src/lexicon/index.js";
import { TOPIC_BLOCKERS, TOPIC_HEADS, TOPICS } from "../../../src/lexicon/topics.js";

const vocabulary = topicVocabularyOf(lexiconFor("en"));
const { keyOf, irregularForms } = vocabulary;
const index = compilePatterns(TOPICS, TOPIC_BLOCKERS, TOPIC_HEADS, vocabulary);

/** A word of no hyphen starts a pattern exactly when its key is a pattern's first key. */
const startsPattern = (word: string): boolean => index.byKey.has(keyOf(word));

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Every word of up to `length` letters. */
function allWords(length: number): string[] {
  let words = [""];
  const all: string[] = [];
  for (let size = 1; size <= length; size++) {
    words = words.flatMap((word) => [...LETTERS].map((letter) => word + letter));
    for (const word of words) all.push(word);
  }
  return all;
}

/** Written forms a term word may take in a release. */
function writtenForms(word: string): string[] {
  const bases = [word, word.replace(/y$/, "i"), word.replace(/e$/, "")];
  const forms = bases.flatMap((base) =>
    ["", "s", "es", "ies", "ied", "ing", "ed", "er", "ers", "ist", "ists", "ism", "ise", "ised", "isation", "'s", "\u2019s", "'"].map(
      (ending) => base + ending,
    ),
  );
  return forms.flatMap((form) => [form, form.toUpperCase(), form.charAt(0).toUpperCase() + form.slice(1)]);
}

describe("mayStartTerm", () => {
  it("never turns away a word of up to four letters that starts a term", () => {
    const missed = allWords(4).filter((word) => startsPattern(word) && !mayStartTerm(index.starts, word));
    expect(missed).toEqual([]);
  });

  it("never turns away a five-letter -ies or -ied word that starts a term", () => {
    const words = allWords(2).flatMap((head) => [`${head}ies`, `${head}ied`]);
    expect(words.filter((word) => startsPattern(word) && !mayStartTerm(index.starts, word))).toEqual([]);
  });

  it("never turns away an inflected or irregular form of a term word", () => {
    const words = new Set<string>(irregularForms);
    for (const topic of TOPICS) {
      for (const term of [...topic.terms, ...(topic.weakTerms ?? [])]) for (const word of term.split(/[\s-]+/)) for (const form of writtenForms(word)) words.add(form);
    }
    for (const term of TOPIC_BLOCKERS) for (const word of term.split(/[\s-]+/)) for (const form of writtenForms(word)) words.add(form);
    const missed = [...words].filter((word) => startsPattern(word) && !mayStartTerm(index.starts, word));
    expect(missed).toEqual([]);
  });

  it("turns away most other words and lets through what it cannot judge", () => {
    const filter = startFilterOf(["terrorism", "arm", "fly", "ax"], irregularForms);
    expect(mayStartTerm(filter, "talks")).toBe(false);
    expect(mayStartTerm(filter, "Terrorists")).toBe(true);
    expect(mayStartTerm(filter, "flies")).toBe(true);
    expect(mayStartTerm(filter, "axes")).toBe(true);
    expect(mayStartTerm(filter, "men")).toBe(true);
    expect(mayStartTerm(filter, "anti-terrorism")).toBe(true);
    expect(mayStartTerm(filter, "5G")).toBe(true);
    expect(mayStartTerm(filter, "Ölhandel")).toBe(true);
  });

  it("turns away a word shorter than every key that begins like it", () => {
    const filter = startFilterOf(["theft", "ax"], ["men"]);
    expect(mayStartTerm(filter, "The")).toBe(false);
    expect(mayStartTerm(filter, "thefts")).toBe(true);
    expect(mayStartTerm(filter, "the-")).toBe(true);
    expect(mayStartTerm(filter, "axe")).toBe(true);
    expect(mayStartTerm(filter, "men")).toBe(true);
  });
});
