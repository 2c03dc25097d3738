import { z } from "zod";
import { SpanSchema } from "./span.js";

/**
 * An ISO 3166-1 alpha-2 country code in capitals (`RU`, `US`). Whether the code is
 * assigned is a meaning check of {@link validateRelease}.
 *
 * @example
 * ```ts
 * import { CountryCodeSchema } from "communique";
 * CountryCodeSchema.parse("KZ");
 * ```
 *
 * @group Schema
 */
export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code such as RU or US")
  .describe("ISO 3166-1 alpha-2 country code.");

/**
 * An ISO 3166-1 alpha-2 country code in capitals; see {@link CountryCodeSchema}.
 *
 * @example
 * ```ts
 * import type { CountryCode } from "communique";
 * const kazakhstan: CountryCode = "KZ";
 * ```
 *
 * @group Schema
 */
export type CountryCode = z.infer<typeof CountryCodeSchema>;

/**
 * Where the main event took place.
 *
 * @example
 * ```ts
 * import { VenueSchema } from "communique";
 * VenueSchema.parse({ city: "Moscow", country: "RU", name: "CSTO Secretariat" });
 * ```
 *
 * @group Schema
 */
export const VenueSchema = z
  .object({
    city: z.string().nullable().describe("City in its common English spelling, or null."),
    country: CountryCodeSchema.nullable().describe("Country of the venue, or null."),
    name: z.string().nullable().describe("Building or institution, when stated; else null."),
    inferred: z
      .boolean()
      .optional()
      .describe("True when the city or country was worked out (an institution's seat, a city's country)."),
    span: SpanSchema.optional().describe("Where the place is named in the text."),
  })
  .describe("Venue of the main event.");

/**
 * Where the main event took place; see {@link VenueSchema}.
 *
 * @example
 * ```ts
 * import type { Venue } from "communique";
 * const venue: Venue = { city: "Dushanbe", country: "TJ", name: "Palace of Nations" };
 * ```
 *
 * @group Schema
 */
export interface Venue extends z.infer<typeof VenueSchema> {}

/**
 * How the meeting was held: in person, by video link, or by telephone.
 *
 * @example
 * ```ts
 * import { MeetingFormatSchema } from "communique";
 * MeetingFormatSchema.parse("phone");
 * ```
 *
 * @group Schema
 */
export const MeetingFormatSchema = z
  .enum(["in-person", "video", "phone"])
  .describe("in-person, video (videoconference, online) or phone (telephone conversation).");

/**
 * How the main event was held; see {@link MeetingFormatSchema}.
 *
 * @example
 * ```ts
 * import type { MeetingFormat } from "communique";
 * const format: MeetingFormat = "videoconference";
 * ```
 *
 * @group Schema
 */
export type MeetingFormat = z.infer<typeof MeetingFormatSchema>;
