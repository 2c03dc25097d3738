import type { IssueCode, IssueDetails, IssueDraft } from "./issue.js";
import { toJsonPath } from "./json-path.js";

// The wording users read. Kept apart from the codes so it can improve without breaking
// anyone who matches on `code`.

type MessageWriter<Code extends IssueCode> = (details: Readonly<IssueDetails[Code]>, key: string) => string;

const quote = (value: string): string => JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);

const MESSAGES: { readonly [Code in IssueCode]: MessageWriter<Code> } = {
  invalid_type: (d) => `Expected ${d.expected}, got ${d.received}`,
  missing_field: (d, key) => `Missing required field ${quote(key)} (${d.expected})`,
  invalid_value: (d) => `Expected one of ${d.options.map((option) => quote(option)).join(", ")}, got ${d.received}`,
  invalid_format: (d) => `Expected ${d.format}, got ${quote(d.received)}`,
  too_small: (d) => `Expected a number of at least ${d.minimum}, got ${d.received}`,
  too_big: (d) => `Expected a number of at most ${d.maximum}, got ${d.received}`,
  schema_mismatch: (d) => d.detail,
  unknown_key: (d) => `Unknown field ${quote(d.key)} (misspelt?); it is ignored`,
  impossible_date: (d) => `Date ${quote(d.received)} does not exist on the calendar`,
  date_range_reversed: (d) => `End date ${quote(d.end)} is before start date ${quote(d.start)}`,
  redundant_end_date: () => "End date equals the start date; a one-day event has end: null",
  event_after_publication: (d) =>
    `Event date ${quote(d.start)} is after the published date ${quote(d.published)}: right only when the release announces a coming event`,
  unknown_country: (d) => `Unknown country code ${quote(d.received)}: expected an assigned ISO 3166-1 alpha-2 code`,
  unknown_topic: (d) => `Unknown topic id ${quote(d.received)}: not in the taxonomy`,
  duplicate_topic: (d) => `Topic ${quote(d.received)} is already listed at ${toJsonPath(d.firstPath)}`,
  duplicate_participant: (d) => `Participant ${quote(d.name)} is already listed at ${toJsonPath(d.firstPath)}`,
  duplicate_mentioned_person: (d) =>
    `Mentioned person ${quote(d.name)} is already listed at ${toJsonPath(d.firstPath)}`,
  participant_also_mentioned: (d) =>
    `${quote(d.name)} is a participant (${toJsonPath(d.participantPath)}); mentioned persons are people who did not take part`,
  duplicate_organization: (d) =>
    `Organisation ${quote(d.name)} is already listed at ${toJsonPath(d.firstPath)} (same ${d.by})`,
  blank_string: (d) => (d.nullable ? "Empty string: write null when the value is unknown" : "Empty string where text is required"),
  untidy_whitespace: (d) => `Whitespace is not normalised in ${quote(d.received)}: trim it and use single spaces`,
  alias_equals_name: (d) => `Alias ${quote(d.alias)} is the same as the name; aliases list the other forms`,
  duplicate_alias: (d) => `Alias ${quote(d.alias)} is listed twice`,
  shared_alias: (d) => `Alias ${quote(d.alias)} is also given to the person at ${toJsonPath(d.otherPath)}`,
  empty_venue: () => "Venue has no city, country or name: write venue: null",
  span_reversed: (d) => `Span ends (${d.end}) before it starts (${d.start})`,
  unknown_speaker: (d) => `Speaker ${quote(d.speaker)} is not the name of any participant or mentioned person`,
  unlisted_organization: (d) => `Organisation ${quote(d.organization)} is not listed in organizations by name or acronym`,
};

/**
 * The plain-English message for an issue.
 *
 * @example
 * ```ts
 * issueMessage({ code: "unknown_topic", path: ["topics", 0], received: "piracy" });
 * // 'Unknown topic id "piracy": not in the taxonomy'
 * ```
 */
export function issueMessage(draft: IssueDraft): string {
  const write = MESSAGES[draft.code] as MessageWriter<IssueCode>;
  const last = draft.path[draft.path.length - 1];
  return write(draft as never, last === undefined ? "" : String(last));
}
