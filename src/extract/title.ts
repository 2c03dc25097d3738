import type { Root } from "nlcst";
import type { VFile } from "vfile";
import { documentOf, type CleanLine, type ReleaseDocument, type Sentence } from "../core/document.js";
import { memoizeOn } from "../core/memo.js";
import { report } from "../core/report.js";
import type { Word } from "../core/word.js";
import { eventWords, lexiconFor, type Lexicon } from "../lexicon/index.js";
import { matchCityAt } from "../normalize/city.js";
import { matchCountryAt } from "../normalize/country.js";
import { titleCase } from "./venue/words.js";

/** The headline found by the title plugin; offsets into the original text. */
export interface TitleFinding {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

declare module "vfile" {
  interface DataMap {
    /** Headline (title plugin). */
    title: TitleFinding | null;
  }
}

/** How many lines from the top may hold the headline. */
const HEAD_LINES = 10;

/** A full sentence of at least this many words ends the search: the body has begun. */
const BODY_WORDS = 10;

/** A line with more words than this is no dateline. */
const DATELINE_WORDS = 7;

/** A line with more space-separated parts than this is no issuer's name. */
const ISSUER_PARTS = 8;

/** A day, a year or an ordinal day in figures ("14", "2022", "5th"). */
const DAY_OR_YEAR = /^\d{1,4}(?:st|nd|rd|th)?$/;

/**
 * unified plugin: finds the release's own headline among the first lines, skipping site
 * chrome, date stamps and metadata, and stopping at the first body sentence. Writes
 * `file.data.title` (null when the text opens straight with the body).
 *
 * Messages: `title:none` when no headline was found.
 *
 * @example
 * ```ts
 * import { analyzeRelease } from "communique";
 * analyzeRelease("Talks in Minsk\n\nThe ministers met in Minsk on 5 March.").data.title?.text; // "Talks in Minsk"
 * ```
 *
 * @group Parsing
 */
export function extractTitle() {
  return (tree: Root, file: VFile): undefined => {
    if (!file.data.clean) return undefined;
    const document = documentOf(tree, file);
    const words = titleWords(lexiconFor(document.language));
    const candidates: HeadLine[] = [];
    for (const line of headLinesOf(document)) {
      if (isBodySentence(line)) break;
      if (!LINE_FILTERS.some((filter) => filter.rejects(line, words))) candidates.push(line);
    }
    const chosen = chooseHeadline(candidates, words);
    if (!chosen) {
      file.data.title = null;
      report(file, "No headline found before the body", { ruleId: "title:none" });
      return undefined;
    }
    const span = document.spanToOriginal(chosen.line.start, chosen.line.end);
    const text = document.original.slice(span.start, span.end).replace(/\s+/g, " ").trim();
    file.data.title = { text, start: span.start, end: span.end };
    return undefined;
  };
}

/** A lexicon's headline words as sets. */
interface TitleWords {
  /** Words that make a line read as the headline of a meeting release rather than site chrome. */
  readonly events: ReadonlySet<string>;
  readonly issuerWords: ReadonlySet<string>;
  readonly issuerConnectors: ReadonlySet<string>;
  readonly chromePrefixes: readonly string[];
  readonly months: ReadonlyMap<string, number>;
}

const titleWords = memoizeOn(
  (lexicon: Lexicon): TitleWords => ({
    events: eventWords(
      lexicon,
      "meeting", "talks", "discussion", "call", "video", "visit", "visiting", "arrival", "travel", "travelPlan", "hosting", "receiving",
      "holding", "attending", "gathering", "signing", "agreeing", "statement", "greeting",
    ),
    issuerWords: new Set(lexicon.headlines.issuerWords),
    issuerConnectors: new Set(lexicon.headlines.issuerConnectors),
    chromePrefixes: lexicon.headlines.chromePrefixes,
    months: lexicon.calendar.months,
  }),
);

/** A line that may hold the headline, with its tokens from the document. */
interface HeadLine {
  readonly line: CleanLine;
  /** The line as it stands in the cleaned text. */
  readonly text: string;
  /** Every token of the line: words, punctuation and symbols. */
  readonly tokens: readonly Word[];
  /** The word tokens of the line. */
  readonly words: readonly Word[];
}

/** The first lines of the document with their tokens (the sentences that start in each line). */
function headLinesOf(document: ReleaseDocument): HeadLine[] {
  const sentences = document.sentences;
  const lines: HeadLine[] = [];
  let next = 0;
  for (const line of document.lines.slice(0, HEAD_LINES)) {
    while (next < sentences.length && (sentences[next] as Sentence).start < line.start) next++;
    const tokens: Word[] = [];
    for (; next < sentences.length && (sentences[next] as Sentence).start < line.end; next++) tokens.push(...(sentences[next] as Sentence).words);
    lines.push({ line, text: document.text.slice(line.start, line.end), tokens, words: tokens.filter((token) => token.kind === "word") });
  }
  return lines;
}

/** How many UTF-16 units the code point at `index` takes (2 for a surrogate pair). */
function codePointWidth(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** A full sentence of some length: the body has begun. */
function isBodySentence(line: HeadLine): boolean {
  const last = line.text.trimEnd().slice(-1);
  return (last === "." || last === "!" || last === "?") && line.words.length >= BODY_WORDS;
}

/** "Ashgabat, 14 March 2022", "NEW YORK, 5 May": a place and a date, the dateline, not the headline. */
function isDateline(line: HeadLine, months: ReadonlyMap<string, number>): boolean {
  if (line.words.length > DATELINE_WORDS) return false;
  const titled = line.tokens.map((token) => titleCase(token.value));
  const place = matchCityAt(titled, 0) ?? matchCountryAt(titled, 0);
  if (!place) return false;
  return line.tokens.slice(place.length).every((token) => token.kind !== "word" || months.has(withoutDot(token.key)) || DAY_OR_YEAR.test(token.key));
}

/** "sept." → "sept": abbreviations keep their dot in the word. */
function withoutDot(key: string): string {
  return key.endsWith(".") ? key.slice(0, -1) : key;
}

/**
 * "Federal Foreign Office", "Ministry of External Affairs": a short line of capitalised words
 * naming a body, the issuer's name the page puts above its headline.
 */
function isIssuerName(line: HeadLine, words: TitleWords): boolean {
  const parts = partsOf(line.tokens);
  if (parts.length > ISSUER_PARTS) return false;
  let issuer = false;
  for (const part of parts) {
    const lower = part.toLowerCase();
    if (words.issuerConnectors.has(lower)) continue;
    if (part.charAt(0) === lower.charAt(0)) return false;
    if (words.issuerWords.has(lower)) issuer = true;
  }
  return issuer;
}

/** The space-separated parts of a line, each its glued tokens as written ("Affairs,", "(MFA)"). */
function partsOf(tokens: readonly Word[]): string[] {
  const parts: string[] = [];
  for (const token of tokens) {
    if (token.spaceBefore || parts.length === 0) parts.push(token.value);
    else parts[parts.length - 1] += token.value;
  }
  return parts;
}

/** A rule about a line of the head of the page, with an id a test or a debugger can cite. */
interface LineRule {
  readonly id: string;
}

/** A reason why a line is not the headline. */
interface LineFilter extends LineRule {
  readonly rejects: (line: HeadLine, words: TitleWords) => boolean;
}

/** A kind of line the headline is, in order of preference. */
interface LinePreference extends LineRule {
  readonly accepts: (line: HeadLine, words: TitleWords) => boolean;
}

/** Lines that are not the headline, whatever else the page holds. */
export const LINE_FILTERS: readonly LineFilter[] = [
  { id: "too-short", rejects: (line) => line.words.length < 2 },
  {
    id: "site-chrome",
    rejects: (line, words) => {
      const lower = line.text.toLowerCase();
      return words.chromePrefixes.some((prefix) => lower.startsWith(prefix));
    },
  },
  // "Welcome to our portal.": a short sentence is a banner or a caption.
  { id: "short-sentence", rejects: (line) => line.text.trimEnd().endsWith(".") && line.words.length < BODY_WORDS },
  { id: "dateline", rejects: (line, words) => isDateline(line, words.months) },
  // Date stamps and metadata lines ("2021-10-28T11:30:00Z", "Press Release (2020) 003").
  { id: "date-stamp", rejects: (line) => !mostlyLetters(line.text) },
];

/** The headline is the first candidate of the first kind any candidate is of. */
export const LINE_PREFERENCES: readonly LinePreference[] = [
  { id: "reports-event", accepts: (line, words) => line.words.some((word) => words.events.has(word.key)) },
  // "Federal Foreign Office" above a headline without an event word is the issuer's name.
  { id: "not-issuer-name", accepts: (line, words) => line.words.length >= 3 && !isIssuerName(line, words) },
  { id: "three-words", accepts: (line) => line.words.length >= 3 },
];

function chooseHeadline(candidates: readonly HeadLine[], words: TitleWords): HeadLine | undefined {
  for (const preference of LINE_PREFERENCES) {
    const chosen = candidates.find((candidate) => preference.accepts(candidate, words));
    if (chosen) return chosen;
  }
  return undefined;
}

/** At least eight letters, and more than twice as many letters as digits. */
function mostlyLetters(text: string): boolean {
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
