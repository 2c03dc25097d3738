import type { NlcstParser } from "../core/tokenize.js";
import type { WordKeyFunction } from "../core/word.js";
import type { ChromeWords } from "./sections/chrome.js";
import type { AgreementWords } from "./sections/agreements.js";
import type { QuoteWords } from "./sections/quotes.js";
import type { TopicWords } from "./sections/topics.js";
import type { CalendarWords, DateRoleWords, DateWords } from "./sections/dates.js";
import type { FormatWords } from "./sections/formats.js";
import type { HeadlineWords } from "./sections/headlines.js";
import type { OrganizationWords } from "./sections/organizations.js";
import type { PlaceWords } from "./sections/places.js";

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
  /**
   * The key of a word for the word lists, from its lower-case form (`Word.key`): absent for
   * the form as it is (English); a stemmer for a language whose words decline. The lexicon's
   * own lists are written through the same function.
   */
  readonly keyOf?: WordKeyFunction | undefined;
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
  /** Words of a meeting's format: video and phone phrases (format plugin). */
  readonly formats: FormatWords;
  /** Words around place names: where the main event happened (venue plugin). */
  readonly places: PlaceWords;
  /** Words that tell a headline from site chrome and the issuer's name (title plugin). */
  readonly headlines: HeadlineWords;
  /** Words of organisation names and around them (organisations plugin and normalizer). */
  readonly organizations: OrganizationWords;
}

/** The groups of event words every language gives. */
export type EventGroupName =
  | "meeting"
  | "talks"
  | "discussion"
  | "call"
  | "calling"
  | "video"
  | "visit"
  | "visiting"
  | "arrival"
  | "travel"
  | "travelPlan"
  | "journey"
  | "coming"
  | "hosting"
  | "receiving"
  | "welcome"
  | "holding"
  | "occurrence"
  | "conducting"
  | "light"
  | "attending"
  | "joining"
  | "leading"
  | "gathering"
  | "delegation"
  | "signing"
  | "credentials"
  | "agreeing"
  | "statement"
  | "greeting";
