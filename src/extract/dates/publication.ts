import { glued, isDash, isPunct } from "../../normalize/dates/match.js";
import type { RefinedDate } from "../../normalize/dates/refine.js";
import type { DateToken, DateTokens } from "../../normalize/dates/tokens.js";

/** How a date marks the publication of the release, if it does. */
export interface PublicationRole {
  /**
   * - `dateline`: a place and a date that open a line ("KABUL, Afghanistan (June 14, 2013)");
   * - `stamp`: a date alone on its line, with at most labels ("Press release | 07/05/2021");
   * - `timestamp`: a date with a time of day ("14 June 2021 09:12 CET", ISO timestamps);
   * - `headline-date`: a date that opens or closes the headline ("Oct. 4: Operations in
   *   Logar", "Evening Operational Update, March 9, 2012").
   */
  readonly kind: "dateline" | "stamp" | "timestamp" | "headline-date";
  /** A revision date ("Last updated: 14 Jan. 2020"), which is not the publication day. */
  readonly revision: boolean;
}

/** At most this many words may stand before the date of a dateline ("KABUL, Afghanistan"). */
const DATELINE_PLACE_WORDS = 4;

/** How far along its line a date looks for the line's ends: further than any dateline's place, stamp's labels or headline's words reach. */
const LINE_REACH = 16;

/** At most this many other tokens may share a line with a date stamp. */
const STAMP_OTHER_TOKENS = 12;

/**
 * Decides whether a date is a publication mark: an ISO timestamp; a stamp (a date alone on
 * its line, with at most a label, a weekday and a time: "27.11.2019", "Publishing date:
 * 1 April 2019", "08 Jan. 2020 -"); or a dateline (a place and a date that open a line
 * outside the headline: "VIENNA, 1 April 2019-", "KABUL, Afghanistan (Jan. 25, 2013)").
 * `breakBefore` tells whether the white space before a token stood for a line break in the
 * original text (three spaces or more, or a line separator: "For Immediate Release   KABUL,
 * ..."); by default, three spaces or more in the text read.
 *
 * @example
 * ```ts
 * const tokens = dateTokensOfText("VIENNA, 1 April 2019- The minister met...");
 * const [date] = refineDates(tokens, scanDates(tokens));
 * publicationRoleOf(tokens, date!, false)?.kind; // "dateline"
 * ```
 */
export function publicationRoleOf(
  tokens: DateTokens,
  date: RefinedDate,
  inTitle: boolean,
  titleStart = -1,
  breakBefore: (index: number) => boolean = (index) => index > 0 && tokens.startAt(index) - tokens.endAt(index - 1) >= WIDE_GAP,
): PublicationRole | null {
  const wideGapBefore = (_tokens: DateTokens, index: number): boolean => index > 0 && breakBefore(index);
  if (date.form !== "date" && date.form !== "range") return null;
  if (date.timestamp || (date.form === "date" && timeFollows(tokens, date.last))) return { kind: "timestamp", revision: labelIsRevision(tokens, date) };
  const line = tokens.lineAt(date.first);
  // A run of spaces stands for a line break a scrape flattened ("For Immediate Release    KABUL, ...").
  // A bar or a middle dot parts a line of page chrome into fields ("Published: 02.11.2023 |
  // Updated: 05.11.2023", "2 Nov 2023 · 3 min read"): the date's field is its line.
  let lineStart = date.first;
  while (lineStart > 0 && tokens.lineAt(lineStart - 1) === line && date.first - lineStart < LINE_REACH && !wideGapBefore(tokens, lineStart) && !fieldEnds(tokens, lineStart - 1, -1)) lineStart--;
  let lineEnd = date.last;
  while (lineEnd < tokens.length && tokens.lineAt(lineEnd) === line && lineEnd - date.last < LINE_REACH && !wideGapBefore(tokens, lineEnd) && !fieldEnds(tokens, lineEnd, 1)) lineEnd++;
  // The line goes on before the tokens looked at: no dateline or stamp opens it here, but a
  // long headline may end in its date ("..., Tashkent, 12 October 2021").
  if (lineStart > 0 && tokens.lineAt(lineStart - 1) === line && !wideGapBefore(tokens, lineStart) && !fieldEnds(tokens, lineStart - 1, -1)) {
    const closes = lineEnd === date.last || (lineEnd === date.last + 1 && isPunct(tokens.get(date.last), "."));
    return inTitle && date.form === "date" && closes && isPunct(tokens.get(date.first - 1), ",") ? { kind: "headline-date", revision: false } : null;
  }
  // A sentence glued to the date ("12 April, 2022The Minister met ..."): the line ended there.
  const gluedEnd = lineEnd > date.last && gluedSentence(tokens, date.last);
  // The line goes on past the tokens looked at.
  const cut = !gluedEnd && lineEnd < tokens.length && tokens.lineAt(lineEnd) === line && !wideGapBefore(tokens, lineEnd) && !fieldEnds(tokens, lineEnd, 1);
  if (gluedEnd) lineEnd = date.last;
  if (isStamp(tokens, lineStart, date.first, date.last, lineEnd, cut)) {
    return { kind: "stamp", revision: labelIsRevision(tokens, date) };
  }
  // A line of a place and a date only is a dateline, even where it was taken for the headline,
  // and so is one that opens a later line of what was taken for the headline.
  const opensTitle = tokens.startAt(lineStart) <= titleStart;
  if (isDateline(tokens, lineStart, date.first, date.last, lineEnd) && (!inTitle || !opensTitle || closesLine(tokens, date.last, lineEnd))) {
    return { kind: "dateline", revision: false };
  }
  if (date.form !== "date" || !isHeadlineDate(tokens, lineStart, date.first, date.last, lineEnd)) return null;
  // A line of capitalised words that a date closes is a headline too ("Joint Command Evening Operational Update March 9, 2012").
  if ((inTitle && opensTitle) || titleCased(tokens, lineStart, date.first)) return { kind: "headline-date", revision: false };
  return null;
}

/** The marks that part a line of page chrome into fields: a bar, a middle dot, a bullet. */
const FIELD_MARKS: ReadonlySet<string> = new Set(["|", "\u00b7", "\u2022"]);

/**
 * Whether a field mark at `index` ends the date's field: the field beyond it (read in
 * `direction`, up to the next mark or the line's end) is page chrome, with a number or a stamp
 * label ("Updated: 05.11.2023", "3 min read", "News") in any field beyond it, not words alone
 * ("08.11.2023 | Minister visits Peru" is an item of a list of other news, and no stamp).
 */
function fieldEnds(tokens: DateTokens, index: number, direction: 1 | -1): boolean {
  // Asked of every token near every date: a word's or number's object is not made for it.
  if (index < 0 || index >= tokens.length || tokens.kindAt(index) !== "punct") return false;
  const mark = tokens.get(index) as DateToken;
  if (!FIELD_MARKS.has(mark.text)) return false;
  const labels = tokens.lexicon.dateRoles.stampLabels;
  for (let at = index + direction, steps = 0; at >= 0 && at < tokens.length && steps < LINE_REACH; at += direction, steps++) {
    const token = tokens.get(at) as DateToken;
    // "5 May 2025 | Ministerial Session | 4 min read": a later field of the line may show it.
    if (token.line !== mark.line) break;
    if (token.kind === "number" || (token.kind === "word" && labels.has(token.key))) return true;
  }
  return false;
}

/** A time of day follows the date on its line ("14 June 2021 09:12 CET", "04/07/2023 03:15 PM", "12 May 2023, 10:15"). */
function timeFollows(tokens: DateTokens, last: number): boolean {
  let at = last;
  if (isPunct(tokens.get(at), ",") || isDash(tokens.get(at)) || isPunct(tokens.get(at), "|")) at++;
  const hours = tokens.get(at);
  if (hours === undefined || hours.kind !== "number" || hours.text.length > 2 || hours.line !== (tokens.get(last - 1) as DateToken).line) return false;
  const minutes = tokens.get(at + 2);
  return isPunct(tokens.get(at + 1), ":") && minutes !== undefined && minutes.kind === "number" && minutes.text.length === 2 && !minutes.spaceBefore;
}

/** A capitalised word glued to the date's last token: a line break the scrape lost. */
function gluedSentence(tokens: DateTokens, last: number): boolean {
  const next = tokens.get(last);
  const tail = tokens.get(last - 1);
  return next !== undefined && tail !== undefined && tail.kind === "number" && next.kind === "word" && !next.spaceBefore && isCapitalizedWord(next);
}

/** Only a closing bracket stands after the date on its line. */
function closesLine(tokens: DateTokens, last: number, lineEnd: number): boolean {
  let after = last;
  if (isPunct(tokens.get(after), ")")) after++;
  return after >= lineEnd;
}

/**
 * A date that opens the headline, a colon, dash or bar after it ("Oct. 4: Operations in Logar",
 * "02.11.2023 | Minister meets envoy"),
 * or closes it after a comma or a capitalised word ("Evening Operational Update, March 9,
 * 2012"): the date of the release the headline names, not of an event it reports.
 */
function isHeadlineDate(tokens: DateTokens, lineStart: number, first: number, last: number, lineEnd: number): boolean {
  if (first === lineStart && last < lineEnd) {
    const next = tokens.get(last);
    return isPunct(next, ":") || isDash(next) || isPunct(next, "|");
  }
  if (last !== lineEnd && !(last + 1 === lineEnd && isPunct(tokens.get(last), "."))) return false;
  const before = tokens.get(first - 1);
  if (first === lineStart || before === undefined) return false;
  return isPunct(before, ",") || (before.kind === "word" && isCapitalizedWord(before));
}

/** Only a label, a weekday, punctuation and times of day share the date's line, and the line ends there. */
function isStamp(tokens: DateTokens, lineStart: number, first: number, last: number, lineEnd: number, cut: boolean): boolean {
  const labels = tokens.lexicon.dateRoles.stampLabels;
  const weekdays = tokens.lexicon.calendar.weekdays;
  if (first - lineStart + (lineEnd - last) > STAMP_OTHER_TOKENS || cut) return false;
  const numberLabels = tokens.lexicon.dateRoles.numberLabels;
  for (let index = lineStart; index < lineEnd; index++) {
    if (index >= first && index < last) continue;
    const token = tokens.get(index) as DateToken;
    // "No: 45/21", "Reference Number: PR240461": a release's number or code after its label.
    if (token.kind === "word" && numberLabels.has(token.key)) {
      index = codeEnd(tokens, index + 1, index < first ? first : lineEnd) - 1;
      continue;
    }
    if (token.kind === "punct") continue;
    if (token.kind === "word" && (labels.has(token.key) || weekdays.has(token.key))) continue;
    // Other numbers must be times of day ("10:43"), not counts.
    if (token.kind === "number" && (isPunct(tokens.get(index + 1), ":") || isPunct(tokens.get(index - 1), ":"))) continue;
    return false;
  }
  return true;
}

/** The most tokens a release's number or code may take ("45/21", "PR 240461"). */
const CODE_TOKENS = 4;

/** Where the code after a number label ends: past more labels and a colon ("Reference Number:"), then a few words and numbers up to the next other mark. */
function codeEnd(tokens: DateTokens, from: number, end: number): number {
  const labels = tokens.lexicon.dateRoles.numberLabels;
  let index = from;
  for (let token = tokens.get(index); index < end && token !== undefined && (isPunct(token, ":") || (token.kind === "word" && labels.has(token.key))); token = tokens.get(++index));
  end = Math.min(end, index + CODE_TOKENS);
  const codeStart = index;
  while (index < end) {
    const token = tokens.get(index) as DateToken;
    if (token.kind === "punct" && token.text !== "/" && token.text !== "-") break;
    // The code is one stretch without spaces ("PR240461", "45/21"), a word only with its digits.
    if (index > codeStart && token.spaceBefore) break;
    if (token.kind === "word" && tokens.get(index + 1)?.kind !== "number" && tokens.get(index - 1)?.kind !== "number") break;
    index++;
  }
  return index;
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
    } else if (!isPunct(token, ",") && !isPunct(token, "(") && !isPunct(token, ".") && !joinsName(tokens, index)) {
      return false;
    }
  }
  if (words === 0 || words > DATELINE_PLACE_WORDS) return false;
  let after = last;
  // "KABUL, Afghanistan (March 9, 2012) Officials confirmed ...": the bracket closes the dateline.
  if (isPunct(tokens.get(after), ")")) return isPunct(separator, "(");
  after = skipAgency(tokens, after, lineEnd);
  if (after >= lineEnd) return true;
  const next = tokens.get(after) as DateToken;
  // "Ташкент, 15 апреля 2024 г. В минувший четверг ...": the year's abbreviation took the full stop that ends the dateline.
  if (after === last && isPunct(tokens.get(last - 1), ".") && next.kind === "word" && isCapitalizedWord(next)) return true;
  return isDash(next) || isPunct(next, ":") || isPunct(next, ".");
}

/** A hyphen glued between two words of a place's name ("Нур-Султан", "Улан-Батор"). */
function joinsName(tokens: DateTokens, index: number): boolean {
  const before = tokens.get(index - 1);
  const after = tokens.get(index + 1);
  return isPunct(tokens.get(index), "-") && glued(tokens, index) && glued(tokens, index + 1) && before?.kind === "word" && after?.kind === "word";
}

/** A revision label of the lexicon ("updated") stands a few tokens before the date on its line. */
function labelIsRevision(tokens: DateTokens, date: RefinedDate): boolean {
  const labels = tokens.lexicon.dateRoles.revisionLabels;
  const line = (tokens.get(date.first) as DateToken).line;
  for (let index = date.first - 1; index >= 0 && index >= date.first - 6; index--) {
    const token = tokens.get(index) as DateToken;
    if (token.line !== line) break;
    if (labels.has(token.key)) return true;
  }
  return false;
}

/** The marks that close a news agency's name after a dateline, by the mark that opens it. */
const AGENCY_CLOSERS: ReadonlyMap<string, string> = new Map([["(", ")"], ["/", "/"]]);

/** Quotation marks around an agency's name ("/НИАТ «Ховар»/"). */
const AGENCY_QUOTES = new Set(['"', "\u00ab", "\u00bb", "\u201c", "\u201d", "\u201e"]);

/**
 * Skips a news agency in brackets or slashes after a dateline's date ("March 5 (TASS) -",
 * "Бишкек, 31 июля /Кабар/", "ДУШАНБЕ, 20.02.2021 /НИАТ «Ховар»/."): capitalised words, and
 * quotation marks around a name.
 */
function skipAgency(tokens: DateTokens, index: number, lineEnd: number): number {
  const opener = tokens.get(index);
  const closer = opener !== undefined && opener.kind === "punct" ? AGENCY_CLOSERS.get(opener.text) : undefined;
  if (closer === undefined) return index;
  let words = 0;
  for (let at = index + 1; at < lineEnd && at <= index + 8; at++) {
    const token = tokens.get(at) as DateToken;
    if (isPunct(token, closer)) return words > 0 ? at + 1 : index;
    if (token.kind === "punct" && AGENCY_QUOTES.has(token.text)) continue;
    if (token.kind !== "word" || !isCapitalizedWord(token) || ++words > 4) return index;
  }
  return index;
}

function isCapitalizedWord(token: DateToken): boolean {
  const initial = token.text.charAt(0);
  return initial !== initial.toLowerCase();
}

/**
 * Spaces that stand for a line break a flattened page lost (in the original text: cleaning
 * may have folded them); two may stand between the words of a dateline ("OSLO,  12 May").
 */
export const WIDE_GAP = 3;

/** Two words or more before the date on its line, every one capitalised, and no other mark than a comma or a dash. */
function titleCased(tokens: DateTokens, lineStart: number, first: number): boolean {
  let words = 0;
  for (let index = lineStart; index < first; index++) {
    const token = tokens.get(index) as DateToken;
    if (token.kind === "word") {
      if (!isCapitalizedWord(token)) return false;
      words++;
    } else if (token.kind === "punct" && !isPunct(token, ",") && !isDash(token)) {
      return false;
    }
  }
  return words >= 2;
}
