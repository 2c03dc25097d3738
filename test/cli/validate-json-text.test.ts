import { describe, expect, it } from "vitest";
import { parseJsonText, parsePointer, placeFinder, resolvePointer } from "../../src/cli/json-text.js";

describe("parseJsonText", () => {
  it("locates a path at its property key, and a missing key at its object", () => {
    const parsed = parseJsonText('{\n  "a": {\n    "b": [10, 20]\n  }\n}');
    if (!parsed.ok) throw new Error("expected valid JSON");
    expect(parsed.locate(["a", "b", 1])).toEqual({ line: 3, column: 15 });
    expect(parsed.locate(["a", "b"])).toEqual({ line: 3, column: 5 });
    expect(parsed.locate(["a", "missing"])).toEqual({ line: 2, column: 8 });
  });

  it("keeps columns right after a byte-order mark", () => {
    const parsed = parseJsonText('\uFEFF{"a": 1,}');
    expect(parsed).toMatchObject({ ok: false, problem: { message: "invalid JSON: trailing comma is not allowed in JSON", place: { line: 1, column: 10 } } });
  });

  it("names comments, unterminated strings, empty text and stray characters", () => {
    expect(parseJsonText('{"a": 1 // note\n}')).toMatchObject({ problem: { message: "invalid JSON: comments are not allowed in JSON", place: { line: 1, column: 9 } } });
    expect(parseJsonText('{"a": "open')).toMatchObject({ problem: { message: "invalid JSON: unterminated string" } });
    expect(parseJsonText("  \n")).toMatchObject({ problem: { message: "empty: expected JSON" } });
    expect(parseJsonText("{'a': 1}")).toMatchObject({ problem: { message: `invalid JSON: unexpected character "'"`, place: { column: 2 } } });
  });

  it("refuses nesting beyond the limit without recursion, even inside strings it counts nothing", () => {
    expect(parseJsonText(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)).toMatchObject({ ok: false, problem: { code: "json_too_deep" } });
    expect(parseJsonText(JSON.stringify({ text: "[".repeat(1000) })).ok).toBe(true);
  });

  it("never lets __proto__ set a prototype", () => {
    const parsed = parseJsonText('{"__proto__": {"polluted": true}}');
    if (!parsed.ok) throw new Error("expected valid JSON");
    expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
    expect(Object.keys(parsed.value as object)).toEqual(["__proto__"]);
  });
});

describe("JSON pointers", () => {
  it("parses RFC 6901 pointers with escapes", () => {
    expect(parsePointer("")).toEqual([]);
    expect(parsePointer("/a~1b/m~0n/0")).toEqual(["a/b", "m~n", "0"]);
    expect(() => parsePointer("gold")).toThrow(TypeError);
    expect(() => parsePointer("/a~2")).toThrow(TypeError);
  });

  it("resolves own keys and array indexes only", () => {
    const doc = { gold: [{ a: 1 }] };
    expect(resolvePointer(doc, ["gold", "0"])).toEqual({ found: true, value: { a: 1 }, path: ["gold", 0] });
    expect(resolvePointer(doc, ["gold", "01"])).toEqual({ found: false, path: ["gold"] });
    expect(resolvePointer(doc, ["toString"])).toEqual({ found: false, path: [] });
    expect(resolvePointer(doc, ["__proto__"])).toEqual({ found: false, path: [] });
  });
});

describe("placeFinder", () => {
  it("maps offsets to 1-based lines and columns", () => {
    const find = placeFinder("ab\ncd\n\nef");
    expect([0, 2, 3, 6, 7, 8].map(find)).toEqual([
      { line: 1, column: 1 }, { line: 1, column: 3 }, { line: 2, column: 1 }, { line: 3, column: 1 }, { line: 4, column: 1 }, { line: 4, column: 2 },
    ]);
  });
});
