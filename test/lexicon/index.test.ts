import { describe, expect, it } from "vitest";
import { eventWords, LANGUAGES, lexiconFor } from "../../src/lexicon/index.js";

describe("lexicons", () => {
  it("gives English for English and for a language it does not know", () => {
    expect(lexiconFor("en").language).toBe("en");
    expect(lexiconFor("xx").language).toBe("en");
    expect(LANGUAGES).toContain("en");
  });

  it("joins event word groups into one set, built once", () => {
    const english = lexiconFor("en");
    const calls = eventWords(english, "call", "video");
    expect(calls.has("phoned")).toBe(true);
    expect(calls.has("videoconference")).toBe(true);
    expect(calls.has("visited")).toBe(false);
    expect(eventWords(english, "call", "video")).toBe(calls);
  });

  it("keeps every event word in lower case and in one group only", () => {
    const seen = new Map<string, string>();
    for (const [group, words] of Object.entries(lexiconFor("en").events)) {
      for (const word of words) {
        expect(word).toBe(word.toLowerCase());
        expect(seen.get(word), `${word} in ${group} and ${seen.get(word)}`).toBeUndefined();
        seen.set(word, group);
      }
    }
  });
});
