import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// Checks the built package as users get it: `import` of dist/index.js, `require` of
// dist/index.cjs, a declaration file for each, and the JSON Schema subpath. Runs after
// `npm run build` (as .ci/run does); skipped in a checkout that was never built.
const root = new URL("../../", import.meta.url);
const built = existsSync(new URL("dist/index.cjs", root)) && existsSync(new URL("dist/index.js", root));

const release = {
  title: null,
  date: { start: "2023-02-29", end: null },
  venue: null,
  format: null,
  participants: [],
  mentionedPersons: [],
  organizations: [],
  topics: [],
  agreements: [],
};

describe.skipIf(!built)("the built package", () => {
  it("works through require (CommonJS)", () => {
    const require = createRequire(new URL("package.json", root));
    const cjs = require("communique") as typeof import("../../src/index.js");
    expect(cjs.validateRelease(release).issues.map((issue) => issue.code)).toEqual(["impossible_date"]);
    expect(cjs.PressReleaseSchema.safeParse(release).success).toBe(true);
    expect(typeof cjs.parseRelease("Talks were held in Minsk on 3 May 2021.").title).not.toBe("undefined");
  });

  it("works through import (ES module)", async () => {
    const esm = (await import(new URL("dist/index.js", root).href)) as typeof import("../../src/index.js");
    expect(esm.validateRelease(release).valid).toBe(false);
    expect(esm.pressReleaseJsonSchema()).toMatchObject({ title: "PressRelease", type: "object" });
  });

  it("ships declarations for both, exporting validateRelease", () => {
    for (const file of ["dist/index.d.ts", "dist/index.d.cts"]) {
      expect(readFileSync(new URL(file, root), "utf8")).toMatch(/validateRelease/);
    }
  });

  it("resolves communique/schema.json to the generated schema", () => {
    const require = createRequire(new URL("package.json", root));
    const schema = require("communique/schema.json") as { title: string; required: string[] };
    expect(schema.title).toBe("PressRelease");
    expect(schema.required).toContain("participants");
  });
});
