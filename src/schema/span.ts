import { z } from "zod";

/**
 * Where a value was found: UTF-16 offsets into the original text, `end` exclusive,
 * so `text.slice(span.start, span.end)` is the source of the value.
 *
 * @example
 * ```ts
 * import { SpanSchema } from "communique";
 * SpanSchema.parse({ start: 0, end: 6 }); // ok
 * ```
 */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative().describe("Offset of the first character."),
    end: z.number().int().nonnegative().describe("Offset just past the last character."),
  })
  .describe("UTF-16 offsets into the original text; end is exclusive.");

/** A source span; see {@link SpanSchema}. */
export type Span = z.infer<typeof SpanSchema>;
