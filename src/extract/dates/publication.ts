import { isDash, isPunct } from "../../normalize/dates/match.js";
import type { RefinedDate } from "../../normalize/dates/refine.js";
import type { DateToken, DateTokens } from "../../normalize/dates/tokens.js";

/** How a date marks the publication of the release, if it does. */
export interface PublicationRole {
  readonly kind: "dateline" | "stamp" | "timestamp";
  /** A revision date ("Last updated: 14 Jan. 2020"), which is not the publication day. */
  readonly revision: boolean;
}

/** At most this many words may stand before the date of a dateline ("KABUL, Afghanistan"). */
const DATELINE_PLACE_WORDS = 5;

/** At most this many other tokens may share a line with a date stamp. */
const STAMP_OTHER_TOKENS = 10;

/**
 * Decides whether a date is a publication mark: an ISO timestamp; a stamp (a date alone on
 * its line, with at most a label, a weekday and a time: "27.11.2019", "Publishing date:
 * 1 April 2019", "08 Jan. 2020 -"); or a dateline (a place and a date that open a line
 * outside the headline: "VIENNA, 1 April 2019-", "KABUL, Afghanistan (Jan. 25, 2013)").
 *
 * @example
 * ```ts
 * const tokens = dateTokensOfText("VIENNA, 1 April 2019- The minister met...");
 * const [date] = refineDates(tokens, scanDates(tokens));
 * publicationRoleOf(tokens, date!, false)?.kind; // "dateline"
 * ```
 */
export function publicationRoleOf(tokens: DateTokens, date: RefinedDate, inTitle: boolean): PublicationRole | null {
  if (date.form !== "date" && date.form !== "range") return null;
  if (date.timestamp) return { kind: "timestamp", revision: labelIsRevision(tokens, date) };
  const line = tokens.lineAt(date.first);
  let lineStart = date.first;
  while (lineStart > 0 && tokens.lineAt(lineStart - 1) === line && date.first - lineStart < 40) lineStart--;
  let lineEnd = date.last;
  while (lineEnd < tokens.length && tokens.lineAt(lineEnd) === line && lineEnd - date.last < 40) lineEnd++;
  if (isStamp(tokens, lineStart, date.first, date.last, lineEnd)) {
    return { kind: "stamp", revision: labelIsRevision(tokens, date) };
  }
  if (!inTitle && isDateline(tokens, lineStart, date.first, date.last, lineEnd)) return { kind: "dateline", revision: false };
  return null;
}

/** Only a label, a weekday, punctuation and times of day share the date's line, and the line ends there. */
function isStamp(tokens: DateTokens, lineStart: number, first: number, last: number, lineEnd: number): boolean {
  const labels = tokens.lexicon.dateRoles.stampLabels;
  const weekdays = tokens.lexicon.calendar.weekdays;
  if (first - lineStart + (lineEnd - last) > STAMP_OTHER_TOKENS) return false;
  const ends = lineEnd < tokens.length && (tokens.get(lineEnd) as DateToken).line === (tokens.get(last - 1) as DateToken).line;
  if (ends) return false;
  for (let index = lineStart; index < lineEnd; index++) {
    if (index >= first && index < last) continue;
    const token = tokens.get(index) as DateToken;
    if (token.kind === "punct" || token.kind === "number") continue;
    if (labels.has(token.lower) || weekdays.has(token.lower)) continue;
    return false;
  }
  // A number on the line must be a time of day ("10:43"), not a count.
  for (let index = lineStart; index < lineEnd; index++) {
    if (index >= first && index < last) continue;
    const token = tokens.get(index) as DateToken;
    if (token.kind === "number" && !isPunct(tokens.get(index + 1), ":") && !isPunct(tokens.get(index - 1), ":")) return false;
  }
  return true;
}

/** A few capitalised words (a place) and a comma or bracket open the line before the date, and a dash, colon or full stop (or the line's end) follows it. */
function isDateline(tokens: DateTokens, lineStart: number, first: number, last: number, lineEnd: number): boolean {
  const before = first - lineStart;
  if (before < 2) return false;
  const separator = tokens.get(first - 1) as DateToken;
  if (!isPunct(separator, ",") && !isPunct(separator, "(")) return false;
  let words = 0;
  for (let index = lineStart; index < first - 1; index++) {
    const token = tokens.get(index) as DateToken;
    if (token.kind === "word") {
      const initial = token.text.charAt(0);
      if (initial === initial.toLowerCase()) return false;
      words++;
    } else if (!isPunct(token, ",") && !isPunct(token, "(") && !isPunct(token, ".")) {
      return false;
    }
  }
  if (words === 0 || words > DATELINE_PLACE_WORDS) return false;
  let after = last;
  if (isPunct(tokens.get(after), ")")) after++;
  after = skipAgency(tokens, after, lineEnd);
  if (after >= lineEnd) return true;
  const next = tokens.get(after) as DateToken;
  return isDash(next) || isPunct(next, ":") || isPunct(next, ".");
}

/** A revision label of the lexicon ("updated") stands a few tokens before the date on its line. */
function labelIsRevision(tokens: DateTokens, date: RefinedDate): boolean {
  const labels = tokens.lexicon.dateRoles.revisionLabels;
  const line = (tokens.get(date.first) as DateToken).line;
  for (let index = date.first - 1; index >= 0 && index >= date.first - 6; index--) {
    const token = tokens.get(index) as DateToken;
    if (token.line !== line) break;
    if (labels.has(token.lower)) return true;
  }
  return false;
}

/** Skips a news agency in brackets after a dateline's date ("March 5 (TASS) -"). */
function skipAgency(tokens: DateTokens, index: number, lineEnd: number): number {
  if (!isPunct(tokens.get(index), "(")) return index;
  for (let at = index + 1; at < lineEnd && at <= index + 4; at++) {
    const token = tokens.get(at) as DateToken;
    if (isPunct(token, ")")) return at + 1;
    if (token.kind !== "word" || !isCapitalizedWord(token)) return index;
  }
  return index;
}

function isCapitalizedWord(token: DateToken): boolean {
  const initial = token.text.charAt(0);
  return initial !== initial.toLowerCase();
}
