#!/usr/bin/env node
// Benchmarks of communique, run on the built package (dist/): `npm run bench`.
//
// Measures in one process, on the corpus texts and on synthetic long documents:
//   - parseRelease: releases per second and MB/s;
//   - a Russian release against an English one, per character (Russian corpus texts against
//     the English corpus, measured side by side);
//   - the floor: bare `unified().use(retextEnglish).parse`;
//   - the usual pipeline of chrono-node (dates) + compromise (people, places, organisations);
//   - how the per-character cost grows from a 10 KB to a 1 MB document;
//   - why bare retext-english is superlinear (parse-english on one long line vs in chunks);
// then the peak memory (RSS) of `communique parse` over a large NDJSON stream, in a child
// process. Prints medians over several runs and writes the tables to docs/benchmarks.md.
//
// Options: --runs N (default 5), --stream-mb N (size of the NDJSON stream, default 64 so the
// whole bench takes a few minutes on 2 cores; 1024 for the 1 GB target; a stream of a quarter
// of that size is measured too, to show memory does not grow with the input), --no-stream
// (skip it), --no-write (do not touch docs/).

import { spawn } from "node:child_process";
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import * as chrono from "chrono-node";
import nlp from "compromise";
import { ParseEnglish } from "parse-english";
import retextEnglish from "retext-english";
import { unified } from "unified";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values: options } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    "stream-mb": { type: "string", default: "64" },
    "no-stream": { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
  },
});
const RUNS = Math.max(1, Number(options.runs));
const STREAM_MB = Math.max(1, Number(options["stream-mb"]));
const REFERENCE_DATE = "2024-03-06";

if (!existsSync(join(ROOT, "dist", "index.js")) || !existsSync(join(ROOT, "dist", "cli.js"))) {
  console.error("bench: dist/ is missing; run `npm run build` first (npm run bench does).");
  process.exit(1);
}
const { parseRelease } = await import(join(ROOT, "dist", "index.js"));

// ---------------------------------------------------------------------------------------
// Inputs

/** The corpus texts: ../shared/corpus/dev when it exists, else examples/. */
function corpusTexts(folders = [join(ROOT, "..", "shared", "corpus", "dev"), join(ROOT, "examples")]) {
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    const files = readdirSync(folder).filter((name) => name.endsWith(".txt")).sort();
    if (files.length > 0) {
      return { folder, texts: files.map((name) => readFileSync(join(folder, name), "utf8")) };
    }
  }
  return { folder: null, texts: [] };
}

/** A small seeded generator, so every run builds the same synthetic documents. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = ["Anna Kowalski", "Marat Seitkali", "Jean-Luc Moreau", "Olga Petrenko", "Tomas Berg", "Aziz Karimov", "Elena Rossi", "David Okafor"];
const TITLES = ["Minister of Foreign Affairs", "Deputy Prime Minister", "Secretary General", "Ambassador", "Special Representative", "President"];
const COUNTRIES = ["Kazakhstan", "Norway", "Italy", "Nigeria", "Uzbekistan", "Armenia", "Chile", "Viet Nam"];
const CITIES = ["Astana", "Oslo", "Rome", "Abuja", "Tashkent", "Yerevan", "Santiago", "Hanoi", "Vienna", "Geneva"];
const ORGS = ["Collective Security Treaty Organization", "OSCE", "United Nations", "SCO", "European Union", "ASEAN"];
const TOPICS = ["regional security", "trade and investment", "counter-terrorism", "water management", "energy cooperation", "drug trafficking", "cultural exchanges", "transport corridors"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** One release-like paragraph of our own making: an opening sentence and a few follow-ups. */
function paragraph(next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const person = () => `${pick(TITLES)} of ${pick(COUNTRIES)} ${pick(PEOPLE)}`;
  const day = () => `${1 + Math.floor(next() * 28)} ${pick(MONTHS)} ${2015 + Math.floor(next() * 10)}`;
  const openings = [
    () => `On ${day()}, ${person()} held talks in ${pick(CITIES)} with ${person()}.`,
    () => `${person()} had a telephone conversation with ${person()}.`,
    () => `A meeting of the ${pick(ORGS)} Council of Ministers took place in ${pick(CITIES)} on ${day()}.`,
    () => `${person()} received the delegation of the ${pick(ORGS)} led by ${pick(PEOPLE)}.`,
  ];
  const followUps = [
    () => `The sides discussed ${pick(TOPICS)} and ${pick(TOPICS)}.`,
    () => `Particular attention was paid to ${pick(TOPICS)} within the ${pick(ORGS)}.`,
    () => `"We value the dialogue on ${pick(TOPICS)}," ${pick(PEOPLE)} said.`,
    () => `The parties agreed to hold the next round of consultations in ${pick(CITIES)} (${pick(MONTHS)} ${2016 + Math.floor(next() * 9)}).`,
    () => `A memorandum of understanding on ${pick(TOPICS)} was signed following the talks.`,
    () => `The ${pick(ORGS)} will support the initiative, according to ${pick(TITLES)} ${pick(PEOPLE)}.`,
  ];
  const sentences = [pick(openings)()];
  const extra = 2 + Math.floor(next() * 4);
  for (let index = 0; index < extra; index++) sentences.push(pick(followUps)());
  return sentences.join(" ");
}

/** A synthetic document of about `size` characters: paragraphs on their own lines. */
function syntheticDocument(size, seed = 1) {
  const next = random(seed);
  const parts = ["Joint press release on the results of the talks"];
  let length = parts[0].length;
  while (length < size) {
    const text = paragraph(next);
    parts.push(text);
    length += text.length + 1;
  }
  return parts.join("\n").slice(0, size);
}

// ---------------------------------------------------------------------------------------
// Measuring

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const bytesOf = (texts) => texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);

// No forced garbage collection between timed runs: a full collection shrinks V8's young
// generation, and the next run then pays for regrowing it. Measured on the corpus, forcing one
// before each run halved parseRelease's throughput (1,100 → 500 releases/s) and left bare
// retext-english's unchanged, which is not what a program parsing release after release sees.

/**
 * Warm-up time before measuring. V8 compiles hot code in tiers over many calls: parseRelease
 * runs three times faster after a few hundred releases than on the first pass.
 */
const WARMUP_MS = 2000;
/** Shortest timed run: passes over the texts are repeated until it lasts this long. */
const MIN_RUN_MS = 300;

/** Median wall time in ms of one pass of `work` over all texts, after warming up. */
function time(work, texts, runs = RUNS, warmup = WARMUP_MS) {
  const warm = performance.now() + warmup;
  do {
    for (const text of texts) work(text);
  } while (performance.now() < warm);
  const times = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    let passes = 0;
    do {
      for (const text of texts) work(text);
      passes++;
    } while (performance.now() - started < MIN_RUN_MS);
    times.push((performance.now() - started) / passes);
  }
  return median(times);
}

const retext = unified().use(retextEnglish).freeze();
const CANDIDATES = {
  parseRelease: (text) => parseRelease(text, { referenceDate: REFERENCE_DATE }),
  "retext-english (floor)": (text) => retext.parse(text),
  "chrono-node + compromise": (text) => {
    chrono.parse(text, new Date(REFERENCE_DATE));
    const doc = nlp(text);
    doc.people().out("array");
    doc.places().out("array");
    doc.organizations().out("array");
  },
};

/**
 * Every candidate's median time for one pass over `texts`. Each is warmed up first; then the
 * timed runs take turns (candidate after candidate, the order rotating each round), so a spike
 * of load on a shared machine falls on all of them alike instead of on whichever ran then.
 */
function throughputs(texts, runs) {
  const names = Object.keys(CANDIDATES);
  for (const name of names) time(CANDIDATES[name], texts, 1);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let run = 0; run < runs; run++) {
    for (let turn = 0; turn < names.length; turn++) {
      const name = names[(run + turn) % names.length];
      samples[name].push(time(CANDIDATES[name], texts, 1, 0));
    }
  }
  return names.map((name) => {
    const ms = median(samples[name]);
    const seconds = ms / 1000;
    return { name, ms, perSecond: texts.length / seconds, mbPerSecond: bytesOf(texts) / 1e6 / seconds };
  });
}

const fmt = (value, digits = 1) => (value >= 100 ? Math.round(value).toLocaleString("en-US") : value.toFixed(digits));
const log = (line = "") => console.log(line);

// ---------------------------------------------------------------------------------------
// 1. Throughput on the corpus and on synthetic documents

const corpus = corpusTexts();
const sections = [];
const verdicts = [];

function throughputTable(title, texts, runs) {
  const rows = throughputs(texts, runs);
  const ours = rows[0];
  const lines = [
    `| pipeline | releases/s | MB/s | time vs parseRelease |`,
    `| --- | ---: | ---: | ---: |`,
    ...rows.map(
      (row) => `| ${row.name} | ${fmt(row.perSecond)} | ${fmt(row.mbPerSecond, 2)} | ${(row.ms / ours.ms).toFixed(2)}x |`,
    ),
  ];
  sections.push(`### ${title}\n\n${lines.join("\n")}`);
  log(`\n${title}\n${lines.join("\n")}`);
  return rows;
}

let corpusRows = null;
if (corpus.texts.length > 0) {
  const label = corpus.folder.includes(join("shared", "corpus")) ? "../shared/corpus/dev" : "examples/";
  corpusRows = throughputTable(
    `Corpus: ${corpus.texts.length} releases from ${label}, ${fmt(bytesOf(corpus.texts) / 1e3)} KB`,
    corpus.texts,
    RUNS,
  );
}
const releaseSized = Array.from({ length: 50 }, (_, index) => syntheticDocument(3000, 100 + index));
const syntheticRows = throughputTable("Synthetic releases: 50 documents of 3 KB", releaseSized, RUNS);

const basis = corpusRows ?? syntheticRows;
const floorRatio = basis[0].ms / basis[1].ms;
const chronoRatio = basis[2].ms / basis[0].ms;
verdicts.push([`parseRelease within 2x of bare retext-english`, `${floorRatio.toFixed(2)}x`, floorRatio <= 2]);
verdicts.push([`parseRelease >= 30x faster than chrono-node + compromise`, `${chronoRatio.toFixed(1)}x`, chronoRatio >= 30]);

// ---------------------------------------------------------------------------------------
// 1b. A Russian release against an English one, per character

// The Russian corpus (../shared/corpus/dev-ru, else the project's own Russian releases) against
// the English texts of the corpus table, measured in turns so that load falls on both alike.
const russian = corpusTexts([join(ROOT, "..", "shared", "corpus", "dev-ru"), join(ROOT, "test", "fixtures", "releases", "ru")]);
const english = corpus.texts.length > 0 ? corpus.texts : releaseSized;
if (russian.texts.length > 0) {
  const charsOf = (texts) => texts.reduce((sum, text) => sum + text.length, 0);
  const costs = { en: [], ru: [] };
  // Both warmed up first, then timed in turns without further warm-up.
  time(CANDIDATES.parseRelease, english, 1);
  time(CANDIDATES.parseRelease, russian.texts, 1);
  for (let run = 0; run < RUNS; run++) {
    // Alternate the order, and take the median of each: one noisy run does not tip the ratio.
    const order = run % 2 ? ["ru", "en"] : ["en", "ru"];
    for (const language of order) {
      const texts = language === "ru" ? russian.texts : english;
      costs[language].push((time(CANDIDATES.parseRelease, texts, 1, 0) * 1e6) / charsOf(texts));
    }
  }
  const en = median(costs.en);
  const ru = median(costs.ru);
  const ratio = ru / en;
  const russianLabel = russian.folder.includes(join("shared", "corpus")) ? "../shared/corpus/dev-ru" : "test/fixtures/releases/ru";
  const lines = [
    `| parseRelease on | texts | characters | ns/char | MB/s | vs English per character |`,
    `| --- | ---: | ---: | ---: | ---: | ---: |`,
    `| English (${corpus.texts.length > 0 ? "the corpus above" : "synthetic releases"}) | ${english.length} | ${charsOf(english).toLocaleString("en-US")} | ${fmt(en)} | ${(bytesOf(english) / 1e6 / ((en * charsOf(english)) / 1e9)).toFixed(2)} | 1.00x |`,
    `| Russian (${russianLabel}) | ${russian.texts.length} | ${charsOf(russian.texts).toLocaleString("en-US")} | ${fmt(ru)} | ${(bytesOf(russian.texts) / 1e6 / ((ru * charsOf(russian.texts)) / 1e9)).toFixed(2)} | ${ratio.toFixed(2)}x |`,
  ];
  sections.push(
    `### Russian against English, per character\n\n${lines.join("\n")}\n\n` +
      "Costs per character (UTF-16 code unit, so that a Cyrillic letter counts once, not as its two\n" +
      "UTF-8 bytes); each is the median of the runs, English and Russian measured in turns.",
  );
  log(`\nRussian against English, per character\n${lines.join("\n")}`);
  verdicts.push([`a Russian release within 1.5x of an English one, per character`, `${ratio.toFixed(2)}x`, ratio <= 1.5]);
}

// ---------------------------------------------------------------------------------------
// 2. Growth from 10 KB to 1 MB

const SIZES = [10_000, 100_000, 1_000_000];
const documents = SIZES.map((size) => syntheticDocument(size, 7));
const growthRows = [];
for (const name of Object.keys(CANDIDATES)) {
  const costs = documents.map((doc, index) => {
    // Fewer runs of the big documents: each already takes long enough to time well.
    const runs = index === 2 ? Math.max(1, Math.min(RUNS, 3)) : RUNS;
    if (name.startsWith("chrono") && index === 2) return null;
    return (time(CANDIDATES[name], [doc], runs) * 1e6) / doc.length; // ns per character
  });
  growthRows.push({ name, costs });
}
{
  const lines = [
    `| pipeline | ns/char at 10 KB | ns/char at 100 KB | ns/char at 1 MB | 1 MB vs 10 KB |`,
    `| --- | ---: | ---: | ---: | ---: |`,
    ...growthRows.map((row) => {
      const [small, middle, large] = row.costs;
      const cell = (value) => (value === null ? "skipped" : fmt(value));
      const ratio = large === null ? "n/a" : `${(large / small).toFixed(2)}x`;
      const mb = (value) => (value === null ? "" : ` (${(1e3 / value).toFixed(2)} MB/s)`);
      return `| ${row.name} | ${cell(small)}${mb(small)} | ${cell(middle)}${mb(middle)} | ${cell(large)}${mb(large)} | ${ratio} |`;
    }),
  ];
  sections.push(
    `### Growth with document length (synthetic release-like text, paragraphs on their own lines)\n\n${lines.join("\n")}\n\n` +
      "chrono-node + compromise is skipped at 1 MB: one run takes minutes.",
  );
  log(`\nGrowth with document length\n${lines.join("\n")}`);
  const [small, , large] = growthRows[0].costs;
  verdicts.push([`per-character cost of a 1 MB document within 2x of a 10 KB one`, `${(large / small).toFixed(2)}x`, large / small <= 2]);
}

// ---------------------------------------------------------------------------------------
// 3. Why bare retext-english is superlinear

{
  const english = new ParseEnglish();
  const oneLine = (size) => syntheticDocument(size, 11).replace(/\n/g, " ");
  const chunked = (text) => {
    for (let from = 0; from < text.length; ) {
      let to = Math.min(from + 2048, text.length);
      if (to < text.length) {
        const space = text.lastIndexOf(" ", to);
        if (space > from) to = space + 1;
      }
      english.tokenizeParagraph(text.slice(from, to));
      from = to;
    }
  };
  const variants = {
    "lexer only (`tokenize`, no merging plugins)": (text) => english.tokenize(text),
    "whole line at once (`tokenizeParagraph`)": (text) => english.tokenizeParagraph(text),
    "chunks of at most 2048 chars (as src/pipeline/parser.ts)": chunked,
  };
  const texts = SIZES.map(oneLine);
  const rows = Object.entries(variants).map(([name, work]) => {
    const costs = texts.map((text, index) => (time(work, [text], index === 2 ? Math.min(RUNS, 3) : RUNS) * 1e6) / text.length);
    return { name, costs };
  });
  const lines = [
    `| parse-english on one line | ns/char at 10 KB | ns/char at 100 KB | ns/char at 1 MB | 1 MB vs 10 KB |`,
    `| --- | ---: | ---: | ---: | ---: |`,
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.costs.map((cost) => `${fmt(cost)} (${(1e3 / cost).toFixed(2)} MB/s)`).join(" | ")} | ${(row.costs[2] / row.costs[0]).toFixed(2)}x |`,
    ),
  ];
  sections.push(
    `### Why bare retext-english is superlinear\n\n${lines.join("\n")}\n\n` +
      "The lexer is linear; the cost that grows is parse-latin's merging plugins, which walk and\n" +
      "splice one array of tokens for the whole input handed to `tokenizeParagraph` (and\n" +
      "`parse()` hands it the whole document before splitting paragraphs). Cutting lines into\n" +
      "chunks of at most 2048 characters keeps every array short, so the cost stays flat.",
  );
  log(`\nWhy bare retext-english is superlinear\n${lines.join("\n")}`);
}

// ---------------------------------------------------------------------------------------
// 4. Peak memory of `communique parse` over a large NDJSON stream

async function writeStream(path, megabytes) {
  const out = createWriteStream(path);
  const next = random(42);
  let written = 0;
  let count = 0;
  const target = megabytes * 1e6;
  while (written < target) {
    let text = "";
    const paragraphs = 3 + Math.floor(next() * 8);
    for (let index = 0; index < paragraphs; index++) text += `${paragraph(next)}\n`;
    const line = `${JSON.stringify({ id: `release-${++count}`, text, referenceDate: REFERENCE_DATE })}\n`;
    written += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise((resolve) => out.once("drain", resolve));
  }
  await new Promise((resolve) => out.end(resolve));
  return { bytes: written, count };
}

/** Runs the CLI and samples its peak resident memory (VmHWM covers every thread). */
function measureCli(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(ROOT, "dist", "cli.js"), ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let peakKb = 0;
    let stderr = "";
    const sample = () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
        const match = /VmHWM:\s+(\d+) kB/.exec(status);
        if (match) peakKb = Math.max(peakKb, Number(match[1]));
      } catch {
        // The process has exited between two samples.
      }
    };
    const timer = setInterval(sample, 50);
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(timer);
      resolve({ code, peakMb: peakKb / 1024, seconds: (performance.now() - started) / 1000, stderr });
    });
  });
}

if (!options["no-stream"] && existsSync("/proc/self/status")) {
  const rows = [];
  for (const megabytes of [STREAM_MB / 4, STREAM_MB]) {
    const path = join(tmpdir(), `communique-bench-${process.pid}.ndjson`);
    try {
      log(`\nWriting a ${fmt(megabytes)} MB NDJSON stream to ${path}...`);
      const { bytes, count } = await writeStream(path, megabytes);
      log(`Running communique parse over ${count.toLocaleString("en-US")} releases (${fmt(bytes / 1e6)} MB)...`);
      const result = await measureCli(["parse", path, "--format", "ndjson"]);
      if (result.code !== 0) throw new Error(`communique parse exited ${result.code}: ${result.stderr.slice(0, 500)}`);
      rows.push({ bytes, count, ...result });
    } finally {
      rmSync(path, { force: true });
    }
  }
  const lines = [
    `| input | releases | time | throughput | peak RSS |`,
    `| --- | ---: | ---: | ---: | ---: |`,
    ...rows.map(
      (row) =>
        `| ${fmt(row.bytes / 1e6)} MB NDJSON | ${row.count.toLocaleString("en-US")} | ${row.seconds.toFixed(1)} s | ` +
        `${(row.bytes / 1e6 / row.seconds).toFixed(2)} MB/s, ${fmt(row.count / row.seconds)} releases/s | ${fmt(row.peakMb)} MB |`,
    ),
  ];
  sections.push(
    `### Memory of \`communique parse\` over a large NDJSON stream\n\n${lines.join("\n")}\n\n` +
      `Peak resident memory (VmHWM, all threads) of \`node dist/cli.js parse FILE --format ndjson\`\n` +
      `with ${cpus().length} worker threads, output to /dev/null. The larger size is \`--stream-mb\`. Memory\n` +
      "is bounded by the reorder buffer (64 inputs, 16 M characters) and the workers' heap limits\n" +
      "(8 MB young, 96 MB old generation each), not by the input size: it is the same at both sizes.",
  );
  log(`\nMemory of communique parse over a large NDJSON stream\n${lines.join("\n")}`);
  const last = rows[rows.length - 1];
  verdicts.push([`peak RSS of a ${fmt(last.bytes / 1e6)} MB NDJSON stream under 300 MB`, `${fmt(last.peakMb)} MB`, last.peakMb < 300]);
}

// ---------------------------------------------------------------------------------------
// Report

const verdictLines = [
  `| target | measured | met |`,
  `| --- | ---: | :---: |`,
  ...verdicts.map(([target, measured, met]) => `| ${target} | ${measured} | ${met ? "yes" : "**no**"} |`),
];
log(`\nTargets\n${verdictLines.join("\n")}`);

const load = loadavg()[0].toFixed(1);
const machine = `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model?.trim() ?? "unknown CPU"}, ${process.platform}; load average ${load} at the end`;
const markdown = `# Benchmarks

Measured by \`npm run bench\` (scripts/bench.mjs) on the built package. Times are medians of
${RUNS} runs (each at least ${MIN_RUN_MS} ms of repeated passes) after ${WARMUP_MS / 1000} s of warm-up per
measurement, all pipelines measured in the same process, their timed runs taking turns (the
order rotating each round) so that a spike of load falls on all alike. MB are 10^6 bytes of
UTF-8 input. On a shared machine the absolute numbers move with the load; the ratios move less.

Machine: ${machine}. Measured on ${new Date().toISOString().slice(0, 10)}.

## Targets

${verdictLines.join("\n")}

The ratio against retext-english uses the ${corpusRows ? "corpus" : "synthetic releases"}: both do the same tokenizing, so
the ratio is the cost of cleaning and of every extraction plugin together. Bare retext-english
is itself only ${(basis[2].ms / basis[1].ms).toFixed(1)}x faster than chrono-node + compromise here, so a pipeline built on it cannot
be 30x faster than chrono-node + compromise without being faster than its own tokenizer.

## Results

${sections.join("\n\n")}

## How to reproduce

\`\`\`sh
npm run bench                            # builds, then runs every measurement (a few minutes)
node scripts/bench.mjs --stream-mb 1024  # the 1 GB NDJSON stream (on an existing build; long)
node scripts/bench.mjs --runs 9 --no-stream
\`\`\`

The corpus texts are read from \`../shared/corpus/dev\` when it exists, else from \`examples/\`.
Synthetic documents are built from release-like paragraphs generated with a fixed seed (no
corpus sentence is used). The NDJSON stream is written to the system temporary folder and
deleted afterwards.
`;
if (!options["no-write"]) {
  writeFileSync(join(ROOT, "docs", "benchmarks.md"), markdown);
  log("\nWrote docs/benchmarks.md");
}
