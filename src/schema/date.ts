import { z } from "zod";
import { SpanSchema } from "./span.js";

/**
 * An ISO 8601 calendar date at day, month or year precision: `2017-11-02`, `2017-11`
 * or `2017`. Whether the day exists is a meaning check of {@link validateRelease}.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from "communique";
 * IsoDateSchema.parse("2017-11"); // ok: month precision
 * ```
 */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD")
  .describe("ISO 8601 date at day, month or year precision.");

/** An ISO date string; see {@link IsoDateSchema}. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * The date of the main event: `start`, and `end` for a multi-day event.
 *
 * @example
 * ```ts
 * import { EventDateSchema } from "communique";
 * EventDateSchema.parse({ start: "2017-12-07", end: "2017-12-08" });
 * ```
 */
export const EventDateSchema = z
  .object({
    start: IsoDateSchema.describe("First (or only) day of the event."),
    end: IsoDateSchema.nullable().describe("Last day of a multi-day event, else null."),
    inferred: z
      .boolean()
      .optional()
      .describe("True when part of the date (usually the year) was worked out, not stated."),
    span: SpanSchema.optional().describe("Where the date expression stands in the text."),
  })
  .describe("Date of the main event the release reports.");

/** The event date; see {@link EventDateSchema}. */
export type EventDate = z.infer<typeof EventDateSchema>;

/**
 * The date the text gives for the release itself: its dateline ("Bishkek, March 14, 2024"),
 * date line or page stamp. Beside the event `date` it shows which is which: a release is
 * usually published on the day of its event or after it.
 *
 * @example
 * ```ts
 * import { PublishedDateSchema } from "communique";
 * PublishedDateSchema.parse({ date: "2024-03-14", span: { start: 0, end: 23 } });
 * ```
 */
export const PublishedDateSchema = z
  .object({
    date: IsoDateSchema.describe("The publication or dateline date."),
    span: SpanSchema.optional().describe("Where the text states it."),
  })
  .describe("The date the text gives for the release itself (dateline, date line or page stamp).");

/** The publication date; see {@link PublishedDateSchema}. */
export type PublishedDate = z.infer<typeof PublishedDateSchema>;
