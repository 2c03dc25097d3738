import { describe, expect, it } from "vitest";
import { stem } from "../../../src/lexicon/en/stem.js";

describe("stem", () => {
  it("gives one stem to the forms of a subject", () => {
    expect(stem("terrorists")).toBe(stem("terrorism"));
    expect(stem("trafficking")).toBe(stem("trafficked"));
    expect(stem("peacekeepers")).toBe(stem("peacekeeping"));
    expect(stem("organisations")).toBe(stem("organization"));
    expect(stem("crises")).toBe(stem("crisis"));
    expect(stem("economies")).toBe(stem("economy"));
    expect(stem("trading")).toBe(stem("trade"));
    expect(stem("areas")).toBe(stem("area"));
    expect(stem("ideas")).toBe(stem("idea"));
  });

  it("keeps apart words that only look alike", () => {
    expect(stem("extreme")).not.toBe(stem("extremism"));
    expect(stem("security")).not.toBe(stem("secure"));
    expect(stem("gas")).toBe("gas");
    expect(stem("bias")).toBe("bias");
    expect(stem("crisis")).toBe("crisis");
  });
});
