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
 */
export const AgreementKindSchema = z
  .enum(["agreed", "signed", "adopted", "decided", "committed"])
  .describe("agreed, signed, adopted (approved, endorsed, ratified), decided or committed (pledged).");

/** An agreement kind; see {@link AgreementKindSchema}. */
export type AgreementKind = z.infer<typeof AgreementKindSchema>;

/**
 * A sentence that reports an outcome reached in the main event.
 *
 * @example
 * ```ts
 * import { AgreementSchema } from "communique";
 * AgreementSchema.parse({ text: "The sides agreed to maintain working contacts.", kind: "agreed" });
 * ```
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

/** An agreement; see {@link AgreementSchema}. */
export type Agreement = z.infer<typeof AgreementSchema>;

/**
 * Direct speech with its speaker.
 *
 * @example
 * ```ts
 * import { QuoteSchema } from "communique";
 * QuoteSchema.parse({ text: "Our cooperation is important.", speaker: "Yuri Khachaturov" });
 * ```
 */
export const QuoteSchema = z
  .object({
    text: z.string().describe("The quoted words, without the quotation marks."),
    speaker: z.string().nullable().describe("The `name` of the person entry who said it, or null."),
    span: SpanSchema.optional().describe("Where the quoted words stand in the text."),
  })
  .describe("Direct speech quoted in the release.");

/** A quote; see {@link QuoteSchema}. */
export type Quote = z.infer<typeof QuoteSchema>;
