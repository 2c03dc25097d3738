// The playground's span nesting (docs/playground/highlight.ts), in Node: no browser needed.
import { describe, expect, it } from "vitest";
import { nestMarks, type Mark, type Node } from "../../docs/playground/highlight.js";

const mark = (field: string, start: number, end: number): Mark => ({ field, key: field, start, end });

/** The tree as a string: `[field:...]` around each piece. */
function show(nodes: readonly Node[]): string {
  return nodes.map((node) => (typeof node === "string" ? node : `[${node.mark.field}:${show(node.children)}]`)).join("");
}

describe("nestMarks", () => {
  const text = "Talks in Minsk on 5 March 2024.";

  it("wraps marks around their words and keeps the text between them", () => {
    expect(show(nestMarks(text, [mark("venue", 9, 14), mark("date", 18, 30)]))).toBe("Talks in [venue:Minsk] on [date:5 March 2024].");
  });

  it("nests a mark inside a longer one, the longer outside when both start together", () => {
    expect(show(nestMarks(text, [mark("date", 0, 5), mark("agreement", 0, 31)]))).toBe("[agreement:[date:Talks] in Minsk on 5 March 2024.]");
  });

  it("cuts a mark that crosses the end of another into two pieces", () => {
    expect(show(nestMarks(text, [mark("a", 0, 14), mark("b", 9, 20)]))).toBe("[a:Talks in [b:Minsk]][b: on 5 ]March 2024.");
  });

  it("keeps every character once, whatever the marks", () => {
    const marks = [mark("a", 3, 12), mark("b", 0, 31), mark("c", 10, 25), mark("d", 12, 12), mark("e", 25, 99), mark("f", -4, 2)];
    const flat = (nodes: readonly Node[]): string => nodes.map((node) => (typeof node === "string" ? node : flat(node.children))).join("");
    expect(flat(nestMarks(text, marks))).toBe(text);
  });

  it("drops empty marks and clips marks to the text", () => {
    expect(show(nestMarks("abc", [mark("x", 2, 2), mark("y", 1, 10)]))).toBe("a[y:bc]");
  });
});
