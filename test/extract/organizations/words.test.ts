import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { documentOf, type Sentence } from "../../../src/core/document.js";
import { nameLexiconOf } from "../../../src/extract/organizations/spelling.js";
import { mayHoldOrganization, nameWordsOf } from "../../../src/extract/organizations/words.js";
import { lexiconFor } from "../../../src/lexicon/index.js";
import { releaseParser } from "../../../src/pipeline/parser.js";

const lexicon = nameLexiconOf(lexiconFor("en"));

function firstSentence(text: string): Sentence {
  const processor = unified().use(releaseParser);
  const file = new VFile({ value: text });
  return documentOf(processor.parse(file), file).sentences[0] as Sentence;
}

const viewOf = (text: string) => nameWordsOf(firstSentence(text), lexicon);

describe("organisation name words", () => {
  it("reads the document's words, gluing '+' into 'C5+1' and 'OPEC+'", () => {
    const sentence = firstSentence("The C5+1 and OPEC+ met.");
    const view = nameWordsOf(sentence, lexicon);
    expect(view.words.map((word) => word.value)).toEqual(["The", "C5+1", "and", "OPEC+", "met"]);
    // Words that need no gluing are the document's own objects.
    expect(view.words[0]).toBe(sentence.words[0]);
  });

  it("keeps '&' as a word and the punctuation before each word", () => {
    const view = viewOf("Ministry of Trade & Industry (MTI), Singapore.");
    expect(view.words.map((word) => word.value)).toEqual(["Ministry", "of", "Trade", "&", "Industry", "MTI", "Singapore"]);
    expect(view.before).toEqual(["", "", "", "", "", "(", "),"]);
  });

  it("takes the possessive ending off the text and the span", () => {
    const view = viewOf("The CSTO's Secretariat met.");
    const csto = view.words[1];
    expect(csto && view.text(csto)).toBe("CSTO");
    expect(csto && view.end(csto) - csto.start).toBe(4);
    expect(csto && view.possessive(csto)).toBe(true);
  });

  it("knows a capital and digits for an acronym, and a shouted headline", () => {
    const view = viewOf("The G20 summit opened.");
    const g20 = view.words[1];
    expect(g20 && view.allCaps(g20)).toBe(true);
    expect(view.shouted).toBe(false);
    expect(viewOf("CSTO LEADERS MEET IN MINSK").shouted).toBe(true);
  });

  it("tells titles, head nouns and name words apart", () => {
    const view = viewOf("The Secretary of the Council met Ivan.");
    const [the, secretary, , , council, , ivan] = view.words;
    expect(the && view.isNameWord(the)).toBe(false);
    expect(secretary && view.isTitle(secretary)).toBe(true);
    expect(council && view.isHead(council)).toBe(true);
    expect(ivan && view.isNameWord(ivan)).toBe(true);
  });

  it("lets through only sentences that may hold an organisation", () => {
    expect(mayHoldOrganization(firstSentence("He said so."), lexicon)).toBe(false);
    expect(mayHoldOrganization(firstSentence("The CSTO met."), lexicon)).toBe(true);
    expect(mayHoldOrganization(firstSentence("The Ministry met."), lexicon)).toBe(true);
  });
});
