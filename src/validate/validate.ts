import type { PressRelease } from "../schema/release.js";
import { checkCountries } from "./checks/countries.js";
import { checkDates } from "./checks/dates.js";
import { checkOrganizations, checkParticipantOrganizations } from "./checks/organizations.js";
import { checkPeople } from "./checks/people.js";
import { checkQuotes } from "./checks/quotes.js";
import { checkSpans } from "./checks/spans.js";
import { checkStrings } from "./checks/strings.js";
import { checkTopics } from "./checks/topics.js";
import { checkVenue } from "./checks/venue.js";
import { BUILT_IN_TOPIC_IDS } from "./topic-ids.js";
import { ISSUE_CODES } from "./codes.js";
import type { IssueCode, IssueDraft, IssueSeverity, ValidationIssue } from "./issue.js";
import { toJsonPath } from "./json-path.js";
import { issueMessage } from "./messages.js";
import { checkShape, checkUnknownKeys } from "./shape.js";
import { assertZod4 } from "./zod-version.js";

/**
 * Options of {@link validateRelease}.
 *
 * @example
 * ```ts
 * import { validateRelease, type ValidateOptions } from "communique";
 * const options: ValidateOptions = { topicIds: ["trade", "energy"], rules: { unknown_key: "off" } };
 * validateRelease({}, options);
 * ```
 *
 * @group Validation
 */
export interface ValidateOptions {
  /** Topic ids that are allowed. Default: the built-in taxonomy, {@link TOPIC_IDS}. */
  readonly topicIds?: Iterable<string> | null | undefined;
  /**
   * Severity of a meaning check, or `"off"` to skip it; schema codes cannot be changed.
   * Default: the severity in {@link ISSUE_CODES}.
   */
  readonly rules?: Readonly<Partial<Record<IssueCode, IssueSeverity | "off">>> | null | undefined;
}

/**
 * What {@link validateRelease} found.
 *
 * @example
 * ```ts
 * import { validateRelease, type ValidationResult } from "communique";
 * const result: ValidationResult = validateRelease({});
 * if (!result.valid) console.log(result.issues.map((issue) => issue.jsonPath));
 * ```
 *
 * @group Validation
 */
export interface ValidationResult {
  /** True when no issue has severity `error` (warnings do not make a release invalid). */
  readonly valid: boolean;
  /** The release as the schema parsed it when its shape is right, else null. */
  readonly release: PressRelease | null;
  /** Every problem found, schema mismatches first, then meaning checks. */
  readonly issues: readonly ValidationIssue[];
}

const emptyOptions: ValidateOptions = Object.freeze({});
const BUILT_IN_TOPICS: ReadonlySet<string> = new Set(BUILT_IN_TOPIC_IDS);

const MEANING_CHECKS: readonly ((root: unknown, topics: ReadonlySet<string>) => IssueDraft[])[] = [
  checkUnknownKeys,
  checkStrings,
  checkDates,
  checkCountries,
  checkTopics,
  checkPeople,
  checkOrganizations,
  checkParticipantOrganizations,
  checkVenue,
  checkSpans,
  checkQuotes,
];

function resolveRules(rules: ValidateOptions["rules"]): ReadonlyMap<IssueCode, IssueSeverity | "off"> {
  const resolved = new Map<IssueCode, IssueSeverity | "off">();
  for (const [code, setting] of Object.entries(rules ?? {})) {
    const info = Object.hasOwn(ISSUE_CODES, code) ? ISSUE_CODES[code as IssueCode] : undefined;
    if (info === undefined) throw new TypeError(`validateRelease: unknown issue code in rules: ${JSON.stringify(code)}`);
    if (info.kind === "schema") throw new TypeError(`validateRelease: schema code ${JSON.stringify(code)} cannot be changed in rules`);
    if (setting !== "error" && setting !== "warning" && setting !== "off") {
      throw new TypeError(`validateRelease: rules.${code} must be "error", "warning" or "off", got ${JSON.stringify(setting)}`);
    }
    resolved.set(code as IssueCode, setting);
  }
  return resolved;
}

function isAtOrBelow(path: string, parents: ReadonlySet<string>): boolean {
  for (const parent of parents) {
    if (path === parent || path.startsWith(`${parent}.`) || path.startsWith(`${parent}[`)) return true;
  }
  return false;
}

/**
 * Validates release data: its shape against {@link PressReleaseSchema}, then its meaning
 * (impossible dates, end before start, unknown country codes and topic ids, duplicate
 * people and organisations, blank strings...). Returns every problem at once, each with a
 * stable `code`, its `path`, a `jsonPath` string and a plain `message`. Never throws on
 * any data; throws a `TypeError` only for malformed options, and an `Error` when the project
 * resolves `zod` to a version before 4.
 *
 * @param data - Anything, typically the result of `JSON.parse`.
 * @param options - Taxonomy and rule severities; see {@link ValidateOptions}.
 * @returns Whether the release is valid, the parsed release, and the issues.
 *
 * @example
 * ```ts
 * import { validateRelease } from "communique";
 *
 * const result = validateRelease({
 *   title: "Talks in Astana",
 *   date: { start: "2017-02-30", end: null },
 *   venue: { city: "Astana", country: "KZ", name: null },
 *   format: "in-person",
 *   participants: [],
 *   mentionedPersons: [],
 *   organizations: [],
 *   topics: ["trade"],
 *   agreements: [],
 * });
 * result.valid; // false
 * result.issues[0]; // { code: "impossible_date", jsonPath: "$.date.start", severity: "error", ... }
 * ```
 *
 * @group Validation
 */
export function validateRelease(data: unknown, options?: ValidateOptions | null): ValidationResult {
  assertZod4();
  const settings = options ?? emptyOptions;
  const rules = resolveRules(settings.rules);
  const topics = settings.topicIds == null ? BUILT_IN_TOPICS : new Set(settings.topicIds);
  const shape = checkShape(data);
  const issues: ValidationIssue[] = shape.drafts.map((draft) => finish(draft, ISSUE_CODES[draft.code].severity));
  const schemaPaths = new Set(issues.map((issue) => issue.jsonPath));
  for (const check of MEANING_CHECKS) {
    for (const draft of check(data, topics)) {
      const severity = rules.get(draft.code) ?? ISSUE_CODES[draft.code].severity;
      if (severity === "off") continue;
      const issue = finish(draft, severity);
      // A value the schema already rejected is not judged again on its meaning.
      if (schemaPaths.size > 0 && isAtOrBelow(issue.jsonPath, schemaPaths)) continue;
      issues.push(issue);
    }
  }
  return {
    valid: !issues.some((issue) => issue.severity === "error"),
    release: shape.release,
    issues,
  };
}

function finish(draft: IssueDraft, severity: IssueSeverity): ValidationIssue {
  return { ...draft, severity, jsonPath: toJsonPath(draft.path), message: issueMessage(draft) } as ValidationIssue;
}
