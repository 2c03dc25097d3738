import type { Root } from "nlcst";
import type { VFile } from "vfile";
import type { CleanLine } from "../pipeline/clean.js";
import "../pipeline/data.js";
import { report } from "../core/report.js";
import { MONTH_NUMBERS } from "../lexicon/en/calendar.js";
import { matchCityAt } from "../normalize/city.js";
import { matchCountryAt } from "../normalize/country.js";

/** How many lines from the top may hold the headline. */
const HEAD_LINES = 10;

/** Words that make a line read as the headline of a meeting release rather than site chrome. */
const EVENT_WORDS = new Set([
  "meeting", "meetings", "meet", "meets", "met", "talks", "talk", "conversation", "conversations",
  "call", "calls", "phone", "telephone", "visit", "visits", "visited", "summit", "council", "session",
  "conference", "readout", "read-out", "statement", "signed", "signing", "held", "holds", "forum",
  "consultations", "negotiations", "ministerial", "received", "receives", "welcomes", "welcomed",
  "discussed", "discuss", "discusses", "spoke", "speaks", "agreed", "agree", "signs", "sign",
  "participated", "participates", "took", "attended", "attends", "hosted", "hosts",
  "travels", "travel", "trip", "tour", "arrives", "arrived", "pays", "paid", "videoconference",
  "communique", "communiqué", "declaration", "remarks", "briefing", "congratulates", "congratulated",
]);

/** Words that name an issuing body: a line of them alone is the site's name, not the headline. */
const ISSUER_WORDS = new Set([
  "ministry", "office", "department", "government", "embassy", "mission", "administration", "service",
  "secretariat", "presidency", "chancellery", "cabinet", "parliament", "assembly", "agency", "press",
]);

/** Lower-case words an issuer's name may hold between its capitalised ones. */
const ISSUER_CONNECTORS = new Set(["of", "the", "for", "and", "to", "on"]);

/** Lines that open a site page rather than a release. */
const CHROME_PREFIXES = ["welcome to", "news and press releases", "press releases", "newsroom", "media center", "media centre", "latest news", "home"];

/**
 * unified plugin: finds the release's own headline among the first lines, skipping site
 * chrome, date stamps and metadata, and stopping at the first body sentence. Writes
 * `file.data.title` (null when the text opens straight with the body).
 *
 * Messages: `title:none` when no headline was found.
 *
 * @example
 * ```ts
 * import { unified } from "unified";
 * import { releaseParser, extractTitle } from "communique";
 * ```
 *
 * @group Parsing
 */
export function extractTitle() {
  return (_tree: Root, file: VFile): undefined => {
    const clean = file.data.clean;
    if (!clean) return undefined;
    const candidates: HeadLine[] = [];
    for (const line of clean.lines.slice(0, HEAD_LINES)) {
      const text = clean.text.slice(line.start, line.end);
      const lower = text.toLowerCase();
      // The first body paragraph can be long: tell it from its first ten words, before splitting it all.
      if (isBodySentence(text, lower)) break;
      const words = wordsIn(lower);
      if (isCandidate(text, lower, words)) candidates.push({ line, words });
    }
    const textOf = (line: CleanLine): string => clean.text.slice(line.start, line.end);
    const chosen =
      candidates.find((candidate) => candidate.words.some((word) => EVENT_WORDS.has(word))) ??
      candidates.find((candidate) => candidate.words.length >= 3 && !isIssuerName(textOf(candidate.line))) ??
      candidates.find((candidate) => candidate.words.length >= 3);
    if (!chosen) {
      file.data.title = null;
      report(file, "No headline found before the body", { ruleId: "title:none" });
      return undefined;
    }
    const span = clean.map.spanToOriginal(chosen.line.start, chosen.line.end);
    const text = clean.original.slice(span.start, span.end).replace(/\s+/g, " ").trim();
    file.data.title = { text, start: span.start, end: span.end };
    return undefined;
  };
}

/** A line that may be the headline, with its words (computed once: the choice reads them again). */
interface HeadLine {
  readonly line: CleanLine;
  readonly words: readonly string[];
}

/** One letter, digit, apostrophe or hyphen of any script (matched at a position: sticky). */
const WORD_CHAR = /[\p{L}\p{N}'’-]/uy;

/**
 * How many UTF-16 units the character at `index` of a lower-case text takes when it belongs to
 * a word (a letter, digit, apostrophe or hyphen), or 0 when it separates words.
 */
function wordCharWidth(lower: string, index: number): number {
  const code = lower.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 39 || code === 45 ? 1 : 0;
  WORD_CHAR.lastIndex = index;
  return WORD_CHAR.test(lower) ? WORD_CHAR.lastIndex - index : 0;
}

/** How many UTF-16 units the code point at `index` takes (2 for a surrogate pair). */
function codePointWidth(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/**
 * Calls `onWord` with the start and end of each word of a lower-case text: a maximal run of
 * letters, digits, apostrophes and hyphens. Stops early when `onWord` returns false.
 */
function scanWords(lower: string, onWord: (start: number, end: number) => boolean): void {
  let start = -1;
  for (let index = 0; index < lower.length; ) {
    const width = wordCharWidth(lower, index);
    if (width > 0) {
      if (start < 0) start = index;
      index += width;
      continue;
    }
    if (start >= 0 && !onWord(start, index)) return;
    start = -1;
    index += codePointWidth(lower, index);
  }
  if (start >= 0) onWord(start, lower.length);
}

/**
 * The words of a lower-case line, as `lower.split(/[^\p{L}\p{N}'’-]+/u)` without the empty
 * strings, but without the regular expression's cost.
 *
 * @example
 * ```ts
 * wordsIn("talks with the president's envoy, 5 may"); // ["talks", "with", "the", "president's", "envoy", "5", "may"]
 * ```
 */
function wordsIn(lower: string): string[] {
  const words: string[] = [];
  scanWords(lower, (start, end) => {
    words.push(lower.slice(start, end));
    return true;
  });
  return words;
}

/** The number of words of a lower-case line, counted up to `limit`. */
function countWords(lower: string, limit: number): number {
  let count = 0;
  scanWords(lower, () => ++count < limit);
  return count;
}

/** A full sentence of some length ends the search: the body has begun. */
function isBodySentence(text: string, lower: string): boolean {
  const last = text.trimEnd().slice(-1);
  return (last === "." || last === "!" || last === "?") && countWords(lower, 10) >= 10;
}

/** "Ashgabat, 14 March 2022", "NEW YORK, 5 May": a place and a date, the dateline, not the headline. */
function isDateline(text: string, words: readonly string[]): boolean {
  if (words.length > 7) return false;
  const parts = text.split(/[\s,]+/).filter((part) => part.length > 0);
  const titled = parts.map((part) => (part.length > 1 && part === part.toUpperCase() ? part.charAt(0) + part.slice(1).toLowerCase() : part));
  const place = matchCityAt(titled, 0) ?? matchCountryAt(titled, 0);
  if (!place) return false;
  return words.slice(place.length).every((word) => MONTH_NUMBERS.has(word) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(word));
}

/**
 * "Federal Foreign Office", "Ministry of External Affairs": a short line of capitalised words
 * naming a body, the issuer's name the page puts above its headline.
 */
function isIssuerName(text: string): boolean {
  const parts = text.split(/\s+/).filter((part) => part.length > 0);
  if (parts.length > 8) return false;
  let issuer = false;
  for (const part of parts) {
    const lower = part.toLowerCase();
    if (ISSUER_CONNECTORS.has(lower)) continue;
    if (part.charAt(0) === lower.charAt(0)) return false;
    if (ISSUER_WORDS.has(lower)) issuer = true;
  }
  return issuer;
}

function isCandidate(text: string, lower: string, words: readonly string[]): boolean {
  if (words.length < 2) return false;
  if (CHROME_PREFIXES.some((prefix) => lower.startsWith(prefix))) return false;
  const last = text.trimEnd().slice(-1);
  if (last === "." && words.length < 10) return false;
  if (isDateline(text, words)) return false;
  // Date stamps and metadata lines ("2021-10-28T11:30:00Z", "Press Release (2020) 003").
  let letters = 0;
  let digits = 0;
  for (let index = 0; index < text.length; ) {
    const code = text.charCodeAt(index);
    if (code < 128) {
      if (code >= 48 && code <= 57) digits++;
      else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) letters++;
      index++;
      continue;
    }
    // A letter of another script is a character with two cases.
    const width = codePointWidth(text, index);
    const char = text.slice(index, index + width);
    if (char.toLowerCase() !== char.toUpperCase()) letters++;
    index += width;
  }
  return letters > digits * 2 && letters >= 8;
}
