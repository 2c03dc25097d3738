/**
 * `communique/validate`: the schema of a release and its validation, without the parser and
 * its gazetteers, for browsers and other places where size counts. Everything here is also
 * exported by `communique` itself, as the same values.
 *
 * @example
 * ```ts
 * import { validateRelease } from "communique/validate";
 *
 * const result = validateRelease(JSON.parse(text));
 * if (!result.valid) for (const issue of result.issues) console.log(issue.jsonPath, issue.message);
 * ```
 *
 * @module communique/validate
 */

// Schema: the one source of every type.
export { SpanSchema, type Span } from "./schema/span.js";
export {
  IsoDateSchema,
  type IsoDate,
  EventDateSchema,
  type EventDate,
  PublishedDateSchema,
  type PublishedDate,
} from "./schema/date.js";
export {
  CountryCodeSchema,
  type CountryCode,
  VenueSchema,
  type Venue,
  MeetingFormatSchema,
  type MeetingFormat,
} from "./schema/venue.js";
export {
  ParticipantSchema,
  type Participant,
  MentionedPersonSchema,
  type MentionedPerson,
} from "./schema/person.js";
export { OrganizationSchema, type Organization } from "./schema/organization.js";
export {
  AgreementKindSchema,
  type AgreementKind,
  AgreementSchema,
  type Agreement,
  QuoteSchema,
  type Quote,
} from "./schema/agreement.js";
export { TopicIdSchema, type TopicId } from "./schema/topic.js";
export { PressReleaseSchema, type PressRelease } from "./schema/release.js";

// Validation.
export { validateRelease, type ValidateOptions, type ValidationResult } from "./validate/validate.js";
export type {
  ValidationIssue,
  IssueCode,
  IssueSeverity,
  IssueDetails,
  IssueBase,
  PathSegment,
} from "./validate/issue.js";
export { ISSUE_CODES, type IssueCodeInfo } from "./validate/codes.js";
export { toJsonPath } from "./validate/json-path.js";
export { pressReleaseJsonSchema } from "./validate/json-schema.js";
