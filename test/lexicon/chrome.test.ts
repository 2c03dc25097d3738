import { describe, expect, it } from "vitest";
import { LANGUAGES, lexiconFor } from "../../src/lexicon/index.js";

describe("chrome section", () => {
  it("holds lower-case entries without repeats, in every language", () => {
    for (const language of LANGUAGES) {
      const chrome = lexiconFor(language).chrome;
      for (const [list, entries] of Object.entries(chrome)) {
        for (const entry of entries as readonly string[]) expect(entry, `${language} ${list}`).toBe(entry.toLowerCase());
        expect(new Set(entries).size, `${language} ${list}`).toBe((entries as readonly string[]).length);
      }
    }
  });

  it("writes subject labels with their colon", () => {
    for (const label of lexiconFor("en").chrome.subjectLabels) expect(label.endsWith(":")).toBe(true);
  });
});
