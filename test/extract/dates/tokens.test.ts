import { describe, expect, it } from "vitest";
import { tokenizeDates } from "../../../src/extract/dates/tokens.js";

describe("tokenizeDates", () => {
  it("reads tokens as an array would, outside the list included", () => {
    const tokens = tokenizeDates("On 7–8 June.\nThe Minister met them");
    expect(tokens.length).toBe(10);
    expect(tokens.get(4)).toEqual({ kind: "word", text: "June", lower: "june", start: 7, end: 11, spaceBefore: true, line: 0, clause: 0 });
    expect(tokens.get(6)).toMatchObject({ text: "The", lower: "the", line: 1, clause: 2, spaceBefore: true });
    expect(tokens.get(2)).toMatchObject({ kind: "punct", text: "–", spaceBefore: false });
    expect(tokens.get(-1)).toBeUndefined();
    expect(tokens.get(10)).toBeUndefined();
    expect(tokens.get(4)).toBe(tokens.get(4));
  });

  it("keeps every token when a text has more than its buffer was sized for", () => {
    const text = Array.from({ length: 300 }, (_, index) => String(index % 10)).join(".");
    const tokens = tokenizeDates(text);
    expect(tokens.length).toBe(599);
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens.get(index);
      expect(text.slice(token?.start, token?.end)).toBe(token?.text);
      expect(tokens.kindAt(index)).toBe(index % 2 === 0 ? "number" : "punct");
    }
  });
});
