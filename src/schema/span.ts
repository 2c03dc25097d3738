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
 *
 * @group Schema
 */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative().describe("Offset of the first character."),
    end: z.number().int().nonnegative().describe("Offset just past the last character."),
  })
  .describe("UTF-16 offsets into the original text; end is exclusive.");

/**
 * Where a value stands in the text: UTF-16 offsets into the original text, end exclusive;
 * see {@link SpanSchema}.
 *
 * @example
 * ```ts
 * import type { Span } from "communique";
 * const text = "Talks in Minsk.";
 * const span: Span = { start: 9, end: 14 };
 * text.slice(span.start, span.end); // "Minsk"
 * ```
 *
 * @group Schema
 */
export interface Span extends z.infer<typeof SpanSchema> {}
