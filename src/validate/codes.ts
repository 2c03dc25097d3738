import type { IssueCode, IssueSeverity } from "./issue.js";

/** What {@link ISSUE_CODES} says about one code. */
export interface IssueCodeInfo {
  /** `schema` issues come from the zod schema; `meaning` issues from the checks beyond it. */
  readonly kind: "schema" | "meaning";
  /** Severity unless the `rules` option of {@link validateRelease} changes it. */
  readonly severity: IssueSeverity;
  /** What the code means, in one line. */
  readonly description: string;
}

function info(kind: IssueCodeInfo["kind"], severity: IssueSeverity, description: string): IssueCodeInfo {
  return Object.freeze({ kind, severity, description });
}

/**
 * Every issue code {@link validateRelease} can report, with its default severity and meaning.
 * Codes are stable: a code is never renamed or reused for another problem.
 *
 * @example
 * ```ts
 * import { ISSUE_CODES } from "communique";
 * ISSUE_CODES.unknown_country.severity; // "error"
 * Object.keys(ISSUE_CODES).length; // every code, e.g. for a docs table
 * ```
 */
export const ISSUE_CODES: Readonly<Record<IssueCode, IssueCodeInfo>> = Object.freeze({
  invalid_type: info("schema", "error", "A value has the wrong JSON type."),
  missing_field: info("schema", "error", "A required field is absent."),
  invalid_value: info("schema", "error", "A value is not one of the allowed options."),
  invalid_format: info("schema", "error", "A string does not have the required form (ISO date, country code, topic id)."),
  too_small: info("schema", "error", "A number is below its minimum."),
  too_big: info("schema", "error", "A number is above its maximum."),
  schema_mismatch: info("schema", "error", "Any other mismatch with the schema."),
  unknown_key: info("meaning", "warning", "A key the schema does not know, usually a misspelt field name."),
  impossible_date: info("meaning", "error", "A date that does not exist on the calendar (2017-02-30)."),
  date_range_reversed: info("meaning", "error", "The end date is before the start date."),
  redundant_end_date: info("meaning", "warning", "The end date equals the start date; a one-day event has end: null."),
  event_after_publication: info("meaning", "warning", "The event starts after the release's published date (fine only for an announced event)."),
  unknown_country: info("meaning", "error", "Not an assigned ISO 3166-1 alpha-2 country code."),
  unknown_topic: info("meaning", "error", "A topic id outside the taxonomy."),
  duplicate_topic: info("meaning", "error", "The same topic id listed twice."),
  duplicate_participant: info("meaning", "error", "The same person listed twice among the participants."),
  duplicate_mentioned_person: info("meaning", "error", "The same person listed twice among the mentioned persons."),
  participant_also_mentioned: info("meaning", "error", "A mentioned person who is also a participant."),
  duplicate_organization: info("meaning", "error", "The same organisation listed twice, by name or acronym."),
  blank_string: info("meaning", "error", "An empty or whitespace-only string (write null for an unknown value)."),
  untidy_whitespace: info("meaning", "warning", "Leading, trailing, doubled or non-space whitespace in a normalised field."),
  alias_equals_name: info("meaning", "warning", "An alias identical to the person's name."),
  duplicate_alias: info("meaning", "warning", "The same alias listed twice for one person."),
  shared_alias: info("meaning", "warning", "One alias given to two different people."),
  empty_venue: info("meaning", "warning", "A venue with city, country and name all null (write venue: null)."),
  span_reversed: info("meaning", "error", "A source span that ends before it starts."),
  unknown_speaker: info("meaning", "warning", "A quote's speaker is not the name of any person in the release."),
  unlisted_organization: info("meaning", "warning", "A participant's organisation missing from organizations."),
});
