#!/usr/bin/env node
// Where the parse step (src/pipeline/parser.ts) spends its time, part by part, on the same
// texts: cleaning, telling the language, tokenizing (with parse-english's own lexer and each of
// its plugins apart), and building the document's sentences and words; bare parse-english on the
// cleaned text beside them. Reads the sources through tsx, so it needs no build.
//
// Parts are timed in loops of their own on the main thread's CPU (/proc/thread-self/schedstat,
// Linux; the wall clock elsewhere), so the figures leave out the collections the concerns'
// garbage would cause inside a whole parse.
//
//   node --import tsx scripts/parse-steps.mjs [--runs N] [DIR...]

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ParseEnglish } from "parse-english";
import { cleanText } from "../src/pipeline/clean.ts";
import { detectLanguage } from "../src/core/language.ts";
import { parseCleanText } from "../src/core/tokenize.ts";
import { ReleaseDocument } from "../src/core/document.ts";
import { lexiconFor } from "../src/lexicon/index.ts";

const { values, positionals } = parseArgs({ options: { runs: { type: "string", default: "41" } }, allowPositionals: true });
const folders = positionals.length > 0 ? positionals : [join("..", "shared", "corpus", "dev")];
const texts = folders.flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith(".txt")).sort().map((name) => readFileSync(join(folder, name), "utf8")));
const SCHEDSTAT = "/proc/thread-self/schedstat";
const clock = existsSync(SCHEDSTAT) ? () => Number(readFileSync(SCHEDSTAT, "utf8").split(" ")[0]) / 1e6 : () => performance.now();
const runs = Number(values.runs);

const languages = texts.map((text) => detectLanguage(text));
const lexicons = languages.map((language) => lexiconFor(language));
const cleaned = texts.map((text) => cleanText(text));
const parsers = new Map();
const parserOf = (lexicon) => parsers.get(lexicon) ?? parsers.set(lexicon, lexicon.createParser()).get(lexicon);
const trees = cleaned.map((clean, index) => parseCleanText(clean.text, parserOf(lexicons[index])));

/** Mean ms per pass of `pass`, after a few passes to warm up. */
function time(pass) {
  for (let warm = 0; warm < 5; warm++) pass();
  const start = clock();
  for (let run = 0; run < runs; run++) pass();
  return (clock() - start) / runs;
}

const parts = {
  clean: () => { for (const text of texts) cleanText(text); },
  language: () => { for (const text of texts) detectLanguage(text); },
  tokenize: () => { cleaned.forEach((clean, index) => parseCleanText(clean.text, parserOf(lexicons[index]))); },
  sentences: () => {
    cleaned.forEach((clean, index) => new ReleaseDocument(clean, trees[index], lexicons[index].language, lexicons[index].keyOf).sentences);
  },
};
const english = new ParseEnglish();
const englishTexts = cleaned.filter((_, index) => languages[index] === "en").map((clean) => clean.text);
console.log(`${texts.length} texts, mean ms per pass of ${runs} passes (${existsSync(SCHEDSTAT) ? "on-CPU" : "wall clock"})`);
for (const [name, pass] of Object.entries(parts)) console.log(`${name.padEnd(34)}${time(pass).toFixed(2).padStart(8)}`);
console.log(`${"bare parse-english (cleaned, en)".padEnd(34)}${time(() => { for (const text of englishTexts) english.parse(text); }).toFixed(2).padStart(8)}`);

// parse-english's own share: its lexer (one pass of three Unicode class tests per character)
// and each plugin, on a parser whose plugins are wrapped in timers.
// The plugins are anonymous wrappers; their names as parse-english 7 / parse-latin 7 list them.
const PLUGIN_NAMES = {
  tokenizeSentencePlugins: ["englishElisionExceptions", "mergeInitialWordSymbol", "mergeFinalWordSymbol", "mergeInnerWordSymbol", "mergeInnerWordSlash", "mergeInitialisms", "patchPosition"],
  tokenizeParagraphPlugins: [
    "englishPrefixExceptions", "mergeNonWordSentences", "mergeAffixSymbol", "mergeInitialLowerCaseLetterSentences", "mergeInitialDigitSentences", "mergePrefixExceptions",
    "mergeAffixExceptions", "mergeRemainingFullStops", "makeInitialWhiteSpaceSiblings", "makeFinalWhiteSpaceSiblings", "breakImplicitSentences", "removeEmptyNodes", "patchPosition",
  ],
  tokenizeRootPlugins: ["makeInitialWhiteSpaceSiblings", "makeFinalWhiteSpaceSiblings", "removeEmptyNodes", "patchPosition"],
};
const spent = new Map();
const timed = new ParseEnglish();
for (const level of ["tokenizeSentencePlugins", "tokenizeParagraphPlugins", "tokenizeRootPlugins"]) {
  const names = PLUGIN_NAMES[level].length === timed[level].length ? PLUGIN_NAMES[level] : [];
  timed[level] = timed[level].map((plugin, index) => {
    const name = `${level.slice("tokenize".length, -"Plugins".length).toLowerCase()} ${names[index] ?? `plugin ${index}`}`;
    return (node) => {
      const start = performance.now();
      plugin(node);
      spent.set(name, (spent.get(name) ?? 0) + performance.now() - start);
    };
  });
}
const lexer = timed.tokenize;
timed.tokenize = function (value) {
  const start = performance.now();
  const tokens = lexer.call(this, value);
  spent.set("lexer", (spent.get("lexer") ?? 0) + performance.now() - start);
  return tokens;
};
for (let warm = 0; warm < 5; warm++) for (const text of englishTexts) timed.parse(text);
spent.clear();
const timedStart = clock();
for (let run = 0; run < runs; run++) for (const text of englishTexts) timed.parse(text);
// Each part is timed on the wall clock (too many calls for the CPU counter's ticks), so the
// parts are given as shares of their sum, which load on the machine inflates alike.
const sum = [...spent.values()].reduce((total, value) => total + value, 0);
console.log(`parse-english with timers: ${((clock() - timedStart) / runs).toFixed(2)} ms per pass (on-CPU); its parts, share of their sum:`);
for (const [name, total] of [...spent].sort((a, b) => b[1] - a[1])) if (total / sum >= 0.005) console.log(`  ${name.padEnd(46)}${((100 * total) / sum).toFixed(1).padStart(6)}%`);
