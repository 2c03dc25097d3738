import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import * as validateApi from "../../src/validate-entry.js";

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
  "normalizeOrganization", "normalizeQuotes", "normalizeWhitespace", "officialsHolding", "organizationSeat",
  "parseRelease", "pressReleaseJsonSchema", "releaseOf", "releaseParser", "romanizeRussian", "samePerson", "toJsonPath",
  "validateRelease",
];

const EXPECTED_TYPES = [
  "Agreement", "AgreementKind", "CityHit", "ConceptCue", "CountryCode", "DateMention", "DateMentionKind", "DateRoleName",
  "EventDate", "FindOfficialOptions", "IsoDate", "IssueBase", "IssueCode", "IssueCodeInfo",
  "IssueDetails", "IssueSeverity", "MeetingFormat", "MentionedPerson", "NormalizeDateOptions",
  "NormalizeQuotesOptions", "OfficialMatch", "OfficialTerm", "Organization", "OrganizationSeat", "ParseOptions",
  "Participant", "PathSegment", "PersonNames", "PressRelease", "PublishedDate", "Quote", "ReleaseLanguage", "RomanizeOptions", "Span", "Topic",
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

// `communique/validate`: the schema and validation, without the parser and its gazetteers.
const EXPECTED_VALIDATE_VALUES = [
  "AgreementKindSchema", "AgreementSchema", "CountryCodeSchema", "EventDateSchema", "ISSUE_CODES",
  "IsoDateSchema", "MeetingFormatSchema", "MentionedPersonSchema", "OrganizationSchema",
  "ParticipantSchema", "PressReleaseSchema", "PublishedDateSchema", "QuoteSchema", "SpanSchema", "TopicIdSchema", "VenueSchema",
  "pressReleaseJsonSchema", "toJsonPath", "validateRelease",
];

const EXPECTED_VALIDATE_TYPES = [
  "Agreement", "AgreementKind", "CountryCode", "EventDate", "IsoDate", "IssueBase", "IssueCode",
  "IssueCodeInfo", "IssueDetails", "IssueSeverity", "MeetingFormat", "MentionedPerson", "Organization",
  "Participant", "PathSegment", "PressRelease", "PublishedDate", "Quote", "Span", "TopicId", "ValidateOptions",
  "ValidationIssue", "ValidationResult", "Venue",
];

/** Every name an entry file exports, types included, as the TypeScript checker sees them. */
function exportedNames(file = "index.ts"): string[] {
  const entry = new URL(`../../src/${file}`, import.meta.url).pathname;
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
  if (module === undefined) throw new Error(`cannot read src/${file}`);
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

describe("public exports of src/validate-entry.ts (communique/validate)", () => {
  it("are exactly the expected values, the same objects as communique's", () => {
    const values = Object.keys(validateApi).sort();
    expect(difference(values, EXPECTED_VALIDATE_VALUES, "EXPECTED_VALIDATE_VALUES")).toBeNull();
    for (const name of values) expect(validateApi[name as keyof typeof validateApi]).toBe(api[name as keyof typeof api]);
  });

  it("are exactly the expected types", { timeout: 60_000 }, () => {
    const values = new Set(Object.keys(validateApi));
    const types = exportedNames("validate-entry.ts").filter((name) => !values.has(name));
    expect(difference(types.sort(), EXPECTED_VALIDATE_TYPES, "EXPECTED_VALIDATE_TYPES")).toBeNull();
  });

  it("imports no gazetteer, normalizer, extractor or parser module", () => {
    const entry = new URL("../../src/validate-entry.ts", import.meta.url).pathname;
    const program = ts.createProgram([entry], { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true, skipLibCheck: true });
    const reached = program
      .getSourceFiles()
      .map((file) => file.fileName)
      .filter((name) => name.includes("/src/"))
      .map((name) => name.slice(name.indexOf("/src/") + 1));
    expect(reached.filter((name) => /^src\/(data|normalize|extract|pipeline|cli)\//.test(name))).toEqual([]);
  });
});
