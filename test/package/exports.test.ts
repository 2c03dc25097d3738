import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";

// The public API, in one place. When you add or remove an export of src/index.ts, update
// these lists in the same commit: the test fails until you do, so no export changes by
// accident. Values exist at run time; types only for TypeScript.
const EXPECTED_VALUES = [
  "AgreementKindSchema", "AgreementSchema", "CountryCodeSchema", "EventDateSchema", "ISSUE_CODES",
  "IsoDateSchema", "MeetingFormatSchema", "MentionedPersonSchema", "OrganizationSchema",
  "ParticipantSchema", "PressReleaseSchema", "PublishedDateSchema", "QuoteSchema", "SpanSchema", "TOPICS",
  "TOPIC_BLOCKERS", "TOPIC_HEADS", "TOPIC_IDS", "TopicIdSchema", "VenueSchema", "analyzeRelease",
  "canonicalNameOrder", "countryCode", "createProcessor", "extendTopics", "extractAgreements",
  "extractDates", "extractFormat", "extractOrganizations", "extractPeople", "extractQuotes",
  "extractTitle", "extractTopics", "extractVenue", "findCity", "findOfficial",
  "foldTransliteration", "givenNameKey", "isCountryCode", "mergePersonNames", "normalizeDate",
  "normalizeOrganization", "normalizeQuotes", "normalizeWhitespace", "organizationSeat",
  "parseRelease", "pressReleaseJsonSchema", "releaseParser", "romanizeRussian", "samePerson", "toJsonPath",
  "validateRelease",
];

const EXPECTED_TYPES = [
  "Agreement", "AgreementKind", "CityHit", "CountryCode", "DateMention", "DateMentionKind",
  "EventDate", "FindOfficialOptions", "IsoDate", "IssueBase", "IssueCode", "IssueCodeInfo",
  "IssueDetails", "IssueSeverity", "MeetingFormat", "MentionedPerson", "NormalizeDateOptions",
  "NormalizeQuotesOptions", "OfficialMatch", "OfficialTerm", "Organization", "OrganizationSeat", "ParseOptions",
  "Participant", "PathSegment", "PersonNames", "PressRelease", "PublishedDate", "Quote", "RomanizeOptions", "Span", "Topic",
  "TopicExtension", "TopicId", "TopicsOptions", "ValidateOptions", "ValidationIssue",
  "ValidationResult", "Venue",
];

function difference(actual: readonly string[], expected: readonly string[], list: string): string | null {
  const added = actual.filter((name) => !expected.includes(name));
  const removed = expected.filter((name) => !actual.includes(name));
  if (added.length === 0 && removed.length === 0) return null;
  return [
    `src/index.ts exports changed (${list}).`,
    added.length > 0 ? `  new, not in ${list}: ${added.join(", ")}` : "",
    removed.length > 0 ? `  in ${list}, no longer exported: ${removed.join(", ")}` : "",
    `If the change is intended, update ${list} in test/package/exports.test.ts.`,
  ]
    .filter((line) => line !== "")
    .join("\n");
}

/** Every name src/index.ts exports, types included, as the TypeScript checker sees them. */
function exportedNames(): string[] {
  const entry = new URL("../../src/index.ts", import.meta.url).pathname;
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    resolveJsonModule: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error("cannot read src/index.ts");
  return checker.getExportsOfModule(module).map((symbol) => symbol.name);
}

describe("public exports of src/index.ts", () => {
  it("are exactly the expected values", () => {
    const values = Object.keys(api).sort();
    expect(difference(values, EXPECTED_VALUES, "EXPECTED_VALUES")).toBeNull();
  });

  it("are exactly the expected types", { timeout: 60_000 }, () => {
    const values = new Set(Object.keys(api));
    const types = exportedNames().filter((name) => !values.has(name));
    expect(difference(types.sort(), EXPECTED_TYPES, "EXPECTED_TYPES")).toBeNull();
  });
});
