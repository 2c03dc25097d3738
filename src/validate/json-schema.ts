import { z } from "zod";
import { PressReleaseSchema } from "../schema/release.js";
import { assertZod4 } from "./zod-version.js";

/**
 * The JSON Schema (draft 2020-12) of a release, generated from {@link PressReleaseSchema}.
 * It describes the input that validates, so unknown keys are allowed (they only draw an
 * `unknown_key` warning from {@link validateRelease}); meaning checks such as impossible dates
 * or unknown country codes are beyond JSON Schema. The same object ships in the package as
 * `communique/schema.json`.
 *
 * @returns A fresh JSON Schema object each call.
 *
 * @example
 * ```ts
 * import { pressReleaseJsonSchema } from "communique";
 * const schema = pressReleaseJsonSchema();
 * schema.required; // ["title", "date", "venue", "format", ...]
 * ```
 *
 * @group Validation
 */
export function pressReleaseJsonSchema(): Record<string, unknown> {
  assertZod4();
  const { $schema, ...rest } = z.toJSONSchema(PressReleaseSchema, { io: "input" });
  return { $schema, title: "PressRelease", ...rest };
}
