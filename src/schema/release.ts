import { z } from "zod";
import { AgreementSchema, QuoteSchema } from "./agreement.js";
import { EventDateSchema, PublishedDateSchema } from "./date.js";
import { OrganizationSchema } from "./organization.js";
import { MentionedPersonSchema, ParticipantSchema } from "./person.js";
import { TopicIdSchema } from "./topic.js";
import { MeetingFormatSchema, VenueSchema } from "./venue.js";

/**
 * A press release about a meeting, talks, a visit, a call or a signing, as structured data.
 * Every type of communique is inferred from this schema.
 *
 * @example
 * ```ts
 * import { PressReleaseSchema, type PressRelease } from "communique";
 *
 * const release: PressRelease = PressReleaseSchema.parse({
 *   title: "Telephone conversation with the Foreign Minister of Pakistan",
 *   date: { start: "2020-04-06", end: null },
 *   venue: null,
 *   format: "phone",
 *   participants: [],
 *   mentionedPersons: [],
 *   organizations: [{ name: "Shanghai Cooperation Organisation", acronym: "SCO" }],
 *   topics: ["health"],
 *   agreements: [{ text: "The sides agreed to maintain working contacts.", kind: "agreed" }],
 * });
 * ```
 *
 * @group Schema
 */
export const PressReleaseSchema = z
  .object({
    title: z.string().nullable().describe("The release's own headline, whitespace-normalised, or null."),
    date: EventDateSchema.nullable().describe("Date of the main event, or null when the text gives none."),
    published: PublishedDateSchema.nullable()
      .optional()
      .describe("The date the text gives for the release itself (dateline or page stamp), or null; absent in data made before the field existed."),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, "expected a two-letter ISO 639-1 code in lower case")
      .optional()
      .describe('The language the text was read as, an ISO 639-1 code ("en", "ru"); absent in data made before the field existed.'),
    venue: VenueSchema.nullable().describe("Where the main event took place, or null."),
    format: MeetingFormatSchema.nullable().describe("How the main event was held, or null when not told."),
    participants: z.array(ParticipantSchema).describe("People who took part in the main event."),
    mentionedPersons: z
      .array(MentionedPersonSchema)
      .describe("People mentioned who did not take part in the main event."),
    organizations: z.array(OrganizationSchema).describe("Every organisation named, once each."),
    topics: z.array(TopicIdSchema).describe("Ids of the subjects discussed, agreed or worked on."),
    agreements: z.array(AgreementSchema).describe("Sentences reporting outcomes of the main event."),
    quotes: z.array(QuoteSchema).optional().describe("Direct speech with its speaker."),
  })
  .describe("A press release as structured data.");

/**
 * A press release as structured data, the type of what `parseRelease` returns and
 * {@link PressReleaseSchema} parses.
 *
 * @example
 * ```ts
 * import { parseRelease, type PressRelease } from "communique";
 * const release: PressRelease = parseRelease("On 5 March 2024 the foreign ministers held talks in Minsk.");
 * release.venue?.city; // "Minsk"
 * ```
 *
 * @group Schema
 */
export interface PressRelease extends z.infer<typeof PressReleaseSchema> {}
