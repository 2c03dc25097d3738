import { z } from "zod";
import { IsoDateSchema } from "../schema/date.js";
import { PressReleaseSchema } from "../schema/release.js";
import { TopicIdSchema } from "../schema/topic.js";
import { CountryCodeSchema } from "../schema/venue.js";
import type { IssueDraft, PathSegment } from "./issue.js";
import { walkAlongSchema } from "./walk.js";

type ZodIssue = z.core.$ZodIssue;

// zod reports a failed regex by its pattern; name the forms users know instead. Built on the
// first failed format: asking zod for the patterns costs more than importing the package.
let formatByPattern: ReadonlyMap<string, string> | undefined;

function formatsByPattern(): ReadonlyMap<string, string> {
  formatByPattern ??= new Map([
    [patternOf(IsoDateSchema), "an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"],
    [patternOf(CountryCodeSchema), "an ISO 3166-1 alpha-2 code in capitals (RU, US)"],
    [patternOf(TopicIdSchema), "a kebab-case topic id (drug-trafficking)"],
  ]);
  return formatByPattern;
}

function patternOf(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema) as { pattern?: string };
  return `/${json.pattern ?? ""}/`;
}

/**
 * Names the JSON type of a value the way users read JSON: `null`, `array`, `integer`...
 *
 * @example
 * ```ts
 * jsonTypeOf([1]); // "array"
 * ```
 */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function describeExpected(expected: string): string {
  return expected === "int" ? "integer" : expected;
}

function describeReceived(value: unknown): string {
  const type = jsonTypeOf(value);
  if (type === "string") return JSON.stringify(value);
  if (type === "number" || type === "integer" || type === "boolean") return `${type} ${String(value)}`;
  return type;
}

/** Turns one zod issue into a draft with a stable code of our own. */
function fromZodIssue(issue: ZodIssue): IssueDraft {
  const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== "symbol");
  switch (issue.code) {
    case "invalid_type":
      if (path.length > 0 && (!("input" in issue) || issue.input === undefined)) {
        return { code: "missing_field", path, expected: describeExpected(issue.expected) };
      }
      return {
        code: "invalid_type",
        path,
        expected: describeExpected(issue.expected),
        received: describeReceived(issue.input),
      };
    case "invalid_value":
      if (path.length > 0 && (!("input" in issue) || issue.input === undefined)) {
        return { code: "missing_field", path, expected: `one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}` };
      }
      return {
        code: "invalid_value",
        path,
        options: issue.values.map((value) => String(value)),
        received: describeReceived(issue.input),
      };
    case "invalid_format": {
      const pattern = "pattern" in issue && typeof issue.pattern === "string" ? issue.pattern : "";
      return {
        code: "invalid_format",
        path,
        format: formatsByPattern().get(pattern) ?? issue.format,
        received: String(issue.input),
      };
    }
    case "too_small":
      return { code: "too_small", path, minimum: Number(issue.minimum), received: Number(issue.input) };
    case "too_big":
      return { code: "too_big", path, maximum: Number(issue.maximum), received: Number(issue.input) };
    default:
      return { code: "schema_mismatch", path, detail: issue.message };
  }
}

/**
 * Checks the shape of `data` against {@link PressReleaseSchema}: the parsed release when it
 * fits, and one draft per mismatch.
 */
export function checkShape(data: unknown): { release: z.infer<typeof PressReleaseSchema> | null; drafts: IssueDraft[] } {
  const result = PressReleaseSchema.safeParse(data, { reportInput: true });
  if (result.success) return { release: result.data, drafts: [] };
  return { release: null, drafts: result.error.issues.map(fromZodIssue) };
}

/**
 * Finds keys the schema does not know. The walk follows the schema, never unknown parts, so
 * hostile nesting under an unknown key costs nothing.
 */
export function checkUnknownKeys(data: unknown): IssueDraft[] {
  const drafts: IssueDraft[] = [];
  walkAlongSchema(PressReleaseSchema, data, {
    unknownKey: (key, path) => drafts.push({ code: "unknown_key", path, key }),
  });
  return drafts;
}
