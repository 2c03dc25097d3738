import { describe, expect, it } from "vitest";
import { eventWords, lexiconFor, type EventGroupName } from "../../src/lexicon/index.js";

const english = lexiconFor("en");

function expectLowerCaseAndUnique(list: readonly string[], what: string): void {
  for (const word of list) expect(word, what).toBe(word.toLowerCase());
  const seen = new Set<string>();
  for (const word of list) {
    expect(seen.has(word), `${word} twice in ${what}`).toBe(false);
    seen.add(word);
  }
}

describe("the honorifics section", () => {
  it("is the one source of the titles' honorific kind", () => {
    const { address, academic, knighthood, styles, ranks } = english.honorifics;
    expect([...english.titles.byKind.honorific].sort()).toEqual([...address, ...academic, ...knighthood, ...styles, ...ranks].sort());
  });

  it("puts each honorific in one group only", () => {
    const seen = new Map<string, string>();
    for (const [group, list] of Object.entries(english.honorifics)) {
      for (const honorific of list as readonly string[]) {
        expect(seen.get(honorific), `${honorific} in ${group} and ${seen.get(honorific)}`).toBeUndefined();
        seen.set(honorific, group);
      }
    }
  });
});

describe("the names section", () => {
  it("holds lower-case words, each once", () => {
    const names = english.names;
    expectLowerCaseAndUnique(names.particles, "particles");
    expectLowerCaseAndUnique(names.patronymicEndings, "patronymic endings");
    expectLowerCaseAndUnique(names.nonNameWords, "non-name words");
    expectLowerCaseAndUnique([...names.generationSuffixes, ...names.regnalNumbers], "suffixes");
    expectLowerCaseAndUnique(names.postNominals, "post-nominal letters");
    for (const suffix of [...names.generationSuffixes, ...names.regnalNumbers]) expect(suffix.endsWith(".")).toBe(false);
  });
});

describe("the people section", () => {
  const people = english.people;

  it("holds lower-case words and phrases, each once", () => {
    expectLowerCaseAndUnique(people.participationWords, "participation words");
    expectLowerCaseAndUnique(people.actVerbs, "act verbs");
    expectLowerCaseAndUnique(people.invertedSpeechVerbs, "inverted speech verbs");
    expectLowerCaseAndUnique(people.recallVerbs, "recall verbs");
    expectLowerCaseAndUnique(people.messageNouns, "message nouns");
    expectLowerCaseAndUnique(people.eventNouns, "event nouns");
    expectLowerCaseAndUnique(people.futureWords, "future words");
    expectLowerCaseAndUnique(people.earlierWords, "earlier words");
    expectLowerCaseAndUnique(people.partnerPrepositions, "partner prepositions");
    expectLowerCaseAndUnique(people.partnerVerbs, "partner verbs");
    expectLowerCaseAndUnique(people.partyNouns, "party nouns");
    expectLowerCaseAndUnique(people.reportingVerbs, "reporting verbs");
    expectLowerCaseAndUnique(people.voiceTitles, "voice titles");
    expectLowerCaseAndUnique(people.connectors.prepositions, "prepositions");
    for (const phrases of [people.participationCues, people.recallOpeners, people.sameDay, people.onBehalfOf, people.attributions, people.otherMeetings]) {
      expectLowerCaseAndUnique(phrases.map((phrase) => phrase.join(" ")), "phrases");
      for (const phrase of phrases) expect(phrase.length).toBeGreaterThan(0);
    }
  });

  it("takes its participation words from the event words", () => {
    const groups = Object.keys(english.events) as EventGroupName[];
    const events = eventWords(english, ...groups);
    for (const word of people.participationWords) expect(events.has(word), word).toBe(true);
  });

  it("lets a verb of speech after a quotation act too", () => {
    for (const verb of people.invertedSpeechVerbs) expect(people.actVerbs).toContain(verb);
  });
});

describe("the titles section", () => {
  it("makes the plural of a title's head word", () => {
    const plural = english.titles.pluralOfWord;
    expect(["Minister", "Chairman", "Chairwoman", "Secretary", "Coach", "Head"].map(plural)).toEqual([
      "Ministers", "Chairmen", "Chairwomen", "Secretaries", "Coaches", "Heads",
    ]);
  });

  it("holds lower-case word lists", () => {
    const titles = english.titles;
    expectLowerCaseAndUnique(titles.unitHeads, "unit heads");
    expectLowerCaseAndUnique(titles.portfolioHeads, "portfolio heads");
    expectLowerCaseAndUnique(titles.complementWords, "complement words");
    expectLowerCaseAndUnique(titles.portfolioWords, "portfolio words");
  });
});

describe("the title words around a title", () => {
  it("hold lower-case modifiers, and courtesy titles that are titles of the lexicon", () => {
    expectLowerCaseAndUnique(english.titles.modifiers, "modifiers");
    const titles = new Set(Object.values(english.titles.byKind).flat());
    for (const courtesy of english.titles.courtesy) expect(titles.has(courtesy), courtesy).toBe(true);
  });
});
