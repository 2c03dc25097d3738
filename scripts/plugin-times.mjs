#!/usr/bin/env node
// Where parseRelease spends its time, step by step: the release parser (cleaning,
// tokenizing, the document) and each concern plugin, timed on the same texts in one process,
// with bare `unified().use(retextEnglish).parse` beside them. With --base, a second build is
// timed in turns with the first, for a before/after table.
//
// Each step is timed on the main thread's CPU (/proc/thread-self/schedstat, Linux), which
// leaves out the time spent waiting for a CPU on a loaded machine; the kernel counts it in
// scheduler ticks, so the figures are means over many passes (--runs 41 or more for steps
// under a millisecond). Elsewhere the wall clock is used.
//
//   node scripts/plugin-times.mjs [--head dist/index.js] [--base OTHER/index.js] [--runs N] [DIR...]

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import retextEnglish from "retext-english";
import { unified } from "unified";
import { VFile } from "vfile";

const { values, positionals } = parseArgs({
  options: { base: { type: "string" }, head: { type: "string", default: "dist/index.js" }, runs: { type: "string", default: "21" } },
  allowPositionals: true,
});
const folders = positionals.length > 0 ? positionals : [join("..", "shared", "corpus", "dev")];
const texts = folders.flatMap((path) =>
  statSync(path).isFile() ? [readFileSync(path, "utf8")] : readdirSync(path).filter((name) => name.endsWith(".txt")).sort().map((name) => readFileSync(join(path, name), "utf8")),
);
const SCHEDSTAT = "/proc/thread-self/schedstat";
const clock = existsSync(SCHEDSTAT) ? () => Number(readFileSync(SCHEDSTAT, "utf8").split(" ")[0]) / 1e6 : () => performance.now();

// The plugins in the order the processor runs them (src/pipeline/processor.ts).
const CONCERNS = [
  ["title", "extractTitle"], ["date", "extractDates"], ["organization", "extractOrganizations"], ["venue", "extractVenue"], ["format", "extractFormat"],
  ["person", "extractPeople"], ["topic", "extractTopics"], ["agreement", "extractAgreements"], ["quote", "extractQuotes"],
];
const STEPS = ["parse", ...CONCERNS.map(([name]) => name)];

/** A pass over the texts with a build's plugins, each step timed; and a pass of parseRelease itself. */
async function timerOf(path) {
  const library = await import(pathToFileURL(resolve(path)).href);
  const spent = {};
  const processor = unified().use(library.releaseParser);
  for (const [name, plugin] of CONCERNS) {
    processor.use(function () {
      const transformer = library[plugin].call(this);
      return (tree, file) => {
        const start = clock();
        transformer(tree, file);
        spent[name] += clock() - start;
      };
    });
  }
  processor.freeze();
  return () => {
    for (const step of STEPS) spent[step] = 0;
    for (const text of texts) {
      const file = new VFile({ value: text });
      file.data.referenceDate = "2024-03-06";
      const start = clock();
      const tree = processor.parse(file);
      spent.parse += clock() - start;
      processor.runSync(tree, file);
    }
    const start = clock();
    for (const text of texts) library.parseRelease(text, { referenceDate: "2024-03-06" });
    return { ...spent, parseRelease: clock() - start };
  };
}

const bare = unified().use(retextEnglish);
const barePass = () => {
  const start = clock();
  for (const text of texts) bare.parse(text);
  return clock() - start;
};
const builds = [["head", await timerOf(values.head)]];
if (values.base) builds.unshift(["base", await timerOf(values.base)]);
for (let warm = 0; warm < 3; warm++) for (const [, pass] of builds) pass();
const runs = Object.fromEntries(builds.map(([name]) => [name, []]));
const bareRuns = [];
for (let run = 0; run < Number(values.runs); run++) {
  for (const [name, pass] of run % 2 ? builds : [...builds].reverse()) runs[name].push(pass());
  bareRuns.push(barePass());
}
const mean = (list) => list.reduce((sum, value) => sum + value, 0) / list.length;
const cell = (value) => value.toFixed(2).padStart(9);
const bareTime = mean(bareRuns);
console.log(`${texts.length} texts, mean ms per pass of ${values.runs} passes (${existsSync(SCHEDSTAT) ? "on-CPU" : "wall clock"})`);
console.log(`${"step".padEnd(14)}${builds.map(([name]) => name.padStart(9)).join("")}`);
for (const step of [...STEPS, "parseRelease"]) console.log(`${step.padEnd(14)}${builds.map(([name]) => cell(mean(runs[name].map((times) => times[step])))).join("")}`);
console.log(`${"bare retext".padEnd(14)}${builds.map(() => cell(bareTime)).join("")}`);
console.log(`${"vs bare".padEnd(14)}${builds.map(([name]) => `${(mean(runs[name].map((times) => times.parseRelease)) / bareTime).toFixed(2)}x`.padStart(9)).join("")}`);
