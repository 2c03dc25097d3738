import { describe, expect, it } from "vitest";
import { OffsetMap } from "../../src/core/offset-map.js";

describe("OffsetMap", () => {
  it("maps copied pieces one to one and replacements to the stretch they stand for", () => {
    // original: "ab   cd" → derived: "ab cd" (three spaces folded into one)
    const map = new OffsetMap();
    map.copy(0, 2);
    map.replace(1, 2, 5);
    map.copy(5, 7);
    expect(map.length).toBe(5);
    expect(map.toOriginal(0)).toBe(0);
    expect(map.toOriginal(2)).toBe(2);
    expect(map.toOriginal(3)).toBe(5);
    expect(map.spanToOriginal(3, 5)).toEqual({ start: 5, end: 7 });
    expect(map.spanToOriginal(0, 5)).toEqual({ start: 0, end: 7 });
  });

  it("joins adjacent copies so lookups stay cheap", () => {
    const map = new OffsetMap();
    map.copy(0, 3);
    map.copy(3, 6);
    expect(map.toOriginal(5)).toBe(5);
  });

  it("maps an empty map to offset 0", () => {
    expect(new OffsetMap().toOriginal(10)).toBe(0);
  });
});
