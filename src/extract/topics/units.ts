import type { Sentence } from "../../core/document.js";
import { memoizeByText, memoizeOn } from "../../core/memo.js";
import type { Word } from "../../core/word.js";
import type { Pattern, PatternIndex } from "./patterns.js";
import { mayStartTerm } from "./starts.js";
import { normalizeWord } from "./vocabulary.js";

/** How a unit is separated from the one before it. */
export type Gap = "space" | "comma" | "break";

/**
 * One word, or one part of a hyphenated word, of a sentence: the unit topic terms are
 * matched on. A hyphenated token ("counter-terrorism") gives a unit per part, and its first
 * part also carries the key of the whole word written solid, so both spellings meet.
 */
export interface Unit {
  /** Stemmed lower-case form. */
  readonly key: string;
  /** The part as written (for terms in capitals). */
  readonly raw: string;
  /** The part lower-cased, without a possessive (`normalizeWord`): worked out once, when first read. */
  readonly form: string;
  /** Offsets into the cleaned text. */
  readonly start: number;
  readonly end: number;
  /** Index of the first unit of the same token and the number of parts of that token. */
  readonly tokenFirst: number;
  readonly parts: number;
  /** Stem of the whole token written solid, on its first part when it has several. */
  readonly joinedKey: string | null;
  /** End offset of the whole token. */
  readonly tokenEnd: number;
  /** Separation from the previous unit; "space" inside a hyphenated token. */
  readonly gap: Gap;
  /**
   * The patterns that may start at this unit: those of its key, then those of its token
   * written solid (first part only). Looked up once per spelling, not once per unit.
   */
  readonly startPatterns: readonly Pattern[];
}

/** Spellings already cut, remembered per spelling. */
const MAX_CACHED_SPELLINGS = 20000;

/**
 * The units of a sentence (a view over its words) when one of them can start a term of the
 * index, else none: a sentence where no term can start holds no match, so its units are
 * never built. Each spelling is read once per index (bounded cache), whatever the number of
 * its tokens. The units are lent until the next call: their objects serve the next sentence
 * (a match keeps the indices and offsets of its units, never the units).
 *
 * @example
 * ```ts
 * unitsWhereTermsStart(sentence, index).map((unit) => unit.key); // "arms and people trafficking" → ["arm", "and", "people", "traffick"]
 * unitsWhereTermsStart(sentence, index); // [] for "Thank you."
 * ```
 */
export function unitsWhereTermsStart(sentence: Sentence, index: PatternIndex): Unit[] {
  const spellingFor = spellingsOf(index);
  // Reused from sentence to sentence: most sentences start no term and need no array of their own.
  // Its entries past the sentence's words are left from longer sentences and not read.
  const spellings = scratchSpellings;
  let count = 0;
  let starts = false;
  for (const word of sentence.words) {
    if (word.kind !== "word") continue;
    // Most words are turned away by their first letters, without a look-up of their text.
    if (!mayStartTerm(index.starts, word.value)) {
      spellings[count++] = null;
      continue;
    }
    const spelling = spellingFor(word.value);
    if (spelling.starts) starts = true;
    spellings[count++] = spelling;
  }
  return starts ? buildUnits(sentence.words, spellings, index.vocabulary.keyOf) : [];
}

/** The spellings of a sentence's words; null for a word known to start no term (its key is read when needed). */
const scratchSpellings: (Spelling | null)[] = [];

/** A written token cut at its hyphens, each part with its key, and the key of the whole written solid. */
interface Spelling {
  readonly parts: readonly SpellingPart[];
  /** Null for a token of one part. */
  readonly joinedKey: string | null;
  /** True when a pattern may start at one of its parts. */
  readonly starts: boolean;
}

interface SpellingPart {
  readonly text: string;
  readonly offset: number;
  readonly key: string;
  /** See {@link Unit.startPatterns}. */
  readonly startPatterns: readonly Pattern[];
}

const NO_PATTERNS: readonly Pattern[] = [];

const sameText = (text: string): string => text;

/** Spellings already cut, with the patterns they may start, per pattern index (a taxonomy lives as long as its processor). */
const spellingsOf = memoizeOn((index: PatternIndex) => memoizeByText((value: string) => spellingOf(value, index), MAX_CACHED_SPELLINGS));

function spellingOf(value: string, index: PatternIndex): Spelling {
  const keyOf = index.vocabulary.keyOf;
  const pieces = hasHyphen(value) ? splitHyphens(value) : [{ text: value, offset: 0 }];
  const joinedKey = pieces.length > 1 ? keyOf(value) : null;
  let starts = false;
  const parts = pieces.map((piece, position): SpellingPart => {
    const key = keyOf(piece.text);
    const startPatterns = patternsStartingAt(index, key, position === 0 ? joinedKey : null);
    if (startPatterns.length > 0) starts = true;
    return { text: piece.text, offset: piece.offset, key, startPatterns };
  });
  return { parts, joinedKey, starts };
}

/** The patterns of a key, then those of the token written solid when its key differs. */
function patternsStartingAt(index: PatternIndex, key: string, joinedKey: string | null): readonly Pattern[] {
  const direct = index.byKey.get(key) ?? NO_PATTERNS;
  const solid = joinedKey !== null && joinedKey !== key ? (index.byKey.get(joinedKey) ?? NO_PATTERNS) : NO_PATTERNS;
  return solid.length === 0 ? direct : direct.length === 0 ? solid : [...direct, ...solid];
}

/**
 * The units of a sentence from the spellings of its word tokens, in order; a word without a
 * spelling is one unit, as written.
 */
function buildUnits(tokens: readonly Word[], spellings: readonly (Spelling | null)[], keyOf: (word: string) => string): Unit[] {
  const units: WordUnit[] = [];
  let gap: Gap = "space";
  let word = 0;
  for (const token of tokens) {
    if (token.kind !== "word") {
      if (token.value === ",") {
        if (gap === "space") gap = "comma";
      } else {
        gap = "break";
      }
      continue;
    }
    const spelling = spellings[word++];
    if (spelling) pushSpelling(units, spelling, token.start, token.end, gap, keyOf);
    else units.push(unitAt(units.length).reset(keyOf, undefined, token.value, token.start, token.end, units.length, 1, null, token.end, gap, NO_PATTERNS));
    gap = "space";
  }
  return units;
}

function pushSpelling(units: WordUnit[], spelling: Spelling, start: number, end: number, gap: Gap, keyOf: (word: string) => string): void {
  const first = units.length;
  const parts = spelling.parts;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as SpellingPart;
    const partStart = start + part.offset;
    const partEnd = partStart + part.text.length;
    const joinedKey = index === 0 ? spelling.joinedKey : null;
    const partGap = index === 0 ? gap : "space";
    units.push(unitAt(units.length).reset(keyOf, part.key, part.text, partStart, partEnd, first, parts.length, joinedKey, end, partGap, part.startPatterns));
  }
}

/**
 * Unit objects lent from sentence to sentence (see unitsWhereTermsStart): the units of a
 * sentence live only while it is read, and building a fresh object for every word of every
 * sentence where a term may start cost more than reading them.
 */
const unitPool: WordUnit[] = [];

/** The pooled unit for position `at` of the sentence being read. */
function unitAt(at: number): WordUnit {
  let unit = unitPool[at];
  if (unit === undefined) {
    unit = new WordUnit();
    unitPool.push(unit);
  }
  return unit;
}

/** A unit; the key of a word that starts no term is worked out only if a match reads it. */
class WordUnit implements Unit {
  #keyOf: (word: string) => string = sameText;
  #key: string | undefined = undefined;
  #form: string | undefined = undefined;
  raw = "";
  start = 0;
  end = 0;
  tokenFirst = 0;
  parts = 1;
  joinedKey: string | null = null;
  tokenEnd = 0;
  gap: Gap = "space";
  startPatterns: readonly Pattern[] = NO_PATTERNS;

  /** Makes this the unit of another word; returns itself. */
  reset(
    keyOf: (word: string) => string,
    key: string | undefined,
    raw: string,
    start: number,
    end: number,
    tokenFirst: number,
    parts: number,
    joinedKey: string | null,
    tokenEnd: number,
    gap: Gap,
    startPatterns: readonly Pattern[],
  ): this {
    this.#keyOf = keyOf;
    this.#key = key;
    this.#form = undefined;
    this.raw = raw;
    this.start = start;
    this.end = end;
    this.tokenFirst = tokenFirst;
    this.parts = parts;
    this.joinedKey = joinedKey;
    this.tokenEnd = tokenEnd;
    this.gap = gap;
    this.startPatterns = startPatterns;
    return this;
  }

  get key(): string {
    return (this.#key ??= this.#keyOf(this.raw));
  }

  get form(): string {
    return (this.#form ??= normalizeWord(this.raw));
  }
}

function hasHyphen(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code === 45 || code === 0x2010 || code === 0x2011) return true;
  }
  return false;
}

function splitHyphens(value: string): { text: string; offset: number }[] {
  const pieces: { text: string; offset: number }[] = [];
  let from = 0;
  for (let index = 0; index <= value.length; index++) {
    const char = value[index];
    if (index === value.length || char === "-" || char === "\u2010" || char === "\u2011") {
      if (index > from) pieces.push({ text: value.slice(from, index), offset: from });
      from = index + 1;
    }
  }
  return pieces.length > 0 ? pieces : [{ text: value, offset: 0 }];
}
