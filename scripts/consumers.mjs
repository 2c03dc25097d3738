// The consumer matrix: packs the package as npm would publish it, installs the tarball into
// fresh projects of the kinds users have, and checks that each compiles and runs:
//
//   esm-node16    "type": "module", module node16, skipLibCheck false: import, types, run
//   cjs-node16    CommonJS, module node16, skipLibCheck false: require, types, run
//   bundler       moduleResolution bundler, then bundled by esbuild and run
//   zod-lowest    the lowest zod the peer range allows (4.0.0): validation and JSON Schema work
//   zod3          a project on zod 3: npm refuses the install with the peer conflict; forced, a
//                 clear error names zod 4 instead of a failure deep inside
//   browser       communique/validate bundled for the browser by esbuild: its size is printed,
//                 and it holds no gazetteer
//
// Needs the npm registry (the projects install the tarball's dependencies) and a build
// (`npm run build`). Run by .ci/run and `npm run test:consumers`; not part of `npm test`.
// Exits 1 when a check fails, 0 when all pass.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const esbuild = join(root, "node_modules", ".bin", "esbuild");
const keep = process.argv.includes("--keep");
const work = mkdtempSync(join(tmpdir(), "communique-consumers-"));
let failures = 0;

function run(command, args, cwd, options = {}) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, npm_config_fund: "false", npm_config_audit: "false", npm_config_update_notifier: "false" }, ...options });
  return { status: result.status, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

function check(name, ok, detail = "") {
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? `: ${detail}` : ""}`);
  if (!ok) failures++;
}

function must(name, result) {
  check(name, result.status === 0, result.status === 0 ? "" : `exit ${result.status}\n${result.output.trim().split("\n").slice(-15).join("\n")}`);
  return result.status === 0;
}

/** A fresh project with these files, and the tarball (and `extra` packages) installed. */
function project(name, files, extra = [], flags = []) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), typeof text === "string" ? text : `${JSON.stringify(text, null, 2)}\n`);
  }
  const install = run("npm", ["install", "--no-package-lock", ...flags, tarball, ...extra], dir);
  return { dir, install };
}

const USE = `import { parseRelease, validateRelease, PressReleaseSchema, type PressRelease } from "communique";
import { validateRelease as validateOnly, type ValidationIssue } from "communique/validate";

const release: PressRelease = parseRelease("On 5 March 2024 the foreign ministers held talks in Minsk.", { referenceDate: "2024-03-06" });
const issues: readonly ValidationIssue[] = validateOnly(release).issues;
if (!validateRelease(release).valid || issues.length > 0 || !PressReleaseSchema.safeParse(release).success) throw new Error("the parsed release does not validate");
if (release.venue?.city !== "Minsk") throw new Error("unexpected venue: " + JSON.stringify(release.venue));
console.log("parsed and validated:", release.venue.city);
`;
const COMPILER = { target: "es2022", strict: true, skipLibCheck: false, lib: ["es2023", "dom"], types: [] };

console.log(`== packing into ${work}`);
const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: root, encoding: "utf8" }))[0];
const tarball = join(work, packed.filename);
const files = packed.files.map((file) => file.path);
console.log(`${packed.filename}: ${(packed.size / 1024).toFixed(0)} KB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KB unpacked, ${files.length} files`);
check("the package holds LICENSE, both builds of both entries and no source map", files.includes("LICENSE") && ["dist/index.js", "dist/index.cjs", "dist/validate.js", "dist/validate.cjs", "dist/validate.d.cts"].every((file) => files.includes(file)) && !files.some((file) => file.endsWith(".map")));

{
  console.log("== esm-node16");
  const { dir, install } = project("esm-node16", {
    "package.json": { name: "esm-consumer", private: true, type: "module" },
    "tsconfig.json": { compilerOptions: { ...COMPILER, module: "node16", moduleResolution: "node16", outDir: "out" }, include: ["main.ts"] },
    // ES module declarations also type each step's result in file.data.
    "main.ts": `${USE}
import { analyzeRelease } from "communique";
const city: string | null | undefined = analyzeRelease("Talks were held in Minsk.").data.venue?.city;
console.log("file.data.venue.city:", city);
`,
  });
  if (must("install", install) && must("tsc (module node16, skipLibCheck false)", run(process.execPath, [tsc, "-p", "."], dir))) {
    must("node out/main.js", run(process.execPath, ["out/main.js"], dir));
  }
}

{
  console.log("== cjs-node16");
  const { dir, install } = project("cjs-node16", {
    "package.json": { name: "cjs-consumer", private: true, type: "commonjs" },
    "tsconfig.json": { compilerOptions: { ...COMPILER, module: "node16", moduleResolution: "node16", outDir: "out" }, include: ["main.ts"] },
    "main.ts": USE,
  });
  if (must("install", install) && must("tsc (CommonJS, module node16, skipLibCheck false)", run(process.execPath, [tsc, "-p", "."], dir))) {
    const compiled = readFileSync(join(dir, "out", "main.js"), "utf8");
    check("compiles to require()", compiled.includes('require("communique")'));
    must("node out/main.js", run(process.execPath, ["out/main.js"], dir));
  }
}

{
  console.log("== bundler");
  const { dir, install } = project("bundler", {
    "package.json": { name: "bundler-consumer", private: true, type: "module" },
    "tsconfig.json": { compilerOptions: { ...COMPILER, module: "esnext", moduleResolution: "bundler", noEmit: true }, include: ["main.ts"] },
    "main.ts": USE,
  });
  if (must("install", install) && must("tsc (moduleResolution bundler, skipLibCheck false)", run(process.execPath, [tsc, "-p", "."], dir))) {
    if (must("esbuild --bundle", run(esbuild, ["main.ts", "--bundle", "--platform=node", "--format=esm", "--outfile=out/bundle.mjs", "--log-level=warning"], dir))) {
      must("node out/bundle.mjs", run(process.execPath, ["out/bundle.mjs"], dir));
    }
  }
}

{
  console.log("== zod-lowest (zod 4.0.0)");
  const { dir, install } = project(
    "zod-lowest",
    {
      "package.json": { name: "zod-lowest-consumer", private: true, type: "module" },
      "tsconfig.json": { compilerOptions: { ...COMPILER, module: "node16", moduleResolution: "node16", noEmit: true }, include: ["types.ts"] },
      "types.ts": USE,
      "main.mjs": `import { validateRelease, pressReleaseJsonSchema } from "communique";
const result = validateRelease({ title: "x", date: { start: "2017-02-30", end: null }, venue: null, format: "call", participants: [], mentionedPersons: [], organizations: [], topics: [], agreements: [], extra: 1 });
const codes = result.issues.map((issue) => issue.code).sort().join(",");
if (codes !== "impossible_date,invalid_value,unknown_key") throw new Error("unexpected issues: " + codes);
if (pressReleaseJsonSchema().title !== "PressRelease") throw new Error("no JSON Schema");
console.log("zod", (await import("zod/package.json", { with: { type: "json" } })).default.version, "works:", codes);
`,
    },
    ["zod@4.0.0"],
  );
  if (must("install with zod@4.0.0", install)) {
    must("tsc with zod 4.0.0 (skipLibCheck false)", run(process.execPath, [tsc, "-p", "."], dir));
    must("validation and JSON Schema with zod 4.0.0", run(process.execPath, ["main.mjs"], dir));
  }
}

{
  console.log("== zod3");
  const files = {
    "package.json": { name: "zod3-consumer", private: true, type: "module", dependencies: { zod: "^3.23.8" } },
    "main.mjs": `import { validateRelease } from "communique";
try {
  validateRelease({});
  console.log("no error");
} catch (error) {
  console.log(error.message);
}
`,
  };
  const { install } = project("zod3", files, ["zod@^3.23.8"]);
  check(
    "npm refuses the install and names the peer dependency",
    install.status !== 0 && /ERESOLVE/.test(install.output) && /peer zod@"\^4\.0\.0" from communique/.test(install.output),
    install.status === 0 ? "npm installed it without complaint" : "",
  );
  const forced = project("zod3-forced", files, ["zod@^3.23.8"], ["--force"]);
  if (must("npm install --force", forced.install)) {
    check("npm warns about the peer dependency", /ERESOLVE overriding peer dependency|peer zod@"\^4\.0\.0"/.test(forced.install.output));
    const result = run(process.execPath, ["main.mjs"], forced.dir);
    check("validateRelease says zod 4 is needed", result.output.startsWith("communique needs zod 4"), result.output.trim());
  }
}

{
  console.log("== browser bundle of communique/validate");
  const { dir, install } = project("browser", {
    "package.json": { name: "browser-consumer", private: true, type: "module" },
    "main.js": `import { validateRelease } from "communique/validate";
globalThis.result = validateRelease({}).issues.length;
`,
    "whole.js": `import { validateRelease } from "communique";
globalThis.result = validateRelease({}).issues.length;
`,
  });
  if (must("install", install) && must("esbuild --platform=browser --minify", run(esbuild, ["main.js", "--bundle", "--platform=browser", "--format=esm", "--minify", "--outfile=out/bundle.js", "--metafile=out/meta.json", "--log-level=warning"], dir))) {
    const bundle = readFileSync(join(dir, "out", "bundle.js"));
    const meta = JSON.parse(readFileSync(join(dir, "out", "meta.json"), "utf8"));
    const inputs = Object.values(meta.outputs)[0].inputs;
    const zodBytes = Object.entries(inputs).filter(([path]) => path.includes("node_modules/zod/")).reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
    const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
    console.log(`communique/validate for the browser: ${kb(bundle.length)} minified (${kb(gzipSync(bundle).length)} gzipped), of which zod ${kb(zodBytes)} and communique ${kb(bundle.length - zodBytes)}`);
    const whole = run(esbuild, ["whole.js", "--bundle", "--platform=browser", "--format=esm", "--minify", "--outfile=out/whole.js", "--log-level=error"], dir);
    if (whole.status === 0) console.log(`the same import from "communique": ${kb(readFileSync(join(dir, "out", "whole.js")).length)} minified`);
    check("the bundle holds no gazetteer", !/Shanghai Cooperation|Kassym-Jomart|Ulaanbaatar/.test(bundle.toString()));
    check("communique's own part stays under 80 KB", bundle.length - zodBytes < 80 * 1024, kb(bundle.length - zodBytes));
    must("the bundle runs", run(process.execPath, ["--input-type=module", "-e", `await import(${JSON.stringify(join(dir, "out", "bundle.js"))}); if (!(globalThis.result > 0)) process.exit(1);`], dir));
  }
}

if (!keep) rmSync(work, { recursive: true, force: true });
console.log(failures === 0 ? "== all consumer checks passed" : `== ${failures} consumer check(s) failed${keep ? ` (projects kept in ${work})` : ""}`);
process.exitCode = failures === 0 ? 0 : 1;
