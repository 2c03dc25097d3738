import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeRelease, parseRelease, PressReleaseSchema } from "../../src/index.js";
import { spansOutside } from "./spans.js";

// Hundreds of parses per property: on a loaded machine they outrun vitest's 5 s default; the
// test asserts behaviour, not speed (npm run bench measures that).
const PROPERTY_TIMEOUT = 60_000;

/** What every input must give: no throw, a schema-valid release, every span inside the text. */
function checkRelease(text: string): void {
  const release = parseRelease(text, { referenceDate: "2024-03-06" });
  const parsed = PressReleaseSchema.safeParse(release);
  expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  expect(spansOutside(release, text.length)).toEqual([]);
}

/** Any UTF-16 code unit: lone surrogates, NUL and control characters included. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Pieces that stress tokenizing and the pattern parsers: punctuation, numbers, capitals, quotes, brackets. */
const PIECES = [
  "(", ")", "[", "]", "{", "}", '"', "'", "«", "»", "“", "”", "‘", "’", ".", "...", "!", "?", ",", ";", ":", "-",
  "—", "–", "/", "\\", "\u0000", "\uD800", "\uDC00", "\uD83D\uDE00", "\u200B", "\u00A0", "\t", "\n", "\r\n", "\n\n",
  " ", "  ", "2024", "5", "31.12.2023", "05/03", "1st", "March", "MARCH", "PRESIDENT", "Mr.", "Dr.", "U.S.", "e.g.",
  "St.", "No.", "President", "Minister of Foreign Affairs", "Secretary General", "met", "held talks with", "in",
  "on", "the", "The sides", "Moscow", "Minsk", "CSTO", "OSCE", "SCO", "UN", "agreed", "signed", "Memorandum",
  "telephone conversation", "videoconference", "Back to the section", "Print", "Share", "http://example.org/x?y=1",
  "A. B. Surname", "O'Neill", "Jean-Yves", "Ban Ki-moon", "Москва", "الرياض", "北京",
];
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: anyUnit, maxLength: 8 }) },
);
/** A piece said many times over: long runs of punctuation, digits, capitals, quotes, brackets. */
const run = fc
  .tuple(fc.constantFrom(".", "!", "?", "(", ")", "[", '"', "«", "9", "A", "Z", "-", " ", "\n", ",", "\u0000", "\uD800", "Mr. ", "A. "), fc.integer({ min: 1, max: 5000 }))
  .map(([unit, count]) => unit.repeat(count));
const adversarial = fc
  .array(fc.oneof({ weight: 6, arbitrary: piece }, { weight: 1, arbitrary: run }), { maxLength: 60 })
  .map((parts) => parts.join(""));
/** Release-like sentences with random words between them. */
const releaseLike = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(" ", ". ", ", ", "\n", " (", ") ", ' "', '" ')), { maxLength: 200 })
  .map((parts) => parts.map(([word, gap]) => word + gap).join(""));

describe("parseRelease on hostile input", () => {
  it("never throws and returns a valid release for any string of UTF-16 units", () => {
    fc.assert(fc.property(fc.string({ unit: anyUnit, maxLength: 400 }), checkRelease), { numRuns: 300 });
  }, PROPERTY_TIMEOUT);

  it("never throws and returns a valid release for any string of code points", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), checkRelease), { numRuns: 200 });
  }, PROPERTY_TIMEOUT);

  it("survives runs of punctuation, digits, capitals, unbalanced quotes and brackets, NUL, lone surrogates", () => {
    fc.assert(fc.property(adversarial, checkRelease), { numRuns: 200 });
  }, PROPERTY_TIMEOUT);

  it("survives release-like text with broken punctuation", () => {
    fc.assert(fc.property(releaseLike, checkRelease), { numRuns: 150 });
  }, PROPERTY_TIMEOUT);

  it("reports doubts as messages without a fatal one", () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        const file = analyzeRelease(text);
        expect(file.messages.filter((message) => message.fatal === true)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("handles the empty string, whitespace only, and one line of 200 000 characters without a space", () => {
    for (const text of ["", " ", "\n\n\n", "\r\n\t\u00A0", "A".repeat(200_000), ".".repeat(200_000), "(".repeat(100_000)]) {
      checkRelease(text);
    }
  });

  it("parses a 10 MB input of mixed hostile content", () => {
    const block =
      'Talks in Minsk. (((("«« ' + "1234567890".repeat(20) + " ABCDEFGHIJKLMNOPQRST " + ".!?".repeat(40) +
      "\u0000\uD800 x \uDC00 The Minister of Foreign Affairs met the OSCE Secretary General on 5 March 2024.\n";
    const text = block.repeat(Math.ceil(10_000_000 / block.length)).slice(0, 10_000_000);
    checkRelease(text);
  }, 180_000);
});
