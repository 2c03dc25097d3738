import { describe, expect, it } from "vitest";
import { lexiconFor } from "../../../src/lexicon/index.js";

const formats = lexiconFor("en").formats;

describe("English format words", () => {
  it("writes every phrase as lower-case word tokens", () => {
    for (const phrase of [...formats.videoPhrases, ...formats.phonePhrases]) {
      expect(phrase.length).toBeGreaterThan(0);
      for (const word of phrase) expect(word).toMatch(/^[\p{Ll}\d-]+$/u);
    }
  });

  it("gives each phrase one format only", () => {
    const video = new Set(formats.videoPhrases.map((phrase) => phrase.join(" ")));
    for (const phrase of formats.phonePhrases) expect(video.has(phrase.join(" "))).toBe(false);
    expect(video.size).toBe(formats.videoPhrases.length);
  });

  it("keeps call words apart from phone phrases, which need no appeal check", () => {
    const phone = new Set(formats.phonePhrases.map((phrase) => phrase.join(" ")));
    for (const word of formats.callWords) expect(phone.has(word)).toBe(false);
    expect(formats.appealFollowers).toContain("on");
  });
});
