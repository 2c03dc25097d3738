import { z } from "zod";

/**
 * A topic id: lower-case words joined by hyphens (`drug-trafficking`). The built-in ids
 * are those of {@link TOPICS}; {@link validateRelease} flags ids outside the taxonomy.
 *
 * @example
 * ```ts
 * import { TopicIdSchema } from "communique";
 * TopicIdSchema.parse("arms-control");
 * ```
 *
 * @group Schema
 */
export const TopicIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a topic id such as drug-trafficking")
  .describe("Topic id from the taxonomy (kebab-case).");

/**
 * A topic id: kebab-case, one of the taxonomy's (`TOPIC_IDS`) when validated with the
 * defaults; see {@link TopicIdSchema}.
 *
 * @example
 * ```ts
 * import type { TopicId } from "communique";
 * const topics: TopicId[] = ["drug-trafficking", "border-security"];
 * ```
 *
 * @group Schema
 */
export type TopicId = z.infer<typeof TopicIdSchema>;
