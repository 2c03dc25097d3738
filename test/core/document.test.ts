import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { documentOf } from "../../src/core/document.js";
import { createProcessor } from "../../src/index.js";

function parse(text: string) {
  const processor = createProcessor();
  const file = new VFile(text);
  const tree = processor.parse(file);
  return { tree, file, document: documentOf(tree, file) };
}

describe("documentOf", () => {
  it("builds one document per tree and shares it", () => {
    const { tree, file, document } = parse("The sides met in Minsk. They signed a memorandum.");
    expect(documentOf(tree, file)).toBe(document);
    expect(document.sentences.map((sentence) => sentence.text)).toEqual(["The sides met in Minsk.", "They signed a memorandum."]);
  });

  it("gives each sentence its tokens without white space, marking where space stood", () => {
    const { document } = parse("Talks in Minsk, today.");
    const words = document.sentences[0]?.words ?? [];
    expect(words.map((word) => word.value)).toEqual(["Talks", "in", "Minsk", ",", "today", "."]);
    expect(words.map((word) => word.spaceBefore)).toEqual([true, true, true, false, true, false]);
    expect(words.map((word) => word.kind)).toEqual(["word", "word", "word", "punctuation", "word", "punctuation"]);
    expect(words.map((word) => word.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(document.sentences[0]?.wordCount).toBe(4);
  });

  it("maps word offsets back to the user's text through the cleaning step", () => {
    const text = "Share\n\n“Talks” in  Minsk";
    const { document } = parse(text);
    const minsk = document.sentences.flatMap((sentence) => sentence.words).find((word) => word.value === "Minsk");
    expect(minsk).toBeDefined();
    const span = document.spanToOriginal(minsk?.start ?? 0, minsk?.end ?? 0);
    expect(text.slice(span.start, span.end)).toBe("Minsk");
    expect(document.originalText(minsk?.start ?? 0, minsk?.end ?? 0)).toBe("Minsk");
  });

  it("reads a tree parsed without the release parser as it is", () => {
    const file = new VFile("The sides met.");
    const tree = { type: "RootNode" as const, children: [] };
    const document = documentOf(tree, file);
    expect(document.text).toBe("The sides met.");
    expect(document.sentences).toEqual([]);
    expect(document.language).toBe("en");
  });
});
