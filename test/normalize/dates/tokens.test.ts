import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { documentOf } from "../../../src/core/document.js";
import { parseCleanText } from "../../../src/core/tokenize.js";
import { lexiconFor } from "../../../src/lexicon/index.js";
import { dateTokensOf } from "../../../src/normalize/dates/document-tokens.js";
import { dateTokensOfText } from "../../../src/normalize/dates/text-tokens.js";
import type { DateTokens } from "../../../src/normalize/dates/tokens.js";

/** The date tokens of a text read as the release parser reads it: nlcst sentences and words. */
function documentTokens(text: string): DateTokens {
  const tree = parseCleanText(text, lexiconFor("en").createParser());
  return dateTokensOf(documentOf(tree, new VFile(text)));
}

/** Every token with all it says, for comparing two readings. */
function described(tokens: DateTokens): string[] {
  const result: string[] = [];
  for (let index = 0; index < tokens.length; index++) result.push(JSON.stringify([tokens.get(index), tokens.asciiInitialAt(index)]));
  return result;
}

/** Every token as its text, "~" marking one glued to the token before. */
function texts(tokens: DateTokens): string[] {
  const result: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens.get(index);
    result.push(`${token?.spaceBefore || index === 0 ? "" : "~"}${token?.text}`);
  }
  return result;
}

describe("date tokens of a document", () => {
  it("reads tokens as an array would, outside the list included", () => {
    const tokens = dateTokensOfText("On 7–8 June.\nThe Minister met them");
    expect(tokens.length).toBe(10);
    expect(tokens.get(4)).toEqual({ kind: "word", text: "June", lower: "june", key: "june", start: 7, end: 11, spaceBefore: true, line: 0, clause: 0 });
    expect(tokens.get(6)).toMatchObject({ text: "The", lower: "the", line: 1, clause: 2, spaceBefore: true });
    expect(tokens.get(2)).toMatchObject({ kind: "punct", text: "–", spaceBefore: false });
    expect(tokens.get(-1)).toBeUndefined();
    expect(tokens.get(10)).toBeUndefined();
    expect(tokens.get(4)).toBe(tokens.get(4));
  });

  it("splits the tokenizer's words into runs of letters, runs of digits and single marks", () => {
    expect(texts(dateTokensOfText("on the 2nd of June"))).toEqual(["on", "the", "2", "~nd", "of", "June"]);
    expect(texts(dateTokensOfText("12.03.2024"))).toEqual(["12", "~.", "~03", "~.", "~2024"]);
    expect(texts(dateTokensOfText("2021-10-28T11:30:00Z"))).toEqual([
      "2021", "~-", "~10", "~-", "~28", "~T", "~11", "~:", "~30", "~:", "~00", "~Z",
    ]);
    expect(texts(dateTokensOfText("Jan. 25, today's -- U.S."))).toEqual(["Jan", "~.", "25", "~,", "today", "~'", "~s", "-", "~-", "U", "~.", "~S", "~."]);
  });

  it("reads a wide space as a mark and a zero-width space as white space, as the grammar always has", () => {
    expect(texts(dateTokensOfText("7\u20038 June"))).toEqual(["7", "~\u2003", "~8", "June"]);
    expect(texts(dateTokensOfText("7\u200b8"))).toEqual(["7", "8"]);
  });

  it("keeps a run of letters or digits whole where the tokenizer cut a long line", () => {
    const text = `${"word ".repeat(1000)}${"x".repeat(3000)}2017 end`;
    const tokens = documentTokens(text);
    expect(texts(tokens).slice(-3)).toEqual(["x".repeat(3000), "~2017", "end"]);
  });

  it.each([
    "On 7–8 June.\nThe Minister met them on the 2nd; then left.",
    "Jan. 25, 2013 -- U.S. and h.e. 2021-10-28T11:30:00Z today's 16-17.05.2019 No:170/21",
    "7\u20038\u3000June\u2028x\u200by \ufeff\u00a0z\r\nnext line\rlast",
    "1539000000.jpgOctober 15, ⓐ 中文 😀 \"Cooperation-2021\" (Expo 2020)!! ... ??",
  ])("reads a document's words as it reads the plain string: %j", (text) => {
    expect(described(documentTokens(text))).toEqual(described(dateTokensOfText(text)));
  });

  it("counts lines, and clauses that end at sentence ends, semicolons and line breaks but not after abbreviations", () => {
    const tokens = dateTokensOfText("Mr. Smith met on 5 May; then left. Next\nday");
    const clauses: Record<string, number> = {};
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens.get(index);
      if (token?.kind === "word") clauses[token.text] = token.clause;
    }
    expect(clauses).toEqual({ Mr: 0, Smith: 0, met: 0, on: 0, May: 0, then: 1, left: 1, Next: 2, day: 3 });
    expect(tokens.get(tokens.length - 1)?.line).toBe(1);
  });

  it("reads the words of the release's document, offsets into its cleaned text", () => {
    const text = "Talks in Minsk\n\nMINSK, 16-17.05.2019 - The ministers met.";
    const tokens = documentTokens(text);
    expect(texts(tokens)).toEqual(["Talks", "in", "Minsk", "MINSK", "~,", "16", "~-", "~17", "~.", "~05", "~.", "~2019", "-", "The", "ministers", "met", "~."]);
    expect(tokens.get(5)).toMatchObject({ start: 23, line: 2 });
    expect(tokens.lexicon.language).toBe("en");
  });

  it("keeps every token when a text has more than its buffer was sized for", () => {
    const text = Array.from({ length: 300 }, (_, index) => String(index % 10)).join(".");
    const tokens = dateTokensOfText(text);
    expect(tokens.length).toBe(599);
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens.get(index);
      expect(text.slice(token?.start, token?.end)).toBe(token?.text);
      expect(tokens.kindAt(index)).toBe(index % 2 === 0 ? "number" : "punct");
    }
  });
});
