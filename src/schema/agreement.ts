import { z } from "zod";
import { SpanSchema } from "./span.js";

/**
 * What kind of outcome an agreement sentence reports.
 *
 * @example
 * ```ts
 * import { AgreementKindSchema } from "communique";
 * AgreementKindSchema.parse("signed");
 * ```
 *
 * @group Schema
 */
export const AgreementKindSchema = z
  .enum(["agreed", "signed", "adopted", "decided", "committed"])
  .describe("agreed, signed, adopted (approved, endorsed, ratified), decided or committed (pledged).");

/**
 * What kind of outcome an agreement sentence reports; see {@link AgreementKindSchema}.
 *
 * @example
 * ```ts
 * import type { AgreementKind } from "communique";
 * const kind: AgreementKind = "signed";
 * ```
 *
 * @group Schema
 */
export type AgreementKind = z.infer<typeof AgreementKindSchema>;

/**
 * A sentence that reports an outcome reached in the main event.
 *
 * @example
 * ```ts
 * import { AgreementSchema } from "communique";
 * AgreementSchema.parse({ text: "The sides agreed to maintain working contacts.", kind: "agreed" });
 * ```
 *
 * @group Schema
 */
export const AgreementSchema = z
  .object({
    text: z.string().describe("The whole sentence, copied exactly from the text."),
    kind: AgreementKindSchema,
    parties: z
      .array(z.string())
      .optional()
      .describe("Who reached the outcome, where the sentence names them."),
    object: z.string().nullable().optional().describe("What was agreed, signed or adopted."),
    span: SpanSchema.optional().describe("Where the sentence stands in the text."),
  })
  .describe("An outcome reached in the main event.");

/**
 * A sentence reporting an outcome of the main event; see {@link AgreementSchema}.
 *
 * @example
 * ```ts
 * import type { Agreement } from "communique";
 * const outcome: Agreement = { text: "The sides agreed to hold consultations in June.", kind: "agreed" };
 * ```
 *
 * @group Schema
 */
export interface Agreement extends z.infer<typeof AgreementSchema> {}

/**
 * Direct speech with its speaker.
 *
 * @example
 * ```ts
 * import { QuoteSchema } from "communique";
 * QuoteSchema.parse({ text: "Our cooperation is important.", speaker: "Yuri Khachaturov" });
 * ```
 *
 * @group Schema
 */
export const QuoteSchema = z
  .object({
    text: z.string().describe("The quoted words, without the quotation marks."),
    speaker: z.string().nullable().describe("The `name` of the person entry who said it, or null."),
    span: SpanSchema.optional().describe("Where the quoted words stand in the text."),
  })
  .describe("Direct speech quoted in the release.");

/**
 * Direct speech and who said it; see {@link QuoteSchema}.
 *
 * @example
 * ```ts
 * import type { Quote } from "communique";
 * const quote: Quote = { text: "We value our partnership.", speaker: "Helga Schmid" };
 * ```
 *
 * @group Schema
 */
export interface Quote extends z.infer<typeof QuoteSchema> {}
