import { memoizeByText, memoizeOn } from "../../core/memo.js";
import type { Lexicon } from "../../lexicon/types.js";

/** A token of the date grammar: offsets into the text it was read from, end exclusive. */
export interface DateToken {
  readonly kind: "word" | "number" | "punct";
  readonly text: string;
  /** Lower-cased text. */
  readonly lower: string;
  /**
   * The key the lexicon's date words are compared with: the lower-cased text through the
   * language's key function for a word (a stem in Russian: "ноября" and "ноябрь" are both
   * "ноябр"), the lower-cased text itself in English and for numbers and marks.
   */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** White space (or a line break) stands before the token. */
  readonly spaceBefore: boolean;
  /** Line of the text, from 0. */
  readonly line: number;
  /** Clause of the text, from 0: a new one starts after a sentence end, a semicolon or a line break. */
  readonly clause: number;
}

/** Token kinds, as stored. */
export const WORD = 0;
export const NUMBER = 1;
export const MARK = 2;
const KINDS: readonly DateToken["kind"][] = ["word", "number", "punct"];

/** Token flags, as stored beside the kind. */
const KIND_BITS = 3;
export const FOLDS = 4;
export const ASCII = 8;
export const SPACE_BEFORE = 16;

/**
 * The tokens of a text as the date grammar reads them (runs of letters, runs of digits and
 * single marks), kept in parallel arrays rather than one object each: a release has
 * thousands of tokens, and the date patterns read only the few around numbers and date
 * words. {@link DateTokens.get} makes a token's object (text, lower case and all) when it is
 * first read. The tokens carry the lexicon of their text's language, whose date words the
 * grammar reads. {@link dateTokensOf} fills them from a document's text.
 *
 * @example
 * ```ts
 * dateTokensOf(document).get(1); // { kind: "number", text: "7", start: 3, end: 4, ... }
 * ```
 */
export class DateTokens {
  length = 0;
  /** The lexicon of the text's language. */
  readonly lexicon: Lexicon;
  readonly #text: string;
  /** FIELDS numbers per token: start, end, line, clause, kind and flags; one buffer for all. */
  #fields: Int32Array;
  /** Token objects already made, by index (sized like the buffer, so it stays a plain array). */
  #made: (DateToken | undefined)[];
  /** The lexicon's key function for words (see {@link keyFunctionOf}), looked up once, not per token made. */
  readonly #keyOf: ((lower: string) => string) | null;

  constructor(text: string, lexicon: Lexicon) {
    this.#text = text;
    this.lexicon = lexicon;
    this.#keyOf = keyFunctionOf(lexicon);
    // About one token per five characters in releases; the buffer doubles when that is short.
    const capacity = (text.length >> 2) + 16;
    this.#fields = new Int32Array(capacity * FIELDS);
    this.#made = new Array<DateToken | undefined>(capacity);
  }

  /** The token at `index`, or undefined outside the list (as an array read would give). */
  get(index: number): DateToken | undefined {
    if (index < 0 || index >= this.length) return undefined;
    return this.#made[index] ?? this.#make(index);
  }

  /** The kind of the token at `index` (which must exist), without making its object. */
  kindAt(index: number): DateToken["kind"] {
    return KINDS[this.#field(index, FLAGS) & KIND_BITS] as DateToken["kind"];
  }

  /** Offset of the token at `index` (which must exist). */
  startAt(index: number): number {
    return this.#field(index, START);
  }

  /** End offset of the token at `index` (which must exist). */
  endAt(index: number): number {
    return this.#field(index, END);
  }

  /** Line of the token at `index` (which must exist). */
  lineAt(index: number): number {
    return this.#field(index, LINE);
  }

  /** Clause of the token at `index` (which must exist). */
  clauseAt(index: number): number {
    return this.#field(index, CLAUSE);
  }

  /**
   * For a word: its first letter, lower-cased, when the word is all ASCII (so its lower case
   * is as long as it is); else -1 and the caller reads the word's lower case itself.
   */
  asciiInitialAt(index: number): number {
    if ((this.#field(index, FLAGS) & ASCII) === 0) return -1;
    const code = this.#text.charCodeAt(this.#field(index, START));
    return code >= 65 && code <= 90 ? code + 32 : code;
  }

  /**
   * For a word of ASCII letters: {@link wordHashOf} its text, which is that of its lower case;
   * else -1 and the caller reads the word's key itself.
   */
  asciiWordHashAt(index: number): number {
    if ((this.#field(index, FLAGS) & ASCII) === 0) return -1;
    return this.#hashAt(index);
  }

  /**
   * Whether the token at `index` (which must exist) is a word whose key is one of `words`.
   * Where keys are the lower-cased words, a word of ASCII letters whose hash none of them has
   * is turned away without its object being made: most words read around a date are none of
   * a set's.
   */
  keyIn(index: number, words: HashedWords): boolean {
    const flags = this.#field(index, FLAGS);
    if ((flags & KIND_BITS) !== WORD) return false;
    if (this.#keyOf === null && (flags & ASCII) !== 0 && words.hashes[this.#hashAt(index)] === 0) return false;
    return words.words.has((this.get(index) as DateToken).key);
  }

  /** Whether the token at `index` (which must exist) is a word whose lower case is one of `words`; turned away by its hash as in {@link DateTokens.keyIn}. */
  lowerIn(index: number, words: HashedWords): boolean {
    const flags = this.#field(index, FLAGS);
    if ((flags & KIND_BITS) !== WORD) return false;
    if ((flags & ASCII) !== 0 && words.hashes[this.#hashAt(index)] === 0) return false;
    return words.words.has((this.get(index) as DateToken).lower);
  }

  /** Number of characters of the token at `index` (which must exist). */
  widthAt(index: number): number {
    return this.#field(index, END) - this.#field(index, START);
  }

  /** The text from the token at `first` to the end of the token before `last` (as written, spaces and all). */
  textOf(first: number, last: number): string {
    if (first >= last || first < 0 || last > this.length) return "";
    return this.#text.slice(this.#field(first, START), this.#field(last - 1, END));
  }

  /** Adds a token; only {@link dateTokensOf} calls this. */
  push(kind: number, start: number, end: number, flags: number, line: number, clause: number): void {
    const at = this.length * FIELDS;
    if (at === this.#fields.length) this.#grow();
    const fields = this.#fields;
    fields[at + START] = start;
    fields[at + END] = end;
    fields[at + LINE] = line;
    fields[at + CLAUSE] = clause;
    fields[at + FLAGS] = kind | flags;
    this.length++;
  }

  /**
   * Lengthens the last token to `end`: a run of letters or digits that a
   * word boundary of the tokenizer cut (a text cut into chunks) is still one token.
   */
  extendLast(end: number, folds: boolean, ascii: boolean): void {
    const at = (this.length - 1) * FIELDS;
    let flags = this.#fields[at + FLAGS] as number;
    if (folds) flags |= FOLDS;
    if (!ascii) flags &= ~ASCII;
    this.#fields[at + END] = end;
    this.#fields[at + FLAGS] = flags;
  }

  #grow(): void {
    const fields = new Int32Array(this.#fields.length * 2);
    fields.set(this.#fields);
    this.#fields = fields;
    const made = new Array<DateToken | undefined>(fields.length / FIELDS);
    for (let index = 0; index < this.length; index++) made[index] = this.#made[index];
    this.#made = made;
  }

  #hashAt(index: number): number {
    return wordHashOf(this.#text, this.#field(index, START), this.#field(index, END));
  }

  #field(index: number, field: number): number {
    return this.#fields[index * FIELDS + field] as number;
  }

  #make(index: number): DateToken {
    const flags = this.#field(index, FLAGS);
    const start = this.#field(index, START);
    const end = this.#field(index, END);
    const text = this.#text.slice(start, end);
    const lower = (flags & FOLDS) !== 0 ? text.toLowerCase() : text;
    const keyOf = (flags & KIND_BITS) === WORD ? this.#keyOf : null;
    const token: DateToken = {
      kind: KINDS[flags & KIND_BITS] as DateToken["kind"],
      text,
      lower,
      key: keyOf === null ? lower : keyOf(lower),
      start,
      end,
      spaceBefore: (flags & SPACE_BEFORE) !== 0,
      line: this.#field(index, LINE),
      clause: this.#field(index, CLAUSE),
    };
    this.#made[index] = token;
    return token;
  }
}

/**
 * The key function of a lexicon, remembered per spelling (the same words come back in every
 * release), or null when keys are the lower-cased words themselves.
 */
const keyFunctionOf = memoizeOn((lexicon: Lexicon): ((lower: string) => string) | null =>
  lexicon.keyOf === undefined ? null : memoizeByText(lexicon.keyOf, 20_000),
);

/** Number of buckets of {@link wordHashOf}. */
export const WORD_HASHES = 4096;

/**
 * A hash of the text from `start` to `end` with its ASCII capitals lower-cased, one of
 * {@link WORD_HASHES}: a word and its lower case have the same hash. The date patterns turn
 * away most words by it without making the word's text: nineteen in twenty words that share
 * a first letter and a length with a date word ("media" with "march") share no hash with any.
 *
 * @example
 * ```ts
 * wordHashOf("March", 0, 5) === wordHashOf("march", 0, 5); // true
 * ```
 */
export function wordHashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    hash = (Math.imul(hash, 31) + (code >= 65 && code <= 90 ? code + 32 : code)) | 0;
  }
  return hash & (WORD_HASHES - 1);
}

/** A set of lower-case words and the hashes of its words (see {@link wordHashOf}), for {@link DateTokens.keyIn}. */
export interface HashedWords {
  readonly words: ReadonlySet<string>;
  /** 1 where some word of the set has that hash. */
  readonly hashes: Uint8Array;
}

/** The hashed sets made so far: the lexicon's sets live as long as the process, and are hashed once. */
const hashedSets = new WeakMap<ReadonlySet<string>, HashedWords>();

/**
 * A set of the lexicon's words with their hashes, made once per set.
 *
 * @example
 * ```ts
 * tokens.keyIn(index, hashedWords(tokens.lexicon.dateRoles.bound));
 * ```
 */
export function hashedWords(words: ReadonlySet<string>): HashedWords {
  let hashed = hashedSets.get(words);
  if (hashed === undefined) {
    const hashes = new Uint8Array(WORD_HASHES);
    for (const word of words) hashes[wordHashOf(word, 0, word.length)] = 1;
    hashed = { words, hashes };
    hashedSets.set(words, hashed);
  }
  return hashed;
}

/** Places of a token's numbers in the buffer of {@link DateTokens}. */
const START = 0;
const END = 1;
const LINE = 2;
const CLAUSE = 3;
const FLAGS = 4;
const FIELDS = 5;
