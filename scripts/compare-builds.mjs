#!/usr/bin/env node
// Compares what two builds of communique make of the same release texts: the release (spans
// included) and every message. For refactors that must not change behaviour, and for reading
// every change a fix makes.
//
//   node scripts/compare-builds.mjs --base ../wt-base/dist/index.js [--head dist/index.js] DIR_OR_FILE...
//
// A folder is read for its *.txt files (not recursively); a NAME.json beside a text may give
// `referenceDate`. Prints each text whose output differs, with the first differing lines, and
// a count; exit code 1 when any differs.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  options: {
    base: { type: "string" },
    head: { type: "string", default: "dist/index.js" },
    lines: { type: "string", default: "12" },
    quiet: { type: "boolean", default: false },
  },
  allowPositionals: true,
});
if (!values.base || positionals.length === 0) {
  console.error("usage: node scripts/compare-builds.mjs --base BUILD/index.js [--head dist/index.js] [--lines N] [--quiet] DIR_OR_FILE...");
  process.exit(2);
}

const load = async (path) => import(pathToFileURL(resolve(path)).href);
const base = await load(values.base);
const head = await load(values.head);
const SHOW = Number(values.lines);

function textsOf(path) {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).filter((name) => name.endsWith(".txt")).sort().map((name) => join(path, name));
}

function referenceDateOf(textPath) {
  const answer = textPath.replace(/\.txt$/, ".json");
  if (!existsSync(answer)) return null;
  try {
    return JSON.parse(readFileSync(answer, "utf8")).referenceDate ?? null;
  } catch {
    return null;
  }
}

function outputOf(library, text, referenceDate) {
  const options = { referenceDate };
  const file = library.analyzeRelease(text, options);
  const messages = file.messages.map((message) => `${message.ruleId} ${message.place ? JSON.stringify(message.place) : ""} ${message.reason} ${message.note ?? ""}`);
  return JSON.stringify({ release: library.parseRelease(text, options), messages }, null, 1).split("\n");
}

let compared = 0;
let differing = 0;
for (const path of positionals) {
  for (const textPath of textsOf(path)) {
    const text = readFileSync(textPath, "utf8");
    const referenceDate = referenceDateOf(textPath);
    const before = outputOf(base, text, referenceDate);
    const after = outputOf(head, text, referenceDate);
    compared++;
    if (before.join("\n") === after.join("\n")) continue;
    differing++;
    if (values.quiet) {
      console.log(`differs: ${textPath}`);
      continue;
    }
    console.log(`\n== ${basename(textPath)} (${textPath})`);
    let shown = 0;
    const length = Math.max(before.length, after.length);
    for (let index = 0; index < length && shown < SHOW; index++) {
      if (before[index] === after[index]) continue;
      console.log(`  - ${before[index] ?? ""}\n  + ${after[index] ?? ""}`);
      shown++;
    }
  }
}
console.log(`\n${differing} of ${compared} texts differ`);
process.exit(differing > 0 ? 1 : 0);
