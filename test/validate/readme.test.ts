import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ISSUE_CODES } from "../../src/index.js";

describe("the README's table of validation issues", () => {
  it("lists every issue code with its default severity", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const missing = Object.entries(ISSUE_CODES)
      .filter(([code, info]) => !readme.includes(`| \`${code}\` | ${info.kind} | ${info.severity} |`))
      .map(([code]) => code);
    expect(missing, "add these codes to the Validation issues table of README.md").toEqual([]);
  });
});
