// Builds the playground page (docs/playground) into the API site: one classic script bundled
// by esbuild from docs/playground/playground.ts and src/ (the page works from disk, file://,
// where browsers refuse ES module imports across files), the stylesheet, and index.html with
// the bundle's size written in. Runs after typedoc in `npm run docs` (typedoc empties its
// output folder first).
//
//   node scripts/build-playground.mjs [--out DIR]     default DIR: docs/api/playground
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const page = join(root, "docs", "playground");

const outAt = process.argv.indexOf("--out");
const out = outAt > 0 && process.argv[outAt + 1] ? resolve(process.argv[outAt + 1]) : join(root, "docs", "api", "playground");

const started = Date.now();
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(page, "playground.ts")],
  outfile: join(out, "playground.js"),
  bundle: true,
  minify: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  loader: { ".txt": "text" },
  legalComments: "none",
  logLevel: "warning",
  // src/ imports a few modules for their type augmentations only (`import "./data.js"`);
  // esbuild rightly drops them under "sideEffects": false and says so each time.
  logOverride: { "ignored-bare-import": "silent" },
});

const script = readFileSync(join(out, "playground.js"));
const size = `${kilobytes(script.length)} minified, ${kilobytes(gzipSync(script).length)} gzipped`;
copyFileSync(join(page, "playground.css"), join(out, "playground.css"));
const html = readFileSync(join(page, "index.html"), "utf8").replace("__BUNDLE_SIZE__", size);
writeFileSync(join(out, "index.html"), html);
console.log(`playground: ${relative(root, join(out, "index.html"))} (playground.js ${size}; ${statSync(join(out, "index.html")).size} B html) in ${Date.now() - started} ms`);

function kilobytes(bytes) {
  return `${Math.round(bytes / 1024).toLocaleString("en")} KB`;
}
