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
 */
export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code such as RU or US")
  .describe("ISO 3166-1 alpha-2 country code.");

/** A country code; see {@link CountryCodeSchema}. */
export type CountryCode = z.infer<typeof CountryCodeSchema>;

/**
 * Where the main event took place.
 *
 * @example
 * ```ts
 * import { VenueSchema } from "communique";
 * VenueSchema.parse({ city: "Moscow", country: "RU", name: "CSTO Secretariat" });
 * ```
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

/** A venue; see {@link VenueSchema}. */
export type Venue = z.infer<typeof VenueSchema>;

/**
 * How the meeting was held: in person, by video link, or by telephone.
 *
 * @example
 * ```ts
 * import { MeetingFormatSchema } from "communique";
 * MeetingFormatSchema.parse("phone");
 * ```
 */
export const MeetingFormatSchema = z
  .enum(["in-person", "video", "phone"])
  .describe("in-person, video (videoconference, online) or phone (telephone conversation).");

/** A meeting format; see {@link MeetingFormatSchema}. */
export type MeetingFormat = z.infer<typeof MeetingFormatSchema>;
