/** A token of the date scanner: offsets into the scanned text, end exclusive. */
export interface DateToken {
  readonly kind: "word" | "number" | "punct";
  readonly text: string;
  /** Lower-cased text. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** White space (or a line break) stands before the token. */
  readonly spaceBefore: boolean;
  /** Line of the text, from 0. */
  readonly line: number;
  /** Clause of the text, from 0: a new one starts after a sentence end, a semicolon or a line break. */
  readonly clause: number;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
  "dec", "h.e", "e", "u.s", "u", "s", "gen", "col", "lt", "prof", "jr", "vs",
]);

/**
 * Splits a text into words (runs of letters), numbers (runs of digits) and single
 * punctuation marks, in one linear pass; white space is recorded on the next token.
 *
 * @example
 * ```ts
 * const tokens = tokenizeDates("On 7–8 June");
 * tokens.length; // 5
 * tokens.get(4)?.text; // "June"
 * ```
 */
export function tokenizeDates(text: string): DateTokens {
  const tokens = new DateTokens(text);
  const length = text.length;
  let line = 0;
  let clause = 0;
  let space = true;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    const type = code < 128 ? (ASCII_TYPES[code] as number) : SPACE_CODES.has(code) ? SPACE : isLetter(text, index) ? UPPER : PUNCT;
    if (type === NEWLINE) {
      if (!(code === 10 && text.charCodeAt(index - 1) === 13)) line++;
      if (tokens.length > 0 && tokens.clauseAt(tokens.length - 1) === clause) clause++;
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
      while (end < length && isDigitCode(text.charCodeAt(end))) end++;
    } else if (type === PUNCT) {
      kind = MARK;
    } else {
      kind = WORD;
      if (type === UPPER) folds = true;
      while (end < length) {
        const next = text.charCodeAt(end);
        if (next < 128) {
          const nextType = ASCII_TYPES[next];
          if (nextType === UPPER) folds = true;
          else if (nextType !== LOWER) break;
        } else if (isLetter(text, end)) {
          folds = true;
          ascii = false;
        } else {
          break;
        }
        end++;
      }
    }
    if (tokens.length > 0 && endsClause(tokens, tokens.length - 1, text, index, space)) clause++;
    tokens.push(kind, index, end, (folds ? FOLDS : 0) | (ascii ? ASCII : 0) | (space ? SPACE_BEFORE : 0), line, clause);
    space = false;
    index = end;
  }
  return tokens;
}

/** Token kinds, as stored. */
const WORD = 0;
const NUMBER = 1;
const MARK = 2;
const KINDS: readonly DateToken["kind"][] = ["word", "number", "punct"];

/** Token flags, as stored beside the kind. */
const KIND_BITS = 3;
const FOLDS = 4;
const ASCII = 8;
const SPACE_BEFORE = 16;

/**
 * The tokens of a scanned text, kept in parallel arrays rather than one object each: a
 * release has thousands of tokens, and the date patterns read only the few around numbers
 * and date words. {@link DateTokens.get} makes a token's object (text, lower case and all)
 * when it is first read.
 *
 * @example
 * ```ts
 * tokenizeDates("On 7 June").get(1); // { kind: "number", text: "7", start: 3, end: 4, ... }
 * ```
 */
export class DateTokens {
  length = 0;
  readonly #text: string;
  /** FIELDS numbers per token: start, end, line, clause, kind and flags; one buffer for all. */
  #fields: Int32Array;
  /** Token objects already made, by index (sized like the buffer, so it stays a plain array). */
  #made: (DateToken | undefined)[];

  constructor(text: string) {
    this.#text = text;
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

  /** Number of characters of the token at `index` (which must exist). */
  widthAt(index: number): number {
    return this.#field(index, END) - this.#field(index, START);
  }

  /** Adds a token; only the tokenizer calls this. */
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

  #grow(): void {
    const fields = new Int32Array(this.#fields.length * 2);
    fields.set(this.#fields);
    this.#fields = fields;
    const made = new Array<DateToken | undefined>(fields.length / FIELDS);
    for (let index = 0; index < this.length; index++) made[index] = this.#made[index];
    this.#made = made;
  }

  #field(index: number, field: number): number {
    return this.#fields[index * FIELDS + field] as number;
  }

  #make(index: number): DateToken {
    const flags = this.#field(index, FLAGS);
    const start = this.#field(index, START);
    const end = this.#field(index, END);
    const text = this.#text.slice(start, end);
    const token: DateToken = {
      kind: KINDS[flags & KIND_BITS] as DateToken["kind"],
      text,
      lower: (flags & FOLDS) !== 0 ? text.toLowerCase() : text,
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

/** Places of a token's numbers in the buffer of {@link DateTokens}. */
const START = 0;
const END = 1;
const LINE = 2;
const CLAUSE = 3;
const FLAGS = 4;
const FIELDS = 5;

/** Character types of the tokenizer; a non-ASCII letter counts as a capital (it may need lower-casing). */
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

/** White space beyond ASCII: no-break, figure and narrow spaces, zero-width space, byte order mark. */
const SPACE_CODES: ReadonlySet<number> = new Set([0xa0, 0x2007, 0x202f, 0x200b, 0xfeff]);

/** A sentence end or a semicolon at token `previous` closes its clause before the token at `next` (offset in the text). */
function endsClause(tokens: DateTokens, previous: number, text: string, next: number, space: boolean): boolean {
  if (tokens.kindAt(previous) !== "punct") return false;
  const mark = text.charAt(tokens.startAt(previous));
  if (mark === ";") return true;
  if (mark !== "." && mark !== "!" && mark !== "?") return false;
  if (!space) return false;
  if (mark === "." && previous > 0 && tokens.kindAt(previous - 1) === "word") {
    const word = tokens.get(previous - 1) as DateToken;
    if (ABBREVIATIONS.has(word.lower) || word.text.length === 1) return false;
  }
  const first = text.charAt(next);
  return first !== first.toLowerCase() || isDigitCode(text.charCodeAt(next)) || first === '"' || first === "(";
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  const char = text.charAt(index);
  return char.toLowerCase() !== char.toUpperCase();
}
