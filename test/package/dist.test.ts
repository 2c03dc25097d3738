import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
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

  it("offers communique/validate through import and require, the same functions as the whole package's", async () => {
    const require = createRequire(new URL("package.json", root));
    const cjs = require("communique/validate") as typeof import("../../src/validate-entry.js");
    expect(cjs.validateRelease(release).issues.map((issue) => issue.code)).toEqual(["impossible_date"]);
    expect((require("communique") as { validateRelease: unknown }).validateRelease).toBe(cjs.validateRelease);
    const esm = (await import(new URL("dist/validate.js", root).href)) as typeof import("../../src/validate-entry.js");
    const whole = (await import(new URL("dist/index.js", root).href)) as typeof import("../../src/index.js");
    expect(esm.PressReleaseSchema).toBe(whole.PressReleaseSchema);
  });

  it("gives CommonJS declarations that do not import or augment ESM-only packages the CommonJS way (TS1479)", () => {
    const cts = readFileSync(new URL("dist/index.d.cts", root), "utf8");
    expect(cts).not.toMatch(/^import \{[^}]*\} from '(unified|vfile)';$/m);
    expect(cts).toMatch(/^import type \{ VFile \} from 'vfile' with \{ 'resolution-mode': 'import' \};$/m);
    expect(cts).not.toContain('declare module "vfile"');
    expect(readFileSync(new URL("dist/index.d.ts", root), "utf8")).toContain('declare module "vfile"');
  });

  it("ships no source maps, and the CLI shares the library's code instead of carrying a copy", () => {
    const files = readdirSync(new URL("dist/", root));
    expect(files.filter((name) => name.endsWith(".map"))).toEqual([]);
    expect(statSync(new URL("dist/cli.js", root)).size).toBeLessThan(200 * 1024);
  });

  it("resolves communique/schema.json to the generated schema", () => {
    const require = createRequire(new URL("package.json", root));
    const schema = require("communique/schema.json") as { title: string; required: string[] };
    expect(schema.title).toBe("PressRelease");
    expect(schema.required).toContain("participants");
  });
});
