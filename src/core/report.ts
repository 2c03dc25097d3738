import { location } from "vfile-location";
import type { VFile } from "vfile";
import { memoizeOn } from "./memo.js";

/** Options of {@link report}. */
export interface ReportOptions {
  /** Stable id of the doubt, `concern:what` (e.g. `date:year-inferred`). */
  readonly ruleId: string;
  /** Span in the original text the doubt is about. */
  readonly span?: { readonly start: number; readonly end: number } | undefined;
  readonly actual?: string | undefined;
  readonly expected?: readonly string[] | undefined;
  readonly note?: string | undefined;
}

const locatorOf = memoizeOn((file: VFile) => location(file));

/**
 * Records a doubt about the data as a vfile message (never an exception), placed at a span
 * of the original text, with `source` "communique" and the given `ruleId`.
 */
export function report(file: VFile, reason: string, options: ReportOptions): void {
  let place;
  if (options.span) {
    const locator = locatorOf(file);
    const start = locator.toPoint(options.span.start);
    const end = locator.toPoint(options.span.end);
    if (start && end) place = { start, end };
  }
  // A doubt about the data has no use for a stack trace, and capturing one costs more than the
  // rest of the message; engines without the V8 knob simply ignore the assignment.
  const errorConstructor = Error as unknown as { stackTraceLimit: number };
  const limit = errorConstructor.stackTraceLimit;
  if (typeof limit === "number") errorConstructor.stackTraceLimit = 0;
  let message;
  try {
    message = file.message(reason, { place, ruleId: options.ruleId, source: "communique" });
  } finally {
    if (typeof limit === "number") errorConstructor.stackTraceLimit = limit;
  }
  if (options.actual !== undefined) message.actual = options.actual;
  if (options.expected !== undefined) message.expected = [...options.expected];
  if (options.note !== undefined) message.note = options.note;
}
