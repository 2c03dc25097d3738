import { describe, expect, it } from "vitest";
import { VFile } from "vfile";
import { createProcessor } from "../../../src/index.js";
import { documentOf } from "../../../src/core/document.js";
import { chunkStartingAt, chunkWords, mayHoldName } from "../../../src/extract/people/chunks.js";
import { vocabularyOf } from "../../../src/extract/people/vocabulary.js";
import { lexiconFor } from "../../../src/lexicon/index.js";

const TEXT = [
  "Russian Foreign Minister Sergey Lavrov met with OSCE Secretary General Thomas Greminger in Moscow.",
  "The President noted the importance of the talks.",
  "President Obama and the Prime Minister of India Narendra Modi spoke by phone.",
  "The meeting was held in Cape Town on 5 March.",
  "The Minister thanked Mr Norov and H.E. Ambassador R. Meredov for the invitation.",
  "Deputy Prime Minister and Minister for EU Affairs of Malta, Hossein Amir Abdollahian, attended.",
  "During the talks the sides discussed regional security.",
].join("\n\n");

const vocabulary = vocabularyOf(lexiconFor("en"));

function sentences() {
  const file = new VFile(TEXT);
  return documentOf(createProcessor().parse(file), file).sentences.map((sentence) => sentence.words);
}

describe("mayHoldName", () => {
  it("holds wherever chunking finds a name", () => {
    for (const words of sentences()) {
      const named = chunkWords(words, [], vocabulary).some((chunk) => chunk.kind === "name");
      if (named) expect(mayHoldName(words, [], vocabulary)).toBe(true);
    }
  });

  it("passes over sentences with titles and function words only", () => {
    const [, president] = sentences();
    expect(mayHoldName(president ?? [], [], vocabulary)).toBe(false);
  });
});

describe("chunkStartingAt", () => {
  it("finds the chunk as findIndex does", () => {
    for (const words of sentences()) {
      const chunks = chunkWords(words, [], vocabulary);
      for (let from = -1; from <= words.length; from++) {
        expect(chunkStartingAt(chunks, from)).toBe(chunks.findIndex((chunk) => chunk.from === from));
      }
    }
  });
});
