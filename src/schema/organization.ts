import { z } from "zod";
import { SpanSchema } from "./span.js";

/**
 * An organisation the release names: intergovernmental body, ministry, agency, company
 * or parliament (never a country). Organs count as their parent organisation.
 *
 * @example
 * ```ts
 * import { OrganizationSchema } from "communique";
 * OrganizationSchema.parse({ name: "Collective Security Treaty Organization", acronym: "CSTO" });
 * ```
 *
 * @group Schema
 */
export const OrganizationSchema = z
  .object({
    name: z.string().describe("Full name."),
    acronym: z.string().nullable().describe("Acronym from the text or common usage, else null."),
    spans: z.array(SpanSchema).optional().describe("Where each mention stands in the text."),
  })
  .describe("An organisation named in the release.");

/**
 * An organisation the release names; see {@link OrganizationSchema}.
 *
 * @example
 * ```ts
 * import type { Organization } from "communique";
 * const csto: Organization = { name: "Collective Security Treaty Organization", acronym: "CSTO" };
 * ```
 *
 * @group Schema
 */
export interface Organization extends z.infer<typeof OrganizationSchema> {}
