import type { NlcstParser } from "../core/tokenize.js";
import type { CalendarWords, DateRoleWords, DateWords } from "./sections/dates.js";

export type { CalendarWords, DateRoleWords, DateWords, RangeJoin, RangeOpener, WeekdayDirection } from "./sections/dates.js";

/**
 * Everything a language contributes to the parser: its tokenizer and its word lists, each
 * once, named. A language is a folder under src/lexicon/ exporting one of these; the concerns
 * read the lexicon of the release's language (see docs/adding-a-language.md).
 *
 * Word lists hold lower-case keys as {@link Word.key} gives them.
 */
export interface Lexicon {
  /** ISO 639-1 code of the language ("en"). */
  readonly language: string;
  /** A new nlcst parser for the language's text. */
  readonly createParser: () => NlcstParser;
  /** Words that report an event, by group. */
  readonly events: Readonly<Record<EventGroupName, readonly string[]>>;
  /** Month, weekday and ordinal names. */
  readonly calendar: CalendarWords;
  /** Words of date expressions: relative days, years from the reference, ranges, context words. */
  readonly dates: DateWords;
  /** Words around a date that tell what it is the date of (anniversary, future, document, bound, event, publication). */
  readonly dateRoles: DateRoleWords<EventGroupName>;
}

/** The groups of event words every language gives. */
export type EventGroupName =
  | "meeting"
  | "talks"
  | "discussion"
  | "call"
  | "video"
  | "visit"
  | "travel"
  | "hosting"
  | "holding"
  | "attending"
  | "gathering"
  | "signing"
  | "agreeing"
  | "statement"
  | "greeting";
