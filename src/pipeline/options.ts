/**
 * Options of {@link parseRelease} and {@link analyzeRelease}.
 *
 * @example
 * ```ts
 * import { parseRelease, type ParseOptions } from "communique";
 * const options: ParseOptions = { referenceDate: "2024-03-06" };
 * parseRelease("On 5 March the ministers met in Minsk.", options).date; // { start: "2024-03-05", end: null, ... }
 * ```
 *
 * @group Parsing
 */
export interface ParseOptions {
  /**
   * The day the release was published, when the caller knows it. A `Date` (its UTC day is
   * used) or an ISO date string. The release's own date comes first (its dateline, headline
   * date, date stamp or timestamp, returned as `published`): relative days ("yesterday") and
   * implicit years ("on 5 March", "this year") are read against it, and the reference date
   * only fills what the text leaves open (the day when the text states none, the year of a
   * dateline without one). When the two differ, a `date:reference-conflict` message says
   * so. Default: none; the year then comes from the text itself.
   */
  readonly referenceDate?: Date | string | null | undefined;
  /**
   * The language the release is written in: `"en"`, `"ru"`, or `"auto"` to tell it from the
   * text's script. Default: `"auto"`. A language the parser has no lexicon for is read as
   * English.
   */
  readonly language?: ReleaseLanguage | undefined;
}

/**
 * The languages `parseRelease` takes, and `"auto"` to tell the language from the text.
 *
 * @example
 * ```ts
 * import { parseRelease, type ReleaseLanguage } from "communique";
 * const language: ReleaseLanguage = "auto";
 * parseRelease("Министр иностранных дел провёл переговоры.", { language });
 * ```
 *
 * @group Parsing
 */
export type ReleaseLanguage = "en" | "ru" | "auto";

const LANGUAGE_OPTIONS: readonly string[] = ["en", "ru", "auto"];

/**
 * The caller's language, or null for "tell it from the text". A value that is not one of
 * {@link ReleaseLanguage} is a programmer's mistake: it throws a TypeError quoting it.
 */
export function normalizeLanguage(value: ParseOptions["language"]): "en" | "ru" | null {
  if (value === undefined || value === null || value === "auto") return null;
  if (typeof value === "string" && LANGUAGE_OPTIONS.includes(value)) return value as "en" | "ru";
  throw new TypeError(`Invalid \`language\` option: expected "en", "ru" or "auto", got ${JSON.stringify(String(value))}`);
}

// The reference date is read by the date normalizer too, which sits below the pipeline.
export { normalizeReferenceDate } from "../normalize/dates/reference-date.js";
