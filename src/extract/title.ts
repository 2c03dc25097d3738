import type { Root } from "nlcst";
import type { VFile } from "vfile";
import { documentOf, type CleanLine, type ReleaseDocument, type Sentence } from "../core/document.js";
import { memoizeOn } from "../core/memo.js";
import { report } from "../core/report.js";
import { isBasicCyrillicCode, letterWidthAt } from "../core/text.js";
import type { Word } from "../core/word.js";
import { eventWords, lexiconFor, type Lexicon } from "../lexicon/index.js";
import { matchCityAt } from "../normalize/city.js";
import { matchCountryAt } from "../normalize/country.js";
import { matchVenueAt } from "../normalize/venue.js";
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

/** A line of more words than this is no byline. */
const BYLINE_WORDS = 8;

/** A line with more space-separated parts than this is no issuer's name. */
const ISSUER_PARTS = 12;

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
      if (isBodySentence(line, words)) break;
      if (!LINE_FILTERS.some((filter) => filter.rejects(line, words))) candidates.push(line);
    }
    const chosen = chooseHeadline(candidates, words, echoTest(document.text, words));
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
  /** Event nouns that also name standing bodies ("Council"): they report an event only outside a name. */
  readonly bodyEventWords: ReadonlySet<string>;
  readonly bylineWords: ReadonlySet<string>;
  /** Short words too common to tell a headline from another one ("with", "from"). */
  readonly commonWords: ReadonlySet<string>;
  /** The length of the longest of {@link TitleWords.commonWords}: a longer word is none of them. */
  readonly longestCommonWord: number;
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
    bodyEventWords: new Set(lexicon.headlines.bodyEventWords),
    bylineWords: new Set(lexicon.headlines.bylineWords),
    commonWords: new Set(lexicon.headlines.commonWords),
    longestCommonWord: Math.max(0, ...lexicon.headlines.commonWords.map((word) => word.length)),
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

/**
 * The first lines of the document with their tokens (the sentences that start in each line),
 * made one at a time: the search stops at the first body sentence, most often the second or
 * third line, and the lines after it are never read.
 */
function* headLinesOf(document: ReleaseDocument): Generator<HeadLine> {
  const sentences = document.sentences;
  const lines = document.lines;
  let next = 0;
  for (let index = 0; index < lines.length && index < HEAD_LINES; index++) {
    const line = lines[index] as CleanLine;
    while (next < sentences.length && (sentences[next] as Sentence).start < line.start) next++;
    const tokens: Word[] = [];
    for (; next < sentences.length && (sentences[next] as Sentence).start < line.end; next++) tokens.push(...(sentences[next] as Sentence).words);
    yield { line, text: document.text.slice(line.start, line.end), tokens, words: tokens.filter((token) => token.kind === "word") };
  }
}

/** How many UTF-16 units the code point at `index` takes (2 for a surrogate pair). */
function codePointWidth(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/**
 * A full sentence of some length: the body has begun. A headline with its dateline glued on
 * ("The 47th Plenary Session of the Assembly, St. Petersburg, 13 April 2018.") is no body
 * sentence, though it ends with a full stop.
 */
function isBodySentence(line: HeadLine, words: TitleWords): boolean {
  const last = line.text.trimEnd().slice(-1);
  return (last === "." || last === "!" || last === "?") && line.words.length >= BODY_WORDS && !endsWithDateline(line, words.months) && !opensWithCapitalPlace(line);
}

/**
 * The line opens with a sentence of words in capitals, a place line glued before the
 * headline ("MOSCOW REGION, GORKI. Meeting with ..."): the page's headline, not the body.
 */
function opensWithCapitalPlace(line: HeadLine): boolean {
  let words = 0;
  for (const token of line.tokens) {
    if (token.kind !== "word") {
      if (token.value === ".") return words >= 1 && words < line.words.length;
      if (token.value !== "," && token.value !== "-" && token.value !== "–") return false;
      continue;
    }
    if (!token.allCaps) return false;
    words++;
  }
  return false;
}

/** The line ends with ", <date>." after a comma: a date glued to a headline, not a sentence's end. */
function endsWithDateline(line: HeadLine, months: ReadonlyMap<string, number>): boolean {
  const tokens = line.tokens;
  let index = tokens.length - 1;
  if (index >= 0 && (tokens[index] as Word).kind !== "word") index--;
  let dateWords = 0;
  for (; index >= 0; index--) {
    const token = tokens[index] as Word;
    if (token.kind !== "word") break;
    if (!months.has(withoutDot(token.key)) && !DAY_OR_YEAR.test(token.key)) break;
    dateWords++;
  }
  // "13 April 2018", "November 8, 2022": the comma inside an American date is skipped once.
  if (index >= 0 && (tokens[index] as Word).value === "," && dateWords >= 2 && dateWords <= 3) {
    const before = tokens[index - 1];
    if (before && before.kind === "word" && (months.has(withoutDot(before.key)) || DAY_OR_YEAR.test(before.key))) {
      let start = index - 1;
      while (start >= 0 && (tokens[start] as Word).kind === "word" && (months.has(withoutDot((tokens[start] as Word).key)) || DAY_OR_YEAR.test((tokens[start] as Word).key))) start--;
      index = start;
    }
  }
  return dateWords >= 2 && index >= 0 && (tokens[index] as Word).value === ",";
}

/** "Ashgabat, 14 March 2022", "NEW YORK, 5 May": a place and a date, the dateline, not the headline. */
function isDateline(line: HeadLine, months: ReadonlyMap<string, number>): boolean {
  if (line.words.length > DATELINE_WORDS) return false;
  const titled = line.tokens.map((token) => titleCase(token.value));
  const place = matchCityAt(titled, 0) ?? matchCountryAt(titled, 0);
  if (!place) return false;
  let dated = false;
  for (let index = place.length; index < line.tokens.length; index++) {
    const token = line.tokens[index] as Word;
    if (token.kind !== "word") continue;
    if (months.has(withoutDot(token.key)) || DAY_OR_YEAR.test(withoutDot(token.key))) {
      dated = true;
      continue;
    }
    // "KABUL, Afghanistan (Oct. 9, 2012)": the country after the city, before the date.
    const country = dated ? null : matchCountryAt(titled, index);
    if (!country) return false;
    index += country.length - 1;
  }
  return true;
}

/** Every comma-separated part of the line is a known place: a venue, a region, a city or a country. */
function isPlaceLine(line: HeadLine): boolean {
  const values = line.tokens.map((token) => token.bare);
  let index = 0;
  let places = 0;
  while (index < line.tokens.length) {
    const token = line.tokens[index] as Word;
    if (token.kind !== "word") {
      if (token.value !== "," && token.value !== "-" && token.value !== "–") return false;
      index++;
      continue;
    }
    const at = token.key === "the" ? index + 1 : index;
    const place = matchVenueAt(values, at) ?? matchCityAt(values, at) ?? matchCountryAt(values, at);
    if (!place) return false;
    places++;
    index = at + place.length;
  }
  return places > 0;
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
    // "ISAF Joint Command - Afghanistan": a dash between the parts of a name.
    if (lower === "-" || lower === "–") continue;
    if (words.issuerConnectors.has(lower)) continue;
    // "Press service of the President": an issuer's word may stand in lower case.
    if (words.issuerWords.has(lower)) {
      issuer = true;
      continue;
    }
    if (part.charAt(0) === lower.charAt(0)) return false;
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
  readonly accepts: (line: HeadLine, words: TitleWords, echoes: EchoTest) => boolean;
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
  { id: "short-sentence", rejects: (line) => line.text.trimEnd().endsWith(".") && line.words.length < BODY_WORDS && !opensWithCapitalPlace(line) },
  { id: "dateline", rejects: (line, words) => isDateline(line, words.months) },
  // "News | Press releases", "Home » Media": a trail of short links, none of them a headline.
  { id: "navigation", rejects: (line, words) => isNavigation(line, words) },
  // "The following is attributable to the Spokesperson:": a line that leads into the body.
  { id: "lead-in", rejects: (line) => line.text.trimEnd().endsWith(":") },
  // "By Ministry of Foreign Affairs, Nigeria", "By Spc. Jane Doe": the byline.
  { id: "byline", rejects: (line, words) => words.bylineWords.has(line.words[0]?.key ?? "") && line.words.length <= BYLINE_WORDS },
  // "Novo-Ogaryovo, Moscow Region": a place line under the headline.
  { id: "place-line", rejects: (line) => isPlaceLine(line) },
  // Date stamps and metadata lines ("2021-10-28T11:30:00Z", "Press Release (2020) 003").
  { id: "date-stamp", rejects: (line) => !mostlyLetters(line.text) },
];

/**
 * The headline is the first candidate of the first kind any candidate is of. Within the
 * first two kinds, a line that shares words with the body beats one that shares none: a
 * republisher's page puts other articles' headlines above the release's own.
 */
export const LINE_PREFERENCES: readonly LinePreference[] = [
  { id: "reports-event-echoed", accepts: (line, words, echoes) => reportsEvent(line, words) && echoes(line) },
  { id: "reports-event", accepts: (line, words) => reportsEvent(line, words) },
  // "Federal Foreign Office" above a headline without an event word is the issuer's name.
  { id: "not-issuer-name-echoed", accepts: (line, words, echoes) => line.words.length >= 3 && !isIssuerName(line, words) && echoes(line) },
  { id: "not-issuer-name", accepts: (line, words) => line.words.length >= 3 && !isIssuerName(line, words) },
  // An issuer's name alone ("Office of the Spokesperson") is site chrome, never the headline.
];

function chooseHeadline(candidates: readonly HeadLine[], words: TitleWords, echoes: EchoTest): HeadLine | undefined {
  for (const preference of LINE_PREFERENCES) {
    const chosen = candidates.find((candidate) => preference.accepts(candidate, words, echoes));
    if (chosen) return chosen;
  }
  return undefined;
}

/**
 * The line has an event word ("meets", "talks", "visit"). A noun that also names a standing
 * body ("Council") counts only outside a name: "Peace and Security Council" above a communiqué
 * is the issuer's name, "Meeting of the Council held via videoconference" a headline.
 */
function reportsEvent(line: HeadLine, words: TitleWords): boolean {
  let body = false;
  for (const word of line.words) {
    if (!words.events.has(word.key)) continue;
    if (!words.bodyEventWords.has(word.key)) return true;
    body = true;
  }
  return body && !isNameShaped(line, words);
}

/** A part that only separates: "CICA | Conference on ...", "Gulf Cooperation Council - Secretariat General". */
const SEPARATOR_PARTS = new Set(["|", "-", "–", "—", "/"]);

/** Every word capitalised but the connectors of a name ("Council of Europe Portal"). */
function isNameShaped(line: HeadLine, words: TitleWords): boolean {
  for (const part of partsOf(line.tokens)) {
    const lower = part.toLowerCase();
    if (words.issuerConnectors.has(lower) || SEPARATOR_PARTS.has(part)) continue;
    if (part.charAt(0) === lower.charAt(0)) return false;
  }
  return true;
}

/** Whether a line shares words with the text that follows it: a headline does, another article's does not. */
type EchoTest = (line: HeadLine) => boolean;

/** How much of the text after a candidate line is compared with it. */
const ECHO_CHARS = 1200;

/** How many letters of a word its comparison key keeps. */
const ECHO_KEY_LETTERS = 5;

/** A word's comparison key: lower case, cut to its first five letters ("commends" ~ "commended"). */
function echoKey(value: string): string {
  return value.slice(0, ECHO_KEY_LETTERS);
}

/** A telling word of the text (four letters or more, not common): its comparison key and where it ends. */
interface TellingWord {
  readonly key: string;
  readonly end: number;
}

/**
 * Adds the telling words of `text` that start from `start` up to `end` to `found`, in order;
 * returns where the next read goes on (past the last word read, which may end after `end`).
 */
function readTellingWords(text: string, start: number, end: number, words: TitleWords, found: TellingWord[]): number {
  // Runs of letters of any script (`\p{L}+`), the words the echo compares.
  let next = start;
  let index = start;
  while (index < end) {
    const width = letterWidthAt(text, index);
    if (width === 0) {
      index++;
      continue;
    }
    const from = index;
    index += width;
    for (let more = letterWidthAt(text, index); more > 0; more = letterWidthAt(text, index)) index += more;
    next = index;
    if (index - from < 4) continue;
    // A word longer than every common word is telling, and its key needs only its first
    // letters: lower-cased alone, they give the same key when none of them changes length
    // in lower case (ASCII and basic Cyrillic letters do not).
    const keyEnd = Math.min(index, from + ECHO_KEY_LETTERS);
    if (index - from > words.longestCommonWord && caseKeepsLength(text, from, keyEnd)) {
      found.push({ key: text.slice(from, keyEnd).toLowerCase(), end: index });
      continue;
    }
    const lower = text.slice(from, index).toLowerCase();
    if (!words.commonWords.has(lower)) found.push({ key: echoKey(lower), end: index });
  }
  return next;
}

/** Every unit from `start` to `end` is ASCII or basic Cyrillic, whose lower case is one unit too. */
function caseKeepsLength(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 128 && !isBasicCyrillicCode(code)) return false;
  }
  return true;
}

/** How much further the text after a line is read at a time, until the echo test is decided. */
const ECHO_STEP = 200;

/**
 * The echo test of a document: a line echoes when it shares two telling words with the
 * text after it, or half of its telling words. The words of the head of the text are read
 * once, as far as the lines asked about need, and each line is judged once. The text after a
 * line is read a stretch at a time and no further than the answer needs: the words shared
 * only grow as more is read, and a headline most often shares two with the body's first
 * sentence.
 */
function echoTest(text: string, words: TitleWords): EchoTest {
  const read: TellingWord[] = [];
  let readNext = 0;
  // Reads the words that start before `limit` (the last may end after it).
  const readTo = (limit: number): void => {
    if (limit > readNext) readNext = readTellingWords(text, readNext, limit, words, read);
  };
  const judged = new Map<HeadLine, boolean>();
  return (line) => {
    const known = judged.get(line);
    if (known !== undefined) return known;
    const end = Math.min(text.length, line.line.end + ECHO_CHARS);
    readTo(line.line.end);
    const own = new Set<string>();
    let at = 0;
    for (; at < read.length; at++) {
      const word = read[at] as TellingWord;
      if (word.end <= line.line.start) continue;
      if (word.end > line.line.end) break;
      own.add(word.key);
    }
    let echoes = false;
    if (own.size > 0) {
      const shared = new Set<string>();
      let limit = line.line.end;
      for (;;) {
        for (; at < read.length && !echoes; at++) {
          const word = read[at] as TellingWord;
          if (word.end > end) break;
          if (!own.has(word.key)) continue;
          shared.add(word.key);
          echoes = shared.size >= 2 || shared.size * 2 >= own.size;
        }
        if (echoes || limit >= end || (at < read.length && (read[at] as TellingWord).end > end)) break;
        limit = Math.min(end, limit + ECHO_STEP);
        readTo(limit);
      }
    }
    judged.set(line, echoes);
    return echoes;
  };
}

/**
 * "News | Press releases", "Home » Media » News": parts split by a bar or a guillemet, none
 * of which reports an event. In a menu of three parts or more ("About | Supreme State Council
 * | Council of Ministers | Budget"), a noun that also names a standing body ("Council") is a
 * link to that body, never the event of a headline.
 */
function isNavigation(line: HeadLine, words: TitleWords): boolean {
  let bars = 0;
  for (const token of line.tokens) if (token.value === "|" || token.value === "»") bars++;
  if (bars === 0) return false;
  if (bars >= 2 && !line.words.some((word) => words.events.has(word.key) && !words.bodyEventWords.has(word.key))) return true;
  return !reportsEvent(line, words);
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
