// The public API of communique: everything a user imports comes from here, nothing else.

/**
 * Turns official press releases (meetings, talks, visits, calls, signings) into typed,
 * validated data. `parseRelease` reads the text of a release, `validateRelease` checks release
 * data, and the zod schemas (`PressReleaseSchema`...) are the one source of every type.
 * `communique/validate` offers the schemas and validation alone, without the parser and its
 * gazetteers.
 *
 * @groupDescription Schema
 * The zod schemas of a release and of its parts, and the types inferred from them.
 *
 * @groupDescription Parsing
 * Reading a release's text: `parseRelease`, the unified processor behind it, and its plugins,
 * one per concern, to compose your own processor.
 *
 * @groupDescription Validation
 * Checking release data against the schema and its meaning: every problem with a stable code,
 * a JSON path and a plain message.
 *
 * @groupDescription Normalizers
 * The parser's normalizers, usable on their own: dates, person names, organisations,
 * countries, cities, officials, whitespace and quotes.
 *
 * @groupDescription Topics
 * The topic taxonomy and how to extend it.
 *
 * @module communique
 */

// Schema and validation: the very values `communique/validate` exports.
export * from "./validate-entry.js";

// Parsing.
export { parseRelease, analyzeRelease, releaseOf, createProcessor } from "./pipeline/processor.js";
export type { ParseOptions, ReleaseLanguage } from "./pipeline/options.js";
export { releaseParser } from "./pipeline/parser.js";
export { extractTitle } from "./extract/title.js";
export { extractVenue } from "./extract/venue.js";
export { extractFormat } from "./extract/format.js";
export { extractPeople } from "./extract/people/index.js";
export { extractOrganizations } from "./extract/organizations/index.js";
export { extractDates, type DateMention, type DateMentionKind } from "./extract/dates/index.js";
export type { DateRoleName } from "./normalize/dates/types.js";
export { extractTopics, type TopicsOptions } from "./extract/topics/index.js";
export type { ConceptCue } from "./lexicon/sections/topics.js";
export { extractAgreements } from "./extract/agreements/index.js";
export { extractQuotes } from "./extract/quotes/index.js";

// Data.
export { TOPIC_IDS, type Topic, type TopicExtension } from "./data/topics.js";
export { TOPICS, TOPIC_BLOCKERS, TOPIC_HEADS, extendTopics } from "./lexicon/topics.js";

// Normalizers.
export { normalizeOrganization, organizationSeat } from "./normalize/organization.js";
export type { OrganizationSeat } from "./data/organizations.js";
export { samePerson, mergePersonNames, canonicalNameOrder, type PersonNames } from "./normalize/person.js";
export { normalizeDate, type NormalizeDateOptions } from "./normalize/date.js";
export { countryCode, isCountryCode } from "./normalize/country.js";
export { findCity, type CityHit } from "./normalize/city.js";
export { normalizeWhitespace, normalizeQuotes, type NormalizeQuotesOptions } from "./normalize/text.js";
export { givenNameKey } from "./normalize/given-name.js";
export { romanizeRussian, type RomanizeOptions } from "./normalize/romanize.js";
export {
  findOfficial,
  officialsHolding,
  foldTransliteration,
  type OfficialMatch,
  type OfficialTerm,
  type FindOfficialOptions,
} from "./normalize/official.js";
