import { describe, expect, it } from "vitest";
import { toString } from "nlcst-to-string";
import { ParseEnglish } from "parse-english";
import { parseCleanText } from "../../src/core/tokenize.js";
import { VFile } from "vfile";
import { documentOf } from "../../src/core/document.js";
import type { Root } from "nlcst";

const sentencesOf = (tree: Root, text: string) => documentOf(tree, new VFile(text)).sentences;

describe("parseCleanText", () => {
  it("makes one paragraph a line, with offsets into the whole text", () => {
    const text = "First line here.\nSecond line. Another sentence.";
    const tree = parseCleanText(text, new ParseEnglish());
    expect(toString(tree)).toBe(text);
    const sentences = sentencesOf(tree, text);
    expect(sentences.map((sentence) => sentence.text)).toEqual(["First line here.", "Second line.", "Another sentence."]);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentences[2]?.paragraph).toBe(1);
  });

  it("keeps offsets right when a long line is tokenized in chunks", () => {
    const sentence = "The delegations discussed trade, energy and transport in detail. ";
    const text = sentence.repeat(200).trim();
    const tree = parseCleanText(text, new ParseEnglish());
    expect(toString(tree)).toBe(text);
    for (const view of sentencesOf(tree, text)) {
      expect(text.slice(view.start, view.end)).toBe(view.text);
      for (const word of view.words) expect(text.slice(word.start, word.end)).toBe(word.value);
    }
  });

  it("cuts a chunk even when a line has no sentence end or space", () => {
    const text = "x".repeat(10_000);
    const tree = parseCleanText(text, new ParseEnglish());
    expect(toString(tree)).toBe(text);
  });
});
