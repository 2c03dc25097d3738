import type { NlcstParser } from "../core/tokenize.js";
import type { ChromeWords } from "./sections/chrome.js";
import type { AgreementWords } from "./sections/agreements.js";
import type { QuoteWords } from "./sections/quotes.js";
import type { TopicWords } from "./sections/topics.js";
import type { CalendarWords, DateRoleWords, DateWords } from "./sections/dates.js";

export type { CalendarWords, DateRoleWords, DateWords, RangeJoin, RangeOpener, RelativeSpan, WeekdayDirection } from "./sections/dates.js";
import type { NameWords } from "./sections/names.js";
import type { PeopleWords } from "./sections/people.js";
import type { HonorificWords, TitleWords } from "./sections/titles.js";

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
  /** Page chrome the cleaning step drops (navigation, share rows, credits). */
  readonly chrome: ChromeWords;
  /** Outcome verbs, hedges, negations and recalls the agreements plugin reads. */
  readonly agreements: AgreementWords;
  /** Speech verbs, speaker phrases and transcript labels the quotes plugin reads. */
  readonly quotes: QuoteWords;
  /** Cue terms of every topic id, heads, blockers and the stemmer the topics plugin reads. */
  readonly topics: TopicWords;
  /** Official titles by kind, and the words of the title grammar. */
  readonly titles: TitleWords;
  /** Honorifics ("Mr", "H.E.", "Sheikh"): the one list every concern reads them from. */
  readonly honorifics: HonorificWords;
  /** Words about personal names: particles, patronymics, words that are never names. */
  readonly names: NameWords;
  /** Words that tell who took part in the main event. */
  readonly people: PeopleWords;
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
