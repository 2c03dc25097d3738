import { TITLES } from "../lexicon/en/titles.js";
import { LANGUAGES, lexiconFor, type Lexicon } from "../lexicon/index.js";
import { lazy, memoizeOn } from "../core/memo.js";
import { OffsetMap } from "../core/offset-map.js";
import { isBasicCyrillicCode } from "../core/text.js";

/**
 * First words of titles. Transcripts scraped from official sites glue a speaker's name to
 * the title under it ("Japarov SadyrPresident of the Kyrgyz Republic"); a capital inside a
 * word that starts one of these is taken for the lost space.
 */
// TODO(merge): read the titles of the lexicons passed in once the lexicon has a titles section.
const GLUED_TITLE_WORDS: ReadonlySet<string> = new Set(
  Object.entries(TITLES)
    .filter(([kind]) => kind !== "honorific")
    .flatMap(([, titles]) => titles.map((title) => title.split(/[\s-]/)[0] as string))
    .filter((word) => word.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(word)),
);

/** File extensions of images whose names scrapers glue to the text (lower case, dot included). */
const IMAGE_EXTENSIONS: readonly string[] = [".jpeg", ".jpg", ".png", ".gif", ".webp", ".bmp"];

/** The chrome of some lexicons, as the cleaner looks it up. */
interface ChromeIndex {
  readonly lines: ReadonlySet<string>;
  readonly linePrefixes: readonly string[];
  readonly shareWords: ReadonlySet<string>;
  readonly tailMarkers: ReadonlySet<string>;
  readonly linkLabels: ReadonlySet<string>;
  /** Words navigation trails start with, lower case. */
  readonly breadcrumbRoots: readonly string[];
  /** The longest entry of `lines`: a longer folded line is none of them. */
  readonly longestLine: number;
  /** `linePrefixes` by their first character code, so a line is compared with the few that can start it. */
  readonly prefixesByFirstCode: ReadonlyMap<number, readonly string[]>;
  /** Share words' lengths and first character codes: a word outside them is looked up in no set. */
  readonly shareWordLengths: { readonly shortest: number; readonly longest: number };
  readonly shareWordFirstCodes: CodeTable;
  /** First character codes of `breadcrumbRoots`. */
  readonly breadcrumbFirstCodes: ReadonlySet<number>;
  /** The longest entry of `tailMarkers`. */
  readonly longestTailMarker: number;
}

/** A yes-or-no answer per UTF-16 code, read without hashing. */
type CodeTable = Uint8Array;

function codeTableOf(codes: Iterable<number>): CodeTable {
  const table = new Uint8Array(0x10000);
  for (const code of codes) table[code] = 1;
  return table;
}

/** Every lexicon the parser knows: cleaning runs before the language of a release is settled. */
const everyLexicon = lazy((): readonly Lexicon[] => LANGUAGES.map(lexiconFor));

/** The chrome of a list of lexicons, joined once per list. */
const chromeOf = memoizeOn((lexicons: readonly Lexicon[]): ChromeIndex => {
  const chromes = lexicons.map((lexicon) => lexicon.chrome);
  const lines = new Set(chromes.flatMap((chrome) => chrome.lines));
  const linePrefixes = [...new Set(chromes.flatMap((chrome) => chrome.linePrefixes))];
  const shareWords = new Set(chromes.flatMap((chrome) => chrome.shareWords));
  const breadcrumbRoots = [...new Set(chromes.flatMap((chrome) => chrome.breadcrumbRoots ?? []))];
  const prefixesByFirstCode = new Map<number, string[]>();
  for (const prefix of linePrefixes) {
    const code = prefix.charCodeAt(0);
    prefixesByFirstCode.set(code, [...(prefixesByFirstCode.get(code) ?? []), prefix]);
  }
  const shareLengths = [...shareWords].map((word) => word.length);
  const tailMarkers = new Set(chromes.flatMap((chrome) => chrome.tailMarkers));
  return {
    lines,
    linePrefixes,
    shareWords,
    tailMarkers,
    linkLabels: new Set(chromes.flatMap((chrome) => chrome.linkLabels ?? [])),
    breadcrumbRoots,
    longestLine: Math.max(0, ...[...lines].map((line) => line.length)),
    prefixesByFirstCode,
    shareWordLengths: { shortest: Math.min(Infinity, ...shareLengths), longest: Math.max(0, ...shareLengths) },
    shareWordFirstCodes: codeTableOf([...shareWords].map((word) => word.charCodeAt(0))),
    breadcrumbFirstCodes: new Set(breadcrumbRoots.map((root) => root.charCodeAt(0))),
    longestTailMarker: Math.max(0, ...[...tailMarkers].map((marker) => marker.length)),
  };
});

export type { CleaningArtifact, CleanLine, CleanText } from "../core/document.js";
import type { CleaningArtifact, CleanLine, CleanText } from "../core/document.js";

interface RawLine {
  start: number;
  end: number;
  blankBefore: boolean;
}

const CURLY: Record<string, string> = {
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u00ab": '"',
  "\u00bb": '"',
  "\u2018": "'",
  "\u2019": "'",
  "\u00a0": " ",
  "\u2007": " ",
  "\u202f": " ",
  "\u200b": "",
  "\ufeff": "",
};

const TERMINAL = new Set([".", "!", "?", ":", ";"]);

/**
 * Body text has begun after a line this long, or a sentence-like line (ending in . ! ?) of
 * the second length: tail markers before it are menus, after it they end the release.
 */
const BODY_LINE = 250;
const BODY_SENTENCE = 60;
/** . ! ? */
const TERMINAL_END: ReadonlySet<number> = new Set([46, 33, 63]);

/** Chrome lines (navigation, share rows, credits) are short. */
const MAX_NOISE_LINE = 200;
/** Headlines worth comparing for repeats are shorter than this. */
const MAX_FOLDED_LINE = 400;

/**
 * Cleans scraped release text for tokenizing: drops navigation lines, share rows, credits
 * and image file names, joins hard-wrapped lines, folds runs of spaces, removes stray spaces
 * before punctuation and straightens quotes. Every character of the result maps back to the
 * original through `map`, so spans found in the clean text point into what the user gave.
 *
 * @param original - The release as the user gave it.
 * @param lexicons - The languages whose page chrome to drop; default every language the
 *   parser knows (the language of a release may not be settled before it is cleaned).
 *
 * @example
 * ```ts
 * cleanText("Share this page\nThe sides met in Minsk.").text; // "The sides met in Minsk."
 * cleanText(text, [lexiconFor("en")]); // English chrome only
 * ```
 */
export function cleanText(original: string, lexicons: readonly Lexicon[] = everyLexicon()): CleanText {
  const chrome = chromeOf(lexicons);
  const map = new OffsetMap();
  const artifacts: CleaningArtifact[] = [];
  const lines: CleanLine[] = [];
  const out: string[] = [];
  const rawLines = splitLines(original);
  const joinWrapped = looksHardWrapped(original, rawLines);
  const seenHeadlines: string[] = [];
  let pendingBreak: "none" | "line" | "space" = "none";
  let lineStart = 0;
  let afterBlank = true;
  let lineOpen = false;
  let bodyBegun = false;

  for (let index = 0; index < rawLines.length; index++) {
    const raw = rawLines[index] as RawLine;
    if (raw.blankBefore) afterBlank = true;
    let [start, end] = trimRange(original, raw.start, raw.end);
    start = skipBullets(original, start, end);
    if (start >= end) {
      if (lineOpen) pendingBreak = "line";
      afterBlank = true;
      continue;
    }
    // The folded line serves the noise and tail checks (short lines) and the repeated-headline
    // check (the first lines); a long body line further down needs none of them.
    const folded = end - start <= MAX_NOISE_LINE || (index < 20 && end - start <= MAX_FOLDED_LINE) ? foldLine(original.slice(start, end)) : "";
    // "Related news", "Read also": the rest of the page is other articles.
    if (bodyBegun && end - start <= MAX_NOISE_LINE && isTailMarker(folded, chrome)) {
      artifacts.push({ kind: "other-articles", text: original.slice(start), start, end: original.length });
      break;
    }
    // "Читайте также: Депутаты приняли ...": a link to another article, which sites also put
    // inside the body; the line goes, the rest stays.
    if (end - start <= MAX_NOISE_LINE && (isNoiseLine(folded, chrome) || isBreadcrumb(original, start, end, chrome) || isMenuLine(original, start, end) || chrome.linkLabels.has(beforeColon(folded)))) {
      artifacts.push({ kind: "noise", text: original.slice(start, end), start, end });
      if (lineOpen) pendingBreak = "line";
      continue;
    }
    if (index < 20 && folded.length > 0) {
      const repeat = seenHeadlines.find((headline) => folded.startsWith(headline) && isStampOnly(folded.slice(headline.length)));
      if (repeat !== undefined) {
        const cut = cutRepeatedHeadline(original, start, end, repeat);
        artifacts.push({ kind: "repeated-headline", text: original.slice(start, cut), start, end: cut });
        start = cut;
        if (start >= end) continue;
      } else if (folded.length >= 20) {
        seenHeadlines.push(folded);
      }
    }

    const continues =
      lineOpen &&
      !raw.blankBefore &&
      pendingBreak !== "none" &&
      ((joinWrapped && continuesWrappedLine(original, rawLines[index - 1])) || continuesSentence(original, rawLines[index - 1], start));
    if (lineOpen) {
      if (continues) {
        out.push(" ");
        map.replace(1, raw.start - 1, raw.start);
      } else {
        closeLine();
        // A blank line between lines: parse-english starts a paragraph only there, and each
        // line of a release (headline, dateline, place line) is a paragraph of its own.
        out.push("\n\n");
        map.replace(2, raw.start - 1, raw.start);
        lineStart = map.length;
        afterBlank = afterBlank || raw.blankBefore;
      }
    } else {
      lineStart = map.length;
    }
    emitLine(original, start, end, out, map, artifacts);
    if (end - start >= BODY_LINE || (end - start >= BODY_SENTENCE && TERMINAL_END.has(original.charCodeAt(end - 1)))) bodyBegun = true;
    lineOpen = true;
    pendingBreak = "space";
  }
  if (lineOpen) closeLine();

  return { original, text: out.join(""), map, lines, artifacts };

  function closeLine(): void {
    if (map.length > lineStart) lines.push({ start: lineStart, end: map.length, afterBlank });
    afterBlank = false;
  }
}

function splitLines(text: string): RawLine[] {
  const result: RawLine[] = [];
  let start = 0;
  let blank = false;
  // The next line feed and carriage return are found by indexOf, far faster than a test of
  // every character; -1 when there is none left.
  let newline = text.indexOf("\n");
  let carriage = text.indexOf("\r");
  for (;;) {
    if (newline >= 0 && newline < start) newline = text.indexOf("\n", start);
    if (carriage >= 0 && carriage < start) carriage = text.indexOf("\r", start);
    let index = newline < 0 ? carriage : carriage < 0 ? newline : Math.min(newline, carriage);
    if (index < 0) index = text.length;
    const isBlank = isBlankRange(text, start, index);
    if (!isBlank) {
      result.push({ start, end: index, blankBefore: blank || result.length === 0 });
      blank = false;
    } else if (result.length > 0) {
      blank = true;
    }
    if (index === text.length) break;
    if (text.charCodeAt(index) === 13 && text.charCodeAt(index + 1) === 10) index++;
    start = index + 1;
  }
  return result;
}

function isBlankRange(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const char = text[index] as string;
    if (!isSpace(char) && char !== "\u200b" && char !== "\ufeff") return false;
  }
  return true;
}

function isSpace(char: string): boolean {
  return char === " " || char === "\t" || char === "\u00a0" || char === "\f" || char === "\v" || char === "\u2007" || char === "\u202f";
}

function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && (isSpace(text[start] as string) || text[start] === "\u200b" || text[start] === "\ufeff")) start++;
  while (end > start && isSpace(text[end - 1] as string)) end--;
  return [start, end];
}

/** Skips list bullets and lone separators at the start of a line ("• |", "* ", "\###"). */
function skipBullets(text: string, start: number, end: number): number {
  let index = start;
  while (index < end) {
    const char = text[index] as string;
    if (char === "\u2022" || char === "|" || char === "\u00b7" || char === "\\" || isSpace(char)) index++;
    else break;
  }
  let hashes = index;
  while (hashes < end && (text[hashes] === "#" || text[hashes] === "*" || isSpace(text[hashes] as string))) hashes++;
  if (hashes === end) return end;
  return index;
}

/** Lower-cases a line and folds every run of characters that are not letters or digits. */
function foldLine(line: string): string {
  const lower = line.toLowerCase();
  let result = "";
  let gap = false;
  let index = 0;
  while (index < lower.length) {
    // Copy a run of word characters in one slice.
    let end = index;
    while (end < lower.length) {
      const width = wordCharWidth(lower, end);
      if (width === 0) break;
      end += width;
    }
    if (end > index) {
      if (gap && result.length > 0) result += " ";
      result += lower.slice(index, end);
      gap = false;
      index = end;
      continue;
    }
    if (lower.charCodeAt(index) === 58 /* : */ && result.length > 0) result += ":";
    gap = true;
    index += characterWidth(lower, index);
  }
  return result;
}

/** How many code units the character at `index` takes when it is a word character (or ©), else 0. */
function wordCharWidth(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 1 : 0;
  if (isBasicCyrillicCode(code)) return 1;
  const width = characterWidth(text, index);
  const char = text.slice(index, index + width);
  return isWordChar(char) || char === "©" ? width : 0;
}

/** 2 for a surrogate pair, else 1. */
function characterWidth(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

function isWordChar(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (isBasicCyrillicCode(code)) return true;
  return char.toLowerCase() !== char.toUpperCase() || /\p{L}|\p{N}/u.test(char);
}

function isTailMarker(folded: string, chrome: ChromeIndex): boolean {
  const plain = withoutColons(folded);
  return plain.length <= chrome.longestTailMarker && chrome.tailMarkers.has(plain);
}

function isNoiseLine(folded: string, chrome: ChromeIndex): boolean {
  const plain = withoutColons(folded);
  // Most lines are body text: the length and first-character tables rule them out of every
  // chrome list without a set look-up (which would hash a fresh string per line and per word).
  if (plain.length <= chrome.longestLine && chrome.lines.has(plain)) return true;
  // A short line holding the copyright sign is a credit, whatever its language ("Source: © EU").
  if (folded.includes("©")) return true;
  const prefixes = chrome.prefixesByFirstCode.get(folded.charCodeAt(0));
  if (prefixes !== undefined) {
    for (const prefix of prefixes) {
      if (folded.startsWith(prefix)) return true;
    }
  }
  return hasShareWords(plain, chrome);
}

/** Share words ("facebook", "twitter") make up a share row: three of them, or two in a line of up to six words. */
function hasShareWords(plain: string, chrome: ChromeIndex): boolean {
  const { shortest, longest } = chrome.shareWordLengths;
  // The words are the stretches between single spaces, as `plain.split(" ")` gives them.
  let words = 0;
  let shares = 0;
  let wordStart = 0;
  for (;;) {
    let wordEnd = plain.indexOf(" ", wordStart);
    if (wordEnd < 0) wordEnd = plain.length;
    words++;
    const length = wordEnd - wordStart;
    if (length >= shortest && length <= longest && chrome.shareWordFirstCodes[plain.charCodeAt(wordStart)] === 1 && chrome.shareWords.has(plain.slice(wordStart, wordEnd))) {
      shares++;
    }
    if (wordEnd === plain.length) break;
    wordStart = wordEnd + 1;
  }
  return shares >= 3 || (shares >= 2 && shares * 3 >= words);
}

/** Fewest items, and most words an item may hold, for a line of links parted by bars to be a menu. */
const MENU_ITEMS = 4;
const MENU_ITEM_WORDS = 3;
/** Fewest spaces in a row that part two links of a menu flattened to text ("Topics   Regions"). */
const MENU_GAP = 3;

/**
 * A site's menu: four or more short items parted by bars, or by the wide gaps a flattened menu
 * leaves, and nothing else ("News | MEPs | About Parliament | Plenary", "Topics   Regions
 * Newsroom   Search"). A line with a digit is the page's facts ("12 March 2024 | Geneva | Press
 * release"), which the date and venue read, so it is kept.
 */
function isMenuLine(text: string, start: number, end: number): boolean {
  let items = 1;
  let words = 0;
  let inWord = false;
  let spaces = 0;
  // A gap parts two items only when a word follows it: not at the line's end, nor after a bar.
  let gap = false;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code >= 48 && code <= 57) return false;
    spaces = code === 32 ? spaces + 1 : 0;
    if (code === 124) {
      if (words === 0) return false;
      items++;
      words = 0;
      inWord = false;
      gap = false;
    } else if (code === 32 || code === 9) {
      inWord = false;
      if (code === 9 || spaces >= MENU_GAP) gap = words > 0;
    } else if (!inWord) {
      inWord = true;
      if (gap) {
        items++;
        words = 0;
        gap = false;
      }
      if (++words > MENU_ITEM_WORDS) return false;
    }
  }
  return items >= MENU_ITEMS && words > 0;
}

/** Marks that separate the steps of a navigation trail. */
const TRAIL_SEPARATORS: ReadonlySet<string> = new Set(["/", ">", "\u00bb", "\u2192", "|", "\\"]);

/**
 * A navigation trail ("Главная / Пресс-служба / Новости"): a line that starts with a root word
 * of the chrome, then a separator.
 */
function isBreadcrumb(text: string, start: number, end: number, chrome: ChromeIndex): boolean {
  if (chrome.breadcrumbRoots.length === 0) return false;
  // The lower case of an ASCII or basic Cyrillic letter is one known character: a line whose
  // first one starts no root needs no lower-cased copy. Other first characters take the long way.
  const first = text.charCodeAt(start);
  if (first < 128 || isBasicCyrillicCode(first)) {
    if (!chrome.breadcrumbFirstCodes.has(lowerCaseCode(first))) return false;
  }
  const head = text.slice(start, Math.min(end, start + 40)).toLowerCase();
  for (const root of chrome.breadcrumbRoots) {
    if (!head.startsWith(root)) continue;
    let at = root.length;
    while (at < head.length && isSpace(head.charAt(at))) at++;
    if (TRAIL_SEPARATORS.has(head.charAt(at))) return true;
  }
  return false;
}

/** The lower-case code of an ASCII or basic Cyrillic letter (as `toLowerCase` gives it); other codes as they are. */
function lowerCaseCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  // А–Я → а–я; Ѐ–Џ → ѐ–џ.
  if (code >= 0x410 && code <= 0x42f) return code + 32;
  if (code >= 0x400 && code <= 0x40f) return code + 80;
  return code;
}

function withoutColons(folded: string): string {
  return folded.includes(":") ? folded.replace(/:/g, "") : folded;
}

/** What follows a repeated headline when it is page furniture: nothing, or a date stamp. */
function isStampOnly(rest: string): boolean {
  if (rest.length > 24) return false;
  let letters = 0;
  for (let index = 0; index < rest.length; index++) {
    const code = rest.charCodeAt(index);
    if ((code >= 97 && code <= 122) || code > 127) letters++;
  }
  return letters <= 4;
}

function cutRepeatedHeadline(text: string, start: number, end: number, headline: string): number {
  // Walk the original line until its folded form covers the headline.
  const covered = headline.replace(/ /g, "").length;
  let index = start;
  let seen = 0;
  while (index < end && seen < covered) {
    const char = text[index] as string;
    if (isWordChar(char) || char === ":" || char === "©") seen++;
    index++;
  }
  while (index < end && !isWordChar(text[index] as string)) index++;
  return index;
}

/** Decides whether the release is hard-wrapped at a fixed width (readouts pasted from e-mail). */
function looksHardWrapped(text: string, lines: readonly RawLine[]): boolean {
  if (lines.length < 3) return false;
  let longest = 0;
  for (const line of lines) longest = Math.max(longest, line.end - line.start);
  if (longest > 100) return false;
  let wrapped = 0;
  for (let index = 0; index + 1 < lines.length; index++) {
    const line = lines[index] as RawLine;
    const next = lines[index + 1] as RawLine;
    if (next.blankBefore) continue;
    if (line.end - line.start >= longest * 0.6 && !endsSentence(text, line)) wrapped++;
  }
  return wrapped >= 2;
}

function endsSentence(text: string, line: RawLine): boolean {
  const [, end] = trimRange(text, line.start, line.end);
  return TERMINAL.has(text[end - 1] ?? "");
}

/**
 * A line that goes on with the sentence the line before left open: that line ends in a word
 * (no mark that ends a sentence or a heading) and this one starts with a lower-case letter
 * ("Стороны также обсудили" / "подготовку к проведению ..."), as a text wrapped by hand at
 * uneven widths is.
 */
function continuesSentence(text: string, previous: RawLine | undefined, start: number): boolean {
  if (previous === undefined) return false;
  const first = text.charAt(start);
  if (first === first.toUpperCase() || !isWordChar(first)) return false;
  const [from, end] = trimRange(text, previous.start, previous.end);
  const last = text.charAt(end - 1);
  return end - from >= 20 && isWordChar(last) && last === last.toLowerCase();
}

function continuesWrappedLine(text: string, previous: RawLine | undefined): boolean {
  if (previous === undefined) return false;
  const [start, end] = trimRange(text, previous.start, previous.end);
  return end - start >= 40;
}

/**
 * Writes one line to the output: folds white space, drops image file names and stray spaces
 * before punctuation, straightens quotes, and separates a closing quote glued to a word.
 * Works on character codes: most characters are copied in runs without being looked at twice.
 */
function emitLine(
  text: string,
  start: number,
  end: number,
  out: string[],
  map: OffsetMap,
  artifacts: CleaningArtifact[],
): void {
  let copyFrom = start;
  let index = start;
  const flush = (until: number): void => {
    if (until > copyFrom) {
      out.push(text.slice(copyFrom, until));
      map.copy(copyFrom, until);
    }
  };
  while (index < end) {
    const code = text.charCodeAt(index);
    // Most characters (small letters, digits, most marks, basic Cyrillic) are copied as they are.
    if (code < 128 ? PLAIN_ASCII[code] === 1 : isBasicCyrillicCode(code)) {
      index++;
      continue;
    }
    if (code === 46 /* . */) {
      const imageEnd = imageExtensionEnd(text, index, end);
      if (imageEnd > 0) {
        let nameStart = index;
        while (nameStart > copyFrom && isFileNameCode(text.charCodeAt(nameStart - 1))) nameStart--;
        flush(nameStart);
        artifacts.push({ kind: "image", text: text.slice(nameStart, imageEnd), start: nameStart, end: imageEnd });
        index = imageEnd;
        copyFrom = index;
        const glued = nameStart > start && !isSpaceCode(text.charCodeAt(nameStart - 1));
        if (glued && index < end && !isSpaceCode(text.charCodeAt(index))) {
          out.push(" ");
          map.replace(1, nameStart, imageEnd);
        }
        continue;
      }
      index++;
      continue;
    }
    if (isSpaceCode(code)) {
      let runEnd = index + 1;
      while (runEnd < end && isSpaceCode(text.charCodeAt(runEnd))) runEnd++;
      const next = text.charCodeAt(runEnd);
      // , . ; : ) ! ?
      const beforePunctuation = next === 44 || next === 46 || next === 59 || next === 58 || next === 41 || next === 33 || next === 63;
      if (beforePunctuation || runEnd - index > 1 || code !== 32) {
        flush(index);
        if (!beforePunctuation) {
          out.push(" ");
          map.replace(1, index, runEnd);
        }
        copyFrom = runEnd;
      }
      index = runEnd;
      continue;
    }
    if (code >= 65 && code <= 90 && isGlueBoundary(text, index, start, end)) {
      flush(index);
      out.push(" ");
      map.replace(1, index, index);
      copyFrom = index;
      index++;
      continue;
    }
    // Letters of basic Cyrillic are copied as they are, without a look-up.
    if (code >= 128 && !isBasicCyrillicCode(code)) {
      const straight = CURLY[text.charAt(index)];
      if (straight !== undefined) {
        flush(index);
        if (straight.length > 0) {
          out.push(straight);
          map.replace(1, index, index + 1);
        }
        copyFrom = index + 1;
        // A closing quote glued to the next word ("”said") gets its space back.
        if ((code === 0x201d || code === 0xbb) && index + 1 < end && isWordChar(text.charAt(index + 1))) {
          out.push(" ");
          map.replace(1, index, index + 1);
        }
      }
    }
    index++;
  }
  flush(end);
}

/**
 * ASCII characters {@link emitLine} copies without a look: all but the full stop (an image
 * name's extension may follow), white space and capitals (a title glued to a name may start).
 */
const PLAIN_ASCII: Uint8Array = (() => {
  const plain = new Uint8Array(128).fill(1);
  for (const code of [46, 32, 9, 12, 11]) plain[code] = 0;
  for (let code = 65; code <= 90; code++) plain[code] = 0;
  return plain;
})();

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 12 || code === 11 || code === 0x2007 || code === 0x202f;
}

function isFileNameCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45 || code === 95;
}

/** A capital after two lower-case letters inside a word, starting a title word ("SadyrPresident"). */
function isGlueBoundary(text: string, index: number, lineStart: number, end: number): boolean {
  if (index - lineStart < 2) return false;
  const before = text.charCodeAt(index - 1);
  const beforeThat = text.charCodeAt(index - 2);
  if (!(before >= 97 && before <= 122) || !(beforeThat >= 97 && beforeThat <= 122)) return false;
  let wordEnd = index + 1;
  while (wordEnd < end && wordEnd - index < 20) {
    const code = text.charCodeAt(wordEnd);
    if (!(code >= 97 && code <= 122)) break;
    wordEnd++;
  }
  return GLUED_TITLE_WORDS.has(text.slice(index, wordEnd));
}

function imageExtensionEnd(text: string, dot: number, end: number): number {
  if (dot === 0 || !isFileNameCode(text.charCodeAt(dot - 1))) return 0;
  const next = text.charCodeAt(dot + 1) | 32;
  // j, p, g, w, b: the first letters of the extensions worth a closer look.
  if (next !== 106 && next !== 112 && next !== 103 && next !== 119 && next !== 98) return 0;
  for (const extension of IMAGE_EXTENSIONS) {
    if (dot + extension.length > end) continue;
    if (isAsciiCaseless(text, dot, extension)) return dot + extension.length;
  }
  return 0;
}

/**
 * `text` at `from` reads `lower` (small ASCII letters and marks) in any case: what
 * `text.slice(...).toLowerCase() === lower` tells, without the copies. No other character
 * lower-cases to exactly one ASCII letter of an extension.
 */
function isAsciiCaseless(text: string, from: number, lower: string): boolean {
  for (let offset = 0; offset < lower.length; offset++) {
    const code = text.charCodeAt(from + offset);
    const folded = code >= 65 && code <= 90 ? code + 32 : code;
    if (folded !== lower.charCodeAt(offset)) return false;
  }
  return true;
}

/** A folded line's words before its first colon ("читайте также" of "читайте также: ..."), or "" when it has none. */
function beforeColon(folded: string): string {
  const colon = folded.indexOf(":");
  return colon > 0 ? folded.slice(0, colon).trim() : "";
}
