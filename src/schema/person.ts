import { z } from "zod";
import { SpanSchema } from "./span.js";
import { CountryCodeSchema } from "./venue.js";

const personFields = {
  name: z.string().describe("Fullest correct spelling of the name, without titles."),
  aliases: z
    .array(z.string())
    .describe("Every other form the text uses: variants, surname only, initials."),
  spans: z.array(SpanSchema).optional().describe("Where each mention stands in the text."),
};

/**
 * A named person who took part in the main event: host, guest, speaker or signatory.
 *
 * @example
 * ```ts
 * import { ParticipantSchema } from "communique";
 * ParticipantSchema.parse({
 *   name: "Thomas Greminger",
 *   aliases: ["T.Greminger"],
 *   role: "Secretary General",
 *   organization: "OSCE",
 *   country: null,
 * });
 * ```
 *
 * @group Schema
 */
export const ParticipantSchema = z
  .object({
    ...personFields,
    role: z.string().nullable().describe('Title as given, e.g. "Minister of Foreign Affairs".'),
    organization: z
      .string()
      .nullable()
      .describe("Organisation the person acts for: its acronym when the text uses one, else its name."),
    country: CountryCodeSchema.nullable().describe("Country of a state official, else null."),
  })
  .describe("A person who took part in the main event.");

/**
 * A person who took part in the main event; see {@link ParticipantSchema}.
 *
 * @example
 * ```ts
 * import type { Participant } from "communique";
 * const guest: Participant = {
 *   name: "Thomas Greminger",
 *   aliases: ["Greminger"],
 *   role: "Secretary General",
 *   organization: "OSCE",
 *   country: null,
 * };
 * ```
 *
 * @group Schema
 */
export interface Participant extends z.infer<typeof ParticipantSchema> {}

/**
 * A named person the release mentions who did not take part in the main event.
 *
 * @example
 * ```ts
 * import { MentionedPersonSchema } from "communique";
 * MentionedPersonSchema.parse({ name: "Lamberto Zannier", aliases: ["Lamberto Zaniera"] });
 * ```
 *
 * @group Schema
 */
export const MentionedPersonSchema = z
  .object({
    ...personFields,
    role: z.string().nullable().optional().describe("Title as given, when the text gives one."),
    organization: z.string().nullable().optional().describe("Organisation, when the text gives one."),
    country: CountryCodeSchema.nullable().optional().describe("Country of a state official, when known."),
  })
  .describe("A person mentioned who did not take part in the main event.");

/**
 * A person the release mentions who did not take part in the main event; see
 * {@link MentionedPersonSchema}.
 *
 * @example
 * ```ts
 * import type { MentionedPerson } from "communique";
 * const predecessor: MentionedPerson = { name: "Lamberto Zannier", aliases: [] };
 * ```
 *
 * @group Schema
 */
export interface MentionedPerson extends z.infer<typeof MentionedPersonSchema> {}
