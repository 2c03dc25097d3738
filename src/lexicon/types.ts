import type { NlcstParser } from "../core/tokenize.js";
import type { CalendarWords } from "./sections/calendar.js";
import type { FormatWords } from "./sections/formats.js";
import type { HeadlineWords } from "./sections/headlines.js";
import type { OrganizationWords } from "./sections/organizations.js";
import type { PlaceWords } from "./sections/places.js";

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
  /** Words of a meeting's format: video and phone phrases (format plugin). */
  readonly formats: FormatWords;
  /** Words around place names: where the main event happened (venue plugin). */
  readonly places: PlaceWords;
  /** Words that tell a headline from site chrome and the issuer's name (title plugin). */
  readonly headlines: HeadlineWords;
  /** Month, weekday and ordinal names. */
  readonly calendar: CalendarWords;
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
