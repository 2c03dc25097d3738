import { contextOf, markReportDays, type DateContextFinding } from "./context.js";
import { scanDates } from "./patterns/index.js";
import { refineDates, type RefinedDate } from "./refine.js";
import type { DateTokens } from "./tokens.js";

/** The date expressions of a text before anything is resolved. */
export interface DateReading {
  readonly tokens: DateTokens;
  readonly dates: readonly RefinedDate[];
  /** Context of each date (why it is not the event's, with the rule that says so), same order. */
  readonly contexts: readonly (DateContextFinding | null)[];
}

/**
 * Runs the pattern parsers and the refiners over a text's tokens, and reads each date's
 * context: the shared first half of the dates plugin and of `normalizeDate`.
 *
 * @example
 * ```ts
 * readDates(dateTokensOfText("since 2018, on 5 March")).contexts.map((found) => found?.context ?? null); // ["bound", null]
 * ```
 */
export function readDates(tokens: DateTokens): DateReading {
  const dates = refineDates(tokens, scanDates(tokens));
  const contexts: (DateContextFinding | null)[] = [];
  let previous: { date: RefinedDate; context: DateContextFinding | null } | null = null;
  for (const date of dates) {
    const context = contextOf(tokens, date, previous);
    contexts.push(context);
    previous = { date, context };
  }
  markReportDays(tokens, dates, contexts);
  return { tokens, dates, contexts };
}
