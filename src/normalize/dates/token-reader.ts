import { isBasicCyrillicCode, isDigitCode, isLetterAt } from "../../core/text.js";
import type { Lexicon } from "../../lexicon/types.js";
import { ASCII, DateTokens, FOLDS, hashedWords, MARK, NUMBER, SPACE_BEFORE, WORD, type HashedWords } from "./tokens.js";

/**
 * Splits stretches of a text into the grammar's tokens, in order, keeping count of lines and
 * clauses: fed the words of a document by `dateTokensOf`, or a whole plain string by
 * `dateTokensOfText`. Both give the same tokens, since the stretches between a document's
 * words are read too unless they are one plain space.
 */
export class TokenReader {
  readonly tokens: DateTokens;
  /** White space stands before the next token. */
  space = true;
  readonly #text: string;
  readonly #abbreviations: HashedWords;
  #line = 0;
  #clause = 0;

  constructor(text: string, lexicon: Lexicon) {
    this.#text = text;
    this.tokens = new DateTokens(text, lexicon);
    this.#abbreviations = hashedWords(lexicon.dates.clauseAbbreviations);
  }

  /** Reads the characters from `from` to `to`, which follow those read before. */
  read(from: number, to: number): void {
    const text = this.#text;
    const tokens = this.tokens;
    let space = this.space;
    let index = from;
    while (index < to) {
      const code = text.charCodeAt(index);
      const type =
        code < 128
          ? (ASCII_TYPES[code] as number)
          : isBasicCyrillicCode(code)
            ? UPPER
            : SPACE_CODES.has(code)
              ? SPACE
              : LINE_CODES.has(code)
                ? NEWLINE
                : isLetterAt(text, index)
                  ? UPPER
                  : PUNCT;
      if (type === NEWLINE) {
        if (!(code === 10 && text.charCodeAt(index - 1) === 13)) this.#line++;
        if (tokens.length > 0 && tokens.clauseAt(tokens.length - 1) === this.#clause) this.#clause++;
        space = true;
        index++;
        continue;
      }
      if (type === SPACE) {
        space = true;
        index++;
        continue;
      }
      let end = index + 1;
      let kind: number;
      // A capital or a non-ASCII letter anywhere means the word needs lower-casing; else it is its own lower case.
      let folds = code > 127;
      let ascii = code < 128;
      if (type === DIGIT) {
        kind = NUMBER;
        while (end < to && isDigitCode(text.charCodeAt(end))) end++;
      } else if (type === PUNCT) {
        kind = MARK;
      } else {
        kind = WORD;
        if (type === UPPER) folds = true;
        while (end < to) {
          const next = text.charCodeAt(end);
          if (next < 128) {
            const nextType = ASCII_TYPES[next];
            if (nextType === UPPER) folds = true;
            else if (nextType !== LOWER) break;
          } else if (isLetterAt(text, end)) {
            folds = true;
            ascii = false;
          } else {
            break;
          }
          end++;
        }
      }
      if (index === from && !space && kind !== MARK && this.#continues(kind, index)) {
        tokens.extendLast(end, folds, ascii);
      } else {
        if (tokens.length > 0 && this.#endsClause(tokens.length - 1, index, space)) this.#clause++;
        tokens.push(kind, index, end, (folds ? FOLDS : 0) | (ascii ? ASCII : 0) | (space ? SPACE_BEFORE : 0), this.#line, this.#clause);
      }
      space = false;
      index = end;
    }
    this.space = space;
  }

  /** The last token is a run of the same kind that ends where this one starts: one run cut in two by the tokenizer. */
  #continues(kind: number, start: number): boolean {
    const tokens = this.tokens;
    const last = tokens.length - 1;
    if (last < 0 || tokens.endAt(last) !== start) return false;
    return tokens.kindAt(last) === (kind === WORD ? "word" : "number");
  }

  /** A sentence end or a semicolon at token `previous` closes its clause before the token at offset `next`. */
  #endsClause(previous: number, next: number, space: boolean): boolean {
    const tokens = this.tokens;
    const text = this.#text;
    if (tokens.kindAt(previous) !== "punct") return false;
    const mark = text.charAt(tokens.startAt(previous));
    if (mark === ";") return true;
    if (mark !== "." && mark !== "!" && mark !== "?") return false;
    if (!space) return false;
    // An initial or an abbreviation before the full stop: read from the numbers and the hash,
    // without the word's object for most words that end a sentence.
    if (mark === "." && previous > 0 && tokens.kindAt(previous - 1) === "word") {
      if (tokens.widthAt(previous - 1) === 1 || tokens.lowerIn(previous - 1, this.#abbreviations)) return false;
    }
    const first = text.charAt(next);
    return first !== first.toLowerCase() || isDigitCode(text.charCodeAt(next)) || first === '"' || first === "(";
  }
}

/** Character types of the reader; a non-ASCII letter counts as a capital (it may need lower-casing). */
const PUNCT = 0;
const NEWLINE = 1;
const SPACE = 2;
const DIGIT = 3;
const UPPER = 4;
const LOWER = 5;

/** Type of each ASCII character, looked up once per character. */
const ASCII_TYPES: Uint8Array = (() => {
  const types = new Uint8Array(128);
  types[10] = NEWLINE;
  types[13] = NEWLINE;
  for (const code of [32, 9, 12, 11]) types[code] = SPACE;
  for (let code = 48; code <= 57; code++) types[code] = DIGIT;
  for (let code = 65; code <= 90; code++) types[code] = UPPER;
  for (let code = 97; code <= 122; code++) types[code] = LOWER;
  return types;
})();

/** Line breaks beyond ASCII: the line and paragraph separators (U+2028, U+2029) and the next-line mark (U+0085), which scraped pages keep. */
const LINE_CODES: ReadonlySet<number> = new Set([0x2028, 0x2029, 0x85]);

/** White space beyond ASCII: no-break, figure and narrow spaces, zero-width space, byte order mark. */
const SPACE_CODES: ReadonlySet<number> = new Set([0xa0, 0x2007, 0x202f, 0x200b, 0xfeff]);
