#!/usr/bin/env node
// Scores the built library with ../shared/corpus/score.mjs, when this checkout has the corpus
// beside it (it is not part of the package): on the corpus sets (dev, isaf-dev, dev-ru) and
// on the project's own annotated fixtures (test/fixtures/releases/en, isaf, ru), which are the
// held-out check for releases the rules were not written on. Each set is scored on its own.
//
//   npm run eval                      every set, the summary line of each
//   npm run eval -- dev --verbose     one set, with every miss (extra arguments go to score.mjs)
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
const fixtures = path.join(root, "test", "fixtures", "releases");
const SETS = {
  dev: path.join(corpus, "dev"),
  "isaf-dev": path.join(corpus, "isaf-dev"),
  "dev-ru": path.join(corpus, "dev-ru"),
  "own-en": path.join(fixtures, "en"),
  "own-isaf": path.join(fixtures, "isaf"),
  "own-ru": path.join(fixtures, "ru"),
};
const args = process.argv.slice(2);
const chosen = args.filter((arg) => arg in SETS);
const extra = args.filter((arg) => !(arg in SETS));
const names = chosen.length > 0 ? chosen : Object.keys(SETS);
let status = 0;
for (const name of names) {
  const folder = SETS[name];
  if (!existsSync(folder)) continue;
  const result = spawnSync(process.execPath, [scorer, "--gold", folder, "--lib", path.join(root, "dist", "index.js"), ...extra], { encoding: "utf8" });
  if (result.status !== 0) status = result.status ?? 1;
  const output = result.stdout + result.stderr;
  if (chosen.length === 0 && extra.length === 0) {
    const overall = output.split("\n").find((line) => line.startsWith("overall")) ?? "(no score)";
    const date = output.split("\n").find((line) => line.startsWith("date")) ?? "";
    console.log(`${name.padEnd(9)} ${overall.replace(/\s+\(mean.*$/, "")}   ${date.replace(/\s+/g, " ")}`);
  } else {
    console.log(`== ${name}\n${output}`);
  }
}
process.exit(status);
