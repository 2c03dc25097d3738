import { describe, expect, it } from "vitest";
import { eventWords, lexiconFor } from "../../../src/lexicon/index.js";

const english = lexiconFor("en");

describe("English place words", () => {
  it("holds lower-case words without duplicates", () => {
    for (const [name, entries] of Object.entries(english.places)) {
      // Phrases (a state residence's words) are checked as their words joined.
      const words = entries.map((entry) => (typeof entry === "string" ? entry : entry.join(" ")));
      for (const word of words) expect(word, name).toBe(word.toLowerCase());
      expect(new Set(words).size, name).toBe(words.length);
    }
  });

  it("does not count a word of another event as an event word", () => {
    const events = eventWords(english, "meeting", "visit", "holding");
    for (const word of english.places.otherEventWords) expect(events.has(word)).toBe(false);
  });

  it("takes the verbs of hosting and visiting from the event groups", () => {
    expect(eventWords(english, "hosting").has("hosts")).toBe(true);
    expect(eventWords(english, "visiting").has("visited")).toBe(true);
    expect(eventWords(english, "visiting").has("visit")).toBe(false);
  });
});
