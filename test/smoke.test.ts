import { describe, expect, it } from "vitest";
import { PressReleaseSchema, parseRelease } from "../src/index.js";

describe("parseRelease", () => {
  it("returns a schema-valid release for an empty string", () => {
    expect(PressReleaseSchema.safeParse(parseRelease("")).success).toBe(true);
  });
});
