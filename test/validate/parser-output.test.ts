import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRelease, validateRelease } from "../../src/index.js";

// Hundreds of parses per property: on a loaded machine they outrun vitest's 5 s default.
const PROPERTY_TIMEOUT = 60_000;

// Whatever parseRelease returns must pass `communique validate --max-warnings 0`: no error
// and no warning. Issue 13 found 851 of 100,000 fuzz outputs with a participant's
// organisation missing from `organizations`.

function issuesOf(text: string): string[] {
  const release = parseRelease(text, { referenceDate: "2024-03-06" });
  return validateRelease(release).issues.map((issue) => `${issue.code} ${issue.jsonPath}: ${issue.message}`);
}

const PEOPLE = ["Thomas Greminger", "Sergey Lavrov", "Kassym-Jomart Tokayev", "Stanislav Zas", "Antonio Guterres", "Helga Schmid", "Lea Novak", "Mr. Ivanov", "A. B. Surname", "Jean-Yves Le Drian"];
const TITLES = [
  "OSCE Secretary General", "CSTO Secretary General", "Foreign Minister of Kazakhstan", "President of Russia",
  "UN Secretary-General", "SCO Secretary-General", "Minister of Foreign Affairs of Belarus", "Ambassador of the EU to Georgia",
  "Head of the OSCE Mission", "Chairman of the Executive Committee of the CIS", "ODKB Secretary General", "Director of the OSCE Secretariat",
];
const VERBS = ["held talks with", "met with", "had a telephone conversation with", "received", "signed a memorandum with", "said", "visited"];
const PLACES = ["in Moscow", "in Minsk", "in Vienna", "at OSCE headquarters", "at the CSTO Secretariat", ""];
const DATES = ["On 5 March 2019", "On 12 and 13 May 2021", "Yesterday", "On 2 November this year", ""];
const ORGS = ["OSCE", "CSTO", "SCO", "UN", "EAEU", "CIS", "the European Union", "NATO", "the Ministry of Foreign Affairs of Uzbekistan", "WHO"];
const TAILS = ["The sides discussed regional security and trade.", "They agreed to continue cooperation.", '"We value our partnership," he said.', ""];

const person = fc.tuple(fc.constantFrom(...TITLES), fc.constantFrom(...PEOPLE)).map(([title, name]) => `${title} ${name}`);
const sentence = fc
  .tuple(fc.constantFrom(...DATES), person, fc.constantFrom(...VERBS), fc.oneof(person, fc.constantFrom(...ORGS)), fc.constantFrom(...PLACES), fc.constantFrom(...TAILS))
  .map((parts) => `${parts.join(" ")}.`.replace(/\s+/g, " ").replace(" .", ".").trim());
const releaseLike = fc
  .tuple(fc.option(fc.constantFrom("Talks in Moscow", "OSCE Secretary General meets Foreign Minister", "Telephone conversation"), { nil: undefined }), fc.array(sentence, { minLength: 1, maxLength: 5 }))
  .map(([title, body]) => `${title === undefined ? "" : `${title}\n\n`}${body.join(" ")}`);
/** Release words in any order, with broken punctuation: where steps disagree most. */
const PIECES = ["(", ")", '"', "«", ".", ",", "\n", "\n\n", "  ", "\u00A0", "2024", "March", "Mr.", "met", "held talks with", "in", "the", "agreed", "signed", ...PEOPLE, ...TITLES, ...ORGS];
const soup = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(" ", ". ", ", ", "\n", " (", ") ", ' "', '" ')), { maxLength: 100 })
  .map((parts) => parts.map(([word, gap]) => word + gap).join(""));

describe("parseRelease output validates with no errors and no warnings", () => {
  it.each([
    "On 5 March 2019 Thomas Greminger held talks with the Foreign Minister of Kazakhstan.",
    'EAEU" Helga Schmid\nOSCE Secretary General Helga Schmid met ODKB Secretary General Stanislav Zas.',
    'Antonio Guterres "Stanislav Zas. met" Jean-Yves\nStanislav Zas (UN Minister of Foreign Affairs (UN Secretary-General. March Minsk "',
  ])("for %j", (text) => {
    expect(issuesOf(text)).toEqual([]);
  });

  it("for release-like text", () => {
    fc.assert(fc.property(releaseLike, (text) => {
      expect(issuesOf(text)).toEqual([]);
    }), { numRuns: 300 });
  }, PROPERTY_TIMEOUT);

  it("for release words in any order", () => {
    fc.assert(fc.property(soup, (text) => {
      expect(issuesOf(text)).toEqual([]);
    }), { numRuns: 300 });
  }, PROPERTY_TIMEOUT);

  it("for any string", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
      expect(issuesOf(text)).toEqual([]);
    }), { numRuns: 200 });
  });
});
