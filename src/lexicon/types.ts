import type { NlcstParser } from "../core/tokenize.js";
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
