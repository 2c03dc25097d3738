import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import type { Root } from "nlcst";
import { documentOf } from "../../src/core/document.js";
import { EVENT_LEAD, isHeadline, isInLead, leadOfDocument, PEOPLE_LEAD } from "../../src/extract/lead.js";
import { createProcessor } from "../../src/index.js";

const RELEASE = [
  "Skip to main content",
  "Ministry of Foreign Affairs",
  "This website uses cookies to improve your experience here.",
  "",
  "Foreign Ministers Meet in Minsk",
  "",
  "Minsk, 5 March 2024",
  "",
  "The foreign ministers of the two countries met in Minsk today.",
  "",
  "They held talks.",
  "",
  "They discussed trade and energy cooperation at some length.",
  "",
  "The sides also signed a memorandum on culture and education.",
  "",
  "The next meeting will be held in Tashkent next year.",
].join("\n");

function parsed(text: string) {
  const processor = createProcessor();
  const file = new VFile(text);
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return { tree, file, document: documentOf(tree, file) };
}

describe("leadOfDocument", () => {
  it("reads the headline, then three body sentences of six words or more for the event", () => {
    const { file, document } = parsed(RELEASE);
    const lead = leadOfDocument(document, file);
    expect(lead.title.map((sentence) => sentence.text)).toEqual(["Foreign Ministers Meet in Minsk"]);
    expect(lead.body.map((sentence) => sentence.text)).toEqual([
      "The foreign ministers of the two countries met in Minsk today.",
      "They discussed trade and energy cooperation at some length.",
      "The sides also signed a memorandum on culture and education.",
    ]);
    expect(leadOfDocument(document, file, EVENT_LEAD)).toBe(lead);
  });

  it("reads four body sentences of four words or more for the people, short lines between them included", () => {
    const { file, document } = parsed(RELEASE);
    const lead = leadOfDocument(document, file, PEOPLE_LEAD);
    expect(lead.body.map((sentence) => sentence.text)[0]).toBe("Minsk, 5 March 2024");
    const inLead = document.sentences.filter((sentence) => isInLead(lead, sentence)).map((sentence) => sentence.text);
    expect(inLead).toContain("They held talks.");
    expect(inLead).not.toContain("The next meeting will be held in Tashkent next year.");
  });

  it("leaves site chrome above the headline out of every lead", () => {
    const { file, document } = parsed(RELEASE);
    for (const rule of [EVENT_LEAD, PEOPLE_LEAD]) {
      const lead = leadOfDocument(document, file, rule);
      const cookies = document.sentences.find((sentence) => sentence.text.startsWith("This website"));
      expect(cookies && isInLead(lead, cookies)).toBe(false);
      expect(cookies && isHeadline(lead, cookies)).toBe(false);
    }
  });
});
