#!/usr/bin/env node
// Scores the built library on the annotated corpus in ../shared/corpus, when this checkout has
// one beside it (the corpus is not part of the package). Extra arguments go to the scorer,
// e.g. `npm run eval -- --verbose`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = path.resolve(root, "..", "shared", "corpus");
const scorer = path.join(corpus, "score.mjs");
if (!existsSync(scorer)) {
  console.error(`communique eval: no corpus at ${corpus} (score.mjs not found); nothing to score.`);
  process.exit(0);
}
if (!existsSync(path.join(root, "dist", "index.js"))) {
  console.error("communique eval: dist/index.js is missing; run `npm run build` first.");
  process.exit(2);
}
const result = spawnSync(
  process.execPath,
  [scorer, "--gold", path.join(corpus, "dev"), "--lib", path.join(root, "dist", "index.js"), ...process.argv.slice(2)],
  { stdio: "inherit" },
);
process.exit(result.status ?? 1);
