// Whole-release golden outputs: every release text of test/fixtures/releases (written for the
// project) and variants made from them are parsed, and the release with its spans and every
// message is compared with test/golden/outputs/. A change of output is either a fix (then the
// outputs are written anew with `npm run golden:update` and the diff is read and listed in
// CHANGELOG) or a regression.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyzeRelease, parseRelease } from "../../src/index.js";
import { en } from "../../src/lexicon/en/index.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(HERE, "..", "fixtures", "releases");
const OUTPUTS = join(HERE, "outputs");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

interface Case {
  readonly name: string;
  readonly text: string;
  readonly referenceDate: string | null;
}

/** The release texts of every fixture folder, with the reference date their answer gives. */
function fixtureCases(): Case[] {
  const cases: Case[] = [];
  for (const folder of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, folder);
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith(".txt")) continue;
      const stem = file.slice(0, -4);
      const answer = join(dir, `${stem}.json`);
      const referenceDate = existsSync(answer) ? ((JSON.parse(readFileSync(answer, "utf8")) as { referenceDate?: string | null }).referenceDate ?? null) : null;
      cases.push({ name: `${folder}/${stem}`, text: readFileSync(join(dir, file), "utf8"), referenceDate });
    }
  }
  return cases;
}

/**
 * Variants that stress what the fixtures do not: each English release with its lines run
 * together (no line structure to lean on), and all of them as one long document.
 */
const TAIL_MARKERS: ReadonlySet<string> = new Set(en.chrome.tailMarkers);

function variantCases(cases: readonly Case[]): Case[] {
  const english = cases.filter((entry) => entry.name.startsWith("en/"));
  const flat = english.map((entry) => ({ ...entry, name: `variants/flat-${entry.name.slice(3)}`, text: entry.text.replace(/\s*\n\s*/g, " ") }));
  // A release's end marker ("ENDS", "Related stories") would end the joined document at the
  // first fixture that has one: those lines are left out, so every fixture's text is read.
  const withoutTail = (text: string) => text.split("\n").filter((line) => !TAIL_MARKERS.has(line.trim().toLowerCase().replace(/\s+/g, " ").replace(/:$/, ""))).join("\n");
  const joined = { name: "variants/all-english-joined", text: english.map((entry) => withoutTail(entry.text)).join("\n\n"), referenceDate: null };
  return [...flat, joined];
}

/** What a user sees of a parse: the release, and every message with its place. */
function outputOf(entry: Case): unknown {
  const options = { referenceDate: entry.referenceDate };
  const file = analyzeRelease(entry.text, options);
  return {
    release: parseRelease(entry.text, options),
    messages: file.messages.map((message) => ({
      ruleId: message.ruleId,
      reason: message.reason,
      place: placeOf(message.place),
      ...(message.actual === undefined ? {} : { actual: message.actual }),
      ...(message.expected === undefined ? {} : { expected: message.expected }),
      ...(message.note === undefined ? {} : { note: message.note }),
    })),
  };
}

type Place = ReturnType<typeof analyzeRelease>["messages"][number]["place"];

/** A message's place as `line:column-line:column` (or `line:column` for a point). */
function placeOf(place: Place): string | null {
  if (!place) return null;
  if ("start" in place) return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`;
  return `${place.line}:${place.column}`;
}

const cases = existsSync(FIXTURES) ? fixtureCases() : [];
const all = [...cases, ...variantCases(cases), { name: "examples/sample-release", text: readFileSync(join(HERE, "..", "..", "examples", "sample-release.txt"), "utf8"), referenceDate: null }];

describe("golden outputs", () => {
  it("has fixtures to compare", () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  for (const entry of all) {
    it(entry.name, () => {
      const actual = `${JSON.stringify(outputOf(entry), null, 2)}\n`;
      const path = join(OUTPUTS, `${entry.name}.json`);
      if (UPDATE || !existsSync(path)) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, actual);
        if (!UPDATE) throw new Error(`No golden output for ${entry.name}: written, check it and run again`);
        return;
      }
      expect(actual).toBe(readFileSync(path, "utf8"));
      // The joined variants parse every fixture at once: seconds on a loaded machine.
    }, 30_000);
  }
});
