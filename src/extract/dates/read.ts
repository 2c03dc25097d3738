import { contextOf, type DateContext } from "./context.js";
import { scanDates } from "./patterns/index.js";
import { refineDates, type RefinedDate } from "./refine.js";
import { tokenizeDates, type DateTokens } from "./tokens.js";

/** The date expressions of a text before anything is resolved. */
export interface DateReading {
  readonly tokens: DateTokens;
  readonly dates: readonly RefinedDate[];
  /** Context of each date, same order. */
  readonly contexts: readonly (DateContext | null)[];
}

/**
 * Tokenizes a text, runs the pattern parsers and the refiners, and reads each date's context:
 * the shared first half of the dates plugin and of `normalizeDate`.
 *
 * @example
 * ```ts
 * readDates("since 2018, on 5 March").contexts; // ["bound", null]
 * ```
 */
export function readDates(text: string): DateReading {
  const tokens = tokenizeDates(text);
  const dates = refineDates(tokens, scanDates(tokens));
  const contexts: (DateContext | null)[] = [];
  let previous: { date: RefinedDate; context: DateContext | null } | null = null;
  for (const date of dates) {
    const context = contextOf(tokens, date, previous);
    contexts.push(context);
    previous = { date, context };
  }
  return { tokens, dates, contexts };
}
