import { describe, expect, it } from "vitest";
import { lexiconFor } from "../../../src/lexicon/index.js";

const headlines = lexiconFor("en").headlines;

describe("English headline words", () => {
  it("holds lower-case words and prefixes", () => {
    for (const word of [...headlines.issuerWords, ...headlines.issuerConnectors, ...headlines.chromePrefixes]) expect(word).toBe(word.toLowerCase());
  });

  it("keeps issuer words and connectors apart", () => {
    const connectors = new Set(headlines.issuerConnectors);
    for (const word of headlines.issuerWords) expect(connectors.has(word)).toBe(false);
  });
});
