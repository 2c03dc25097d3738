import { describe, expect, it } from "vitest";
import { VFile } from "vfile";
import { createProcessor } from "../../../src/index.js";
import { sentencesOf } from "../../../src/pipeline/document.js";
import { chunkStartingAt, chunkWords, mayHoldCapitalizedSurname, mayHoldName, mayHoldTitle } from "../../../src/extract/people/chunks.js";
import { wordsOf } from "../../../src/extract/words.js";

const TEXT = [
  "Russian Foreign Minister Sergey Lavrov met with OSCE Secretary General Thomas Greminger in Moscow.",
  "The President noted the importance of the talks.",
  "President Obama and the Prime Minister of India Narendra Modi spoke by phone.",
  "The meeting was held in Cape Town on 5 March.",
  "The Minister thanked Mr Norov and H.E. Ambassador R. Meredov for the invitation.",
  "Deputy Prime Minister and Minister for EU Affairs of Malta, Hossein Amir Abdollahian, attended.",
  "During the talks the sides discussed regional security.",
].join("\n\n");

function wordsOfText(text: string) {
  const [sentence] = sentencesOf(createProcessor().parse(new VFile(text)));
  return sentence ? wordsOf(sentence) : [];
}

function sentences() {
  const file = new VFile(TEXT);
  return sentencesOf(createProcessor().parse(file)).map(wordsOf);
}

describe("mayHoldName", () => {
  it("holds wherever chunking finds a name", () => {
    for (const words of sentences()) {
      const named = chunkWords(words, []).some((chunk) => chunk.kind === "name");
      if (named) expect(mayHoldName(words, [])).toBe(true);
    }
  });

  it("with the capitalised-surname check, holds wherever chunking finds a name", () => {
    // "WANG" after an honorific is a surname even when a title word, which mayHoldName skips, follows.
    const words = wordsOfText("Mr. WANG Minister arrived.");
    expect(chunkWords(words, []).some((chunk) => chunk.kind === "name")).toBe(true);
    expect(mayHoldName(words, [])).toBe(false);
    expect(mayHoldCapitalizedSurname(words)).toBe(true);
  });

  it("passes over sentences with titles and function words only", () => {
    const [, president] = sentences();
    expect(mayHoldName(president ?? [], [])).toBe(false);
  });
});

describe("mayHoldTitle", () => {
  it("holds wherever chunking finds a title", () => {
    for (const words of sentences()) {
      const titled = chunkWords(words, []).some((chunk) => chunk.kind === "title");
      if (titled) expect(mayHoldTitle(words)).toBe(true);
    }
    expect(mayHoldTitle(wordsOfText("During the talks the sides discussed regional security."))).toBe(false);
  });
});

describe("chunkStartingAt", () => {
  it("finds the chunk as findIndex does", () => {
    for (const words of sentences()) {
      const chunks = chunkWords(words, []);
      for (let from = -1; from <= words.length; from++) {
        expect(chunkStartingAt(chunks, from)).toBe(chunks.findIndex((chunk) => chunk.from === from));
      }
    }
  });
});
