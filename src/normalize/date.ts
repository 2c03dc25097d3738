import { isoOf } from "./dates/calendar.js";
import { readDates } from "./dates/read.js";
import { normalizeReferenceDate } from "./dates/reference-date.js";
import { resolveDate, type ResolveContext } from "./dates/resolve.js";
import { dateTokensOfText } from "./dates/text-tokens.js";
import type { DateMention } from "./dates/types.js";
import { collectYearEvidence, textYearOf, type TextYear } from "./dates/year-evidence.js";

/**
 * Options of {@link normalizeDate}.
 *
 * @example
 * ```ts
 * import { normalizeDate, type NormalizeDateOptions } from "communique";
 * const options: NormalizeDateOptions = { referenceDate: "2024-03-06" };
 * normalizeDate("yesterday", options)[0]?.value; // "2024-03-05"
 * ```
 *
 * @group Normalizers
 */
export interface NormalizeDateOptions {
  /**
   * The day the text was written, `YYYY-MM-DD` (or a `Date`, its UTC day): relative words
   * ("yesterday", "on Wednesday") count from it and implicit years ("5 March") take the year
   * that puts the date nearest to it. Default: none; an implicit year then comes from other
   * years in the same string, and relative words are left out.
   */
  readonly referenceDate?: string | Date | null | undefined;
}

/**
 * Finds the date expressions in a short string and normalises them to ISO values, with the
 * same pattern parsers as the dates plugin of {@link parseRelease}: "2 November 2017",
 * "02.11.2017", "2017-11-02", "Jan. 25, 2013", ranges ("7–8 December 2017", "30 November –
 * 2 December 2022"), months ("April 2021"), years ("in 2018"), relative days ("yesterday",
 * "last night"), weekdays, and stretches of days ("earlier this week": a month when the
 * stretch lies in one). Numeric dates with slashes are read in the order the string shows
 * (month first with "EST" or "Washington, D.C.", or when another date can only be read so).
 * Offsets are into the given string. An expression whose value the string and the reference
 * day leave open (no year anywhere, "today" without a reference) is left out. Never throws
 * on a string; a `referenceDate` that is not a date is a TypeError.
 *
 * @param text - The string to read.
 * @param options - `referenceDate`: the day the text was written.
 * @returns The expressions found, in text order.
 *
 * @example
 * ```ts
 * import { normalizeDate } from "communique";
 *
 * normalizeDate("02.11.2017")[0]?.value; // "2017-11-02"
 * normalizeDate("December 7-8", { referenceDate: "2017-11-15" })[0];
 * // { start: 0, end: 12, text: "December 7-8", value: "2017-12-07", endValue: "2017-12-08",
 * //   inferred: true, kind: "range" }
 * normalizeDate("yesterday", { referenceDate: "2019-04-01" })[0]?.value; // "2019-03-31"
 * ```
 *
 * @group Normalizers
 */
export function normalizeDate(text: string, options: NormalizeDateOptions = {}): DateMention[] {
  const reference = normalizeReferenceDate(options?.referenceDate);
  if (typeof text !== "string" || text.length === 0) return [];
  try {
    return readMentions(text, reference);
  } catch {
    return [];
  }
}

function readMentions(text: string, reference: string | null): DateMention[] {
  const { tokens, dates, contexts } = readDates(dateTokensOfText(text));
  let textYear: TextYear | null | undefined;
  const referenceDay = reference ? { year: Number(reference.slice(0, 4)), month: Number(reference.slice(5, 7)), day: Number(reference.slice(8, 10)) } : null;
  const context: ResolveContext = {
    reference: referenceDay,
    referenceNote: referenceDay ? `the reference day ${isoOf(referenceDay)}` : "",
    textYear: () => {
      if (textYear === undefined) textYear = textYearOf(collectYearEvidence({ text, tokens, dates, contexts, images: [] }));
      return textYear;
    },
  };
  const mentions: DateMention[] = [];
  for (const date of dates) {
    const resolved = resolveDate(date, context);
    if (!resolved) continue;
    mentions.push({
      start: date.start,
      end: date.end,
      text: text.slice(date.start, date.end),
      value: resolved.value,
      endValue: resolved.endValue,
      inferred: resolved.inferred,
      kind: date.timestamp ? "timestamp" : resolved.kind,
    });
  }
  return mentions;
}
