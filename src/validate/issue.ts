/** One step of a path into a release: an object key or an array index. */
export type PathSegment = string | number;

/**
 * How much an issue matters: an `error` makes the release invalid, a `warning` does not.
 *
 * @example
 * ```ts
 * import { validateRelease, type IssueSeverity } from "communique";
 * const worst: IssueSeverity = validateRelease({}).valid ? "warning" : "error";
 * ```
 */
export type IssueSeverity = "error" | "warning";

/**
 * The details each issue code carries, beside the fields every issue has. The keys of this
 * table are the stable codes; the wording of messages lives elsewhere and may change.
 */
export interface IssueDetails {
  /** A value has the wrong JSON type (a number where a string belongs). */
  invalid_type: { readonly expected: string; readonly received: string };
  /** A required field is absent. */
  missing_field: { readonly expected: string };
  /** A value is not one of the allowed options (`format`, agreement `kind`). */
  invalid_value: { readonly options: readonly string[]; readonly received: string };
  /** A string does not have the required form (ISO date, country code, topic id). */
  invalid_format: { readonly format: string; readonly received: string };
  /** A number is below its minimum (a negative span offset). */
  too_small: { readonly minimum: number; readonly received: number };
  /** A number is above its maximum. */
  too_big: { readonly maximum: number; readonly received: number };
  /** Any other mismatch with the schema. */
  schema_mismatch: { readonly detail: string };
  /** A key the schema does not know, usually a misspelt field name. */
  unknown_key: { readonly key: string };
  /** A well-formed date that does not exist on the calendar (2017-02-30, month 13). */
  impossible_date: { readonly received: string };
  /** The end date is before the start date. */
  date_range_reversed: { readonly start: string; readonly end: string };
  /** The end date equals the start date; a one-day event has `end: null`. */
  redundant_end_date: { readonly received: string };
  /** The event starts after the release's own (publication) date: a slip, unless the release announces a coming event. */
  event_after_publication: { readonly start: string; readonly published: string };
  /** A two-letter code that is not an assigned ISO 3166-1 alpha-2 code. */
  unknown_country: { readonly received: string };
  /** A topic id outside the taxonomy. */
  unknown_topic: { readonly received: string };
  /** The same topic id listed twice. */
  duplicate_topic: { readonly received: string; readonly firstPath: readonly PathSegment[] };
  /** The same person listed twice among the participants. */
  duplicate_participant: { readonly name: string; readonly firstPath: readonly PathSegment[] };
  /** The same person listed twice among the mentioned persons. */
  duplicate_mentioned_person: { readonly name: string; readonly firstPath: readonly PathSegment[] };
  /** A mentioned person who is also a participant; mentioned persons did not take part. */
  participant_also_mentioned: { readonly name: string; readonly participantPath: readonly PathSegment[] };
  /** The same organisation listed twice, by name or by acronym. */
  duplicate_organization: {
    readonly name: string;
    readonly by: "name" | "acronym";
    readonly firstPath: readonly PathSegment[];
  };
  /** An empty or whitespace-only string. */
  blank_string: { readonly nullable: boolean };
  /** Leading, trailing, doubled or non-space whitespace in a field that is whitespace-normalised. */
  untidy_whitespace: { readonly received: string };
  /** An alias identical to the person's name. */
  alias_equals_name: { readonly alias: string };
  /** The same alias listed twice for one person. */
  duplicate_alias: { readonly alias: string };
  /** One alias given to two different people. */
  shared_alias: { readonly alias: string; readonly otherPath: readonly PathSegment[] };
  /** A venue whose city, country and name are all null; write `venue: null`. */
  empty_venue: Record<never, never>;
  /** A source span that ends before it starts. */
  span_reversed: { readonly start: number; readonly end: number };
  /** A quote whose speaker is not the name of any participant or mentioned person. */
  unknown_speaker: { readonly speaker: string };
  /** A participant's organisation that is not in `organizations` by name or acronym. */
  unlisted_organization: { readonly organization: string };
}

/**
 * A stable issue code: the key users match on. See {@link ISSUE_CODES} for each one.
 *
 * @example
 * ```ts
 * import type { IssueCode } from "communique";
 * const ignored: IssueCode[] = ["unknown_key"];
 * ```
 */
export type IssueCode = keyof IssueDetails;

/** The fields every issue has. */
export interface IssueBase<Code extends IssueCode> {
  /** Stable code; match on it, not on the message. */
  readonly code: Code;
  /** `error` makes the release invalid; `warning` does not. */
  readonly severity: IssueSeverity;
  /** Where the problem is: keys and indexes from the release's root. */
  readonly path: readonly PathSegment[];
  /** The same place as a JSON path string, e.g. `$.participants[1].country`. */
  readonly jsonPath: string;
  /** A plain-English sentence for people; its wording may change between versions. */
  readonly message: string;
}

/**
 * One problem found by {@link validateRelease}: a union discriminated by `code`, so
 * narrowing on the code gives the details that code carries.
 *
 * @example
 * ```ts
 * import { validateRelease } from "communique";
 *
 * for (const issue of validateRelease({}).issues) {
 *   if (issue.code === "missing_field") console.log(issue.jsonPath, "expects", issue.expected);
 * }
 * ```
 */
export type ValidationIssue = {
  [Code in IssueCode]: IssueBase<Code> & Readonly<IssueDetails[Code]>;
}[IssueCode];

/** An issue before its message and JSON path string are written. */
export type IssueDraft = {
  [Code in IssueCode]: { readonly code: Code; readonly path: readonly PathSegment[] } & Readonly<IssueDetails[Code]>;
}[IssueCode];
