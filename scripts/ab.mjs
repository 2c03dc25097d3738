#!/usr/bin/env node
// A/B timing of two builds of parseRelease on the same texts, in one process, alternating
// runs so that load on the machine falls on both alike. Prints the median time per pass of
// each and their ratio. For checking that a change costs no speed; `npm run bench` is the
// full benchmark.
//
// On Linux it also prints the mean time the main thread spent on a CPU per pass (from
// /proc/thread-self/schedstat), which leaves out the time it waited for one: on a loaded
// machine the wall-clock medians swing by 20% and more between two runs of the same build,
// the on-CPU means by about 2%. The kernel updates that count in steps of a scheduler tick,
// so it is a mean over many passes (use --runs 41 or more), not a median.
//
//   node scripts/ab.mjs --base ../wt-base/dist/index.js [--head dist/index.js] [--runs 15] DIR...

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  options: { base: { type: "string" }, head: { type: "string", default: "dist/index.js" }, runs: { type: "string", default: "15" } },
  allowPositionals: true,
});
if (!values.base || positionals.length === 0) {
  console.error("usage: node scripts/ab.mjs --base BUILD/index.js [--head dist/index.js] [--runs N] DIR...");
  process.exit(2);
}
const texts = positionals.flatMap((path) =>
  statSync(path).isFile() ? [readFileSync(path, "utf8")] : readdirSync(path).filter((name) => name.endsWith(".txt")).sort().map((name) => readFileSync(join(path, name), "utf8")),
);
const builds = [
  ["base", (await import(pathToFileURL(resolve(values.base)).href)).parseRelease],
  ["head", (await import(pathToFileURL(resolve(values.head)).href)).parseRelease],
];
const SCHEDSTAT = "/proc/thread-self/schedstat";
/** Milliseconds the main thread has spent on a CPU, or NaN where the kernel does not tell. */
const onCpu = existsSync(SCHEDSTAT) ? () => Number(readFileSync(SCHEDSTAT, "utf8").split(" ")[0]) / 1e6 : () => Number.NaN;
const pass = (parse) => {
  const cpu = onCpu();
  const start = performance.now();
  for (const text of texts) parse(text, { referenceDate: "2024-03-06" });
  return [performance.now() - start, onCpu() - cpu];
};
for (let warm = 0; warm < 3; warm++) for (const [, parse] of builds) pass(parse);
const times = { base: [], head: [] };
const cpuTimes = { base: [], head: [] };
for (let run = 0; run < Number(values.runs); run++) {
  for (const [name, parse] of run % 2 ? builds : [...builds].reverse()) {
    const [wall, cpu] = pass(parse);
    times[name].push(wall);
    cpuTimes[name].push(cpu);
  }
}
const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
const mean = (list) => list.reduce((sum, value) => sum + value, 0) / list.length;
const [base, head] = [median(times.base), median(times.head)];
console.log(`${texts.length} texts, median of ${values.runs} passes: base ${base.toFixed(1)} ms, head ${head.toFixed(1)} ms, head/base ${(head / base).toFixed(3)}`);
const [baseCpu, headCpu] = [mean(cpuTimes.base), mean(cpuTimes.head)];
if (!Number.isNaN(baseCpu)) {
  console.log(`on-CPU mean of ${values.runs} passes: base ${baseCpu.toFixed(1)} ms, head ${headCpu.toFixed(1)} ms, head/base ${(headCpu / baseCpu).toFixed(3)}`);
}
